"""The card beside the people list: the chosen person's details, what they may see, and what they hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from survivor_vault.core.person_glance import PersonGlance
from survivor_vault.core.placeholders import fill
from survivor_vault.model.people import Person
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import wording
from survivor_vault.ui.theme import SPACE, set_look


def _line(parent: QWidget, name: str, look: str | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a person's own words, never markup
    if look:
        set_look(label, look)
    return label


class PersonCard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("personCard")
        set_look(self, "card")
        self.setAccessibleName(self.tr("About the person you chose"))
        self.title = _line(self, "personCardName", "section")
        self.details = _line(self, "personCardDetails")
        self.notes = _line(self, "personCardNotes", "small")
        self.may_see = _line(self, "personCardMaySee")
        self.holds = _line(self, "personCardHolds")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE["m"], SPACE["m"], SPACE["m"], SPACE["m"])
        layout.setSpacing(SPACE["s"])
        for label in (self.title, self.details, self.notes, self.holds, self.may_see):
            layout.addWidget(label)
        layout.addStretch(1)
        # Its share of the width beside the list (ui/components/beside_or_below), not what its words would like.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.show_person(None, None)

    def show_person(self, person: Person | None, glance: PersonGlance | None) -> None:
        if person is None or glance is None:
            self.title.setText(self.tr("Choose someone in the list to see what you share with them."))
            set_look(self.title, "")
            for label in (self.details, self.notes, self.may_see, self.holds):
                label.hide()
            return
        self.title.setText(person.name)
        set_look(self.title, "section")
        where = wording.separator().join(p for p in (person.organisation, person.role) if p)
        self.details.setText("\n".join(p for p in (where, person.contact) if p))
        self.notes.setText(person.notes)
        self.may_see.setText(self._may_see_words(glance))
        self.holds.setText(self._holds_words(glance))
        for label in (self.details, self.notes, self.may_see, self.holds):
            label.setVisible(bool(label.text()))

    def _may_see_words(self, glance: PersonGlance) -> str:
        if not glance.may_see:
            return self.tr("What they may see: nothing yet.")
        parts = "; ".join(f"{wording.section_label(section)}: {count}" for section, count in glance.may_see.items())
        if glance.may_see_until:
            return fill(self.tr("What they may see: %1, until %2."), parts,
                        date_text(glance.may_see_until))
        return fill(self.tr("What they may see: %1."), parts)

    def _holds_words(self, glance: PersonGlance) -> str:
        if not glance.holds:
            return self.tr("They hold no packet from you now.")
        until = [date_text(r.end_date) if r.end_date else self.tr("no end date") for r in glance.holds]
        return fill(self.tr("Packets they hold now: %1 (until %2)."), len(glance.holds), wording.comma().join(until))
