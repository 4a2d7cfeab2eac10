"""My plan: the first page after unlock. A card for each part of the plan, each leading to its page.

It only shows; nothing on it asks for anything (core/plan_glance decides what it shows).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.core.plan_glance import PlanGlance, plan_glance
from survivor_vault.model.services import Choice
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import wording
from survivor_vault.ui.components.card import Card
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.form_parts import message_label
from survivor_vault.ui.theme import SPACE, set_look

# Where each card leads: the vault area, which holds the pages, turns these into pages.
GOALS_PAGE, SERVICES_PAGE, SHARING_PAGE, SETTINGS_PAGE = "goals", "services", "sharing", "settings"
DATES_PAGE = "dates"
HISTORY_PAGE = "history"  # the sharing page, scrolled to its history


class PlanPage(QWidget):
    go_to = Signal(str)  # one of the *_PAGE names above

    def __init__(self, vault, backup_weeks: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planPage")
        self._vault = vault
        self._backup_weeks = backup_weeks
        self.glance: PlanGlance | None = None
        header = PageHeader(self.tr("My plan"), self.tr("Where things are, at a glance. Each card leads to its "
                                                        "page."), self)
        self.message = message_label(self, "planMessage")
        self.cards_area = QWidget()
        self.grid = QGridLayout(self.cards_area)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACE["m"])
        scroll = QScrollArea(self)
        scroll.setObjectName("planScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' links, not to an unseen frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.cards_area)
        self._scroll = scroll
        scroll.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.cards: list[Card] = []
        self._columns = 0
        self._widest = 0
        self.refresh()

    # --- cards ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the plan again and redraw the cards (after the survivor changed something elsewhere)."""
        glance = None

        def read():
            nonlocal glance
            glance = plan_glance(self._vault, self._backup_weeks)

        if not wording.attempt(read, self.message.setText):
            return
        self.message.clear()
        self.glance = glance
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = [self._goals_card(glance), self._services_card(glance), self._holders_card(glance),
                      self._last_packet_card(glance), self._backup_card(glance)]
        # Reminders come first while one is due: a hearing next week matters more than anything else here.
        self.cards.insert(0 if glance.reminders else 2, self._dates_card(glance))
        self._columns = 0
        self._widest = max(card.minimumSizeHint().width() for card in self.cards)  # once: it is not cheap
        self._flow()

    def _card(self, name: str, title: str, action: str, page: str) -> Card:
        card = Card(name, title, self.cards_area)
        card.add_action(action, name + "Go", lambda: self.go_to.emit(page))
        return card

    def _goals_card(self, glance: PlanGlance) -> Card:
        card = self._card("planGoals", self.tr("My goals"), self.tr("Go to my goals"), GOALS_PAGE)
        if not glance.goals_under_way:
            card.add_line(self.tr("No goals under way. When you are ready, add one on the goals page."))
            return card
        card.add_line(fill(self.tr("Working on %1 · done %2"), glance.goals_under_way, glance.goals_done), "small")
        for goal in glance.goals:
            group = card.add_group()
            set_look(card.add_line(goal.title, name="planGoalTitle", into=group), "strong")
            if goal.next_step:
                card.add_line(fill(self.tr("Next: %1"), goal.next_step), into=group)
            steps = (fill(self.tr("Steps done: %1 of %2"), goal.steps_done, goal.steps) if goal.steps
                     else self.tr("No steps yet"))
            card.add_progress(goal.steps_done, goal.steps, steps, into=group)
        return card

    def _services_card(self, glance: PlanGlance) -> Card:
        card = self._card("planServices", self.tr("My services"), self.tr("Go to my services"), SERVICES_PAGE)
        if not any(glance.choices.values()):
            card.add_line(self.tr("You have not marked any services yet. There is no hurry."))
            return card
        counts = {Choice.USING: self.tr("In use: %1"), Choice.INTERESTED: self.tr("Wanted: %1"),
                  Choice.NOT_RIGHT_NOW: self.tr("Not right now: %1"), Choice.DECLINED: self.tr("No thanks: %1"),
                  Choice.FINISHED: self.tr("Done: %1")}
        for choice, words in counts.items():
            if glance.choices[choice]:
                card.add_line(fill(words, glance.choices[choice]))
        kinds = wording.comma().join
        if glance.using:
            card.add_line(fill(self.tr("In use now: %1"), kinds(wording.kind_name(k) for k in glance.using)), "small")
        if glance.wanted:
            card.add_line(fill(self.tr("What I want: %1"), kinds(wording.kind_name(k) for k in glance.wanted)), "small")
        return card

    def _dates_card(self, glance: PlanGlance) -> Card:
        from survivor_vault.ui.components.reminders_callout import reminder_line

        card = self._card("planDates", self.tr("My dates and papers"), self.tr("Go to my dates"), DATES_PAGE)
        for reminder in glance.reminders[:4]:
            card.add_line(reminder_line(reminder), "warning" if 0 <= reminder.days_left <= 7 else None)
        if len(glance.reminders) > 4:
            card.add_line(fill(self.tr("and %1 more"), len(glance.reminders) - 4), "small")
        if not glance.reminders:
            card.add_line(self.tr("No reminder is due."))
            if glance.next_date is not None:
                card.add_line(fill(self.tr("Next: %1, %2"), glance.next_date.title,
                                   date_text(glance.next_date.day)), "small")
        card.add_line(self.tr("No papers kept yet.") if not glance.papers else
                      fill(self.tr("Papers kept in your vault: %1"), glance.papers), "small")
        return card

    def _holders_card(self, glance: PlanGlance) -> Card:
        card = self._card("planHolders", self.tr("Who has a packet from me"), self.tr("Go to sharing"), SHARING_PAGE)
        if not glance.open_packets:
            card.add_line(self.tr("Nobody holds a packet from you right now."))
            return card
        for record in glance.open_packets:
            until = date_text(record.end_date) if record.end_date else self.tr("no end date")
            card.add_line(fill(self.tr("%1, until %2"), wording.own_order(record.recipient_name), until))
        if glance.open_count > len(glance.open_packets):
            card.add_line(fill(self.tr("and %1 more"), glance.open_count - len(glance.open_packets)), "small")
        return card

    def _last_packet_card(self, glance: PlanGlance) -> Card:
        card = self._card("planLastPacket", self.tr("My last packet"), self.tr("See my sharing history"),
                          HISTORY_PAGE)
        record = glance.last_packet
        if record is None:
            card.add_line(self.tr("You have not made a packet. Nothing has left your vault."))
            return card
        card.add_line(fill(self.tr("For %1, made %2"), record.recipient_name, date_text(record.made_at)))
        if record.withdrawn:
            card.add_line(fill(self.tr("You withdrew your consent on %1."), date_text(record.withdrawn_at)), "small")
        elif record.end_date:
            card.add_line(fill(self.tr("Until %1"), date_text(record.end_date)), "small")
        return card

    def _backup_card(self, glance: PlanGlance) -> Card:
        card = self._card("planBackup", self.tr("My backup"), self.tr("Go to backups"), SETTINGS_PAGE)
        if glance.last_backup is None:
            line = card.add_line(self.tr("You have not made a backup yet."))
        else:
            line = card.add_line(fill(self.tr("Last backup: %1"), date_text(glance.last_backup)))
        if glance.backup_due:
            set_look(line, "warning")
            line.setText(line.text() + " " + self.tr("It is time for a new one."))
        return card

    # --- two columns where there is room, one where there is not ------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._flow()
        return False

    def _flow(self) -> None:
        room = self._scroll.viewport().width()
        least = max(self._widest, self.fontMetrics().averageCharWidth() * 36)
        columns = 2 if room >= 2 * least + SPACE["m"] else 1
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(len(self.cards), 1)

