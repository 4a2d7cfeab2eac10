"""A paper's details: its name, kind, the days it was issued and runs out, a reminder, and notes. Never its
bytes: a new version of a paper is added as a new paper."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from survivor_vault.model.drafts import DraftKind
from survivor_vault.model.errors import VaultError
from survivor_vault.model.papers import Paper, PaperKind
from survivor_vault.ui import wording
from survivor_vault.ui.components.optional_date import OptionalDate, ReminderField
from survivor_vault.ui.draft_keeper import DraftKeeper, fill_fields, read_fields
from survivor_vault.ui.drafted_form import Names, frame_form, keep_as_draft
from survivor_vault.ui.form_parts import (
    line_edit,
    optional_label,
    text_box,
)


def kind_choice(parent: QWidget, object_name: str) -> QComboBox:
    """The common kinds to choose from, or the survivor's own kind typed in."""
    combo = QComboBox(parent)
    combo.setObjectName(object_name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for kind in PaperKind:
        combo.addItem(wording.paper_kind_label(kind.value), kind.value)
    combo.lineEdit().setMaxLength(80)
    return combo


def chosen_kind(combo: QComboBox) -> str:
    """The kind's code when one of the common kinds is shown, else the survivor's own words."""
    typed = combo.currentText().strip()
    for index in range(combo.count()):
        if combo.itemText(index) == typed:
            return combo.itemData(index)
    return typed or PaperKind.OTHER.value


def show_kind(combo: QComboBox, kind: str) -> None:
    index = combo.findData(kind)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(kind)


class PaperDialog(QDialog):
    def __init__(self, papers_repository, paper: Paper, parent: QWidget | None = None,
                 drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("paperDialog")
        self.setWindowTitle(self.tr("Details of this paper"))
        self._repo = papers_repository
        self._paper = paper
        form = QFormLayout()
        self.title = line_edit("paperTitle", self, 200)
        self.title.setAccessibleName(self.tr("Name"))
        title_label = QLabel(self.tr("Name"), self)
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)
        self.kind = kind_choice(self, "paperKind")
        self.kind.setAccessibleName(self.tr("Kind of paper"))
        form.addRow(optional_label(self.tr("Kind of paper"), self.kind, self), self.kind)
        self.issued = OptionalDate(self.tr("I know the date"), self.tr("Date issued"), "paperIssued", self)
        form.addRow(optional_label(self.tr("Date issued"), self.issued.picker, self), self.issued)
        self.expires = OptionalDate(self.tr("It runs out"), self.tr("Date it runs out"), "paperExpires", self)
        form.addRow(optional_label(self.tr("Date it runs out"), self.expires.picker, self), self.expires)
        self.remind = ReminderField("paperRemind", self, default_days=60)
        self.remind.check.setEnabled(False)
        self.expires.check.toggled.connect(self._reminder_possible)
        form.addRow(optional_label(self.tr("Reminder"), self.remind.check, self), self.remind)
        self.notes = text_box("paperNotes", self, 2)
        form.addRow(optional_label(self.tr("Notes"), self.notes, self), self.notes)
        body, buttons = frame_form(self, form, self.tr(
            "Only a name is needed. The file itself stays as it was added."), Names("paper"))
        self._load(paper)
        keep_as_draft(self, drafts, DraftKind.PAPER, str(paper.id), self._fields, self._fill, body, buttons)

    def _reminder_possible(self, expires: bool) -> None:
        self.remind.check.setEnabled(expires)
        if not expires:
            self.remind.check.setChecked(False)

    def _widgets(self) -> dict:
        return {"title": self.title, "issued_known": self.issued.check, "issued": self.issued.picker,
                "expires_known": self.expires.check, "expires": self.expires.picker, "remind": self.remind.check,
                "remind_days": self.remind.days, "notes": self.notes}

    def _fields(self) -> dict:
        fields = read_fields(self._widgets())
        fields["kind"] = chosen_kind(self.kind)
        return fields

    def _fill(self, fields: dict) -> None:
        fill_fields(self._widgets(), fields)
        if isinstance(fields.get("kind"), str):
            show_kind(self.kind, fields["kind"])

    def _load(self, paper: Paper) -> None:
        self.title.setText(paper.title)
        show_kind(self.kind, paper.kind)
        self.issued.set_value(paper.issued)
        self.expires.set_value(paper.expires)
        self._reminder_possible(paper.expires is not None)
        self.remind.set_value(paper.remind_days)
        self.notes.setPlainText(paper.notes)

    def save(self) -> None:
        if not self.title.text().strip():
            self.message.setText(self.tr("Please give the paper a short name, in your own words."))
            self.title.setFocus()
            return
        try:
            self._repo.update(self._paper.id, title=self.title.text(), kind=chosen_kind(self.kind),
                              issued=self.issued.value(), expires=self.expires.value(),
                              remind=self.remind.value() if self.expires.value() else None,
                              notes=self.notes.toPlainText())
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        self.draft.saved()
        self.accept()
