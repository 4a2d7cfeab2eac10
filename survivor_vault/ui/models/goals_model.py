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


class GoalsModel(QAbstractTableModel):
    TITLE, AREA, STATUS, PROGRESS, TARGET = range(5)
    COLUMNS = 5
    GoalIdRole = Qt.ItemDataRole.UserRole + 1
    GoalRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, goals_repository, parent=None):
        super().__init__(parent)
        self._repo = goals_repository
        self._goals: list[Goal] = []
        self.status_filter: GoalStatus | None = None
        self.archived = False
        self.search = ""

    def reload(self) -> None:
        goals = self._repo.list(status=self.status_filter, search=self.search, include_archived=self.archived)
        if self.archived:
            goals = [g for g in goals if g.archived]
        self.beginResetModel()
        self._goals = goals
        self.endResetModel()

    def set_filter(self, status: GoalStatus | None, archived: bool, search: str) -> None:
        self.status_filter, self.archived, self.search = status, archived, search
        self.reload()

    def goal_at(self, row: int) -> Goal | None:
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def row_of(self, goal_id: int) -> int:
        return next((i for i, g in enumerate(self._goals) if g.id == goal_id), -1)

    def clear(self) -> None:
        self.beginResetModel()
        self._goals = []
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
