"""Python's cycle collector runs on the UI thread only, from a timer.

Left to itself it runs in whichever thread happens to allocate when a threshold is crossed: a worker building a
packet collected a closed window's widgets (caught in reference cycles) off the UI thread, and the process died
(seen in the test suite, after a dozen windows had come and gone). Qt objects may only be deleted on the thread
that owns them. So automatic collection is turned off, and a timer on the UI thread collects what the thresholds
would have (as pyqtgraph and other Qt programs do).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from survivor_vault.ui.one_per_app import one_per_app

INTERVAL_MS = 500


class UiThreadCollector(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        """What Python's own thresholds would collect now: the youngest generation, and older ones when due."""
        first, second, third = gc.get_count()
        if first > self._thresholds[0]:
            gc.collect(0)
            if second > self._thresholds[1]:
                gc.collect(1)
                if third > self._thresholds[2]:
                    gc.collect(2)


def collect_on_the_ui_thread_only() -> UiThreadCollector:
    """Once per application (a second window, after an erase or in tests, shares it)."""
    return one_per_app(UiThreadCollector)
