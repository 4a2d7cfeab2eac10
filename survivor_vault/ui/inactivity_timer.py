"""Auto-lock: one event filter on the application restarts one single-shot timer (KeePassXC's way)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from survivor_vault.ui.app_events import app_events

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
            app_events().on(_ACTIVITY, self._activity)
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        if self._active:
            app_events().off(self._activity)
        self._active = False
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _activity(self, _watched: QObject, _event: QEvent) -> None:
        if self._active:
            self._timer.start()
