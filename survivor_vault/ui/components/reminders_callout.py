"""Reminders that are due, in words, in a callout: shown inside the app after unlock, never as a notification."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.model.dates import DateKind, Reminder
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import wording
from survivor_vault.ui.form_parts import message_label
from survivor_vault.ui.plain_text import breakable
from survivor_vault.ui.theme import SPACE, set_look


def reminder_line(reminder: Reminder) -> str:
    """"Passport runs out on 14 December 2026 (in 16 days)", "Court hearing: 2 December 2026 (tomorrow)"."""
    when = wording.days_left_text(reminder.days_left)
    reminder = replace(reminder, title=wording.own_order(breakable(reminder.title)))
    if reminder.kind is DateKind.EXPIRY:
        words = (QCoreApplication.translate("Reminder", "%1 ran out on %2 (%3)") if reminder.days_left < 0 else
                 QCoreApplication.translate("Reminder", "%1 runs out on %2 (%3)"))
        return fill(words, reminder.title, date_text(reminder.day), when)
    return fill(QCoreApplication.translate("Reminder", "%1: %2 (%3)"), reminder.title, date_text(reminder.day),
                when)


class RemindersCallout(QFrame):
    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        set_look(self, "callout")
        self.setAccessibleName(self.tr("Reminders"))
        self.heading = message_label(self, f"{object_name}Heading")
        set_look(self.heading, "strong")
        self.lines = message_label(self, f"{object_name}Lines")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE["m"], SPACE["s"], SPACE["m"], SPACE["s"])
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        self.hide()

    def show_reminders(self, reminders: Iterable[Reminder], most: int = 5) -> None:
        reminders = list(reminders)
        self.setVisible(bool(reminders))
        if not reminders:
            return
        self.heading.setText(self.tr("Reminder") if len(reminders) == 1 else self.tr("Reminders"))
        lines = [reminder_line(r) for r in reminders[:most]]
        if len(reminders) > most:
            lines.append(fill(self.tr("and %1 more on My dates"), len(reminders) - most))
        self.lines.setText("\n".join(lines))
        self.setAccessibleDescription(self.lines.text())
