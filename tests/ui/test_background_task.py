"""Work on the thread pool reports back on the UI thread, and never to a widget that is gone."""

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from survivor_vault.core.vault import Vault
from survivor_vault.ui.background_task import run_in_background
from tests.ui.helpers import PASS


def test_result_and_error_arrive_on_the_ui_thread(qtbot):
    seen = {}
    main = QThread.currentThread()
    run_in_background(lambda: QThread.currentThread() is not main,
                      lambda r: seen.update(result=r, thread=QThread.currentThread()), lambda e: None)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] is True and seen["thread"] is main
    run_in_background(lambda: 1 / 0, lambda r: None, lambda e: seen.update(error=e))
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    assert isinstance(seen["error"], ZeroDivisionError)


def test_a_vault_opened_for_a_closed_window_is_locked_not_leaked(qtbot, tmp_path):
    Vault.create(tmp_path / "v", PASS).lock()
    owner = QWidget()
    told, orphans = [], []

    def orphaned(vault):
        orphans.append(vault)
        vault.lock()

    run_in_background(lambda: Vault.unlock(tmp_path / "v", PASS), told.append, told.append, owner=owner,
                      if_owner_gone=orphaned)
    shiboken6.delete(owner)  # the window closes while the key is being derived
    qtbot.waitUntil(lambda: bool(orphans), timeout=10_000)
    assert told == [] and orphans[0].is_locked
    Vault.unlock(tmp_path / "v", PASS).lock()  # nothing holds the vault any more


def test_file_dialogs_are_qt_own_never_native(qtbot, monkeypatch):
    """Native dialogs record files in the desktop's "recent files"; ours must not."""
    from PySide6.QtWidgets import QFileDialog

    from survivor_vault.ui import file_dialogs

    seen = []

    def fake(*args, **kwargs):
        seen.append(kwargs.get("options"))
        return ("", "") if len(args) > 3 else ""

    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(fake))
    file_dialogs.choose_file_to_save(None, "t", "f", "*")
    file_dialogs.choose_file_to_open(None, "t", "f", "*")
    file_dialogs.choose_folder(None, "t", "f")
    assert len(seen) == 3
    assert all(options & QFileDialog.Option.DontUseNativeDialog for options in seen)
