"""File dialogs: always Qt's own, never the native one, so nothing lands in "recent files"."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget


def choose_file_to_save(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter, options=QFileDialog.Option.DontUseNativeDialog)  # noqa: E501
    return path or None


def choose_file_to_open(parent: QWidget | None, title: str, folder: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, name_filter, options=QFileDialog.Option.DontUseNativeDialog)  # noqa: E501
    return path or None


def choose_folder(parent: QWidget | None, title: str, folder: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, folder, options=QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)  # noqa: E501
    return path or None
