"""Changing keys from the app: "Someone may know my passphrase", a new recovery key on a worker,
and what the survivor is told afterwards."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import DamagedVault, WrongPassphrase
from survivor_vault.ui.key_change import SomeoneMayKnowDialog
from survivor_vault.ui.pages.safekeeping import NewRecoveryKeyDialog
from tests.ui.helpers import PASS, type_into

NEW = "a brand new passphrase"


@pytest.fixture
def vault(tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    vault.goals.add("kept through the change")
    yield vault
    if not vault.is_locked:
        vault.lock()


def fill(qtbot, dialog, current, new, again):
    type_into(qtbot, dialog.current.edit, current)
    type_into(qtbot, dialog.new.edit, new)
    type_into(qtbot, dialog.again.edit, again)


def test_someone_may_know_changes_passphrase_and_key_from_return_in_a_field(qtbot, vault, tmp_path):
    old_keys = (tmp_path / "vault" / "vault.keys").read_bytes()
    vault.backup(tmp_path)  # there is a backup: she is told it still opens with the old passphrase
    dialog = SomeoneMayKnowDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, PASS, NEW, NEW)
    qtbot.keyClick(dialog.again.edit, Qt.Key.Key_Return)
    assert dialog.again.edit.echoMode() == QLineEdit.EchoMode.Password  # Return never reveals it
    qtbot.waitUntil(lambda: dialog.changed, timeout=15_000)
    text = dialog.message.text()
    assert "new passphrase" in text and "Backups made before now" in text
    assert dialog.form.isHidden() and dialog.close_button.text() == "Close"
    assert [g.title for g in vault.goals.list()] == ["kept through the change"]  # the open vault goes on
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "vault", PASS)
    (tmp_path / "vault" / "vault.keys").write_bytes(old_keys)
    (tmp_path / "vault" / "vault.keys.bak").write_bytes(old_keys)
    with pytest.raises(DamagedVault):
        Vault.unlock(tmp_path / "vault", PASS)


def test_someone_may_know_with_a_wrong_current_passphrase_changes_nothing(qtbot, vault, tmp_path):
    before = (tmp_path / "vault" / "vault.keys").read_bytes()
    dialog = SomeoneMayKnowDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "not my passphrase", NEW, NEW)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.action.isEnabled() and dialog.busy.isHidden(), timeout=15_000)
    assert "not right" in dialog.message.text()
    assert (tmp_path / "vault" / "vault.keys").read_bytes() == before


def test_return_moves_to_the_next_empty_field_and_tab_never_lands_on_show(qtbot, vault):
    dialog = SomeoneMayKnowDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.current.edit, PASS)
    qtbot.keyClick(dialog.current.edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.new.edit and dialog.busy.isHidden() and not dialog.message.text()
    qtbot.keyClicks(dialog.new.edit, NEW)
    qtbot.keyClick(dialog.new.edit, Qt.Key.Key_Tab)  # Tab goes on to the next field, not to "Show"
    assert dialog.focusWidget() is dialog.again.edit
    qtbot.keyClicks(dialog.again.edit, NEW + " typo")  # a space typed here never toggles "Show"
    assert dialog.again.edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(dialog.again.edit, Qt.Key.Key_Return)
    assert "not the same" in dialog.message.text() and dialog.busy.isHidden()
    assert dialog.focusWidget() is dialog.new.edit and not dialog.new.text() and not dialog.again.text()


def test_while_the_change_runs_cancel_is_off_and_she_is_asked_to_wait(qtbot, vault):
    dialog = SomeoneMayKnowDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, PASS, NEW, NEW)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert not dialog.close_button.isEnabled() and "wait" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.changed, timeout=15_000)
    assert dialog.close_button.isEnabled()


def test_closing_while_the_change_runs_waits_for_it(qtbot, vault):
    dialog = SomeoneMayKnowDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, PASS, NEW, NEW)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    dialog.reject()  # Escape or the window's close button, half-way
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.changed, timeout=15_000)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_new_recovery_key_is_put_in_place_on_a_worker(qtbot, vault, tmp_path):
    dialog = NewRecoveryKeyDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    key = dialog.view.key
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.view.check  # not "Print it": Return must never save the key to a file
    qtbot.keyClick(dialog.view.check, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.busy.isVisible()
    type_into(qtbot, dialog.view.check, dialog.view.expected_group)
    assert dialog.use_button.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and dialog.isVisible()  # the re-encryption runs on a worker
    assert not dialog.cancel_button.isEnabled() and "wait" in dialog.waiting.text()
    dialog.reject()  # closing half-way waits for it
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    vault.lock()
    with Vault.unlock_with_recovery_key(tmp_path / "vault", key) as opened:
        assert [g.title for g in opened.goals.list()] == ["kept through the change"]


def test_the_whole_recovery_key_shows_at_the_largest_text_size(qtbot, vault):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)  # "Largest"
    app.setFont(font)
    try:
        dialog = NewRecoveryKeyDialog(vault)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        label = dialog.view.key_label
        assert label.text().count("\n") == 1 and len(label.text().split()) == 7  # all seven groups, two lines
        assert label.height() >= label.sizeHint().height()  # and none of it squeezed away
    finally:
        app.setFont(before)


def test_the_whole_recovery_key_shows_in_the_first_run_at_800_by_600_and_the_largest_text(qtbot, tmp_path):
    from survivor_vault.ui import first_run
    from survivor_vault.ui.main_window import MainWindow
    from tests.ui.helpers import preferences

    prefs = preferences(tmp_path)
    prefs.text_scale = 1.6
    window = MainWindow(tmp_path / "new", prefs, quit_app=lambda: None)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    window.first_run.go(first_run.RECOVERY)
    label = window.first_run.recovery_view.key_label
    qtbot.waitUntil(lambda: label.height() >= label.sizeHint().height(), timeout=3_000)
