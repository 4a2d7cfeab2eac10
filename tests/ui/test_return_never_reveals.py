"""Return in any passphrase field of any dialog never shows the passphrase in clear, and a dialog's
default button (what Return presses) is its main action, never "Show"."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

from survivor_vault.core.vault import Vault
from survivor_vault.ui.passphrase_field import PassphraseField
from tests.ui.helpers import PASS, open_window, preferences, unlock

MAIN_ACTION = {  # dialog -> the objectName of the button Return must press
    "erase": "eraseConfirm", "check a backup": "checkBackupGo", "forgot passphrase": "forgotPassphraseGo",
    "restore": "restoreBackupGo", "someone may know": None,  # None: Return moves on to the next empty field
}


@pytest.fixture
def unlocked(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.hide()


def make(name, window, tmp_path):
    from survivor_vault.ui.key_change import SomeoneMayKnowDialog
    from survivor_vault.ui.pages.safekeeping import CheckBackupDialog, EraseDialog
    from survivor_vault.ui.recovery_dialogs import ForgotPassphraseDialog, RestoreDialog

    return {
        "erase": lambda: EraseDialog(window.vault, window),
        "check a backup": lambda: CheckBackupDialog(window.vault, str(tmp_path / "none.svbackup"), window),
        "forgot passphrase": lambda: ForgotPassphraseDialog(tmp_path / "vault", window),
        "restore": lambda: RestoreDialog(tmp_path / "vault", window),
        "someone may know": lambda: SomeoneMayKnowDialog(window.vault, window),
    }[name]()


@pytest.mark.parametrize("name", sorted(MAIN_ACTION))
def test_return_in_every_passphrase_field_never_reveals(qtbot, unlocked, tmp_path, name):
    dialog = make(name, unlocked, tmp_path)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitExposed(dialog)
    defaults = [b.objectName() for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == ([MAIN_ACTION[name]] if MAIN_ACTION[name] else []), defaults
    fields = dialog.findChildren(PassphraseField)
    assert fields
    for field in fields:
        assert field.toggle.focusPolicy() == Qt.FocusPolicy.NoFocus and not field.toggle.autoDefault()
    for field in fields:
        if not field.edit.isVisible():
            continue
        field.edit.setFocus()
        qtbot.keyClicks(field.edit, "calm words")
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
        QApplication.processEvents()
        shown = [f.edit.objectName() for f in fields if f.edit.echoMode() != QLineEdit.EchoMode.Password]
        assert shown == [], f"Return in {field.edit.objectName()} showed {shown}"


def test_during_the_erase_countdown_return_stops_it(qtbot, unlocked, tmp_path):
    from survivor_vault.ui.pages.safekeeping import EraseDialog

    dialog = EraseDialog(unlocked.vault, unlocked)
    dialog.tick_ms = 60_000  # the countdown waits for us
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase.edit.setFocus()
    qtbot.keyClicks(dialog.passphrase.edit, PASS)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)  # the main action: check, then count down
    qtbot.waitUntil(lambda: dialog.stop_button.isVisible(), timeout=15_000)
    assert dialog.stop_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a frightened Return
    assert not dialog.erase_now and "Nothing was erased" in dialog.message.text()
    assert unlocked.vault is not None and not unlocked.vault.is_locked
