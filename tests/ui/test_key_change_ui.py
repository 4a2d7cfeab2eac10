"""Changing keys from the app: "Someone may know my passphrase", a new recovery key on a worker,
and what the survivor is told afterwards."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from survivor_vault.core.errors import DamagedVault, WrongPassphrase
from survivor_vault.core.vault import Vault
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


def test_someone_may_know_asks_for_the_current_passphrase_and_matching_new_ones(qtbot, vault):
    dialog = SomeoneMayKnowDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.current.edit, Qt.Key.Key_Return)
    assert "current passphrase" in dialog.message.text()
    fill(qtbot, dialog, PASS, NEW, NEW + " typo")
    qtbot.keyClick(dialog.again.edit, Qt.Key.Key_Return)
    assert "not the same" in dialog.message.text() and dialog.busy.isHidden()


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
    type_into(qtbot, dialog.view.check, dialog.view.expected_group)
    assert dialog.use_button.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and dialog.isVisible()  # the re-encryption runs on a worker
    dialog.reject()  # closing half-way waits for it
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    vault.lock()
    with Vault.unlock_with_recovery_key(tmp_path / "vault", key) as opened:
        assert [g.title for g in opened.goals.list()] == ["kept through the change"]
