"""A button that also answers Return and Enter, as a link on a page does (Qt's buttons outside a dialog
answer only Space, and people press Enter on a link)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


class LinkButton(QPushButton):
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # Enter on the keypad too
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.animateClick()
            return
        super().keyPressEvent(event)
