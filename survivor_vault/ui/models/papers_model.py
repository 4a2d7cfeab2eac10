"""My papers as a table: name, kind, and the day each runs out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.model.papers import Paper
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui.models.column_titles import column_title
from survivor_vault.ui.plain_text import tooltip
from survivor_vault.ui.wording import paper_kind_label

Index = QModelIndex | QPersistentModelIndex


class PapersModel(QAbstractTableModel):
    NAME, KIND, EXPIRES = range(3)
    PaperRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, papers_repository, parent=None):
        super().__init__(parent)
        self._repo = papers_repository
        self._papers: list[Paper] = []
        self._texts: list[tuple[str, str, str]] = []  # made once a reload: a view asks for them many times
        self.with_reminders: list[Paper] = []  # also those a search leaves out (their reminders still count)
        self.search = ""

    def reload(self) -> None:
        """The papers the search finds (read once: every paper was read twice on each letter typed), and those
        with a reminder."""
        papers = self._repo.list(self.search)
        with_reminders = self._repo.with_reminders()
        today = date.today()
        texts = [tuple(self._text(paper, column, today) for column in range(3)) for paper in papers]
        self.beginResetModel()
        self.with_reminders = with_reminders
        self._papers, self._texts = papers, texts
        self.endResetModel()

    def paper_at(self, row: int) -> Paper | None:
        return self._papers[row] if 0 <= row < len(self._papers) else None

    def row_of(self, paper_id: int) -> int:
        return next((row for row, p in enumerate(self._papers) if p.id == paper_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._papers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def _text(self, paper: Paper, column: int, today: date) -> str:
        if column == self.NAME:
            return paper.title
        if column == self.KIND:
            return paper_kind_label(paper.kind)
        if paper.expires is None:
            return ""
        if paper.expires < today:
            return self.tr("Ran out %1").replace("%1", date_text(paper.expires))
        return date_text(paper.expires)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._papers)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._texts[index.row()][index.column()]) or None
        if role == self.PaperRole:
            return self._papers[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(section, orientation, role, self._titles)

    def _titles(self) -> dict[int, str]:
        return {self.NAME: self.tr("Name"), self.KIND: self.tr("Kind"), self.EXPIRES: self.tr("Runs out")}
