"""What every table model's column titles do: said to screen readers, and whole in a tooltip when cut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from survivor_vault.ui.plain_text import tooltip


def column_title(section: int, orientation: Qt.Orientation, role: int, titles: Callable[[], dict[int, str]]):
    """headerData for a table whose columns have titles (rows have none)."""
    if orientation != Qt.Orientation.Horizontal:
        return None
    title = titles().get(section)
    if role == Qt.ItemDataRole.ToolTipRole:  # a title cut by a narrow column is one hover away
        return tooltip(title or "") or None
    if role != Qt.ItemDataRole.DisplayRole:
        return None
    return title
