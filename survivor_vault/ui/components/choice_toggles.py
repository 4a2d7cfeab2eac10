"""A few large toggle buttons, one of which may be on: the survivor's choice for a service.

(Round radio buttons at 13 px were hard to hit and to see; these are the width of the panel, as tall as
two lines, and say which one is on with colour, weight and a tick — not colour alone.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from survivor_vault.ui.theme import SPACE, set_look


class ChoiceToggles(QWidget):
    def __init__(self, choices: list[tuple[object, str, str]], parent: QWidget | None = None):
        """`choices`: (value, words, objectName) for each toggle, in order."""
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[object, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE["xs"])
        for value, words, name in choices:
            toggle = set_look(QPushButton(words, self), "choice")
            toggle.setObjectName(name)
            toggle.setAccessibleName(words)
            toggle.setCheckable(True)
            toggle.setAutoDefault(False)
            self.group.addButton(toggle)
            self.buttons[value] = toggle
            layout.addWidget(toggle)

    def add_icons(self) -> None:
        """A ring on each toggle, ticked on the chosen one (after the first frame: icons load QtSvg)."""
        from survivor_vault.ui import icons, theme

        scheme = theme.active_scheme()
        both = icons.toggle_icon(icons.CHOICE_OFF, scheme.text, icons.CHOICE_ON, scheme.on_accent)
        for toggle in self.buttons.values():
            toggle.setIcon(both)

    def chosen(self):
        return next((value for value, b in self.buttons.items() if b.isChecked()), None)

    def choose(self, value) -> None:
        """Turn `value`'s toggle on (None: none of them)."""
        self.group.setExclusive(False)
        for key, toggle in self.buttons.items():
            toggle.setChecked(key == value)
        self.group.setExclusive(True)
