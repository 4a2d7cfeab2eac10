"""My dates as cards: each dated item, and the day each paper runs out, soonest first (done ones last)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.core.placeholders import fill
from survivor_vault.model.dates import DatedItem, DateKind
from survivor_vault.model.papers import Paper
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui.components.card_list import CARD_ROLE, CardText
from survivor_vault.ui.plain_text import breakable
from survivor_vault.ui.wording import date_kind_label, days_left_text, in_own_digits

Index = QModelIndex | QPersistentModelIndex
PAGE = 40


@dataclass(frozen=True)
class DateRow:
    """One row: a dated item of its own, or the day a paper runs out (kept with the paper)."""

    title: str
    kind: DateKind
    day: date
    remind_days: int | None
    done: bool = False
    item: DatedItem | None = None
    paper: Paper | None = None


def date_rows(items: list[DatedItem], papers: list[Paper]) -> list[DateRow]:
    rows = [DateRow(i.title, i.kind, i.day, i.remind_days, i.done, item=i) for i in items]
    rows += [DateRow(p.title, DateKind.EXPIRY, p.expires, p.remind_days, paper=p) for p in papers if p.expires]
    return sorted(rows, key=lambda r: (r.done, r.day, r.title))


class DatesModel(QAbstractListModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self._rows: list[DateRow] = []
        self._shown = 0
        self.today = date.today()

    def reload(self, items: list[DatedItem] | None = None, papers: list[Paper] | None = None) -> None:
        """Read the dates again (or take `items` and `papers` the page read already)."""
        rows = date_rows(self._vault.dates.list() if items is None else items,
                         self._vault.papers.list() if papers is None else papers)
        self.beginResetModel()
        self._rows = rows
        self._shown = min(PAGE, len(rows))
        self.today = date.today()
        self.endResetModel()

    # Cards are laid out PAGE at a time, more as the list scrolls to its end (300 papers' expiries and the
    # survivor's dates: 62 ms to lay out all at once, on a page that has 50).
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._shown >= len(self._rows):
            return
        more = min(PAGE, len(self._rows) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def row_at(self, row: int) -> DateRow | None:
        return self._rows[row] if 0 <= row < self._shown else None

    def row_of(self, item_id: int | None = None, paper_id: int | None = None) -> int:
        for index, row in enumerate(self._rows):
            if (item_id is not None and row.item is not None and row.item.id == item_id) or (
                    paper_id is not None and row.paper is not None and row.paper.id == paper_id):
                while index >= self._shown and self.canFetchMore():
                    self.fetchMore()
                return index
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def _reminder_words(self, row: DateRow) -> str:
        if row.remind_days is None:
            return self.tr("no reminder")
        if row.remind_days == 0:
            return self.tr("reminder on the day")
        if row.remind_days == 1:
            return self.tr("reminder the day before")
        return in_own_digits(self.tr("reminder %n days before", "", row.remind_days), row.remind_days)

    def card(self, row: DateRow) -> CardText:
        days = (row.day - self.today).days
        when = date_text(row.day) if row.done else fill(self.tr("%1 (%2)"), date_text(row.day), days_left_text(days))
        title = breakable(fill(self.tr("%1 runs out"), row.title) if row.kind is DateKind.EXPIRY else row.title)
        facts = fill(self.tr("%1 · %2"), date_kind_label(row.kind), self._reminder_words(row))
        state = ""
        if row.done:
            state = self.tr("Done")
        elif row.remind_days is not None and days <= row.remind_days:
            state = self.tr("Reminder: it is soon") if days >= 0 else self.tr("Reminder: this day has passed")
        return CardText(title, when, facts, state)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self._shown):
            return None
        row = self._rows[index.row()]
        if role == CARD_ROLE:
            return self.card(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            card = self.card(row)
            return ". ".join(part for part in (card.title, card.words, card.facts, card.state) if part)
        if role == self.RowRole:
            return row
        return None
