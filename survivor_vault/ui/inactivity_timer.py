"""Auto-lock: one event filter on the application restarts one single-shot timer (KeePassXC's way)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}


class InactivityTimer(QObject):
    inactive = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise, so each restart really starts the count again (a coarse timer may keep its old slot).
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.inactive)
        self._active = False

    def set_interval_ms(self, msecs: int) -> None:
        self._timer.setInterval(msecs)
        if self._active:
            self._timer.start()

    def start(self) -> None:
        if not self._active:
            QApplication.instance().installEventFilter(self)
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        if self._active:
            QApplication.instance().removeEventFilter(self)
        self._active = False
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._active and event.type() in _ACTIVITY:
            self._timer.start()
        return False
