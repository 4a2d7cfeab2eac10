"""Work on the thread pool reports back on the UI thread, and never to a widget that is gone."""

import shiboken6
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QWidget

from survivor_vault.core.job import Job
from survivor_vault.core.jobs import CreateVault, MakeBackup, UnlockVault
from survivor_vault.core.vault import Vault
from survivor_vault.ui.background_task import run_in_background, start_job, wait_for_background_work
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


def _deliver() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


class _Recorded(Job):
    """A job that notes on which thread each half ran."""

    def __init__(self, fail_in_finish=False):
        self.threads, self.fail_in_finish = {}, fail_in_finish

    def run(self):
        self.threads["run"] = QThread.currentThread()
        return 41

    def finish(self, result):
        self.threads["finish"] = QThread.currentThread()
        if self.fail_in_finish:
            raise OSError("the disk went away")
        return result + 1


def test_a_job_runs_on_a_worker_and_finishes_on_the_ui_thread(qtbot):
    main, seen = QThread.currentThread(), {}
    job = _Recorded()
    start_job(job, lambda r: seen.update(result=r), lambda e: seen.update(error=e))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == {"result": 42}  # what finish returned is what the widget is given
    assert job.threads["run"] is not main and job.threads["finish"] is main
    failing = _Recorded(fail_in_finish=True)
    start_job(failing, lambda r: seen.update(late=r), lambda e: seen.update(error=e))
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    assert isinstance(seen["error"], OSError) and "late" not in seen


def test_jobs_for_a_closed_window_are_abandoned_whole(qtbot, tmp_path):
    """Create, unlock, backup: if the window that asked is gone, no vault is left open, nothing is recorded."""
    for job in (CreateVault(tmp_path / "v", PASS), UnlockVault(tmp_path / "v", PASS)):
        owner, told = QWidget(), []
        start_job(job, told.append, told.append, owner=owner)
        shiboken6.delete(owner)
        assert wait_for_background_work()
        _deliver()  # the answer arrives on this thread, and is abandoned
        assert told == []
        Vault.unlock(tmp_path / "v", PASS).lock()  # abandoned means locked: nothing holds the vault
    vault = Vault.unlock(tmp_path / "v", PASS)
    owner = QWidget()
    start_job(MakeBackup(vault, tmp_path), lambda r: None, lambda e: None, owner=owner)
    shiboken6.delete(owner)
    assert wait_for_background_work()
    _deliver()
    assert vault.last_backup is None  # finish never ran: the backup is not claimed as made
    vault.lock()


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
