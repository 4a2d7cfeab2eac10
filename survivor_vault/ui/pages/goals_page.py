"""My goals: a filtered, searchable list; add, change, put away, bring back, delete."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.placeholders import fill
from survivor_vault.model.drafts import NEW, DraftKind
from survivor_vault.model.goals import GoalStatus
from survivor_vault.ui import wording
from survivor_vault.ui.components.empty_state import EmptyState
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.components.paged_table import PagedTable
from survivor_vault.ui.draft_keeper import DraftKeeper
from survivor_vault.ui.form_parts import ButtonRow, available_when, button, confirm, row_table
from survivor_vault.ui.models.goals_model import GoalsModel
from survivor_vault.ui.pages.goal_editor import GoalEditor
from survivor_vault.ui.unsaved_strip import UnsavedStrip, draft_items, field_line, open_draft_of, record_for

_ARCHIVE = "archive"


class GoalsPage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("goalsPage")
        self._vault = vault
        self._drafts = drafts
        self.model = GoalsModel(vault.goals, self)

        header = PageHeader(self.tr("My goals"), self.tr("What you want to reach, one step at a time. You decide "
                                                         "what, how and when."), self)
        top = self._filter_row()
        self._goals_table()
        self.empty = EmptyState("goalsEmpty", self)
        self.message = QLabel(self)
        self.message.setObjectName("goalsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        buttons = self._button_row()

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)
        self.unsaved = UnsavedStrip("unsavedGoals", self)
        layout.addWidget(self.unsaved)
        layout.addLayout(buttons)
        if drafts is not None:
            drafts.changed.connect(self._show_unsaved)
        self._show_unsaved()

        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def _filter_row(self) -> QHBoxLayout:
        """Show (all, by status, put away) and Search."""
        self.filter = QComboBox(self)
        self.filter.setObjectName("goalFilter")
        self.filter.setAccessibleName(self.tr("Show goals"))
        self.filter.addItem(self.tr("All my goals"), None)
        for status in GoalStatus:
            self.filter.addItem(wording.status_label(status), status)
        self.filter.addItem(self.tr("Archived goals"), _ARCHIVE)
        self.search = QLineEdit(self)
        self.search.setObjectName("goalSearch")
        self.search.setAccessibleName(self.tr("Search my goals"))
        self.search.setPlaceholderText(self.tr("Search my goals"))
        self.search.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("Show"), self)
        filter_label.setBuddy(self.filter)
        search_label = QLabel(self.tr("Search"), self)
        search_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        return top

    def _goals_table(self) -> None:
        self.table = PagedTable(self)  # reads a page of goals at a time (GoalsModel)
        # Every row the same height, and columns sized from a sample of rows: measuring all of a
        # ten-year vault's goals took ~190 ms (benchmarks/ui_timings.py).
        row_table(self.table, "goalsTable", self.tr("My goals"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(GoalsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # `activated` alone: it comes with a double-click and with Return. Listening to `doubleClicked` too
        # opened the editor twice, and after Save it popped up again as if Save had failed.
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.viewport().installEventFilter(self)

    def _button_row(self) -> QBoxLayout:
        self.add_button = button(self.tr("Add a goal"), "addGoal", self.add_goal, self, look="primary",
                                 icon_name="plus")
        self.edit_button = button(self.tr("Open"), "editGoal", self.edit_selected, self, icon_name="pencil")
        self.archive_button = button(self.tr("Archive"), "archiveGoal", self.toggle_archive, self,
                                     icon_name="archive")
        self.delete_button = button(self.tr("Delete"), "deleteGoal", self.delete_selected, self, look="destructive",
                                    icon_name="trash-2")
        # A row while there is room, a column when a long language at the largest text would cut a button.
        self.button_row = ButtonRow([self.add_button, self.edit_button, self.archive_button, self.delete_button],
                                    self)
        return self.button_row.layout

    def refresh(self, select_goal_id: int | None = None) -> None:
        choice = self.filter.currentData()
        archived = choice == _ARCHIVE
        status = None if archived else choice
        if not wording.attempt(lambda: self.model.set_filter(status, archived, self.search.text()), self._say):
            return
        if select_goal_id is not None:
            row = self.model.row_of(select_goal_id)
            if row >= 0:
                self.table.selectRow(row)
        self._fit_columns()
        searching = bool(self.search.text().strip())
        self._show_empty(searching, archived)
        self.archive_button.setText(self.tr("Bring back") if archived else self.tr("Archive"))
        self.archive_button.setAccessibleName(self.archive_button.text())
        self._update_buttons()

    def _show_empty(self, searching: bool, archived: bool) -> None:
        """Nothing to list: a kind line and the one thing to do next, instead of an empty table."""
        empty = not self.model.rowCount()
        self.table.setVisible(not empty)
        self.empty.setVisible(empty)
        if not empty:
            return
        if searching:
            self.empty.say(self.tr("No goals match your search."), self.tr("Clear the search"), self.search.clear)
        elif archived:
            self.empty.say(self.tr("You have not put any goals away."), self.tr("Show all my goals"),
                           lambda: self.filter.setCurrentIndex(0))
        elif self.filter.currentIndex() > 0:
            self.empty.say(self.tr("No goals like this right now."), self.tr("Show all my goals"),
                           lambda: self.filter.setCurrentIndex(0))
        else:
            self.empty.say(self.tr("No goals here yet. Add one when you are ready."), self.tr("Add a goal"),
                           self.add_goal)

    def _fit_columns(self) -> None:
        """The goal's title keeps at least two fifths of the width; the other columns are shown whole, in
        order of use, while there is room, and left out when there is not (open a goal to see them all).

        (Sizing every column to its contents squeezed the title to nothing in long languages at 800×600;
        capping them instead cut every cell and title to "En …" at the largest text.)
        """
        width = self.table.viewport().width()
        room = width - max(160, width * 2 // 5)
        for column in (GoalsModel.PROGRESS, GoalsModel.TARGET, GoalsModel.STATUS, GoalsModel.AREA):
            self.table.setColumnHidden(column, False)
            self.table.resizeColumnToContents(column)
            needed = self.table.columnWidth(column)
            fits = needed <= room
            self.table.setColumnHidden(column, not fits)
            if fits:
                room -= needed

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        # The table's own width, once laid out (the page's resize comes before its children's).
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize \
                and event.size().width() != event.oldSize().width():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        available_when((self.edit_button, self.archive_button, self.delete_button), self.selected_goal() is not None,
                       self.tr("Choose a goal in the list first."))

    def selected_goal(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.goal_at(rows[0].row()) if rows else None

    def add_goal(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self._open_editor(goal)

    def _open_editor(self, goal) -> None:
        editor = GoalEditor(self._vault.goals, goal, self, self._drafts)
        if editor.exec():
            self._say("")
            self.refresh(editor.saved_goal_id)
        if shiboken6.isValid(editor):  # a lock while it was open has already taken it (and this page) away
            editor.deleteLater()

    # --- drafts ------------------------------------------------------------------------------
    def open_draft(self, key: str, show=None) -> bool:
        """Open the editor on a goal the survivor had not saved (the draft fills it); `show()` first brings
        this page to the front. False if there is no such goal (any more)."""
        return open_draft_of(key, self._vault.goals.get, show, self._open_editor)

    def _show_unsaved(self) -> None:
        if self._drafts is None:
            return

        def describe(key: str, fields: dict) -> str:
            if key != NEW and record_for(key, self._vault.goals.get) is None:
                return ""  # its goal is gone: nothing to open it on
            title = field_line(fields, "title")
            if key == NEW:
                return fill(self.tr("A new goal, not saved yet: “%1”"), title) if title else \
                    self.tr("A new goal, not saved yet")
            return fill(self.tr("Changes not saved yet: “%1”"), title or self.tr("a goal"))

        self.unsaved.show_items(draft_items(self._drafts, DraftKind.GOAL, describe, self.open_draft))

    def toggle_archive(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        if not wording.attempt(lambda: self._vault.goals.set_archived(goal.id, not goal.archived), self._say):
            return
        self._say(self.tr("Archived. You can find it under \"Show: Archived goals\".") if not goal.archived
                  else self.tr("Brought back."))
        self.refresh()

    def delete_selected(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        if not confirm(self, "confirmDeleteGoal", self.tr("Delete this goal?"),
                       self.tr("Delete this goal and its steps? This cannot be undone. If you only want it "
                               "out of sight, choose \"Archive\" instead."), self.tr("Delete"), self.tr("Keep it")):
            return
        if not wording.attempt(lambda: self._vault.goals.delete(goal.id), self._say):
            return
        if self._drafts is not None:  # deleted on purpose: its unsaved changes go, and no draft points at it
            self._drafts.forget_goal(goal.id)
        self._say(self.tr("Deleted."))
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
