"""Discreet mode for dialogs: every dialog's title and icon are neutral ("Notes"), like the main window's.

A dialog's title shows in its title bar, the task bar and the window switcher, where someone looking
over a shoulder reads "Make a share packet" or "Erase everything" more easily than anything inside.
One filter on the application renames each dialog as it is shown — ours, Qt's file dialog, message
boxes — so no dialog can be forgotten.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDialog

from survivor_vault.ui.app_events import app_events
from survivor_vault.ui.window_icon import window_icon


class DiscreetTitles(QObject):
    def __init__(self, is_discreet: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._is_discreet = is_discreet

    def install(self) -> None:
        app_events().on((QEvent.Type.Show,), self._shown)

    def uninstall(self) -> None:
        app_events().off(self._shown)

    def _shown(self, watched: QObject, _event: QEvent) -> None:
        if isinstance(watched, QDialog) and watched.isWindow() and self._is_discreet():
            watched.setWindowTitle(QCoreApplication.translate("MainWindow", "Notes"))
            watched.setWindowIcon(window_icon(neutral=True))
