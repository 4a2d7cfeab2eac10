"""Service kinds grouped as a tree (group → kind), with the survivor's current choice for each."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from survivor_vault.model.services import ServiceChoice, ServiceKind
from survivor_vault.ui import wording
from survivor_vault.ui.models.column_titles import column_title
from survivor_vault.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # internalId of group rows; kind rows carry their group's row + 1


class ServicesModel(QAbstractItemModel):
    SERVICE, CHOICE, PROVIDER = range(3)
    KindRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, services_repository, parent=None):
        super().__init__(parent)
        self._repo = services_repository
        self._groups: list[tuple[str, list[ServiceKind]]] = []
        self._choices: dict[int, list[ServiceChoice]] = {}
        self._unsaved: set[int] = set()  # kinds with a choice changed and not saved yet
        self.icon_side = 16  # the view's icon size (ServicesPage sets it from the text size)

    def set_unsaved(self, kind_ids: set[int]) -> None:
        if kind_ids != self._unsaved:
            self._unsaved = set(kind_ids)
            if self._groups:
                self.layoutAboutToBeChanged.emit()
                self.layoutChanged.emit()

    def reload(self) -> None:
        groups: dict[str, list[ServiceKind]] = {}
        for kind in self._repo.kinds():
            groups.setdefault(wording.group_name(kind), []).append(kind)
        choices: dict[int, list[ServiceChoice]] = {}
        for choice in self._repo.choices():
            choices.setdefault(choice.kind_id, []).append(choice)
        self.beginResetModel()
        self._groups = list(groups.items())
        self._choices = choices
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._groups, self._choices = [], {}
        self.endResetModel()

    def choices_for(self, kind_id: int) -> list[ServiceChoice]:
        return list(self._choices.get(kind_id, []))

    def kind_at(self, index: Index) -> ServiceKind | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of_kind(self, kind_id: int) -> QModelIndex:
        for g, (_name, kinds) in enumerate(self._groups):
            for r, kind in enumerate(kinds):
                if kind.id == kind_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    # --- Qt model contract --------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._group_data(index, role)
        kind = self.kind_at(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell_text(kind, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SERVICE:
            description = wording.kind_description(kind)  # the survivor's own kinds are their words
            return tooltip(f"{wording.kind_name(kind)}\n{description}" if description else wording.kind_name(kind))
        if role == Qt.ItemDataRole.ToolTipRole:  # a cell cut by a narrow column: the whole text is one hover away
            return tooltip(self.data(index) or "") or None
        if role == self.KindRole:
            return kind
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.SERVICE:
            from survivor_vault.ui import icons, theme  # QtSvg loads at the first icon, not with the model

            scheme = theme.active_scheme()
            return icons.kind_icon(kind.key, scheme.text, scheme.highlighted_text, self.icon_side)
        return None

    def _group_data(self, index: Index, role: int):
        if index.column() != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._groups[index.row()][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._groups[index.row()][0])
        return None

    def _cell_text(self, kind, column: int):
        """What a kind's row shows: its name, the latest choice (and how many more), the provider."""
        if column == self.SERVICE:
            return wording.kind_name(kind)
        choices = self._choices.get(kind.id, [])
        latest = max(choices, key=lambda c: (c.updated or c.created, c.id)) if choices else None
        if column == self.CHOICE:
            if kind.id in self._unsaved:
                return self.tr("Not saved yet")
            label = wording.choice_label(latest.choice if latest else None)
            return label if len(choices) <= 1 else f"{label} (+{len(choices) - 1})"
        if column == self.PROVIDER:
            return latest.provider if latest else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(section, orientation, role, self._titles)

    def _titles(self) -> dict[int, str]:
        return {self.SERVICE: self.tr("Service"), self.CHOICE: self.tr("My choice"),
                self.PROVIDER: self.tr("Provider")}
