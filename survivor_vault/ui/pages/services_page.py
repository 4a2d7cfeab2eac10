"""My services: every kind of service, and the survivor's own choice about each, in their voice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.placeholders import fill
from survivor_vault.model.drafts import NEW, DraftKind, record_id
from survivor_vault.model.errors import VaultError
from survivor_vault.model.services import Choice, ServiceChoice, ServiceKind
from survivor_vault.ui import wording
from survivor_vault.ui.components.choice_toggles import ChoiceToggles
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.draft_keeper import DraftKeeper, FormDraft, fill_fields
from survivor_vault.ui.form_parts import ButtonRow, button, line_edit, optional_label, stacked_row, text_box
from survivor_vault.ui.models.services_model import ServicesModel
from survivor_vault.ui.theme import SPACE
from survivor_vault.ui.unsaved_strip import throw_away_when_sure


class WrappedRowDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped names. (QTreeView gives the delegate no width to wrap in, and Qt's own
    measure only wraps within a valid rectangle: every row stayed one line tall, its name cut.)"""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._measured: dict[tuple, QSize] = {}  # the tree asks again at each layout pass: measured once

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt API
        view = self.parent()
        if index.column() != 0 or not view.wordWrap():  # the choice column keeps its words' width
            return super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        spanned = view.isFirstColumnSpanned(index.row(), index.parent())  # a group's name has the whole row
        width = ((view.viewport().width() if spanned else view.columnWidth(0))
                 - view.indentation() * (depth + (1 if view.rootIsDecorated() else 0)))
        key = (index.data(), width, option.font.key(), view.iconSize().width())
        if key not in self._measured:
            option = QStyleOptionViewItem(option)
            if width > 0:
                option.rect.setWidth(width)
                option.rect.setHeight(1)  # a valid rectangle: Qt measures wrapped text only within one
            self._measured[key] = super().sizeHint(option, index)
        return self._measured[key]


class ChoicePanel(QWidget):
    """The survivor's choice about one kind of service. Declining never asks why."""

    def __init__(self, page: ServicesPage):
        super().__init__(page)
        self.setObjectName("choicePanel")
        self._page = page
        self.kind: ServiceKind | None = None
        self._entries: list[ServiceChoice] = []
        self.draft: FormDraft | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("subheading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)

        self.entry = QComboBox(self)
        self.entry.setObjectName("choiceEntry")
        self.entry.setAccessibleName(self.tr("Which provider"))
        self.entry.currentIndexChanged.connect(self._show_entry)

        choice_box = self._choice_box()
        details = self._details_form()

        self.add_entry_button = button(self.tr("Add another provider"), "addChoiceEntry", self.add_entry, self)
        self.remove_button = button(self.tr("Remove this entry"), "removeChoiceEntry", self.remove_entry, self)
        self.save_bar = self._save_bar(page)
        # Rows that wrap: the panel must fit beside the list at 800×600 and at the largest text in any language.
        self._button_rows = (self._save_row, ButtonRow([self.add_entry_button, self.remove_button], self))
        buttons = self._button_rows[1].layout

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        self.entry_label = QLabel(self.tr("Which provider"), self)
        self.entry_label.setBuddy(self.entry)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry_label)
        entry_row.addWidget(self.entry, 1)
        layout.addLayout(entry_row)
        layout.addWidget(choice_box)
        layout.addWidget(details)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_kind(None)

    def _save_bar(self, page: QWidget) -> QWidget:
        """Save, and what it answers, under the panel's scrolled area, always in sight (in Spanish at the largest
        text on an 800x600 screen, Save was ten scrolls down the panel). The page places the bar."""
        bar = QWidget(page)
        bar.setObjectName("choiceSaveBar")
        self.save_button = button(self.tr("Save"), "saveChoice", self.save, bar, look="primary")
        self.throw_away_button = button(self.tr("Throw away my changes"), "throwAwayChoice", self._throw_away, bar)
        self.throw_away_button.hide()
        self.message = QLabel(bar)
        self.message.setObjectName("choiceMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self._save_row = ButtonRow([self.save_button, self.throw_away_button], bar)
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(SPACE["s"], SPACE["xs"], SPACE["s"], 0)
        bar_layout.addLayout(self._save_row.layout)
        bar_layout.addWidget(self.message)
        return bar

    def _choice_box(self) -> QGroupBox:
        """The survivor's choice, one large toggle each; declining never asks why."""
        box = QGroupBox(self.tr("My choice"), self)
        box.setObjectName("choiceBox")
        box.setFlat(True)  # the toggles are framed already
        layout = QVBoxLayout(box)
        self.choices = ChoiceToggles([(choice, wording.choice_label(choice), f"choice_{choice.value}")
                                      for choice in Choice], box)
        self.choice_group = self.choices.group
        self.choice_buttons = self.choices.buttons
        layout.addWidget(self.choices)
        QTimer.singleShot(0, self.choices.add_icons)
        return box

    def _details_form(self) -> QWidget:
        """Provider, contact, notes, and how it is going: all optional, labels above their fields."""
        details = QWidget(self)
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: room for any language
        self.directory = QComboBox(details)
        self.directory.setObjectName("choiceFromDirectory")
        self.directory.setAccessibleName(self.tr("Pick a provider from the local list"))
        self.directory.activated.connect(self._pick_from_directory)
        self.directory_label = QLabel(self.tr("Pick from the local list (optional)"), details)
        self.directory_label.setBuddy(self.directory)
        form.addRow(self.directory_label, self.directory)
        self.provider = line_edit("choiceProvider", details)
        stacked_row(form, optional_label(self.tr("Preferred provider"), self.provider, details), self.provider)
        self.contact = line_edit("choiceContact", details)
        stacked_row(form, optional_label(self.tr("Contact"), self.contact, details), self.contact)
        self.notes = text_box("choiceNotes", details, 2)
        stacked_row(form, optional_label(self.tr("Notes"), self.notes, details), self.notes)
        feedback_heading = QLabel(self.tr("How is it going for me?"), details)
        feedback_heading.setObjectName("subheading")
        feedback_heading.setWordWrap(True)
        form.addRow(feedback_heading)
        self.working = text_box("choiceWorking", details, 2)
        stacked_row(form, optional_label(self.tr("What is working"), self.working, details), self.working)
        self.not_working = text_box("choiceNotWorking", details, 2)
        stacked_row(form, optional_label(self.tr("What is not working"), self.not_working, details), self.not_working)
        return details

    def show_kind(self, kind: ServiceKind | None, entries: list[ServiceChoice] | None = None,
                  select_id: int | None = None) -> None:
        self.kind = kind
        self._entries = sorted(entries or [], key=lambda c: c.id)
        enabled = kind is not None
        for widget in [*self.findChildren(QWidget), self.save_bar]:  # the Save bar stands outside the panel
            widget.setEnabled(enabled)
        if kind is None:
            self._fill_directory()
            self.heading.setText(self.tr("Choose a service on the left to say what you want."))
            self.description.setText("")
            self.entry.hide()
            self.entry_label.hide()
            self._fill(None)
            return
        self._fill_directory()
        self.heading.setText(wording.kind_name(kind))
        self.description.setText(wording.kind_description(kind))
        self.entry.blockSignals(True)
        self.entry.clear()
        for number, entry in enumerate(self._entries, 1):
            label = entry.provider or fill(self.tr("Entry %1"), number)
            self.entry.addItem(label, entry.id)
        self.entry.blockSignals(False)
        self.entry.setVisible(len(self._entries) > 1)
        self.entry_label.setVisible(len(self._entries) > 1)
        index = 0
        if select_id is not None:
            index = max(0, self.entry.findData(select_id))
        self.entry.setCurrentIndex(index)
        self.message.setText("")
        self._show_entry()

    def _fill_directory(self) -> None:
        self.directory.clear()
        entries = []
        if self.kind is not None and self.kind.key:
            try:
                entries = self._page.vault.directory.list(self.kind.key)
            except VaultError:
                entries = []
        self._directory_entries = entries
        self.directory.addItem(self.tr("Choose…"), None)
        for entry in entries:
            self.directory.addItem(entry.name, entry.id)
        visible = bool(entries)
        self.directory.setVisible(visible)
        self.directory_label.setVisible(visible)

    def _pick_from_directory(self, index: int) -> None:
        entry_id = self.directory.itemData(index)
        entry = next((e for e in getattr(self, "_directory_entries", []) if e.id == entry_id), None)
        if entry is None:
            return
        self.provider.setText(entry.name)
        self.contact.setText(entry.contact)
        if entry.languages or entry.notes:
            extra = "\n".join(p for p in (entry.languages, entry.notes) if p)
            if extra not in self.notes.toPlainText():
                self.notes.setPlainText((self.notes.toPlainText() + "\n" + extra).strip())
        self.message.setText(self.tr("Filled in from the local list. Press Save to keep it."))

    def current_entry(self) -> ServiceChoice | None:
        entry_id = self.entry.currentData()
        return next((e for e in self._entries if e.id == entry_id), None)

    def _show_entry(self, *_args) -> None:
        self._fill(self.current_entry())

    def _fill(self, entry: ServiceChoice | None) -> None:
        """Show `entry` (or an empty form); what was unsaved on the one before stays a draft."""
        left_unsaved = ""
        if self.draft is not None:
            if self.draft.unsaved() is not None:
                left_unsaved = self._draft_name
            self.draft.closed()
            self.draft = None
        self._fill_from(entry)
        self.throw_away_button.hide()
        if self.kind is None:
            return
        self._draft_name = wording.kind_name(self.kind)
        key = f"{self.kind.id}:{entry.id if entry else NEW}"
        self.draft = FormDraft(self._page.drafts, DraftKind.SERVICE_CHOICE, key, self._fields, self._fill_fields,
                               self.isVisible)
        if self.draft.restored:
            self.message.setText(self.tr("You had changed this and not saved it. Here are your changes. "
                                         "Press Save to keep them."))
            self.throw_away_button.show()
        elif left_unsaved:
            self.message.setText(fill(self.tr("Your changes to “%1” are kept, not saved yet. Go back to it to "
                                              "save them."), left_unsaved))

    def _fields(self) -> dict:
        choice = self.selected_choice()
        return {"choice": choice.value if choice else None, **self._details()}

    def _fill_fields(self, fields: dict) -> None:
        self.choices.choose(next((c for c in Choice if c.value == fields.get("choice")), None))
        fill_fields({"provider": self.provider, "contact": self.contact, "notes": self.notes,
                     "feedback_working": self.working, "feedback_not_working": self.not_working}, fields)

    def _throw_away(self) -> None:
        throw_away_when_sure(self, self.draft, self.message.setText, self.throw_away_button)

    def _fill_from(self, entry: ServiceChoice | None) -> None:
        self.choices.choose(entry.choice if entry is not None else None)
        self.provider.setText(entry.provider if entry else "")
        self.contact.setText(entry.contact if entry else "")
        self.notes.setPlainText(entry.notes if entry else "")
        self.working.setPlainText(entry.feedback_working if entry else "")
        self.not_working.setPlainText(entry.feedback_not_working if entry else "")
        self.remove_button.setEnabled(entry is not None)

    def selected_choice(self) -> Choice | None:
        return self.choices.chosen()

    def _details(self) -> dict[str, str]:
        return dict(provider=self.provider.text(), contact=self.contact.text(), notes=self.notes.toPlainText(),
                    feedback_working=self.working.toPlainText(), feedback_not_working=self.not_working.toPlainText())

    def save(self) -> None:
        if self.kind is None:
            return
        choice = self.selected_choice()
        entry = self.current_entry()
        details = self._details()
        if choice is None and entry is None and not any(v.strip() for v in details.values()):
            self.message.setText(self.tr("Nothing to save yet. Pick what you want, if you like."))
            return
        repo = self._page.vault.services
        try:
            if entry is None:
                saved = repo.add_choice(self.kind.id, choice or Choice.INTERESTED, **details)
            else:
                saved = repo.update_choice(entry.id, choice=choice, **details)
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        self.draft.saved()  # under its old key: a new entry's draft ends here, the saved one has none
        self._page.reload(select_kind=self.kind.id, select_entry=saved.id)
        self.message.setText(self.tr("Saved."))

    def add_entry(self) -> None:
        if self.kind is None:
            return
        if self.current_entry() is None and self.draft is not None and self.draft.unsaved() is not None:
            # What is typed on a service with no entry yet is the first provider: keep it as one, then add
            # another (it was hidden behind the new, empty entry, where nothing could reach it).
            self.save()
            if self.current_entry() is None:
                return  # it could not be saved: the message says why, and the words stay on screen
        try:
            saved = self._page.vault.services.add_choice(self.kind.id, self.selected_choice() or Choice.INTERESTED)
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        self._page.reload(select_kind=self.kind.id, select_entry=saved.id)
        self.message.setText(self.tr("A new entry was added. Fill in the provider, then Save."))
        self.provider.setFocus()

    def remove_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if not wording.attempt(lambda: self._page.vault.services.delete_choice(entry.id), self.message.setText):
            return
        self.draft.throw_away()  # removed on purpose: its unsaved changes go, and no draft points at it
        if self._page.drafts is not None:
            self._page.drafts.forget_service_choice(self.kind.id, entry.id)
        self._page.reload(select_kind=self.kind.id)
        self.message.setText(self.tr("Removed."))


class ServicesPage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("servicesPage")
        self.vault = vault
        self.drafts = drafts
        self.model = ServicesModel(vault.services, self)
        if drafts is not None:
            drafts.changed.connect(self._mark_unsaved)

        header = PageHeader(
            self.tr("My services"),
            self.tr("Say what you want, what you use, and what is not for you. You never have to "
            "give a reason."), self)

        self.tree = self._kinds_tree()
        self.add_kind_button = QPushButton(self.tr("Add my own kind of service"), self)
        self.add_kind_button.setObjectName("addServiceKind")
        self.add_kind_button.setAccessibleName(self.add_kind_button.text())
        self.add_kind_button.clicked.connect(self.add_kind)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.add_kind_button)
        left.setMinimumWidth(self.add_kind_button.sizeHint().width())  # its words whole, at any text size

        self.panel = ChoicePanel(self)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside, not to an unseen frame
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll sideways
        scroll.setWidget(self.panel)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._panel_scroll = scroll
        self._fit_panel_width()

        self._left = left
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        side = QWidget(self)  # the panel, scrolled, with its Save bar under it
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(scroll, 1)
        side_layout.addWidget(self.panel.save_bar)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)  # the list as wide as the panel: names are cut less at large text
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        self.reload()

    def _kinds_tree(self) -> QTreeView:
        """The kinds of service in their groups, each with its icon and the survivor's choice."""
        tree = QTreeView(self)
        tree.setObjectName("servicesTree")
        tree.setAccessibleName(self.tr("Kinds of services"))
        tree.setModel(self.model)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A long name wraps onto a second line rather than end in "…" (a keyboard never sees the tooltip).
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.header().sectionResized.connect(lambda *_a: tree.scheduleDelayedItemsLayout())
        tree.setItemDelegate(WrappedRowDelegate(tree))
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        tree.setColumnHidden(ServicesModel.PROVIDER, True)
        side = max(16, round(tree.fontMetrics().height() * 0.8))  # each kind's icon, grown with the text
        tree.setIconSize(QSize(side, side))
        self.model.icon_side = side
        return tree

    def reload(self, select_kind: int | None = None, select_entry: int | None = None) -> None:
        if not wording.attempt(lambda: self.model.reload(), self.panel.message.setText):
            return
        self._mark_unsaved()
        for group in range(self.model.rowCount()):  # a group's name may use the whole row, not only the first column
            self.tree.setFirstColumnSpanned(group, QModelIndex(), True)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(ServicesModel.CHOICE)
        self.tree.selectionModel().currentChanged.connect(self._current_changed, Qt.ConnectionType.UniqueConnection)
        if select_kind is not None:
            index = self.model.index_of_kind(select_kind)
            self.tree.setCurrentIndex(index)
            kind = self.model.kind_at(index)
            self.panel.show_kind(kind, self.model.choices_for(kind.id), select_entry)
        else:
            first_group = self.model.index(0, 0)
            first_kind = self.model.index(0, 0, first_group)
            if first_kind.isValid():
                self.tree.setCurrentIndex(first_kind)
                kind = self.model.kind_at(first_kind)
                self.panel.show_kind(kind, self.model.choices_for(kind.id))
            else:
                self.panel.show_kind(None)

    def _fit_panel_width(self) -> None:
        """Never narrower than the panel can be (it wraps, and never scrolls sideways): the list gives way
        instead, its names whole in their tooltips. (The splitter squeezed the panel and cut it at the side.)"""
        bar = self._panel_scroll.verticalScrollBar().sizeHint().width()
        self._panel_scroll.setMinimumWidth(self.panel.minimumSizeHint().width() + bar)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # Settings → text size
            self._fit_panel_width()
            self._arrange()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The list beside the panel where both fit whole; the list above the panel where they do not (a long
        language at the largest text on a small screen), rather than cutting the panel at the side."""
        margins = self.layout().contentsMargins()
        needed = (self._left.minimumWidth() + self._panel_scroll.minimumWidth() + self.splitter.handleWidth()
                  + margins.left() + margins.right())
        wanted = Qt.Orientation.Horizontal if self.width() >= needed else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self._keep_rows_in_sight(2 if wanted == Qt.Orientation.Vertical else 0)
            along = self.splitter.height() if wanted == Qt.Orientation.Vertical else self.splitter.width()
            # Above the panel, the list a third: the panel holds the choices and needs the room (with the list
            # kept at three rows, the panel had one line left at 800x600 and the largest text in Spanish).
            self.splitter.setSizes([along // 3, along - along // 3])
            self._list_widened = wanted == Qt.Orientation.Vertical
        if wanted == Qt.Orientation.Horizontal and not getattr(self, "_list_widened", False) and self.width() > 0:
            self._list_widened = True  # once: after that, where the survivor drags the handle is hers
            self._widen_list()

    def _keep_rows_in_sight(self, rows: int) -> None:
        """Above the panel, the list keeps `rows` rows in sight, never a sliver; beside it, it has the page's
        whole height anyway."""
        tree = self.tree
        row = tree.fontMetrics().lineSpacing() + SPACE["s"]  # a one-line row (a measure now could wrap)
        tree.setMinimumHeight(tree.header().sizeHint().height() + rows * row + 2 * tree.frameWidth() if rows else 0)

    def _widen_list(self) -> None:
        """The list as wide as its longest name and its choices, where the panel keeps its own width (side by
        side, the two halves cut the names to 'Hou…' at the largest text while the panel had room)."""
        tree = self.tree
        tree.setWordWrap(False)  # each name's width on one line
        names = tree.sizeHintForColumn(ServicesModel.SERVICE) + tree.indentation() * 2
        tree.setWordWrap(True)
        wanted = (names + tree.columnWidth(ServicesModel.CHOICE) + 2 * tree.frameWidth()
                  + tree.verticalScrollBar().sizeHint().width())
        total = self.splitter.width() - self.splitter.handleWidth()
        panel = self._panel_scroll.minimumWidth()
        width = max(self._left.minimumWidth(), min(wanted, total - panel))
        if width > self.splitter.sizes()[0]:
            self.splitter.setSizes([width, total - width])

    def _mark_unsaved(self) -> None:
        kinds = set()
        for key in self.drafts.keys(DraftKind.SERVICE_CHOICE) if self.drafts is not None else []:
            kind_id = record_id(key.split(":", 1)[0])
            if kind_id is not None:
                kinds.add(kind_id)
        self.model.set_unsaved(kinds)

    def open_draft(self, key: str) -> None:
        """Show the service whose choice the survivor had changed and not saved (the draft fills it)."""
        kind_text, _sep, entry_text = key.partition(":")
        kind_id, entry_id = record_id(kind_text), record_id(entry_text)
        if kind_id is None:
            return
        index = self.model.index_of_kind(kind_id)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        if entry_id is not None and self.panel.entry.findData(entry_id) >= 0:
            self.panel.entry.setCurrentIndex(self.panel.entry.findData(entry_id))

    def _current_changed(self, current, _previous) -> None:
        kind = self.model.kind_at(current)
        self.panel.show_kind(kind, self.model.choices_for(kind.id) if kind else None)

    def select_kind(self, kind_id: int) -> None:
        self.tree.setCurrentIndex(self.model.index_of_kind(kind_id))

    def add_kind(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Your own kind of service"),
                                        self.tr("What kind of service? For example: sewing group"))
        if not ok or not name.strip():
            return
        try:
            kind = self.vault.services.add_kind(name)
        except VaultError as error:
            self.panel.message.setText(wording.error_message(error))
            return
        self.reload(select_kind=kind.id)
