"""Run slow work (key derivation, backups) on the thread pool, and hear back on the UI thread.

`start_job` runs a core job (prepare here, run on a worker, finish here); `run_in_background` a bare function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which shows a kind message
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.finished, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the app closed while this ran (e.g. a quick exit): nobody is waiting for the answer


_running: set[_Signals] = set()


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None], owner: QObject | None = None,
                      if_owner_gone: Callable[[Any], None] | None = None) -> None:
    """Call `work()` on a worker thread; then `on_done(result)` or `on_error(exc)` on this thread.

    If `owner` (the widget that asked) is gone by then — closed, or dropped by a lock — nobody
    is told: there is no one left to tell. `if_owner_gone(result)` then tidies up (e.g. locks
    a vault that finished opening after its window closed).
    """
    signals = _Signals()  # lives on the calling (UI) thread, so its slots run there
    _running.add(signals)

    def owner_gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def done(result):
        _running.discard(signals)
        if not owner_gone():
            on_done(result)
        elif if_owner_gone is not None:
            if_owner_gone(result)

    def failed(exc):
        _running.discard(signals)
        if not owner_gone():
            on_error(exc)

    signals.finished.connect(done)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(work, signals))


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
