"""Issue 5 journeys: first run alone or with a helper, recovery, setup kits, backups, erase."""

import io
import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from survivor_vault.core.backup_reminder import backup_due
from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import WrongPassphrase
from survivor_vault.storage.vault_folder import VaultFolder
from survivor_vault.ui.first_run import DISCREET, DONE, HELPER, KIT, PASSPHRASE, RECOVERY, WELCOME
from survivor_vault.ui.pages import safekeeping
from survivor_vault.ui.vault_area import SERVICES, SETTINGS
from tests.ui.helpers import (
    PASS,
    answer_file_dialogs,
    click,
    create,
    first_run_to_passphrase,
    open_window,
    preferences,
    type_into,
    unlock,
    with_modal,
)

HOSTILE = "<b>Bold</b><script>alert(1)</script>"


def test_first_run_alone(qtbot, tmp_path):
    prefs = preferences(tmp_path)
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    run = window.first_run
    assert run.step == WELCOME and not run.helper_note.isVisible()
    key_holder = {}
    run.recovery_view.show_key = (lambda orig: (lambda key: (key_holder.update(key=key), orig(key))[1]))(
        run.recovery_view.show_key)
    create(qtbot, window)
    assert window.is_unlocked and not run.helper_note.isVisible()
    assert window.vault.has_recovery_key
    window.lock()
    Vault.unlock_with_recovery_key(tmp_path / "vault", key_holder["key"]).lock()


def test_first_run_with_a_helper_shows_notes_and_asks_them_to_look_away(qtbot, tmp_path):
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = first_run_to_passphrase(qtbot, window, helper=True)
    assert run.helper_note.isVisible() and "look away" in run.helper_note.text()
    run.back()
    assert run.step == DISCREET and "others use or look" in run.helper_note.text()
    run.back()
    run.back()
    assert run.step == WELCOME and run.helper_note.isVisible()
    for _ in range(3):
        qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, run.first.edit, PASS)
    type_into(qtbot, run.second.edit, PASS)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    assert run.step == RECOVERY and "look away while the key is shown" in run.helper_note.text()


def test_discreet_mode_chosen_at_setup_with_a_preview(qtbot, tmp_path):
    prefs = preferences(tmp_path)
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    run = window.first_run
    run.go(DISCREET)
    assert run.preview_title.text() == "Survivor Vault"
    click(qtbot, run.discreet)
    assert run.preview_title.text() == "Notes" and not run.preview_icon.pixmap().isNull()
    run.go(WELCOME)
    create(qtbot, window)
    assert prefs.discreet and window.windowTitle() == "Notes"


def test_recovery_key_must_be_typed_back_or_skipped_with_a_warning(qtbot, tmp_path):
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = first_run_to_passphrase(qtbot, window)
    type_into(qtbot, run.first.edit, PASS)
    type_into(qtbot, run.second.edit, PASS)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    assert run.step == RECOVERY and not run.next_button.isEnabled()
    type_into(qtbot, run.recovery_view.check, "ZZZZ")
    assert not run.next_button.isEnabled() and "not the same" in run.recovery_view.message.text()

    def keep_the_key(box):
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Keep the key"), Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(run.skip_recovery_button, Qt.MouseButton.LeftButton), keep_the_key)
    assert run.step == RECOVERY and run.recovery_view.key

    def skip(box):
        assert "cannot be opened" in box.text()
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Skip it"), Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(run.skip_recovery_button, Qt.MouseButton.LeftButton), skip)
    assert run.step == KIT and not run.recovery_view.key
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.step == DONE, timeout=15_000)
    assert "no recovery key" in run.done_details.text()
    assert not window.vault.has_recovery_key


def test_recovery_key_can_be_printed(monkeypatch, qtbot, tmp_path):
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = first_run_to_passphrase(qtbot, window)
    type_into(qtbot, run.first.edit, PASS)
    type_into(qtbot, run.second.edit, PASS)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    answer_file_dialogs(monkeypatch, str(tmp_path / "key.pdf"))
    qtbot.mouseClick(run.recovery_view.print_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / "key.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    import shutil
    import subprocess

    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "key.pdf"), "-"], capture_output=True, text=True).stdout
        assert all(group in text for group in run.recovery_view.key.split("-"))


@pytest.mark.parametrize("step", [WELCOME, HELPER, DISCREET, PASSPHRASE, RECOVERY, KIT])
def test_closing_at_any_step_leaves_no_half_made_vault(qtbot, tmp_path, step):
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = window.first_run
    if step >= RECOVERY:
        run.go(PASSPHRASE)
        type_into(qtbot, run.first.edit, PASS)
        type_into(qtbot, run.second.edit, PASS)
        qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    run.go(step)
    window.close()
    assert not VaultFolder(tmp_path / "vault").exists()
    assert not (tmp_path / "vault" / "vault.db").exists()


def _kit_json(services=None, agency=None) -> bytes:
    return json.dumps({"format": "svault-setup-kit", "version": 1,
                       "agency": agency or {"name": "Ana Costa", "organisation": "Safe Homes Project"},
                       "services": services or [{"name": "Harbour Shelter", "kind": "housing", "phone": "0100 1"},
                                                {"name": HOSTILE, "kind": "housing"}]}).encode()


def _to_kit_step(qtbot, window):
    run = first_run_to_passphrase(qtbot, window)
    type_into(qtbot, run.first.edit, PASS)
    type_into(qtbot, run.second.edit, PASS)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, run.recovery_view.check, run.recovery_view.expected_group)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    assert run.step == KIT
    return run


def _kit_loaded(qtbot, run) -> None:
    """The kit is read on a worker: wait until it has been read (or refused)."""
    qtbot.waitUntil(lambda: not run.reading_kit, timeout=15_000)
    assert not run.kit_busy.isVisible() and run.next_button.isEnabled()


def test_setup_kit_in_the_first_run_json(monkeypatch, qtbot, tmp_path):
    (tmp_path / "kit.json").write_bytes(_kit_json())
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = _to_kit_step(qtbot, window)
    answer_file_dialogs(monkeypatch, str(tmp_path / "kit.json"))
    qtbot.mouseClick(run.kit_button, Qt.MouseButton.LeftButton)
    _kit_loaded(qtbot, run)
    assert "Ana Costa, Safe Homes Project" in run.kit_summary.text() and "list: 2." in run.kit_summary.text()
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.step == DONE, timeout=15_000)
    assert "setup kit: 2." in run.done_details.text()
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    vault = window.vault
    person = vault.people.list()[0]
    assert person.name == "Ana Costa" and vault.permissions.active_for(person.id) is None
    assert vault.services.choices() == []  # nothing chosen for the survivor
    # the directory is offered in My services, as plain text
    page = window.area.page(SERVICES)
    housing = next(k for k in vault.services.kinds() if k.key == "housing")
    page.select_kind(housing.id)
    panel = page.panel
    names = [panel.directory.itemText(i) for i in range(panel.directory.count())]
    assert HOSTILE in names  # the characters themselves, never markup
    panel.directory.setCurrentIndex(names.index("Harbour Shelter"))
    panel.directory.activated.emit(names.index("Harbour Shelter"))
    assert panel.provider.text() == "Harbour Shelter" and "0100 1" in panel.contact.text()
    assert vault.services.choices() == []  # filled in, not saved until the survivor says so


@pytest.mark.parametrize("content, expected", [
    (b"{ not json", "could not be read"),
    (json.dumps({"format": "svault-setup-kit", "version": 1, "services": [{"phone": "1"}]}).encode(), "missing"),
    (b"{" + b" " * (3 * 1024 * 1024) + b"}", "too large"),
])
def test_bad_setup_kits_are_refused_with_a_message_and_nothing_added(monkeypatch, qtbot, tmp_path, content, expected):
    (tmp_path / "kit.json").write_bytes(content)
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = _to_kit_step(qtbot, window)
    answer_file_dialogs(monkeypatch, str(tmp_path / "kit.json"))
    qtbot.mouseClick(run.kit_button, Qt.MouseButton.LeftButton)
    _kit_loaded(qtbot, run)
    assert expected in run.kit_summary.text() and run.kit is None
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.step == DONE, timeout=15_000)
    assert window.vault.people.count() == 0 and window.vault.directory.count() == 0


def test_hsds_zip_in_the_first_run(monkeypatch, qtbot, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("services.csv", "id,organization_id,name,description\ns1,o1,Legal clinic,Free advice\n")
        archive.writestr("organizations.csv", "id,name\no1,City Law Centre\n")
        archive.writestr("phones.csv", "id,service_id,number\np1,s1,0100 9\n")
    (tmp_path / "hsds.zip").write_bytes(buffer.getvalue())
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = _to_kit_step(qtbot, window)
    answer_file_dialogs(monkeypatch, str(tmp_path / "hsds.zip"))
    qtbot.mouseClick(run.kit_button, Qt.MouseButton.LeftButton)
    _kit_loaded(qtbot, run)
    assert "list: 1." in run.kit_summary.text()
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.step == DONE, timeout=15_000)
    entry = window.vault.directory.list("legal")[0]
    assert entry.name == "Legal clinic (City Law Centre)" and entry.phone == "0100 9"


def test_forgot_passphrase_with_the_recovery_key(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    vault.goals.add("Keep me")
    key = vault.add_recovery_key()
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))

    def recover(dialog):
        type_into(qtbot, dialog.key, "wrong-key")
        type_into(qtbot, dialog.new.edit, "my brand new passphrase")
        type_into(qtbot, dialog.again.edit, "my brand new passphrase")
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.action.isEnabled(), timeout=10_000)
        assert "recovery key" in dialog.message.text()
        dialog.key.setText(key.lower())
        type_into(qtbot, dialog.new.edit, "my brand new passphrase")
        type_into(qtbot, dialog.again.edit, "my brand new passphrase")
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(window.unlock_screen.forgot_button, Qt.MouseButton.LeftButton),
               recover)
    qtbot.waitUntil(lambda: window.area is not None, timeout=10_000)
    assert window.vault.goals.list()[0].title == "Keep me"
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "vault", PASS)
    Vault.unlock(tmp_path / "vault", "my brand new passphrase").lock()
    Vault.unlock_with_recovery_key(tmp_path / "vault", key).lock()  # the key still works


def test_new_recovery_key_in_settings_replaces_the_old_one(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    old = vault.add_recovery_key()
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    settings = window.area.page(SETTINGS)
    seen = {}

    def confirm(dialog):
        assert not dialog.use_button.isEnabled()
        type_into(qtbot, dialog.view.check, dialog.view.expected_group)
        seen["key"] = dialog.view.key
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(settings.new_key_button, Qt.MouseButton.LeftButton), confirm)
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_key(tmp_path / "vault", old)
    Vault.unlock_with_recovery_key(tmp_path / "vault", seen["key"]).lock()


def _snapshot(vault):
    return (vault.goals.list(include_archived=True), vault.services.choices(), vault.about_me.get(),
            vault.people.list(), vault.history.list(with_items=True), vault.directory.list())


def test_backup_erase_restore_leaves_every_record(qtbot, tmp_path, monkeypatch):
    from survivor_vault.core import demo_data

    vault = Vault.create(tmp_path / "vault", PASS)
    demo_data.fill(vault)
    vault.lock()
    monkeypatch.setattr(safekeeping.EraseDialog, "tick_ms", 10)
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    before = _snapshot(window.vault)
    settings = window.area.page(SETTINGS)
    usb = tmp_path / "usb"
    usb.mkdir()
    answer_file_dialogs(monkeypatch, str(usb))
    qtbot.mouseClick(settings.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "checked" in settings.backup_message.text(), timeout=15_000)
    assert "Last backup" in settings.last_backup.text()
    backup = next(usb.iterdir())

    def erase(dialog):
        type_into(qtbot, dialog.passphrase.edit, PASS)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)

    window.prefs.discreet = True  # a trace the erase must take away
    assert (tmp_path / "prefs.ini").exists()
    with_modal(qtbot, lambda: qtbot.mouseClick(settings.erase_button, Qt.MouseButton.LeftButton), erase)
    assert not window.is_unlocked and not (tmp_path / "prefs.ini").exists()  # both at once, before the shredding
    qtbot.waitUntil(lambda: window.first_run is not None and window.stack.currentWidget() is window.first_run,
                    timeout=15_000)  # back to the first run, once the files are overwritten (on a worker)
    assert not (tmp_path / "vault").exists()
    assert not (tmp_path / "prefs.ini").exists()  # no preferences left to say the app was set up

    def restore(dialog):
        dialog.set_file(backup)
        type_into(qtbot, dialog.passphrase.edit, PASS)
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)

    restore_button = window.first_run.findChild(type(window.lock_button), "restoreFromFirstRun")
    with_modal(qtbot, lambda: qtbot.mouseClick(restore_button, Qt.MouseButton.LeftButton), restore)
    qtbot.waitUntil(lambda: window.area is not None, timeout=15_000)
    assert _snapshot(window.vault) == before


def test_a_damaged_backup_is_refused_and_the_vault_is_untouched(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    vault.goals.add("Current")
    backup = vault.backup(tmp_path / "b.svbackup")
    vault.lock()
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    files_before = {p.name: p.read_bytes() for p in (tmp_path / "vault").iterdir() if p.is_file()}
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    seen = {}

    def restore(dialog):
        dialog.set_file(backup)
        type_into(qtbot, dialog.passphrase.edit, PASS)
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.action.isEnabled(), timeout=10_000)
        seen["message"] = dialog.message.text()
        dialog.reject()

    with_modal(qtbot, lambda: qtbot.mouseClick(window.unlock_screen.restore_button, Qt.MouseButton.LeftButton),
               restore)
    assert "damaged" in seen["message"] and "as it was" in seen["message"]
    files_after = {p.name: p.read_bytes() for p in (tmp_path / "vault").iterdir() if p.is_file()}
    assert files_after == files_before
    unlock(qtbot, window)
    assert window.vault.goals.list()[0].title == "Current"


def test_check_a_backup_in_settings(monkeypatch, qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    backup = vault.backup(tmp_path / "b.svbackup")
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    settings = window.area.page(SETTINGS)
    answer_file_dialogs(monkeypatch, str(backup))
    seen = {}

    def check(dialog):
        type_into(qtbot, dialog.passphrase.edit, "wrong words")
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_ok is not None, timeout=10_000)
        seen["wrong"] = dialog.message.text()
        type_into(qtbot, dialog.passphrase.edit, PASS)
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_ok is True, timeout=10_000)
        seen["right"] = dialog.message.text()
        dialog.accept()

    with_modal(qtbot, lambda: qtbot.mouseClick(settings.check_backup_button, Qt.MouseButton.LeftButton), check)
    assert "does not open" in seen["wrong"] and "good" in seen["right"]


@pytest.mark.parametrize("leave", ["close the window", "quick exit"])
def test_erasing_runs_on_a_worker_says_so_and_finishes_even_if_the_window_closes(qtbot, tmp_path, monkeypatch,
                                                                                 leave):
    """A large vault takes a while to overwrite: the window says so meanwhile, and leaving does not stop it.

    Found while moving erase onto a worker: closing the window (or Quick exit) half-way tried to finish
    the erase a second time and raised VaultInUse from closeEvent."""
    import threading

    from survivor_vault.core import vault as vault_module

    Vault.create(tmp_path / "vault", PASS).lock()
    monkeypatch.setattr(safekeeping.EraseDialog, "tick_ms", 10)
    started, release = threading.Event(), threading.Event()
    real_erase_files = vault_module._erase_files

    def slow_erase_files(*args, **kwargs):
        started.set()
        release.wait(20)
        real_erase_files(*args, **kwargs)

    monkeypatch.setattr(vault_module, "_erase_files", slow_erase_files)
    window, quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    settings = window.area.page(SETTINGS)

    def erase(dialog):
        type_into(qtbot, dialog.passphrase.edit, PASS)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)

    with_modal(qtbot, lambda: qtbot.mouseClick(settings.erase_button, Qt.MouseButton.LeftButton), erase)
    assert started.wait(10)
    shown = window.stack.currentWidget()
    from PySide6.QtWidgets import QLabel

    words = " ".join(label.text() for label in shown.findChildren(QLabel))
    assert shown.objectName() == "erasingScreen" and "Erasing everything" in words
    assert VaultFolder(tmp_path / "vault").erase_pending()  # from here on, the erase always finishes
    if leave == "quick exit":
        qtbot.mouseClick(window.quick_exit_button, Qt.MouseButton.LeftButton)
        assert quits == [1]
    else:
        window.close()  # the survivor closes the window half-way
    window.deleteLater()
    QApplication.processEvents()
    release.set()
    from survivor_vault.ui.background_task import wait_for_background_work

    assert wait_for_background_work()
    QApplication.processEvents()
    assert not (tmp_path / "vault").exists()  # erased all the same, and the lock let go


def test_erase_can_be_stopped_during_the_countdown(qtbot, tmp_path, monkeypatch):
    vault = Vault.create(tmp_path / "vault", PASS)
    vault.goals.add("Still here")
    vault.lock()
    monkeypatch.setattr(safekeeping.EraseDialog, "tick_ms", 200)
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    settings = window.area.page(SETTINGS)

    def wrong_then_stop(dialog):
        type_into(qtbot, dialog.passphrase.edit, "not it")
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=10_000)
        type_into(qtbot, dialog.passphrase.edit, PASS)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stop_button.isVisible(), timeout=10_000)
        assert "Erasing in 5" in dialog.message.text()
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        assert "Nothing was erased" in dialog.message.text()
        dialog.reject()

    with_modal(qtbot, lambda: qtbot.mouseClick(settings.erase_button, Qt.MouseButton.LeftButton), wrong_then_stop)
    assert window.is_unlocked and window.vault.goals.list()[0].title == "Still here"
    assert (tmp_path / "vault" / "vault.db").exists()


def test_backup_reminder(tmp_path):
    from datetime import date, timedelta

    vault = Vault.create(tmp_path / "vault", PASS)
    try:
        assert not backup_due(vault, 0)
        assert not backup_due(vault, 4)
        assert backup_due(vault, 4, today=date.today() + timedelta(weeks=5))
        vault.backup(tmp_path / "b.svbackup")
        assert not backup_due(vault, 4, today=date.today() + timedelta(weeks=3))
    finally:
        vault.lock()


def test_no_dialog_is_left_open(qtbot):
    assert QApplication.activeModalWidget() is None


def test_hsds_folder_in_the_first_run(qtbot, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "services.csv").write_text("id,name,description\ns1,Food bank,Free food on Fridays\n")
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = _to_kit_step(qtbot, window)
    run.load_kit(folder)
    _kit_loaded(qtbot, run)
    assert "list: 1." in run.kit_summary.text()
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.step == DONE, timeout=15_000)
    assert window.vault.directory.list("food_clothing")[0].name == "Food bank"
