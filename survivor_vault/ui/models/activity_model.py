"""The activity log, newest first, fetched a page at a time (a ten-year vault has 50,000 entries)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.model.activity import ActivityEntry
from survivor_vault.sharing.date_text import date_time_text
from survivor_vault.ui import wording
from survivor_vault.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class ActivityModel(QAbstractListModel):
    WhatRole = Qt.ItemDataRole.UserRole + 1  # what happened, on its own line
    WhenRole = Qt.ItemDataRole.UserRole + 2  # when, in small print under it

    def __init__(self, activity_repository, parent=None):
        super().__init__(parent)
        self._repo = activity_repository
        self._entries: list[ActivityEntry] = []
        self._total = 0

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._repo.count()
        self._entries = self._repo.list(limit=PAGE)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._entries, self._total = [], 0
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = self._repo.list(limit=PAGE, offset=len(self._entries))
        if not more:
            self._total = len(self._entries)
            return
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        entry = self._entries[index.row()]
        if role == self.WhatRole:
            return wording.activity_label(entry.kind)
        if role == self.WhenRole:
            return date_time_text(entry.at)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{date_time_text(entry.at)} — {wording.activity_label(entry.kind)}"
        if role == Qt.ItemDataRole.ToolTipRole:  # a line cut by a narrow window: the whole of it is one hover away
            return tooltip(self.data(index) or "") or None
        return None
