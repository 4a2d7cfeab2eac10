"""A table over a model that reads its rows a page at a time (`canFetchMore`/`fetchMore`): the view asks for more
as it scrolls to its end, as Qt's views do; Ctrl+End and typing a name reach every row, not only those read so far."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView


class PagedTable(QTableView):
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Ctrl+End goes to the last row of all (it went to the last row read, and stopped there). End alone
        goes to the row's last column in a table."""
        if event.key() == Qt.Key.Key_End and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.read_all()
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        """Typing a name finds it among all the rows, not only among those read so far."""
        self.read_all()
        super().keyboardSearch(search)

    def read_all(self) -> None:
        model = self.model()
        while model is not None and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
