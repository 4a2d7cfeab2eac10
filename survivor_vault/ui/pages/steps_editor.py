"""A goal's steps as a checklist the survivor edits: add, tick, reorder, remove. Saved with the goal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from survivor_vault.model.goals import StepEdit
from survivor_vault.ui.form_parts import button, line_edit
from survivor_vault.ui.models.steps_model import StepsModel


class StepsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = StepsModel(parent=self)
        self.view = QListView(self)
        self.view.setObjectName("goalSteps")
        self.view.setAccessibleName(self.tr("Steps"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setMinimumHeight(110)
        layout.addWidget(self.view)
        add_row = QHBoxLayout()
        self.new_step = line_edit("newStep", self, 300)
        new_step_label = QLabel(self.tr("New step"), self)
        new_step_label.setBuddy(self.new_step)
        self.new_step.setAccessibleName(self.tr("New step"))
        self.new_step.setPlaceholderText(self.tr("A small next step"))
        self.new_step.installEventFilter(self)  # Return here adds the step; it must not save the goal
        self.add_button = button(self.tr("Add step"), "addStep", self.add_typed, self)
        add_row.addWidget(new_step_label)
        add_row.addWidget(self.new_step, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        move_row = QHBoxLayout()
        self.up_button = button(self.tr("Move up"), "stepUp", lambda: self.move(-1), self)
        self.down_button = button(self.tr("Move down"), "stepDown", lambda: self.move(+1), self)
        self.remove_button = button(self.tr("Remove step"), "removeStep", self.remove, self)
        for b in (self.up_button, self.down_button, self.remove_button):
            move_row.addWidget(b)
        move_row.addStretch(1)
        layout.addLayout(move_row)

    @property
    def steps(self) -> list[StepEdit]:
        return self.model.steps

    def set_steps(self, steps: list[StepEdit]) -> None:
        self.model = StepsModel(steps, self)
        self.view.setModel(self.model)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.new_step and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def add_typed(self) -> None:
        """The step typed in "New step", added at the end (nothing if it is empty)."""
        text = self.new_step.text().strip()
        if not text:
            return
        row = self.model.add(text)
        self.new_step.clear()
        self.view.setCurrentIndex(self.model.index(row))

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def move(self, delta: int) -> None:
        row = self._current_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.move(row, delta)))

    def remove(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.model.remove(row)
