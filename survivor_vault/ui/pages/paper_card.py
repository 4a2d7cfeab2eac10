"""The card beside the papers list: the chosen paper's details, in words."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.model.papers import Paper
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import wording
from survivor_vault.ui.form_parts import message_label
from survivor_vault.ui.plain_text import breakable
from survivor_vault.ui.theme import SPACE, set_look


class PaperCard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paperCard")
        set_look(self, "card")
        self.setAccessibleName(self.tr("About the paper you chose"))
        self.title = message_label(self, "paperCardTitle")
        self.details = message_label(self, "paperCardDetails")
        self.dates = message_label(self, "paperCardDates")
        self.notes = message_label(self, "paperCardNotes")
        set_look(self.notes, "small")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE["m"], SPACE["m"], SPACE["m"], SPACE["m"])
        layout.setSpacing(SPACE["s"])
        for label in (self.title, self.details, self.dates, self.notes):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.show_paper(None)

    def show_paper(self, paper: Paper | None, today: date | None = None) -> None:
        if paper is None:
            self.title.setText(self.tr("Choose a paper in the list to see its details."))
            set_look(self.title, "")
            for label in (self.details, self.dates, self.notes):
                label.hide()
            return
        self.title.setText(breakable(paper.title))
        set_look(self.title, "section")
        self.details.setText(fill(self.tr("%1 · %2 · added %3"), wording.paper_kind_label(paper.kind),
                                  wording.size_text(paper.size), date_text(paper.added)))
        self.dates.setText(self._dates_words(paper, today or date.today()))
        self.notes.setText(paper.notes)
        for label in (self.details, self.dates, self.notes):
            label.setVisible(bool(label.text()))

    def _dates_words(self, paper: Paper, today: date) -> str:
        lines = []
        if paper.issued:
            lines.append(fill(self.tr("Issued: %1"), date_text(paper.issued)))
        if paper.expires:
            if paper.expires < today:
                lines.append(fill(self.tr("Ran out: %1"), date_text(paper.expires)))
            else:
                lines.append(fill(self.tr("Runs out: %1 (%2)"), date_text(paper.expires),
                                  wording.days_left_text((paper.expires - today).days)))
            if paper.remind_days is not None:
                lines.append(self.tr("A reminder is set.") if paper.remind_days else
                             self.tr("A reminder is set for the day itself."))
        return "\n".join(lines)
