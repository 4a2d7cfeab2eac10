"""What a page says when it has nothing to show yet: a kind line and the one next thing to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from survivor_vault.ui.components.link_button import LinkButton
from survivor_vault.ui.theme import SPACE, set_look


class EmptyState(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.text = QLabel(self)
        self.text.setObjectName(name + "Text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        set_look(self.text, "section")
        self.action = set_look(LinkButton(self), "primary")
        self.action.setObjectName(name + "Action")
        self.action.setAutoDefault(False)
        self.action.setAccessibleName(self.tr("What you can do next"))  # until `say` gives it its words
        self._slot = None
        self.action.clicked.connect(lambda: self._slot() if self._slot else None)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.action)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE["m"], SPACE["xl"], SPACE["m"], SPACE["xl"])
        layout.setSpacing(SPACE["m"])
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(2)

    def say(self, text: str, action: str = "", slot=None) -> None:
        """Show `text`, and a button `action` that calls `slot` (no button when there is nothing to do)."""
        self.text.setText(text)
        self.action.setText(action)
        self.action.setAccessibleName(action or self.tr("What you can do next"))
        self._slot = slot
        self.action.setVisible(bool(action))
