"""A date of the survivor's own: a hearing, an appointment, a renewal… with an optional reminder N days before."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from survivor_vault.model.dates import DatedItem, DateKind
from survivor_vault.model.drafts import NEW, DraftKind
from survivor_vault.model.errors import VaultError
from survivor_vault.ui import wording
from survivor_vault.ui.components.optional_date import ReminderField, date_picker, day_of
from survivor_vault.ui.draft_keeper import DraftKeeper, fill_fields, read_fields
from survivor_vault.ui.drafted_form import Names, frame_form, keep_as_draft
from survivor_vault.ui.form_parts import (
    line_edit,
    optional_label,
    text_box,
)

OWN_KINDS = (DateKind.HEARING, DateKind.APPOINTMENT, DateKind.RENEWAL, DateKind.OTHER)


class DateDialog(QDialog):
    def __init__(self, vault, item: DatedItem | None = None, parent: QWidget | None = None,
                 drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("dateDialog")
        self.setWindowTitle(self.tr("Change this date") if item else self.tr("Add a date"))
        self._vault = vault
        self._item = item
        self.saved_id: int | None = None
        form = QFormLayout()
        self.title = line_edit("dateTitle", self, 200)
        self.title.setAccessibleName(self.tr("What it is"))
        title_label = QLabel(self.tr("What it is"), self)
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)
        self.day = date_picker(self, "dateDay", self.tr("Day"), date.today() + timedelta(days=7))
        day_label = QLabel(self.tr("Day"), self)
        day_label.setBuddy(self.day)
        form.addRow(day_label, self.day)
        self.kind = QComboBox(self)
        self.kind.setObjectName("dateKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in OWN_KINDS:
            self.kind.addItem(wording.date_kind_label(kind), kind.value)
        form.addRow(optional_label(self.tr("Kind"), self.kind, self), self.kind)
        self.remind = ReminderField("dateRemind", self, default_days=3)
        form.addRow(optional_label(self.tr("Reminder"), self.remind.check, self), self.remind)
        self.paper = self._paper_choice(vault)
        form.addRow(optional_label(self.tr("For which paper"), self.paper, self), self.paper)
        self.notes = text_box("dateNotes", self, 2)
        form.addRow(optional_label(self.tr("Notes"), self.notes, self), self.notes)
        body, buttons = frame_form(self, form, self.tr(
            "A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere "
            "else."), Names("date"))
        if item is not None:
            self._load(item)
        keep_as_draft(self, drafts, DraftKind.DATE, str(item.id) if item else NEW, self._fields, self._fill, body,
                      buttons)

    def _paper_choice(self, vault) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("datePaper")
        combo.setAccessibleName(self.tr("For which paper"))
        combo.addItem(self.tr("No paper"), None)
        papers = []
        wording.attempt(lambda: papers.extend(vault.papers.list()), lambda _w: None)
        for paper in papers:
            combo.addItem(paper.title, paper.id)
        return combo

    def _widgets(self) -> dict:
        return {"title": self.title, "day": self.day, "kind": self.kind, "remind": self.remind.check,
                "remind_days": self.remind.days, "paper": self.paper, "notes": self.notes}

    def _fields(self) -> dict:
        return read_fields(self._widgets())

    def _fill(self, fields: dict) -> None:
        fill_fields(self._widgets(), fields)

    def _load(self, item: DatedItem) -> None:
        fill_fields(self._widgets(), {"title": item.title, "day": item.day.isoformat(), "kind": item.kind.value,
                                      "paper": item.paper_id, "notes": item.notes})
        self.remind.set_value(item.remind_days)

    def save(self) -> None:
        if not self.title.text().strip():
            self.message.setText(self.tr("Please say what the date is for, in a few words."))
            self.title.setFocus()
            return
        values = dict(title=self.title.text(), day=day_of(self.day), kind=self.kind.currentData(),
                      remind=self.remind.value(), notes=self.notes.toPlainText(), paper_id=self.paper.currentData())
        try:
            if self._item is None:
                self.saved_id = self._vault.dates.add(**values).id
            else:
                self.saved_id = self._vault.dates.update(self._item.id, **values).id
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        self.draft.saved()
        self.accept()
