"""Non-secret preferences kept outside the vault (they must apply before unlock).

Only choices about the app itself live here: never anything the survivor wrote.
The file is named neutrally (`svault/svault.ini` in the user's config folder).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULT_AUTO_LOCK_MINUTES = 5
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75)


class Preferences:
    def __init__(self, settings: QSettings | None = None):
        self._s = settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "svault", "svault")

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._s.value(key, default))
        except (TypeError, ValueError):
            return default

    def _float(self, key: str, default: float) -> float:
        try:
            return float(self._s.value(key, default))
        except (TypeError, ValueError):
            return default

    @property
    def auto_lock_minutes(self) -> int:
        return max(1, min(60, self._int("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._s.setValue("auto_lock_minutes", int(max(1, min(60, minutes))))
        self._s.sync()

    @property
    def discreet(self) -> bool:
        return str(self._s.value("discreet", "false")).lower() in ("true", "1")

    @discreet.setter
    def discreet(self, on: bool) -> None:
        self._s.setValue("discreet", "true" if on else "false")
        self._s.sync()

    @property
    def reminder_notifications(self) -> bool:
        """Off unless the survivor turns it on: a notification on a shared screen is a leak."""
        return str(self._s.value("reminder_notifications", "false")).lower() in ("true", "1")

    @reminder_notifications.setter
    def reminder_notifications(self, on: bool) -> None:
        self._s.setValue("reminder_notifications", "true" if on else "false")
        self._s.sync()

    @property
    def hide_from_capture(self) -> bool:
        """On unless the survivor turns it off: the app's windows are kept out of screenshots and screen sharing
        where the system allows it (ui/capture_shield.py)."""
        return str(self._s.value("hide_from_capture", "true")).lower() in ("true", "1")

    @hide_from_capture.setter
    def hide_from_capture(self, on: bool) -> None:
        self._s.setValue("hide_from_capture", "true" if on else "false")
        self._s.sync()

    @property
    def text_scale(self) -> float:
        value = self._float("text_scale", 1.0)
        return min(TEXT_SCALES, key=lambda s: abs(s - value))

    @text_scale.setter
    def text_scale(self, scale: float) -> None:
        self._s.setValue("text_scale", float(scale))
        self._s.sync()

    @property
    def backup_reminder_weeks(self) -> int:
        """0 means no reminder."""
        return max(0, min(52, self._int("backup_reminder_weeks", 0)))

    @backup_reminder_weeks.setter
    def backup_reminder_weeks(self, weeks: int) -> None:
        self._s.setValue("backup_reminder_weeks", int(max(0, min(52, weeks))))
        self._s.sync()

    @property
    def language(self) -> str:
        """"" follows the system's language."""
        value = str(self._s.value("language", ""))
        return value if len(value) <= 8 else ""

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("language", code)
        self._s.sync()

    def file_name(self) -> str:
        return self._s.fileName()

    def forget(self) -> None:
        """Delete every preference and the file that held them (after an erase: no trace that the app was used)."""
        from pathlib import Path

        self._s.clear()
        self._s.sync()
        try:
            Path(self._s.fileName()).unlink()
        except OSError:
            pass
