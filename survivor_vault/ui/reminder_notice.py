"""The opt-in reminder notification: off unless the survivor turns it on in Settings, and then it says only
"You have a reminder", with no title (not even the app's name), never what or when.

While the vault is open, reminders show inside the app; the notification is for a locked app left running (or
one in the background): at unlock and at lock the first day a reminder is due is noted, in memory only, and
once a day after that day comes, one notification is posted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from survivor_vault.core.reminders import first_reminder_day

CHECK_EVERY_MS = 10 * 60_000
SHOWN_MS = 15_000


def can_notify() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderNotice(QObject):
    def __init__(self, preferences, window: QWidget, post: Callable[[str, str], None] | None = None):
        super().__init__(window)
        self._prefs = preferences
        self._window = window
        self._post = post or self._post_with_tray
        self._due_from: date | None = None
        self._told_on: date | None = None
        self._tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def note(self, vault, *, seen_now: bool = False, today: date | None = None) -> None:
        """At unlock (`seen_now`: what is due today is on screen, so not told again today) and just before a lock."""
        try:
            self._due_from = first_reminder_day(vault.dates.list(include_done=False), vault.papers.list())
        except Exception:  # noqa: BLE001 - a vault that cannot be read now keeps what was noted before
            return
        today = today or date.today()
        if seen_now and self._due_from is not None and self._due_from <= today:
            self._told_on = today

    def forget(self) -> None:
        """Erase, or the notification turned off: nothing is kept, not even a day."""
        self._due_from = self._told_on = None

    def check(self, today: date | None = None) -> bool:
        """Post the notification if one is due today and not told yet. True when it was posted."""
        today = today or date.today()
        if not self._prefs.reminder_notifications or self._due_from is None or self._due_from > today:
            return False
        if self._told_on == today or (self._window.isActiveWindow() and self._window.isVisible()):
            return False  # told today already, or looked at now (inside the app, reminders show themselves)
        self._told_on = today
        self._post("", self.tr("You have a reminder"))  # no title: not even the app's name (found by an attack)
        return True

    def _post_with_tray(self, title: str, text: str) -> None:
        if not can_notify():
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._window.windowIcon(), self)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.NoIcon, SHOWN_MS)
        QTimer.singleShot(SHOWN_MS, self._tray.hide)  # no icon stays in the panel
