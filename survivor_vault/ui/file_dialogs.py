"""File dialogs: always Qt's own, never the native one, so nothing lands in "recent files".

Qt's own dialog keeps its own history (folders visited, the last folder) in the user's
`QtProject.conf`, outside the vault: "For Harbour Housing", "usb/svault-backups". It is
forgotten after every dialog, and again when the app starts and quits (a quick exit may close
a dialog after our code has run).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

_QT_GROUP = "FileDialog"


def forget_file_dialog_history() -> None:
    """Remove Qt's file-dialog history (and the settings file, if that was all it held)."""
    settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    if _QT_GROUP not in settings.childGroups() and not any(k.startswith(_QT_GROUP) for k in settings.allKeys()):
        return
    settings.remove(_QT_GROUP)
    settings.sync()
    path = Path(settings.fileName())
    empty = not settings.allKeys()
    del settings
    if empty:
        try:
            path.unlink()
        except OSError:
            pass


def choose_file_to_save(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog  # not before the first frame: the unlock screen needs none

    try:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter, options=QFileDialog.Option.DontUseNativeDialog)  # noqa: E501
    finally:
        forget_file_dialog_history()
    return path or None


def choose_file_to_open(parent: QWidget | None, title: str, folder: str, name_filter: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog  # not before the first frame: the unlock screen needs none

    try:
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, name_filter, options=QFileDialog.Option.DontUseNativeDialog)  # noqa: E501
    finally:
        forget_file_dialog_history()
    return path or None


def choose_folder(parent: QWidget | None, title: str, folder: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog  # not before the first frame: the unlock screen needs none

    try:
        path = QFileDialog.getExistingDirectory(parent, title, folder, options=QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)  # noqa: E501
    finally:
        forget_file_dialog_history()
    return path or None


def choose_files_to_open(parent: QWidget | None, title: str, folder: str, name_filter: str) -> list[str]:
    """Several files at once (Ctrl or Shift while choosing)."""
    from PySide6.QtWidgets import QFileDialog  # not before the first frame: the unlock screen needs none

    try:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, name_filter, options=QFileDialog.Option.DontUseNativeDialog)  # noqa: E501
    finally:
        forget_file_dialog_history()
    return list(paths)
