"""Tick boxes for every item, grouped by section. Nothing is ticked unless asked."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.ui import wording
from survivor_vault.ui.wording import about_me_label, section_label

REF_ROLE = Qt.ItemDataRole.UserRole + 1


class ItemChooser(QTreeWidget):
    def __init__(self, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itemChooser")
        self.setAccessibleName(self.tr("What goes in"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._sections: dict[Section, QTreeWidgetItem] = {}
        self._items: dict[ItemRef, QTreeWidgetItem] = {}
        for section in Section:
            top = QTreeWidgetItem(self, [section_label(section)])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            self._sections[section] = top
        for goal in vault.goals.list():
            self._add(ItemRef(Section.GOALS, str(goal.id)), goal.title)
        kinds = {k.id: k for k in vault.services.kinds()}
        for choice in vault.services.choices():
            kind = kinds.get(choice.kind_id)
            name = wording.kind_name(kind) if kind else ""
            detail = wording.comma().join(p for p in (wording.choice_label(choice.choice), choice.provider) if p)
            self._add(ItemRef(Section.SERVICES, str(choice.id)), f"{name} — {detail}")
        about = vault.about_me.get()
        for name in AboutMe.field_names():
            value = getattr(about, name)
            if value:
                short = value if len(value) <= 40 else value[:39] + "…"
                self._add(ItemRef(Section.ABOUT_ME, name), f"{about_me_label(name)}: {short}")
        for paper in vault.papers.list():
            size = QLocale().formattedDataSize(paper.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            self._add(ItemRef(Section.PAPERS, str(paper.id)),
                      f"{paper.title} — {wording.paper_kind_label(paper.kind)}, {size}")
        for section, top in self._sections.items():
            if top.childCount() == 0:
                top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                top.setText(0, fill(self.tr("%1 (nothing here yet)"), section_label(section)))
        self.expandAll()

    def _add(self, ref: ItemRef, text: str) -> None:
        child = QTreeWidgetItem(self._sections[ref.section], [text])
        child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        child.setCheckState(0, Qt.CheckState.Unchecked)
        child.setData(0, REF_ROLE, (ref.section.value, ref.key))
        self._items[ref] = child

    def set_chosen(self, items) -> None:
        for ref, child in self._items.items():
            child.setCheckState(0, Qt.CheckState.Checked if ref in items else Qt.CheckState.Unchecked)

    def chosen(self) -> frozenset[ItemRef]:
        return frozenset(ref for ref, child in self._items.items() if child.checkState(0) == Qt.CheckState.Checked)

    def chosen_plain(self) -> list[list[str]]:
        """What is ticked, as plain values for a draft."""
        return sorted([ref.section.value, ref.key] for ref in self.chosen())

    def set_chosen_plain(self, values) -> None:
        """Tick what a draft had ticked; anything unreadable, or no longer in the vault, is left out."""
        refs = set()
        for value in values if isinstance(values, list) else []:
            if isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value) \
                    and value[0] in {s.value for s in Section}:
                refs.add(ItemRef(Section(value[0]), value[1]))
        self.set_chosen(frozenset(refs))

    def sections(self) -> frozenset[Section]:
        return frozenset(ref.section for ref in self.chosen())

    def item(self, ref: ItemRef) -> QTreeWidgetItem | None:
        return self._items.get(ref)

    def clear_all(self) -> None:
        self.set_chosen(frozenset())
        self.clear()
        self._items.clear()
