"""Copying a secret: marked "concealed" for clipboard managers, cleared after 30 s if still ours."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000

# Hints that ask clipboard managers not to keep or show the text (see KeePassXC's gui/Clipboard).
CONCEALED_HINTS = {
    "x-kde-passwordManagerHint": b"secret",  # KDE Klipper and others on Linux
    "application/x-nspasteboard-concealed-type": b"",  # macOS
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",  # Windows clipboard history
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


class SecretClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._ours: str | None = None

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in CONCEALED_HINTS.items():
            mime.setData(fmt, value)
        QGuiApplication.clipboard().setMimeData(mime)
        self._ours = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear the clipboard only if it still holds what we put there."""
        clipboard = QGuiApplication.clipboard()
        if self._ours is not None and clipboard.text() == self._ours:
            clipboard.clear()
        self._ours = None
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
