"""What the vault had to tell at unlock reaches the survivor in the app, in plain words (not only the CLI)."""

from tests.conftest import make_vault
from tests.ui.helpers import PASS, open_window, preferences, unlock


def test_a_repaired_key_file_is_told_after_unlock(qtbot, tmp_path):
    make_vault(tmp_path / "vault", PASS).lock()
    (tmp_path / "vault" / "vault.keys").write_bytes(b"damaged")
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    notices = window.area.notices
    assert notices.isVisible() and "copy was used" in notices.text() and "Nothing was lost" in notices.text()


def test_no_notice_no_banner(qtbot, tmp_path):
    make_vault(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    assert not window.area.notices.isVisible()


def test_wrong_tries_are_told_once_in_plain_words(qtbot, tmp_path):
    import pytest

    from survivor_vault.core.vault import Vault
    from survivor_vault.model.errors import WrongPassphrase

    make_vault(tmp_path / "vault", PASS).lock()
    for guess in ("one", "two"):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(tmp_path / "vault", guess)
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    assert window.area.notices.isVisible() and "2 tries with a wrong passphrase" in window.area.notices.text()
    window.lock()
    unlock(qtbot, window)
    assert not window.area.notices.isVisible()


def test_what_was_told_at_unlock_is_not_told_again_when_the_pages_are_made_again(qtbot, tmp_path):
    """A new text size or language makes the pages again: the unlock's notices came back then, and stayed on
    every page until the vault was locked, reading as if something had gone wrong."""
    import pytest
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from survivor_vault.core.vault import Vault
    from survivor_vault.model.errors import WrongPassphrase
    from survivor_vault.ui.vault_area import SETTINGS

    make_vault(tmp_path / "vault", PASS).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "vault", "a guess")
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    font = QApplication.font()
    try:
        unlock(qtbot, window)
        assert window.area.notices.isVisible()
        small_lock = window.lock_button.iconSize().width()
        window.area.show_page(SETTINGS)
        area = window.area
        settings = area.page(SETTINGS)
        settings.current.edit.setText("half typed")  # a passphrase is never kept: said, not silently emptied
        settings.text_size.setFocus()
        qtbot.keyClick(settings.text_size, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: window.area not in (None, area))
        assert not window.area.notices.isVisible()
        assert window.lock_button.iconSize().width() > small_lock  # Lock's icon grew with the text
        assert "not kept" in window.area.page(SETTINGS).message.text()
        assert not window.area.page(SETTINGS).current.text()
        area = window.area
        language = area.page(SETTINGS).language
        language.setFocus()
        language.activated.emit(language.findData("es"))
        assert window.area is not area and not window.area.notices.isVisible()
        assert window.area.page(SETTINGS).language.hasFocus()  # back on Language, not the sidebar
    finally:
        from survivor_vault.ui import language as languages

        languages.install("en")
        QApplication.setFont(font)
    window.lock()
