"""A goal's steps as an editable, reorderable checklist (a draft, saved with the goal)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.model.goals import StepEdit

Index = QModelIndex | QPersistentModelIndex


DraftStep = StepEdit  # a step as edited, before the goal is saved


class StepsModel(QAbstractListModel):
    def __init__(self, steps: list[DraftStep] | None = None, parent=None):
        super().__init__(parent)
        self._steps: list[DraftStep] = list(steps or [])

    @property
    def steps(self) -> list[DraftStep]:
        return list(self._steps)

    def add(self, text: str) -> int:
        row = len(self._steps)
        self.beginInsertRows(QModelIndex(), row, row)
        self._steps.append(DraftStep(None, text.strip()))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._steps):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._steps[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move a step up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._steps) and 0 <= target < len(self._steps)):
            return row
        # beginMoveRows wants the destination as "insert before" in the old numbering.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._steps.insert(target, self._steps.pop(row))
        self.endMoveRows()
        return target

    def clear(self) -> None:
        self.beginResetModel()
        self._steps = []
        self.endResetModel()

    # --- Qt model contract --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._steps)):
            return None
        step = self._steps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return step.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not (0 <= index.row() < len(self._steps)):
            return False
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self._steps[index.row()] = replace(step, done=done)
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if not text:
                return False
            self._steps[index.row()] = replace(step, text=text)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEditable)
