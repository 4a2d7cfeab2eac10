"""A stack of pages sized by the page on show: its height for the width it has (QStackedWidget asks every
page for its size, ignores the height wrapped text needs at a width, and so squeezed long steps: the recovery
key's second line hid under its Print button at the largest text)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def _page(self) -> QWidget | None:
        return self.currentWidget()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        page = self._page()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        page = self._page()
        if page is None:
            return super().minimumSizeHint()
        hint = page.minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        page = self._page()
        if page is None or page.layout() is None:
            return super().heightForWidth(width)
        layout = page.layout()
        return max(layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1,
                   layout.totalMinimumSize().height())
