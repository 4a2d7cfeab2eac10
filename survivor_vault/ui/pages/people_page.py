"""People & agencies: the survivor's own address book of helpers. Nothing is shared from here."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.person_glance import person_glance
from survivor_vault.core.placeholders import fill
from survivor_vault.model.drafts import NEW, DraftKind
from survivor_vault.model.errors import VaultError
from survivor_vault.model.people import Person
from survivor_vault.ui import wording
from survivor_vault.ui.components.beside_or_below import BesideOrBelow
from survivor_vault.ui.components.empty_state import EmptyState
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.draft_keeper import DraftKeeper, FormDraft, fill_fields, read_fields
from survivor_vault.ui.form_parts import (
    ButtonRow,
    available_when,
    button,
    confirm,
    line_edit,
    optional_label,
    row_table,
    save_cancel,
    scrolled_body,
    text_box,
)
from survivor_vault.ui.models.people_model import PeopleModel
from survivor_vault.ui.pages.person_card import PersonCard
from survivor_vault.ui.theme import SPACE
from survivor_vault.ui.unsaved_strip import (
    UnsavedStrip,
    draft_items,
    field_line,
    open_draft_of,
    record_for,
    throw_away_when_sure,
)


class PersonDialog(QDialog):
    def __init__(self, people_repository, person: Person | None = None, parent: QWidget | None = None,
                 drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Change person or agency") if person else self.tr("Add a person or agency"))
        self._repo = people_repository
        self._person = person
        self.saved_id: int | None = None
        form = QFormLayout()
        self.name = line_edit("personName", self, 200)
        self.name.setAccessibleName(self.tr("Name"))
        name_label = QLabel(self.tr("Name"), self)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.organisation = line_edit("personOrganisation", self)
        form.addRow(optional_label(self.tr("Organisation"), self.organisation, self), self.organisation)
        self.role = line_edit("personRole", self)
        form.addRow(optional_label(self.tr("Role"), self.role, self), self.role)
        self.contact = line_edit("personContact", self)
        form.addRow(optional_label(self.tr("Contact"), self.contact, self), self.contact)
        self.notes = text_box("personNotes", self, 2)
        form.addRow(optional_label(self.tr("Notes"), self.notes, self), self.notes)
        self.message = QLabel(self)
        self.message.setObjectName("personMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.message)
        self.throw_away_button = button(self.tr("Throw away my changes"), "throwAwayPersonDraft",
                                        self._throw_away, self)
        self.throw_away_button.hide()
        form.addRow(self.throw_away_button)
        buttons = save_cancel(self, "savePerson", "cancelPerson", self.save, close=True)
        header = PageHeader(self.windowTitle(), self.tr("Only a name is needed. Adding someone here shares "
                                                        "nothing with them."), self)
        # The fields scroll on a small screen at the largest text; Save, Close and Quick exit stay in sight
        # (as tall as its fields, it was placed above the top of an 800x600 screen, Quick exit with it).
        body = scrolled_body(self)
        layout = QVBoxLayout(body)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addStretch(1)
        self.layout().addWidget(buttons)
        self.layout().setContentsMargins(*(SPACE["s"],) * 4)
        self._widgets = {"name": self.name, "organisation": self.organisation, "role": self.role,
                         "contact": self.contact, "notes": self.notes}
        if person:
            fill_fields(self._widgets, {name: getattr(person, name) for name in self._widgets})
        self.draft = FormDraft(drafts, DraftKind.PERSON, str(person.id) if person else NEW,
                               lambda: read_fields(self._widgets), lambda f: fill_fields(self._widgets, f))
        if self.draft.restored:
            self.message.setText(self.tr("You had not saved this yet. Here it is."))
            self.throw_away_button.show()
        self.finished.connect(lambda _result: self.draft.closed())
        # As tall as what it holds, no taller (at 380 px it was mostly empty space); never past the screen.
        self.resize(max(480, body.sizeHint().width() + SPACE["m"]),
                    body.sizeHint().height() + buttons.sizeHint().height() + 3 * SPACE["s"])

    def _throw_away(self) -> None:
        throw_away_when_sure(self, self.draft, self.message.setText, self.throw_away_button)

    def save(self) -> None:
        if not self.name.text().strip():
            self.message.setText(self.tr("Please give a name, even a first name or a nickname."))
            self.name.setFocus()
            return
        details = dict(organisation=self.organisation.text(), role=self.role.text(), contact=self.contact.text(),
                       notes=self.notes.toPlainText())
        try:
            if self._person is None:
                self.saved_id = self._repo.add(self.name.text(), **details).id
            else:
                self.saved_id = self._repo.update(self._person.id, name=self.name.text(), **details).id
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        self.draft.saved()
        self.accept()


class PeoplePage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._vault = vault
        self._drafts = drafts
        self.model = PeopleModel(vault.people, self)
        header = PageHeader(
            self.tr("People & agencies"),
            self.tr("People and agencies you may want to share with one day. Adding someone here "
            "shares nothing with them."), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("peopleSearch")
        self.search.setAccessibleName(self.tr("Search people and agencies"))
        self.search.setPlaceholderText(self.tr("Search people and agencies"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.table = QTableView(self)
        row_table(self.table, "peopleTable", self.tr("People and agencies"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # `activated` alone: it comes with a double-click and with Return. Listening to `doubleClicked` too
        # opened the editor twice, and after Save it popped up again as if Save had failed.
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.message = QLabel(self)
        self.message.setObjectName("peopleMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = button(self.tr("Add a person or agency"), "addPerson", self.add_person, self,
                                 look="primary", icon_name="plus")
        self.edit_button = button(self.tr("Open"), "editPerson", self.edit_selected, self, icon_name="pencil")
        self.delete_button = button(self.tr("Delete"), "deletePerson", self.delete_selected, self, look="destructive",
                                    icon_name="trash-2")
        # A row while there is room, a column when a long language at the largest text would cut a button.
        self.button_row = ButtonRow([self.add_button, self.edit_button, self.delete_button], self)
        buttons = self.button_row.layout
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        search_label = QLabel(self.tr("Search"), self)
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        self.card = PersonCard(self)
        self.list_and_card = BesideOrBelow(self.table, self.card, self)
        # Beside the list, the card says the role and contact: the list keeps room for the names.
        self.list_and_card.arranged.connect(self._show_columns)
        self._show_columns(self.list_and_card.beside)
        layout.addWidget(self.list_and_card, 1)
        self.empty = EmptyState("peopleEmpty", self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)
        self.unsaved = UnsavedStrip("unsavedPeople", self)
        layout.addWidget(self.unsaved)
        layout.addLayout(buttons)
        if drafts is not None:
            drafts.changed.connect(self._show_unsaved)
        self._show_unsaved()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def _show_columns(self, beside: bool) -> None:
        for column in (PeopleModel.ROLE, PeopleModel.CONTACT):
            self.table.setColumnHidden(column, beside)

    def _search(self, text: str) -> None:
        self.model.search = text
        self.refresh()

    def refresh(self) -> None:
        wording.attempt(self.model.reload, self.message.setText)
        empty = not self.model.rowCount()
        self.list_and_card.setVisible(not empty)
        self.empty.setVisible(empty)
        if self.model.search:
            self.empty.say(self.tr("Nobody matches your search."), self.tr("Clear the search"), self.search.clear)
        else:
            self.empty.say(self.tr("Nobody here yet. Add a person or an agency when you want to."),
                           self.tr("Add a person or agency"), self.add_person)
        self._update_buttons()

    def _update_buttons(self) -> None:
        person = self.selected()
        available_when((self.edit_button, self.delete_button), person is not None,
                       self.tr("Choose someone in the list first."))
        glance = None
        if person is not None:
            def read():
                nonlocal glance
                glance = person_glance(self._vault, person.id)

            wording.attempt(read, self.message.setText)
        self.card.show_person(person if glance is not None else None, glance)

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_at(rows[0].row()) if rows else None

    def add_person(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        person = self.selected()
        if person is not None:
            self._open_dialog(person)

    def _open_dialog(self, person: Person | None) -> None:
        dialog = PersonDialog(self._vault.people, person, self, self._drafts)
        if dialog.exec():
            self.message.setText(self.tr("Saved."))
            self.refresh()
        if shiboken6.isValid(dialog):  # a lock while it was open has already taken it (and this page) away
            dialog.deleteLater()

    # --- drafts ------------------------------------------------------------------------------
    def open_draft(self, key: str, show=None) -> bool:
        return open_draft_of(key, self._vault.people.get, show, self._open_dialog)

    def _show_unsaved(self) -> None:
        if self._drafts is None:
            return

        def describe(key: str, fields: dict) -> str:
            if key != NEW and record_for(key, self._vault.people.get) is None:
                return ""  # they are gone: nothing to open it on
            name = field_line(fields, "name")
            return fill(self.tr("Not saved yet: “%1”"), name) if name else self.tr("Not saved yet")

        self.unsaved.show_items(draft_items(self._drafts, DraftKind.PERSON, describe, self.open_draft))

    def delete_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        if not confirm(self, "confirmDeletePerson", self.tr("Delete?"),
                       self.tr("Delete this person or agency from your list? Any sharing permission for them "
                               "ends too. Your sharing history keeps its record."), self.tr("Delete"), self.tr("Keep")):
            return
        if not wording.attempt(lambda: self._vault.people.delete(person.id), self.message.setText):
            return
        if self._drafts is not None:  # deleted on purpose: no draft may point at them (ids are given again)
            self._drafts.forget_person(person.id)
        self.message.setText(self.tr("Deleted."))
        self.refresh()
