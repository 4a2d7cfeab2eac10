"""A card: a framed surface with a title, a few lines, maybe a progress line, and one way on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from survivor_vault.ui.components.link_button import LinkButton
from survivor_vault.ui.components.progress_line import progress_line
from survivor_vault.ui.theme import SPACE, set_look


class Card(QFrame):
    def __init__(self, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        set_look(self, "card")
        self.setAccessibleName(title)
        self.title = set_look(QLabel(title, self), "section")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SPACE["m"], SPACE["m"], SPACE["m"], SPACE["m"])
        outer.setSpacing(SPACE["s"])
        outer.addWidget(self.title)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(SPACE["s"])
        outer.addLayout(self.lines)
        outer.addStretch(1)
        self.footer = QHBoxLayout()
        outer.addLayout(self.footer)

    def add_line(self, text: str, look: str | None = None, name: str = "", into: QBoxLayout | None = None) -> QLabel:
        """A line of plain text (a person's own words are never read as markup)."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            label.setObjectName(name)
        if look:
            set_look(label, look)
        (into if into is not None else self.lines).addWidget(label)
        return label

    def add_group(self) -> QVBoxLayout:
        """Lines that belong together (a goal, its next step and its progress), closer to each other."""
        group = QVBoxLayout()
        group.setSpacing(SPACE["xs"])
        self.lines.addLayout(group)
        return group

    def add_progress(self, done: int, total: int, words: str, into: QBoxLayout | None = None) -> None:
        """A thin bar and "2 of 5 steps" beside it, saying the same."""
        row = QHBoxLayout()
        row.setSpacing(SPACE["s"])
        row.addWidget(progress_line(self, done, total, words), 1)
        label = set_look(QLabel(words, self), "small")
        label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(label)
        (into if into is not None else self.lines).addLayout(row)

    def add_action(self, text: str, name: str, slot) -> QPushButton:
        """The one way on from this card (to its page)."""
        action = LinkButton(text, self)
        action.setObjectName(name)
        action.setAccessibleName(text)
        action.clicked.connect(slot)
        set_look(action, "link")
        self.footer.addWidget(action)
        self.footer.addStretch(1)
        return action
