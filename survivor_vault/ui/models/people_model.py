"""People and agencies as a table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.model.people import Person
from survivor_vault.ui.models.column_titles import column_title
from survivor_vault.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    NAME, ORGANISATION, ROLE, CONTACT = range(4)
    PersonRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, people_repository, parent=None):
        super().__init__(parent)
        self._repo = people_repository
        self._people: list[Person] = []
        self.search = ""

    def reload(self) -> None:
        people = self._repo.list(self.search)
        self.beginResetModel()
        self._people = people
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._people = []
        self.endResetModel()

    def person_at(self, row: int) -> Person | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._people)):
            return None
        person = self._people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (person.name, person.organisation, person.role, person.contact)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # a cell cut by a narrow column: the whole text is one hover away
            return tooltip(self.data(index) or "") or None
        if role == self.PersonRole:
            return person
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(section, orientation, role, self._titles)

    def _titles(self) -> dict[int, str]:
        return {self.NAME: self.tr("Name"), self.ORGANISATION: self.tr("Organisation"),
                self.ROLE: self.tr("Role"), self.CONTACT: self.tr("Contact")}
