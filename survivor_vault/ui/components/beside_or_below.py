"""Two widgets side by side where both fit at their sizes, the second below the first where they do not
(a small screen, the largest text, a long language): never one cut at the side. Below, the second is left
out where even that leaves no room for it (it must only repeat what is one click away)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from survivor_vault.ui.theme import SPACE


class BesideOrBelow(QWidget):
    arranged = Signal(bool)  # True: side by side; False: one below the other
    def __init__(self, main: QWidget, side: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._main, self._side = main, side
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(SPACE["m"])
        self.box.addWidget(main, 3)
        self.box.addWidget(side, 2)  # beside: three fifths for the main widget, two for the side

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        side_least = max(self._side.minimumSizeHint().width(), self.fontMetrics().averageCharWidth() * 24)
        fits = self.width() * 2 // 5 >= side_least and self.width() * 3 // 5 >= self._main.minimumSizeHint().width()
        wanted = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.arranged.emit(fits)
        room_below = self.height() >= (self._main.minimumSizeHint().height() + self._side.sizeHint().height()
                                       + self.box.spacing())
        self._side.setVisible(fits or room_below)

    @property
    def beside(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight
