"""A secret to pass on or keep (a share code, a recovery key): framed, large, in a typewriter font, with
its actions beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from survivor_vault.ui.theme import SPACE, set_look

KEEP_IN_SIGHT_WHOLE = "svaultKeepInSightWhole"  # a widget whose parts are scrolled into sight with it


class CodeBlock(QFrame):
    def __init__(self, name: str, accessible: str, parent: QWidget | None = None, *, scale: float = 2.0,
                 least_points: float = 18.0, most_points: float = 26.0, wrap: bool = False):
        """Twice the text size, between `least_points` and `most_points` (at the largest text, twice was too
        wide for a small screen: the key must show whole, never cut, so it is not made larger than it fits)."""
        super().__init__(parent)
        set_look(self, "code")
        self.setObjectName(name + "Block")
        # Its Copy button getting the focus scrolled the code itself out of sight (focus_ring.bring_into_sight).
        self.setProperty(KEEP_IN_SIGHT_WHOLE, True)
        self.label = QLabel(self)
        self.label.setObjectName(name)
        self.label.setAccessibleName(accessible)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(wrap)
        # Latin letters and digits, read and typed from the left in every language (in Arabic too: "from the left"
        # is what the Arabic instructions say), never mirrored with the page around it.
        self.label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if not wrap:  # never squeezed: its lines get their full size, and the window grows instead
            self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(min(most_points, max(least_points, self.font().pointSizeF() * scale)))
        font.setBold(True)
        self.label.setFont(font)
        self.actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.actions.setSpacing(SPACE["s"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE["m"], SPACE["m"], SPACE["m"], SPACE["m"])
        layout.setSpacing(SPACE["s"])
        layout.addWidget(self.label)
        layout.addLayout(self.actions)

    def add_action(self, action: QWidget) -> None:
        self.actions.addWidget(action)

    def finish_actions(self) -> None:
        self.actions.addStretch(1)
