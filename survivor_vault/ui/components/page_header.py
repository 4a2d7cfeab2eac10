"""A page's title and one plain line under it saying what the page is for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from survivor_vault.ui.theme import SPACE, set_look


class PageHeader(QWidget):
    def __init__(self, title: str, line: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.title = set_look(QLabel(title, self), "title")
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(title)
        self.line = QLabel(line, self)
        self.line.setObjectName("pageIntro")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setVisible(bool(line))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACE["s"])
        layout.setSpacing(SPACE["xs"])
        layout.addWidget(self.title)
        layout.addWidget(self.line)
