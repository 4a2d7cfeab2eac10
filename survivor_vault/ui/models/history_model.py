"""The sharing history (consent records), newest first: one card a packet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.core.placeholders import fill
from survivor_vault.core.sharing_timeline import BarState, packet_state
from survivor_vault.model.sharing_history import SharingRecord
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import wording
from survivor_vault.ui.components.card_list import CARD_ROLE, CardText

Index = QModelIndex | QPersistentModelIndex
PAGE = 40  # cards laid out at a time


class HistoryModel(QAbstractListModel):
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, history_repository, parent=None):
        super().__init__(parent)
        self._repo = history_repository
        self._records: list[SharingRecord] = []  # the newest, read so far
        self._total = 0

    def reload(self) -> None:
        total = self._repo.count()
        records = self._repo.list(PAGE)
        self.beginResetModel()
        self._records, self._total = records, max(total, len(records))
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._records, self._total = [], 0
        self.endResetModel()

    # The cards are measured one by one (each as tall as its words): 2,000 of them took a second to lay out
    # on the ten-year vault; and reading 20,000 records (a thirty-year vault and more) took a second more. The
    # list reads and shows the newest PAGE, and more as the survivor scrolls to its end.
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._records) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or len(self._records) >= self._total:
            return
        more = self._repo.list(PAGE, offset=len(self._records))
        if not more:  # fewer than counted (one was deleted meanwhile): nothing more to read
            self._total = len(self._records)
            return
        self.beginInsertRows(QModelIndex(), len(self._records), len(self._records) + len(more) - 1)
        self._records.extend(more)
        self.endInsertRows()

    @property
    def records(self) -> list[SharingRecord]:
        """What the list shows so far, newest first (at least the newest PAGE: the timeline draws eight)."""
        return list(self._records)

    def record_at(self, row: int) -> SharingRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int) -> int:
        """The row of the record `record_id`, read as far as it; -1 if there is none."""
        seen = 0
        while True:
            row = next((r for r in range(seen, len(self._records)) if self._records[r].id == record_id), -1)
            if row >= 0 or not self.canFetchMore():
                return row
            seen = len(self._records)
            self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        if role == self.RecordRole:
            return record
        if role == CARD_ROLE:
            return self.card(record)
        if role == Qt.ItemDataRole.DisplayRole:  # what typing a name jumps to
            return self._recipient(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader reads the whole card
            card = self.card(record)
            return ". ".join(part for part in (card.title, card.words, card.facts, card.state) if part)
        return None

    @staticmethod
    def _recipient(record: SharingRecord) -> str:
        return wording.comma().join(p for p in (record.recipient_name, record.recipient_organisation) if p)

    def card(self, record: SharingRecord) -> CardText:
        until = (fill(self.tr("Until %1"), date_text(record.end_date)) if record.end_date
                 else self.tr("No end date"))
        facts = [fill(self.tr("Made %1"), date_text(record.made_at)), until,
                 fill(self.tr("Items: %1"), record.item_count).replace(" ", "\u00a0"),  # "Items:" never alone
                 self.tr("Protected with a share code") if record.protected else self.tr("Not protected (plain PDF)")]
        state = packet_state(record, date.today())
        words = {BarState.OPEN: self.tr("They may still use it"), BarState.ENDED: self.tr("Ended"),
                 BarState.WITHDRAWN: self.tr("Consent withdrawn")}[state]
        return CardText(title=fill(self.tr("For %1"), self._recipient(record)), words=record.purpose,
                        facts=wording.separator(keep_with_before=True).join(facts),  # never a line's start
                        state=words, alarm=state is BarState.WITHDRAWN)
