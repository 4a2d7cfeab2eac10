"""A few large toggle buttons, one of which may be on: the survivor's choice for a service.

(Round radio buttons at 13 px were hard to hit and to see; these are the width of the panel, at least
two lines tall, and say which one is on with colour, weight and a ticked ring — not colour alone. Their
words wrap, so a long language at the largest text never pushes the panel wider than the screen.)
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.ui.theme import SPACE, set_look


class ChoiceToggle(QPushButton):
    """A checkable button whose words wrap (a QPushButton's own text cannot), with a ring beside them."""

    def __init__(self, words: str, parent: QWidget | None = None):
        super().__init__(parent)
        set_look(self, "choice")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setAccessibleName(words)
        self._icon = QIcon()
        self.mark = QLabel(self)
        self.words = QLabel(words, self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.mark, self.words):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        side = self.fontMetrics().height()
        self.mark.setFixedSize(side, side)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACE["m"], SPACE["s"], SPACE["m"], SPACE["s"])
        row.setSpacing(SPACE["s"])
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.words, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._show_state)

    def set_icon(self, icon: QIcon) -> None:
        self._icon = icon
        self._show_state(self.isChecked())

    def _show_state(self, on: bool) -> None:
        set_look(self.words, "choiceOn" if on else "choiceOff")
        side = self.mark.width()
        state = QIcon.State.On if on else QIcon.State.Off
        self.mark.setPixmap(self._icon.pixmap(QSize(side, side), QIcon.Mode.Normal, state))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.fontMetrics().height() * 2 + SPACE["s"]))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        margins = self.layout().contentsMargins()
        longest = max((self.words.fontMetrics().horizontalAdvance(w) for w in self.words.text().split()), default=0)
        width = margins.left() + self.mark.width() + SPACE["s"] + longest + margins.right() + 2
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return max(self.layout().totalHeightForWidth(width), self.fontMetrics().height() * 2 + SPACE["s"])


class ChoiceToggles(QWidget):
    def __init__(self, choices: list[tuple[object, str, str]], parent: QWidget | None = None):
        """`choices`: (value, words, objectName) for each toggle, in order."""
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[object, ChoiceToggle] = {}
        self.has_icons = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE["xs"])
        for number, (value, words, name) in enumerate(choices, 1):
            toggle = ChoiceToggle(words, self)
            toggle.setObjectName(name)
            # Screen readers call a checkable button a check box: say it is one of a set, only one on.
            toggle.setAccessibleDescription(fill(self.tr("Choice %1 of %2. Only one can be chosen."), number,
                                                 len(choices)))
            self.group.addButton(toggle)
            self.buttons[value] = toggle
            layout.addWidget(toggle)
        self.group.buttonToggled.connect(lambda *_a: self._tab_to_the_chosen())

    def add_icons(self) -> None:
        """A ring on each toggle, ticked on the chosen one (after the first frame: icons load QtSvg); again,
        in the new colours, when the desktop turns dark or light."""
        from survivor_vault.ui import icons, theme

        scheme = theme.active_scheme()
        both = icons.toggle_icon(icons.CHOICE_OFF, scheme.text, icons.CHOICE_ON, scheme.on_accent)
        for toggle in self.buttons.values():
            toggle.set_icon(both)
        self.has_icons = True

    def _tab_to_the_chosen(self) -> None:
        """As with round radio buttons, Tab lands on the chosen one (or the first, when none is) and the arrow
        keys move between them: the others leave the Tab order while one is chosen."""
        chosen = self.group.checkedButton()
        for toggle in self.buttons.values():
            on_tab = chosen is None or toggle is chosen
            toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on_tab else Qt.FocusPolicy.ClickFocus)

    def chosen(self):
        return next((value for value, b in self.buttons.items() if b.isChecked()), None)

    def choose(self, value) -> None:
        """Turn `value`'s toggle on (None: none of them)."""
        self.group.setExclusive(False)
        for key, toggle in self.buttons.items():
            toggle.setChecked(key == value)
        self.group.setExclusive(True)
