"""My dates: hearings, appointments, renewals, and the day each paper runs out, soonest first, with the reminders
that are due. Reminders are shown here and on My plan after unlock; never as a notification by default."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtWidgets import QVBoxLayout, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.core.reminders import due_reminders
from survivor_vault.model.drafts import NEW, DraftKind
from survivor_vault.ui import wording
from survivor_vault.ui.components.card_list import CardList
from survivor_vault.ui.components.empty_state import EmptyState
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.components.reminders_callout import RemindersCallout
from survivor_vault.ui.draft_keeper import DraftKeeper
from survivor_vault.ui.form_parts import ButtonRow, available_when, button, confirm, message_label, scrolled_part
from survivor_vault.ui.models.dates_model import DateRow, DatesModel
from survivor_vault.ui.unsaved_strip import UnsavedStrip, draft_items, field_line, open_draft_of, record_for


class DatesPage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("datesPage")
        self._vault = vault
        self._drafts = drafts
        self.model = DatesModel(vault, self)
        header = PageHeader(self.tr("My dates"), self.tr(
            "Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My "
            "plan, only after you unlock."), self)
        self.reminders = RemindersCallout("datesReminders", self)
        self.table = CardList("datesList", self.tr("My dates"), self)
        self.table.setModel(self.model)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.empty = EmptyState("datesEmpty", self)
        self.message = message_label(self, "datesMessage")
        self.unsaved = UnsavedStrip("unsavedDates", self)
        self.add_button = button(self.tr("Add a date"), "addDate", self.add_date, self, look="primary",
                                 icon_name="plus")
        self.edit_button = button(self.tr("Change"), "editDate", self.edit_selected, self, icon_name="pencil")
        self.done_button = button(self.tr("Mark as done"), "dateDone", self.toggle_done, self, icon_name="check")
        self.delete_button = button(self.tr("Delete"), "deleteDate", self.delete_selected, self,
                                    look="destructive", icon_name="trash-2")
        self.button_row = ButtonRow([self.add_button, self.edit_button, self.done_button, self.delete_button],
                                    self)
        scroll, part = scrolled_part(self, "datesScroll")
        part.addWidget(header)
        part.addWidget(self.reminders)
        part.addWidget(self.table, 1)
        part.addWidget(self.empty, 1)
        self.table.setMinimumHeight(self.table.rows_tall(2))  # never a sliver: the page scrolls instead
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.unsaved)
        layout.addLayout(self.button_row.layout)
        if drafts is not None:
            drafts.changed.connect(self._show_unsaved)
        self._show_unsaved()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        items, papers = [], []
        if not wording.attempt(lambda: (items.extend(self._vault.dates.list()),
                                        papers.extend(self._vault.papers.list())), self.message.setText):
            return
        self.model.reload(items, papers)
        empty = not self.model.rowCount()
        self.table.setVisible(not empty)
        self.empty.setVisible(empty)
        self.empty.say(self.tr("No dates yet. Add a hearing, an appointment or a renewal when you want to. The "
                               "day a paper runs out shows here by itself."), self.tr("Add a date"), self.add_date)
        if chosen is not None:
            self._choose(chosen.item.id if chosen.item else None, chosen.paper.id if chosen.paper else None)
        self.reminders.show_reminders(due_reminders(items, papers, date.today()))
        self._update_buttons()

    def _choose(self, item_id: int | None = None, paper_id: int | None = None) -> None:
        row = self.model.row_of(item_id, paper_id)
        if row >= 0:
            self.table.select_row(row)

    def selected(self) -> DateRow | None:
        row = self.table.selected_row()
        return self.model.row_at(row) if row is not None else None

    def _update_buttons(self) -> None:
        row = self.selected()
        hint = self.tr("Choose a date in the list first.")
        available_when((self.edit_button,), row is not None, hint)
        own = row is not None and row.item is not None
        paper_hint = self.tr("This is the day a paper runs out: change it in the paper's details.")
        available_when((self.done_button, self.delete_button), own, hint if row is None else paper_hint)
        self.done_button.setText(self.tr("Not done yet") if own and row.done else self.tr("Mark as done"))
        self.done_button.setAccessibleName(self.done_button.text())

    def add_date(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.paper is not None:
            self._open_paper(row.paper)
        else:
            self._open_dialog(row.item)

    def _open_paper(self, paper) -> None:
        from survivor_vault.ui.pages.paper_dialog import PaperDialog

        dialog = PaperDialog(self._vault.papers, paper, self, self._drafts)
        if dialog.exec() and shiboken6.isValid(self):
            self.message.setText(self.tr("Saved."))
            self.refresh()
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

    def _open_dialog(self, item) -> None:
        from survivor_vault.ui.pages.date_dialog import DateDialog

        dialog = DateDialog(self._vault, item, self, self._drafts)
        if dialog.exec() and shiboken6.isValid(self):
            self.message.setText(self.tr("Saved."))
            self.refresh()
            self._choose(dialog.saved_id)
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

    def toggle_done(self) -> None:
        row = self.selected()
        if row is None or row.item is None:
            return
        if wording.attempt(lambda: self._vault.dates.update(row.item.id, done=not row.done), self.message.setText):
            self.message.setText(self.tr("Marked as done. Its reminder stops.") if not row.done else
                                 self.tr("Marked as not done yet."))
            self.refresh()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or row.item is None:
            return
        if not confirm(self, "confirmDeleteDate", self.tr("Delete this date?"),
                       fill(self.tr("Delete “%1” from your dates?"), row.title), self.tr("Delete"), self.tr("Keep")):
            return
        if not wording.attempt(lambda: self._vault.dates.delete(row.item.id), self.message.setText):
            return
        if self._drafts is not None:
            self._drafts.forget_date(row.item.id)
        self.message.setText(self.tr("Deleted."))
        self.refresh()

    # --- drafts -------------------------------------------------------------------------------
    def open_draft(self, key: str, show=None) -> bool:
        return open_draft_of(key, self._vault.dates.get, show, self._open_dialog)

    def _show_unsaved(self) -> None:
        if self._drafts is None:
            return

        def describe(key: str, fields: dict) -> str:
            if key != NEW and record_for(key, self._vault.dates.get) is None:
                return ""
            name = field_line(fields, "title")
            return fill(self.tr("Not saved yet: “%1”"), name) if name else self.tr("Not saved yet")

        self.unsaved.show_items(draft_items(self._drafts, DraftKind.DATE, describe, self.open_draft))
