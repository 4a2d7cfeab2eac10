"""The sharing history (consent records), newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.model.sharing_history import SharingRecord
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui.models.column_titles import column_title
from survivor_vault.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    MADE, TO, PURPOSE, UNTIL, ITEMS, PROTECTED, STATE = range(7)
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, history_repository, parent=None):
        super().__init__(parent)
        self._repo = history_repository
        self._records: list[SharingRecord] = []

    def reload(self) -> None:
        records = self._repo.list()
        self.beginResetModel()
        self._records = records
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._records = []
        self.endResetModel()

    @property
    def records(self) -> list[SharingRecord]:
        """What the table shows, newest first."""
        return list(self._records)

    def record_at(self, row: int) -> SharingRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        if role == self.RecordRole:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:  # a cell cut by a narrow column: the whole text is one hover away
            return tooltip(self.data(index) or "") or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return self._cell_text(record, index.column())

    def _cell_text(self, record, column: int) -> str | None:
        cells = {
            self.MADE: lambda: date_text(record.made_at),
            self.TO: lambda: ", ".join(p for p in (record.recipient_name, record.recipient_organisation) if p),
            self.PURPOSE: lambda: record.purpose,
            self.UNTIL: lambda: date_text(record.end_date),
            self.ITEMS: lambda: str(record.item_count),
            self.PROTECTED: lambda: self.tr("Share code") if record.protected else self.tr("Plain PDF"),
            self.STATE: lambda: self.tr("Consent withdrawn") if record.withdrawn else self.tr("Shared"),
        }
        cell = cells.get(column)
        return cell() if cell else None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(section, orientation, role, self._titles)

    def _titles(self) -> dict[int, str]:
        return {self.MADE: self.tr("Made"), self.TO: self.tr("For"), self.PURPOSE: self.tr("Purpose"),
                self.UNTIL: self.tr("Until"), self.ITEMS: self.tr("Items"), self.PROTECTED: self.tr("Protection"),
                self.STATE: self.tr("Consent")}
