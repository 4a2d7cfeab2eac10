"""Quick exit: Shift pressed three times in a row (left or right, GOV.UK's "exit this page")."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

WINDOW_SECONDS = 2.0  # three presses within this, with no other key between


class ShiftTripleDetector(QObject):
    triggered = Signal()

    def __init__(self, parent: QObject | None = None, clock=time.monotonic):
        super().__init__(parent)
        self._presses: list[float] = []
        self._clock = clock

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def uninstall(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not watched.isWidgetType():
            return False
        if event.isAutoRepeat():
            return False
        # An unhandled key bubbles from the focus widget up to its parents, passing this filter
        # each time: count it only where it starts.
        target = QApplication.focusWidget() or QApplication.activeWindow()
        starts_here = watched is target if target is not None else watched.isWindow()
        if starts_here:
            self.feed(event.key())
        return False

    def feed(self, key: int) -> None:
        now = self._clock()
        if key != Qt.Key.Key_Shift:
            self._presses.clear()
            return
        self._presses = [t for t in self._presses if now - t <= WINDOW_SECONDS]
        if self._presses and self._presses[-1] == now:
            return
        self._presses.append(now)
        if len(self._presses) >= 3:
            self._presses.clear()
            self.triggered.emit()
