"""A one-line label that says as much as its room allows: the longest of its wordings that fits, the whole
first one for a screen reader and on hover. For a banner beside buttons, where wrapping would make the bar
tall and squeeze every page below it (an 800-pixel window at the largest text, in Russian)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class FittingLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._wordings: tuple[str, ...] = ("",)

    def set_wordings(self, *wordings: str) -> None:
        """Longest first; the last is shown when none fits."""
        self._wordings = wordings
        self.setToolTip(wordings[0])
        self.setAccessibleName(wordings[0])
        self._fit()

    @property
    def whole(self) -> str:
        return self._wordings[0]

    def _room(self) -> int:
        return self.contentsRect().width() - 2 * self.margin()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self._room()
        text = next((w for w in self._wordings if metrics.horizontalAdvance(w) <= room), self._wordings[-1])
        if text != self.text():
            self.setText(text)

    def _width_for(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text) + self.width() - self._room() + 1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._width_for(self._wordings[0]), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._width_for(self._wordings[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        self._fit()  # a new font or style: the same room holds more or less
