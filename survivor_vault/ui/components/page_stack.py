"""A stack of pages sized by the page on show: its height for the width it has.

QStackedWidget answers with the tallest of all its pages, and its layout ignores the height wrapped text
needs at a width: the first run's short steps stood above a blank area with Back and Next below the fold,
and long steps were squeezed (the recovery key's second line hid under its Print button at the largest
text). This widget holds a QStackedWidget without a layout of its own, so Qt asks *it* for sizes, and it
answers with the current page's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class PageStack(QWidget):
    currentChanged = Signal(int)  # noqa: N815 - QStackedWidget's name

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stack = QStackedWidget(self)
        self._stack.currentChanged.connect(self._changed)
        self._stack.installEventFilter(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- QStackedWidget's surface -------------------------------------------------------------
    def addWidget(self, page: QWidget) -> int:  # noqa: N802 - QStackedWidget's name
        index = self._stack.addWidget(page)
        page.installEventFilter(self)
        return index

    def count(self) -> int:
        return self._stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self._stack.widget(index)

    def currentIndex(self) -> int:  # noqa: N802 - QStackedWidget's name
        return self._stack.currentIndex()

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - QStackedWidget's name
        return self._stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - QStackedWidget's name
        self._stack.setCurrentIndex(index)

    def _changed(self, index: int) -> None:
        self.updateGeometry()
        self.currentChanged.emit(index)

    # --- sizes: the current page's ------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest and watched is self.currentWidget():
            self.updateGeometry()  # the page's content changed: its size may have
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._stack.setGeometry(self.rect())

    def _page_layout(self):
        page = self.currentWidget()
        return page.layout() if page is not None else None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        page = self.currentWidget()
        if page is None:
            return QSize(0, 0)
        hint = page.minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(max(self.width(), hint.width()))))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        layout = self._page_layout()
        if layout is None:
            return -1
        if layout.hasHeightForWidth():
            return max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        return layout.totalMinimumSize().height()
