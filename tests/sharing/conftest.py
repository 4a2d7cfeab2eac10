import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """Typesetting needs a Qt application; the suite shares pytest-qt's QApplication (a QWidget needs one)."""
    return qapp
