"""My papers: copies of the papers a new life runs on, kept inside the vault. Nothing here is shared unless the
survivor chooses a paper for a packet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from survivor_vault.core.jobs import AddPapers, DeleteOriginals
from survivor_vault.core.originals import Original
from survivor_vault.core.placeholders import fill
from survivor_vault.core.reminders import due_reminders
from survivor_vault.model.drafts import DraftKind
from survivor_vault.model.papers import Paper, PaperKind
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.components.beside_or_below import BesideOrBelow
from survivor_vault.ui.components.empty_state import EmptyState
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.components.reminders_callout import RemindersCallout
from survivor_vault.ui.draft_keeper import DraftKeeper
from survivor_vault.ui.form_parts import (
    ButtonRow,
    available_when,
    busy_bar,
    button,
    confirm,
    message_label,
    question_box,
    row_table,
    scrolled_part,
    show_rows,
)
from survivor_vault.ui.models.papers_model import PapersModel
from survivor_vault.ui.pages.paper_card import PaperCard
from survivor_vault.ui.unsaved_strip import UnsavedStrip, draft_items, field_line, open_draft_of, record_for


class PapersPage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("papersPage")
        self._vault = vault
        self._drafts = drafts
        self._job: AddPapers | None = None
        self.model = PapersModel(vault.papers, self)
        header = PageHeader(self.tr("My papers"), self.tr(
            "Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper "
            "for a packet."), self)
        self.reminders = RemindersCallout("papersReminders", self)
        self.search = QLineEdit(self)
        self.search.setObjectName("papersSearch")
        self.search.setAccessibleName(self.tr("Search my papers"))
        self.search.setPlaceholderText(self.tr("Search my papers"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.table = QTableView(self)
        row_table(self.table, "papersTable", self.tr("My papers"))
        self.table.setModel(self.model)
        self._size_columns()
        self.table.activated.connect(lambda _i: self.view_selected())
        self.card = PaperCard(self)
        self.list_and_card = BesideOrBelow(self.table, self.card, self)
        # Beside the list, the card says the kind: the list keeps room for the names.
        self.list_and_card.arranged.connect(lambda beside: self.table.setColumnHidden(PapersModel.KIND, beside))
        self.table.setColumnHidden(PapersModel.KIND, self.list_and_card.beside)
        self.empty = EmptyState("papersEmpty", self)
        self.message = message_label(self, "papersMessage")
        self.busy = busy_bar(self, "papersBusy", self.tr("Adding papers"))
        self.unsaved = UnsavedStrip("unsavedPapers", self)
        self._make_buttons()
        scroll, part = scrolled_part(self, "papersScroll")
        part.addWidget(header)
        part.addWidget(self.reminders)
        search_label = QLabel(self.tr("Search"), self)
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        part.addLayout(search_row)
        part.addWidget(self.list_and_card, 1)
        part.addWidget(self.empty, 1)
        show_rows(self.table, 3)  # never a sliver: the page scrolls instead
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.unsaved)
        layout.addLayout(self.button_row.layout)
        if drafts is not None:
            drafts.changed.connect(self._show_unsaved)
        self._show_unsaved()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def _size_columns(self) -> None:
        """Widths from the words, not from every row (measuring 300 rows took 60 ms of the page's 100)."""
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setSectionResizeMode(PapersModel.NAME, QHeaderView.ResizeMode.Stretch)
        letters = self.fontMetrics()
        longest_kind = max(letters.horizontalAdvance(wording.paper_kind_label(kind.value)) for kind in PaperKind)
        header_view.resizeSection(PapersModel.KIND, longest_kind + 24)
        header_view.resizeSection(PapersModel.EXPIRES, letters.horizontalAdvance(date_text(date(2029, 9, 30))) + 24)

    def _make_buttons(self) -> None:
        self.add_button = button(self.tr("Add papers…"), "addPapers", self.add_papers, self, look="primary",
                                 icon_name="plus")
        self.stop_button = button(self.tr("Stop adding"), "stopAddingPapers", self.stop_adding, self)
        self.stop_button.hide()
        self.view_button = button(self.tr("View"), "viewPaper", self.view_selected, self, icon_name="eye")
        self.edit_button = button(self.tr("Details"), "editPaper", self.edit_selected, self, icon_name="pencil")
        self.copy_button = button(self.tr("Save a copy…"), "savePaperCopy", self.save_copy_of_selected, self,
                                  icon_name="hard-drive-download")
        self.delete_button = button(self.tr("Delete"), "deletePaper", self.delete_selected, self,
                                    look="destructive", icon_name="trash-2")
        self.button_row = ButtonRow([self.add_button, self.stop_button, self.view_button, self.edit_button,
                                     self.copy_button, self.delete_button], self)

    # --- the list -----------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.model.search = text
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        wording.attempt(self.model.reload, self.message.setText)
        empty = not self.model.rowCount()
        self.list_and_card.setVisible(not empty)
        self.empty.setVisible(empty)
        if self.model.search:
            self.empty.say(self.tr("No paper matches your search."), self.tr("Clear the search"), self.search.clear)
        else:
            self.empty.say(self.tr("No papers yet. When you want to, add a copy of a paper: an ID, a letter, a "
                                   "court paper. It is kept locked inside your vault."),
                           self.tr("Add papers…"), self.add_papers)
        if chosen is not None:
            self.choose(chosen.id)
        self._show_reminders()
        self._update_buttons()

    def _show_reminders(self) -> None:
        self.reminders.show_reminders(due_reminders([], self.model.with_reminders, date.today()))

    def choose(self, paper_id: int) -> None:
        row = self.model.row_of(paper_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> Paper | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.paper_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        paper = self.selected()
        busy = self._job is not None
        available_when((self.view_button, self.edit_button, self.copy_button), paper is not None,
                       self.tr("Choose a paper in the list first."))
        available_when((self.delete_button,), paper is not None and not busy,
                       self.tr("Choose a paper in the list first.") if not busy else
                       self.tr("Please wait until the papers are added."))
        self.add_button.setEnabled(not busy)
        self.card.show_paper(paper)

    # --- adding -------------------------------------------------------------------------------
    def add_papers(self) -> None:
        if self._job is not None:
            return
        names = file_dialogs.choose_files_to_open(self, self.tr("Add papers"), QDir.homePath(), "")
        if not names or not shiboken6.isValid(self):
            return
        if not wording.attempt(lambda: self._start_adding([Path(n) for n in names]), self.message.setText):
            return

    def _start_adding(self, paths: list[Path]) -> None:
        self._job = AddPapers(self._vault, paths, (self.tr("Photo"), self.tr("Paper")))
        self.busy.show()
        self.stop_button.show()
        self.message.setText(self.tr("Adding your papers to the vault…") if len(paths) > 1 else
                             self.tr("Adding your paper to the vault…"))
        self._update_buttons()
        start_job(self._job, self._added, self._not_added, owner=self)

    def stop_adding(self) -> None:
        if self._job is not None:
            self._job.stop()

    def _end_job(self) -> None:
        self._job = None
        self.busy.hide()
        self.stop_button.hide()

    def _not_added(self, error: BaseException) -> None:
        self._end_job()
        self.message.setText(wording.error_message(error))
        self.refresh()

    def _added(self, outcomes: list) -> None:
        self._end_job()
        self.refresh()
        kept = [o for o in outcomes if o.paper is not None]
        lines = []
        if kept:
            lines.append(fill(self.tr("Added to your vault: %1."), wording.comma().join(o.paper.title for o in kept)))
            self.choose(kept[-1].paper.id)
            self.table.setFocus()
        for outcome in outcomes:
            if outcome.error is not None:
                lines.append(fill(self.tr("Not added: %1. %2"), outcome.path.name,
                                  wording.error_message(outcome.error)))
        self.message.setText("\n".join(lines))
        if kept:
            self._offer_to_delete_originals(kept)

    def originals_question(self):
        """The question after papers are added (a box of its own, so the fit checks can measure it)."""
        return question_box(self, "confirmDeleteOriginals", self.tr("Delete the original files?"),
                            self.tr("Your papers are now in your vault. The app can also delete the original files "
                                    "from this computer.\n\nOn SSD drives and in cloud folders (OneDrive, iCloud, "
                                    "Dropbox), a deleted file may still be found for a while. Copies in e-mail or on "
                                    "a phone stay."),
                            self.tr("Delete the originals"), self.tr("Keep them"))

    def _offer_to_delete_originals(self, kept: list) -> None:
        box, yes = self.originals_question()
        box.exec()
        if not shiboken6.isValid(box):
            return  # a lock or Quick exit took it away: that is no answer
        answered_yes = box.clickedButton() is yes
        box.deleteLater()
        if not answered_yes:
            return
        originals = [Original(o.path, o.paper) for o in kept]
        start_job(DeleteOriginals(originals), self._originals_deleted, self._not_added, owner=self)

    def _originals_deleted(self, result) -> None:
        deleted, left = result
        lines = [self.message.text()] if self.message.text() else []
        if deleted:
            lines.append(self.tr("The original files were deleted from this computer.") if len(deleted) > 1 else
                         self.tr("The original file was deleted from this computer."))
        for path in left:
            lines.append(fill(self.tr("Not deleted: %1. It changed since it was added, or it could not be "
                                      "removed. Your vault keeps the copy it added."), path.name))
        self.message.setText("\n".join(lines))

    # --- one paper ----------------------------------------------------------------------------
    def view_selected(self) -> None:
        paper = self.selected()
        if paper is None:
            return
        from survivor_vault.ui.pages.paper_viewer import PaperViewer

        viewer = PaperViewer(self._vault, paper, self)
        viewer.exec()
        if shiboken6.isValid(viewer):
            viewer.deleteLater()

    def edit_selected(self) -> None:
        paper = self.selected()
        if paper is not None:
            self._open_dialog(paper)

    def _open_dialog(self, paper: Paper) -> None:
        from survivor_vault.ui.pages.paper_dialog import PaperDialog

        dialog = PaperDialog(self._vault.papers, paper, self, self._drafts)
        if dialog.exec() and shiboken6.isValid(self):
            self.message.setText(self.tr("Saved."))
            self.refresh()
            self.choose(paper.id)
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

    def save_copy_of_selected(self) -> None:
        paper = self.selected()
        if paper is not None:
            from survivor_vault.ui.pages.paper_viewer import save_paper_copy

            save_paper_copy(self, self._vault, paper, self.message.setText)

    def delete_selected(self) -> None:
        paper = self.selected()
        if paper is None or self._job is not None:
            return
        if not confirm(self, "confirmDeletePaper", self.tr("Delete this paper?"),
                       fill(self.tr("Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be "
                                    "brought back. Packets you already made keep what they hold."), paper.title),
                       self.tr("Delete"), self.tr("Keep")):
            return
        if not wording.attempt(lambda: self._vault.papers.delete(paper.id), self.message.setText):
            return
        if self._drafts is not None:
            self._drafts.forget_paper(paper.id)
        self.message.setText(self.tr("Deleted."))
        self.refresh()

    # --- drafts -------------------------------------------------------------------------------
    def open_draft(self, key: str, show=None) -> bool:
        if record_for(key, self._vault.papers.get) is None:
            return False  # a paper's draft is always of a paper kept (papers are added from files)
        return open_draft_of(key, self._vault.papers.get, show, self._open_dialog)

    def _show_unsaved(self) -> None:
        if self._drafts is None:
            return

        def describe(key: str, fields: dict) -> str:
            if record_for(key, self._vault.papers.get) is None:
                return ""
            name = field_line(fields, "title")
            return fill(self.tr("Not saved yet: “%1”"), name) if name else self.tr("Not saved yet")

        self.unsaved.show_items(draft_items(self._drafts, DraftKind.PAPER, describe, self.open_draft))
