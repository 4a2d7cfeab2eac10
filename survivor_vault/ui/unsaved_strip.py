"""A quiet line on a page for each draft it holds: "Not saved yet: …", with Open and Throw away.

It asks nothing when the survivor leaves a form; it only shows where their unsaved words are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from survivor_vault.ui.form_parts import button, confirm

Item = tuple[str, Callable[[], None], Callable[[], None]]  # text, open it, throw it away


class UnsavedStrip(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_items(self, items: list[Item]) -> None:
        while self._layout.count():
            row = self._layout.takeAt(0)
            if row.widget() is not None:
                row.widget().deleteLater()
        for number, (text, open_it, throw_away) in enumerate(items):
            row = QWidget(self)
            row.setObjectName("unsavedDraft")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, row)
            label.setObjectName("unsavedDraftText")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            # (`clicked` sends a bool: the lambdas take it and leave the callables alone)
            line.addWidget(button(self.tr("Open"), f"openDraft{number}", lambda *_a, o=open_it: o(), row))
            line.addWidget(button(self.tr("Throw away"), f"throwAwayDraft{number}",
                                  lambda *_a, t=throw_away: self._throw_away(t), row))
            self._layout.addWidget(row)
        self.setVisible(bool(items))

    def _throw_away(self, throw_away: Callable[[], None]) -> None:
        if confirm(self, "confirmThrowAway", self.tr("Throw away what you wrote?"),
                   self.tr("Throw away what you wrote and did not save? This cannot be undone."),
                   self.tr("Throw away"), self.tr("Keep it")):
            throw_away()
