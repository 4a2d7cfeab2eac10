"""Python collects reference cycles on the UI thread only (ui/garbage_collection.py): a worker that crossed the
collector's threshold collected a closed window's widgets on its own thread, and the test suite died of it."""

from __future__ import annotations

import gc
import threading

from survivor_vault.ui.garbage_collection import collect_on_the_ui_thread_only


def test_cycles_are_collected_on_the_ui_thread_and_never_on_a_worker(qtbot):
    collect_on_the_ui_thread_only()
    on_ui_thread: list[bool] = []

    def noted(phase, _info):
        if phase == "start":
            on_ui_thread.append(threading.current_thread() is threading.main_thread())

    def make_cycles():  # what a worker does while it builds a packet: enough allocations to cross a threshold
        for _ in range(50_000):
            cycle: list = []
            cycle.append(cycle)

    gc.callbacks.append(noted)
    try:
        worker = threading.Thread(target=make_cycles)
        worker.start()
        worker.join()
        assert False not in on_ui_thread  # nothing was collected on the worker
        qtbot.waitUntil(lambda: bool(on_ui_thread), timeout=5000)  # ... and the UI thread's timer collects it
        assert all(on_ui_thread)
    finally:
        gc.callbacks.remove(noted)
