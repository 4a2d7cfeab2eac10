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


def _unlocking(qtbot, tmp_path, held_unlock):
    """A window whose unlock has started and is held in its key derivation."""
    started, _release = held_unlock
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    screen = window.unlock_screen
    type_into(qtbot, screen.passphrase.edit, PASS)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    assert started.wait(10)
    return window, screen


def test_nothing_else_can_start_while_the_key_is_derived(qtbot, tmp_path, held_unlock):
    _started, release = held_unlock
    window, screen = _unlocking(qtbot, tmp_path, held_unlock)
    for other in (screen.forgot_button, screen.restore_button, screen.open_packet_button, screen.language):
        assert not other.isEnabled(), other.objectName()
    release.set()
    qtbot.waitUntil(lambda: window.area is not None, timeout=15_000)
    assert window.stack.currentWidget() is window.area
    window.lock()
    assert all(w.isEnabled() for w in (window.unlock_screen.forgot_button, window.unlock_screen.language))


def test_a_vault_that_opened_behind_a_dialog_is_shown_not_hidden(qtbot, tmp_path, held_unlock):
    """Whatever starts a dialog during an unlock: when it closes, an open vault is never behind the unlock screen."""
    _started, release = held_unlock
    window, _screen = _unlocking(qtbot, tmp_path, held_unlock)

    def meanwhile(dialog):
        release.set()
        qtbot.waitUntil(lambda: window.vault is not None, timeout=15_000)
        dialog.reject()

    with_modal(qtbot, window.restore_backup, meanwhile)
    assert window.vault is not None and window.stack.currentWidget() is window.area


@pytest.fixture
def held_key_change(monkeypatch):
    """A key change's slow half waits until the test lets it go on."""
    started, release = threading.Event(), threading.Event()
    real = vault_module.KeyChange.run

    def slow(self):
        started.set()
        release.wait(20)
        return real(self)

    monkeypatch.setattr(vault_module.KeyChange, "run", slow)
    return started, release


def _unlocked_window(qtbot, tmp_path):
    from tests.ui.helpers import unlock

    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    return window


def test_no_new_language_and_no_erase_while_the_passphrase_changes(qtbot, tmp_path, held_key_change):
    """Found by an attack test: a language chosen meanwhile rebuilt the page and dropped the change without
    a word (the old passphrase still opened the vault, the fields were empty)."""
    from survivor_vault.ui.background_task import wait_for_background_work
    from survivor_vault.ui.vault_area import SETTINGS

    started, release = held_key_change
    window = _unlocked_window(qtbot, tmp_path)
    settings = window.area.page(SETTINGS)
    for field, text in ((settings.current, PASS), (settings.new, "a brand new passphrase"),
                        (settings.again, "a brand new passphrase")):
        type_into(qtbot, field.edit, text)
    qtbot.mouseClick(settings.change_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert not settings.language.isEnabled() and not settings.erase_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: "Done" in settings.message.text(), timeout=20_000)
    assert settings.language.isEnabled() and settings.erase_button.isEnabled()
    assert wait_for_background_work()


def test_a_lock_closes_a_dialog_whose_work_is_running(qtbot, tmp_path, held_key_change):
    """Found by an attack test: auto-lock during "a new recovery key" left the dialog up over the unlock
    screen, with a wrong message and a Cancel that did nothing."""
    from survivor_vault.ui.vault_area import SETTINGS

    started, release = held_key_change
    window = _unlocked_window(qtbot, tmp_path)
    settings = window.area.page(SETTINGS)
    seen = {}

    def use_then_lock(dialog):
        type_into(qtbot, dialog.view.check, dialog.view.expected_group)
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
        assert started.wait(10)
        window.lock()
        seen["visible"] = dialog.isVisible()
        release.set()

    with_modal(qtbot, settings.new_recovery_key, use_then_lock)
    assert seen["visible"] is False and window.stack.currentWidget() is window.unlock_screen
    from survivor_vault.ui.background_task import wait_for_background_work

    assert wait_for_background_work()
    vault = Vault.unlock(tmp_path / "vault", PASS)  # nothing half-done: the vault opens as before
    vault.lock()
