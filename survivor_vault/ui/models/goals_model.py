"""Goals as a table: title, area, status, progress, target date."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.core.placeholders import fill
from survivor_vault.model.goals import Goal, GoalStatus
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import wording
from survivor_vault.ui.models.column_titles import column_title
from survivor_vault.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex
PAGE = 40  # goals read whole and laid out at a time


class GoalsModel(QAbstractTableModel):
    TITLE, AREA, STATUS, PROGRESS, TARGET = range(5)
    COLUMNS = 5
    GoalIdRole = Qt.ItemDataRole.UserRole + 1
    GoalRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, goals_repository, parent=None):
        super().__init__(parent)
        self._repo = goals_repository
        self._ids: list[int] = []  # every goal the filter shows, in order
        self._read = 0  # how many of them were read whole so far
        self._goals: list[Goal] = []
        self.status_filter: GoalStatus | None = None
        self.archived = False
        self.search = ""

    # A thirty-year vault has 1,500 goals and 15,000 steps: reading them all whole, and laying out a row for each,
    # on every letter typed in the search, grew past the 50 ms budget (benchmarks/growth.py). The model knows
    # which goals the filter shows, reads the first PAGE whole, and more as the table scrolls to its end; End,
    # typing a name and choosing a goal read as far as they need (ui/components/paged_table.py, row_of).
    def reload(self) -> None:
        ids = self._repo.ids(status=self.status_filter, search=self.search, archived=self.archived)
        goals = self._repo.many(ids[:PAGE])
        self.beginResetModel()
        self._ids, self._read, self._goals = ids, min(PAGE, len(ids)), goals
        self.endResetModel()

    def set_filter(self, status: GoalStatus | None, archived: bool, search: str) -> None:
        self.status_filter, self.archived, self.search = status, archived, search
        self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._read < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self._read_to(self._read + PAGE - 1)

    def _read_to(self, position: int) -> None:
        """Read the goals up to `position` in the filter's order (one call, however far)."""
        end = min(position + 1, len(self._ids))
        if end <= self._read:
            return
        more = self._repo.many(self._ids[self._read:end])
        self._read = end
        if more:
            self.beginInsertRows(QModelIndex(), len(self._goals), len(self._goals) + len(more) - 1)
            self._goals.extend(more)
            self.endInsertRows()

    def goal_at(self, row: int) -> Goal | None:
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def row_of(self, goal_id: int) -> int:
        """The goal's row, read as far as it if it was not yet; -1 if the filter does not show it."""
        if goal_id in self._ids:
            self._read_to(self._ids.index(goal_id))
        return next((i for i, g in enumerate(self._goals) if g.id == goal_id), -1)

    def clear(self) -> None:
        self.beginResetModel()
        self._ids, self._read, self._goals = [], 0, []
        self.endResetModel()

    # --- Qt model contract --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._goals)):
            return None
        goal = self._goals[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell_text(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Narrow columns cut long words (other languages, large text): the whole text is one hover away.
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            if column == self.TITLE and goal.why:
                shown = f"{shown}\n{goal.why}"
            return tooltip(shown) or None  # the survivor's words, never markup
        if role == self.GoalIdRole:
            return goal.id
        if role == self.GoalRole:
            return goal
        return None

    def _cell_text(self, goal, column: int) -> str | None:
        if column == self.TITLE:
            return goal.title
        if column == self.AREA:
            return wording.area_label(goal.area)
        if column == self.STATUS:
            return wording.status_label(goal.status)
        if column == self.PROGRESS:
            return self._progress(goal)
        if column == self.TARGET:
            return date_text(goal.target_date)
        return None

    def _progress(self, goal) -> str:
        if not goal.steps:
            return self.tr("No steps yet") if goal.status != GoalStatus.DONE else self.tr("Done")
        return fill(self.tr("%1 of %2 steps"), goal.steps_done, len(goal.steps))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(section, orientation, role, self._titles)

    def _titles(self) -> dict[int, str]:
        return {
            self.TITLE: self.tr("Goal"),
            self.AREA: self.tr("Area"),
            self.STATUS: self.tr("Status"),
            self.PROGRESS: self.tr("Progress"),
            self.TARGET: self.tr("Target date"),
        }
