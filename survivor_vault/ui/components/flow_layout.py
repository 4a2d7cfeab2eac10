"""A layout that lays its items out in a line and wraps them onto the next line where the line is full.

For rows of buttons: a button cannot wrap its words, but the row can. Wrapping onto a second line
keeps the list above them in sight (a row that turned into a column of four full-width buttons left a
list of goals two rows tall at 800x600 with the largest text). Each button keeps its own width.
Mirrored in right-to-left languages. After Qt's own "Flow Layout" example.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget

from survivor_vault.ui.theme import SPACE


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = SPACE["s"]):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def invalidate(self) -> None:
        self._heights.clear()  # an item changed: measure again
        super().invalidate()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        """Asked many times a layout pass (each a call into Python): measured once per width until changed."""
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """All on one line."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the widest item (the rest wrap under it)."""
        margins = self.contentsMargins()
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Place the items (or only measure), line by line; the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        spacing = self.spacing()
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else Qt.LayoutDirection.LeftToRight
        for item in self._shown():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20)) if area.width() > 0 else item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:  # full: on to the next line
                x, y, line_height = area.x(), y + line_height + spacing, 0
            if place:
                item.setGeometry(QStyle.visualRect(direction, area, QRect(QPoint(x, y), hint)))
            x += hint.width() + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()
