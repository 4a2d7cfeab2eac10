"""Add or change one goal: only the title is needed. Steps are a checklist that can be reordered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.model.drafts import NEW, DraftKind
from survivor_vault.model.goals import Goal, GoalArea, GoalStatus, StepEdit
from survivor_vault.ui import wording
from survivor_vault.ui.components.optional_date import date_picker
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.draft_keeper import DraftKeeper, FormDraft, fill_fields, read_fields
from survivor_vault.ui.form_parts import button, line_edit, optional_label, save_cancel, text_box
from survivor_vault.ui.pages.steps_editor import StepsEditor
from survivor_vault.ui.unsaved_strip import throw_away_when_sure


class GoalEditor(QDialog):
    def __init__(self, goals_repository, goal: Goal | None = None, parent: QWidget | None = None,
                 drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("goalEditor")
        self.setWindowTitle(self.tr("Change goal") if goal else self.tr("New goal"))
        self._repo = goals_repository
        self._goal = goal
        self.saved_goal_id: int | None = None

        body = self._goal_fields()
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to an unseen frame
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Above the form, not below it: a message (a draft given back, a title missing) is seen at once.
        self.message = QLabel(self)
        self.message.setObjectName("goalMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.throw_away_button = button(self.tr("Throw away my changes"), "throwAwayGoalDraft",
                                        self._throw_away, self)
        self.throw_away_button.hide()
        buttons = save_cancel(self, "saveGoal", "cancelGoal", self.save, close=True)
        self.save_button = buttons.findChild(QPushButton, "saveGoal")
        header = PageHeader(self.windowTitle(), self.tr("Only the goal itself is needed. Nothing here leaves "
                                                        "your vault unless you make a packet."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.message)
        layout.addWidget(self.throw_away_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        # Sized in letters, so it widens with the text size (the screen's edge still bounds it).
        metrics = self.fontMetrics()
        self.resize(max(620, metrics.averageCharWidth() * 60), max(640, metrics.lineSpacing() * 32))
        if goal:
            self._load(goal)
        self.draft = FormDraft(drafts, DraftKind.GOAL, str(goal.id) if goal else NEW, self._fields, self._fill)
        if self.draft.restored:
            self._say(self.tr("You were writing this goal and had not saved it. Here it is.") if goal is None else
                      self.tr("You were changing this goal and had not saved it. Here are your changes."))
            self.throw_away_button.show()
        self.finished.connect(lambda _result: self.draft.closed())
        self.title.setFocus()

    def _goal_fields(self) -> QWidget:
        """The goal's own fields, one form: title, why, area, status, date, steps, notes."""
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.title = line_edit("goalTitle", body, 200)
        self.title.setAccessibleName(self.tr("My goal"))
        self.title.setPlaceholderText(self.tr("For example: find a flat near my sister"))
        title_label = QLabel(self.tr("My goal"), body)
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)

        self.why = text_box("goalWhy", body, 2)
        form.addRow(optional_label(self.tr("Why it matters to me"), self.why, body), self.why)

        self.area = QComboBox(body)
        self.area.setObjectName("goalArea")
        for area in (None, *GoalArea):
            self.area.addItem(wording.area_label(area), area)
        form.addRow(optional_label(self.tr("Area of life"), self.area, body), self.area)

        self.status = QComboBox(body)
        self.status.setObjectName("goalStatus")
        for status in GoalStatus:
            self.status.addItem(wording.status_label(status), status)
        status_label = QLabel(self.tr("Where it is now"), body)
        status_label.setBuddy(self.status)
        self.status.setAccessibleName(self.tr("Where it is now"))
        form.addRow(status_label, self.status)

        date_row = self._date_row(body)
        form.addRow(optional_label(self.tr("Target date"), self.target, body), date_row)

        self.steps_editor = StepsEditor(body)
        editor = self.steps_editor
        self.new_step, self.steps, self.add_step_button = editor.new_step, editor.view, editor.add_button
        self.up_button, self.down_button, self.remove_step_button = (
            editor.up_button, editor.down_button, editor.remove_button)
        form.addRow(optional_label(self.tr("Steps"), self.steps, body), self.steps_editor)

        self.notes = text_box("goalNotes", body, 3)
        form.addRow(optional_label(self.tr("Notes"), self.notes, body), self.notes)
        return body

    def _date_row(self, parent: QWidget) -> QWidget:
        """"I have a date in mind" and the date: the picker is only used once the box is ticked."""
        date_row = QWidget(parent)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        self.has_date = QCheckBox(self.tr("I have a date in mind"), date_row)
        self.has_date.setObjectName("goalHasDate")
        self.has_date.setAccessibleName(self.tr("I have a date in mind"))
        self.target = date_picker(date_row, "goalTargetDate", self.tr("Target date"))
        self.target.setDate(QDate.currentDate().addMonths(3))
        self.target.setEnabled(False)
        self.has_date.toggled.connect(self.target.setEnabled)
        date_layout.addWidget(self.has_date)
        date_layout.addWidget(self.target, 1)
        return date_row

    # --- drafts ------------------------------------------------------------------------------
    def _fields(self) -> dict:
        fields = read_fields({"title": self.title, "why": self.why, "area": self.area, "status": self.status,
                              "has_date": self.has_date, "target": self.target, "notes": self.notes,
                              "new_step": self.new_step})
        if not fields["has_date"]:
            fields["target"] = None  # the picker's default day is not something the survivor typed
        fields["steps"] = [[s.id, s.text, s.done] for s in self.steps_model.steps]
        return fields

    def _fill(self, fields: dict) -> None:
        fill_fields({"title": self.title, "why": self.why, "area": self.area, "status": self.status,
                     "has_date": self.has_date, "target": self.target, "notes": self.notes,
                     "new_step": self.new_step}, fields)
        steps = fields.get("steps")
        if isinstance(steps, list):
            known = {s.id: s for s in self.steps_model.steps if s.id is not None}
            kept = []
            for item in steps:
                if not (isinstance(item, list) and len(item) == 3 and isinstance(item[1], str)):
                    continue
                step_id = item[0] if isinstance(item[0], int) and item[0] in known else None
                due = known[step_id].due if step_id is not None else None
                kept.append(StepEdit(step_id, item[1], bool(item[2]), due))
            self.steps_editor.set_steps(kept)

    def _throw_away(self) -> None:
        throw_away_when_sure(self, self.draft, self._say, self.throw_away_button)

    def _load(self, goal: Goal) -> None:
        self.title.setText(goal.title)
        self.why.setPlainText(goal.why)
        self.area.setCurrentIndex(max(0, self.area.findData(goal.area)))
        self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
        if goal.target_date:
            self.has_date.setChecked(True)
            self.target.setDate(QDate(goal.target_date.year, goal.target_date.month, goal.target_date.day))
        self.notes.setPlainText(goal.notes)
        self.steps_editor.set_steps([StepEdit(s.id, s.text, s.done, s.due) for s in goal.steps])

    @property
    def steps_model(self):
        return self.steps_editor.model

    # --- saving ------------------------------------------------------------------------------
    def _target_date(self) -> date | None:
        if not self.has_date.isChecked():
            return None
        d = self.target.date()
        return date(d.year(), d.month(), d.day())

    def save(self) -> None:
        title = self.title.text().strip()
        if not title:
            self._say(self.tr("Please give your goal a short title. Everything else is optional."))
            self.title.setFocus()
            return
        self.steps_editor.add_typed()  # a step typed but not yet added is surely meant to be kept
        if not wording.attempt(lambda: self._write(title), self._say):
            return
        self.draft.saved()
        self.accept()

    def _write(self, title: str) -> None:
        """The goal and all its steps in one save: a failure half-way leaves the goal as it was."""
        goal = self._repo.save_goal(self._goal.id if self._goal else None, title, self.steps_model.steps,
                                    why=self.why.toPlainText(), status=self.status.currentData(),
                                    area=self.area.currentData(), target_date=self._target_date(),
                                    notes=self.notes.toPlainText())
        self.saved_goal_id = goal.id

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


