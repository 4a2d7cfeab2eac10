"""Run slow work (key derivation, backups) on the thread pool, and hear back on the UI thread.

`start_job` runs a core job (prepare here, run on a worker, finish here); `run_in_background` a bare function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Reply(QObject):
    """Where a worker's answer lands: a QObject made on the UI thread, whose own slots receive it.

    The answer comes to bound slots of this object through a queued connection, so it always runs on the
    UI thread. (Connecting the signals to closures let PySide choose a hidden receiver of its own; in a
    long test run an unlock's answer was once held back until the test had given up waiting.)
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done, on_error, owner: QObject | None, if_owner_gone):
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self._owner, self._if_owner_gone = owner, if_owner_gone
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _finished(self, result) -> None:
        _running.discard(self)
        if not self._owner_gone():
            self._on_done(result)
        elif self._if_owner_gone is not None:
            self._if_owner_gone(result)

    @Slot(object)
    def _failed(self, error) -> None:
        _running.discard(self)
        if not self._owner_gone():
            self._on_error(error)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], reply: _Reply):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._reply = reply

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which shows a kind message
            self._emit(self._reply.failed, exc)
        else:
            self._emit(self._reply.finished, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the app closed while this ran (e.g. a quick exit): nobody is waiting for the answer


_running: set[_Reply] = set()


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None], owner: QObject | None = None,
                      if_owner_gone: Callable[[Any], None] | None = None) -> None:
    """Call `work()` on a worker thread; then `on_done(result)` or `on_error(exc)` on this thread.

    If `owner` (the widget that asked) is gone by then — closed, or dropped by a lock — nobody
    is told: there is no one left to tell. `if_owner_gone(result)` then tidies up (e.g. locks
    a vault that finished opening after its window closed).
    """
    reply = _Reply(on_done, on_error, owner, if_owner_gone)  # lives on the calling (UI) thread
    _running.add(reply)
    QThreadPool.globalInstance().start(_Task(work, reply))


def start_job(job, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
              owner: QObject | None = None) -> None:
    """A core job (core/jobs.py): `job.run()` on a worker, then `job.finish(result)` and `on_done` here.

    An error from either half goes to `on_error`. If `owner` is gone when the worker is done, the
    job is abandoned instead (nothing is left open or half-done) and nobody is told.
    """
    def finish(result) -> None:
        try:
            shown = job.finish(result)
        except Exception as error:  # noqa: BLE001 - shown kindly by on_error
            on_error(error)
            return
        on_done(shown)

    run_in_background(job.run, finish, on_error, owner=owner, if_owner_gone=job.abandon)


def wait_for_background_work(msecs: int = 10_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
