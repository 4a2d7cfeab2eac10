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
