"""Long jobs and the window around them: nothing started meanwhile may outlive them (found by an attack test).

An unlock takes about a second of key derivation. "I forgot my passphrase", "Restore" or a new language
chosen in that second opened a dialog (or rebuilt the screen) while the unlock went on; the vault then
opened behind a screen that looked locked, and choosing a language showed it to whoever stood there.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from survivor_vault.core import vault as vault_module
from survivor_vault.core.vault import Vault
from tests.ui.helpers import PASS, open_window, preferences, type_into, with_modal


@pytest.fixture
def held_unlock(monkeypatch):
    """Vault.unlock waits until the test lets it finish."""
    started, release = threading.Event(), threading.Event()
    real = vault_module.Vault.unlock.__func__

    def slow(cls, *args, **kwargs):
        started.set()
        release.wait(20)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(vault_module.Vault, "unlock", classmethod(slow))
    return started, release


def test_nothing_else_can_start_while_the_key_is_derived(qtbot, tmp_path, held_unlock):
    started, release = held_unlock
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    screen = window.unlock_screen
    type_into(qtbot, screen.passphrase.edit, PASS)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    assert started.wait(10)
    for other in (screen.forgot_button, screen.restore_button, screen.open_packet_button, screen.language):
        assert not other.isEnabled(), other.objectName()
    release.set()
    qtbot.waitUntil(lambda: window.area is not None, timeout=15_000)
    assert window.stack.currentWidget() is window.area
    window.lock()
    assert all(w.isEnabled() for w in (window.unlock_screen.forgot_button, window.unlock_screen.language))


def test_a_vault_that_opened_behind_a_dialog_is_shown_not_hidden(qtbot, tmp_path, held_unlock):
    """Whatever starts a dialog during an unlock: when it closes, an open vault is never behind the unlock screen."""
    started, release = held_unlock
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    screen = window.unlock_screen
    type_into(qtbot, screen.passphrase.edit, PASS)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    assert started.wait(10)

    def meanwhile(dialog):
        release.set()
        qtbot.waitUntil(lambda: window.vault is not None, timeout=15_000)
        dialog.reject()

    with_modal(qtbot, window.restore_backup, meanwhile)
    assert window.vault is not None and window.stack.currentWidget() is window.area
