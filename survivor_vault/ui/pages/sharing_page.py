"""Sharing: what each person may see (a starting point, never a send), packets, and the history."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.placeholders import fill
from survivor_vault.core.sharing_timeline import sharing_timeline
from survivor_vault.model.drafts import DraftKind
from survivor_vault.model.errors import VaultError
from survivor_vault.model.people import Person
from survivor_vault.model.permissions import Section
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.components.card_list import CardList
from survivor_vault.ui.components.empty_state import EmptyState
from survivor_vault.ui.components.optional_date import date_picker
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.components.sharing_timeline import SharingTimelineView
from survivor_vault.ui.draft_keeper import DraftKeeper, FormDraft, fill_fields, read_fields
from survivor_vault.ui.form_parts import (
    ButtonRow,
    available_when,
    button,
    confirm,
    message_label,
    rows_height,
    save_cancel,
    show_rows,
)
from survivor_vault.ui.language import available, matching
from survivor_vault.ui.models.history_model import HistoryModel
from survivor_vault.ui.pages.item_chooser import ItemChooser
from survivor_vault.ui.plain_text import tooltip
from survivor_vault.ui.theme import set_look
from survivor_vault.ui.unsaved_strip import (
    UnsavedStrip,
    draft_items,
    record_for,
    throw_away_when_sure,
)


def elided_name(name: str, most: int = 30) -> str:
    """A name short enough for a button's words (whole in the confirm box that follows)."""
    return name if len(name) <= most else name[: most - 1].rstrip() + "…"


class PermissionDialog(QDialog):
    """What one person may see: a starting point for packets. Changing it never rewrites history."""

    def __init__(self, vault, person: Person, parent: QWidget | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("permissionDialog")
        self.setWindowTitle(self.tr("What they may see"))
        self._vault = vault
        self._person = person
        current = vault.permissions.active_for(person.id)
        intro = PageHeader(fill(self.tr("What %1 may see"), person.name),
                           fill(self.tr("Tick what %1 may see. This sends nothing. When you make a packet for "
                                        "them, these boxes are ticked for you."), person.name), self)
        self.chooser = ItemChooser(vault, self)
        self.notes = QCheckBox(self.tr("Include my notes"), self)
        self.notes.setObjectName("permissionNotes")
        self.notes.setAccessibleName(self.notes.text())
        self.feedback = QCheckBox(self.tr("Include my feedback on services"), self)
        self.feedback.setObjectName("permissionFeedback")
        self.feedback.setAccessibleName(self.feedback.text())
        form = self._purpose_and_end()
        if current is not None:
            self.chooser.set_chosen(current.items)
            self.notes.setChecked(current.include_notes)
            self.feedback.setChecked(current.include_feedback)
            self.purpose.setText(current.purpose)
            if current.end_date:
                self.end.setDate(QDate(current.end_date.year, current.end_date.month, current.end_date.day))
        buttons = save_cancel(self, "savePermission", "cancelPermission", self.save, close=True)
        self.message = message_label(self, "permissionMessage")
        self.throw_away_button = button(self.tr("Throw away my changes"), "throwAwayPermission",
                                        self._throw_away, self)
        self.throw_away_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.feedback)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.throw_away_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.draft = FormDraft(drafts, DraftKind.PERMISSION, str(person.id), self._fields, self._fill)
        if self.draft.restored:
            self.message.setText(self.tr("You had changed this and not saved it. Here are your changes."))
            self.throw_away_button.show()
        self.finished.connect(lambda _result: self.draft.closed())
        # Sized in letters, so it widens with the text size (the screen's edge still bounds it).
        metrics = self.fontMetrics()
        self.resize(max(620, metrics.averageCharWidth() * 60), max(560, metrics.lineSpacing() * 28))

    def _purpose_and_end(self) -> QFormLayout:
        """Why they may see it, and until when (three months unless the survivor says otherwise)."""
        form = QFormLayout()
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("permissionPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose, in my words"))
        self.purpose.setMaxLength(300)
        purpose_label = QLabel(self.tr("Purpose, in my words"), self)
        purpose_label.setBuddy(self.purpose)
        form.addRow(purpose_label, self.purpose)
        self.end = date_picker(self, "permissionEndDate", self.tr("Until"))
        self.end.setDate(QDate.currentDate().addMonths(3))
        end_label = QLabel(self.tr("Until"), self)
        end_label.setBuddy(self.end)
        form.addRow(end_label, self.end)
        return form

    def _fields(self) -> dict:
        return {"items": self.chooser.chosen_plain(),
                **read_fields({"notes": self.notes, "feedback": self.feedback, "purpose": self.purpose,
                               "end": self.end})}

    def _fill(self, fields: dict) -> None:
        self.chooser.set_chosen_plain(fields.get("items"))
        fill_fields({"notes": self.notes, "feedback": self.feedback, "purpose": self.purpose, "end": self.end},
                    fields)

    def _throw_away(self) -> None:
        throw_away_when_sure(self, self.draft, self.message.setText, self.throw_away_button)

    def save(self) -> None:
        d = self.end.date()
        try:
            self._vault.permissions.save(self._person.id, self.chooser.chosen(), include_notes=self.notes.isChecked(),
                                         include_feedback=self.feedback.isChecked(), purpose=self.purpose.text(),
                                         end_date=date(d.year(), d.month(), d.day()))
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        self.draft.saved()
        self.accept()


class SharingPage(QWidget):
    def __init__(self, vault, clipboard=None, parent: QWidget | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("sharingPage")
        self.vault = vault
        self._drafts = drafts
        self._clipboard = clipboard
        header = PageHeader(
            self.tr("Sharing"),
            self.tr("Nothing leaves your vault unless you make a packet. You choose what goes in, "
            "for whom, and until when."), self)
        self.make_button = button(self.tr("Make a share packet…"), "makePacket", self.make_packet, self,
                                  look="primary", icon_name="share-2")

        permissions_box = self._permissions_box()
        history_box = self._history_box(vault)

        self.message = QLabel(self)
        self.message.setObjectName("sharingMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        show_rows(self.permissions, 3)  # never squeezed to a sliver: the page scrolls instead
        self.history.setMinimumHeight(self.history.rows_tall(2))
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        # One above the other in the scrolled page (a splitter between them knew nothing of wrapped lines: the
        # timeline's key took two lines where it had counted one, and Withdraw was drawn over the history).
        body_layout.addWidget(permissions_box)
        body_layout.addWidget(history_box, 1)
        body_layout.addWidget(self.message)
        self.unsaved = UnsavedStrip("unsavedSharing", body)
        body_layout.addWidget(self.unsaved)
        self._scroll = scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside, not to an unseen frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        if drafts is not None:
            drafts.changed.connect(self._show_unsaved)
        self._show_unsaved()
        self.history.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def _permissions_box(self) -> QGroupBox:
        """Who may see what: a starting point for packets, never a packet by itself."""
        permissions_box = QGroupBox(self.tr("What each person may see"), self)
        self.permissions = QTableWidget(0, 3, permissions_box)
        self.permissions.setObjectName("permissionsTable")
        self.permissions.setAccessibleName(self.tr("What each person may see"))
        self.permissions.setHorizontalHeaderLabels([self.tr("Person or agency"), self.tr("May see"),
                                                    self.tr("Until")])
        self.permissions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.permissions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.permissions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.permissions.verticalHeader().hide()
        self.permissions.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move in it)
        self.permissions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.permissions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.permissions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(3):  # a title cut in a narrow window is whole one hover away
            title = self.permissions.horizontalHeaderItem(column)
            title.setToolTip(title.text())
        self.permissions.itemSelectionChanged.connect(self._update_buttons)
        self.set_button = button(self.tr("Set what they may see…"), "setPermission", self.set_permission, self)
        self.revoke_button = button(self.tr("Remove permission"), "revokePermission", self.revoke, self,
                                    look="destructive")
        self.permission_buttons = ButtonRow([self.set_button, self.revoke_button], permissions_box)  # wraps
        p_layout = QVBoxLayout(permissions_box)
        p_layout.addWidget(self.permissions)
        p_layout.addLayout(self.permission_buttons.layout)
        return permissions_box

    def _history_box(self, vault) -> QGroupBox:
        """Every packet made, with its consent record; consent can be withdrawn from here."""
        history_box = QGroupBox(self.tr("Sharing history"), self)
        self.history_model = HistoryModel(vault.history, self)
        # One card a packet: for whom, the purpose in the survivor's words, the dates, and a withdrawal in
        # words. (A table of seven columns cut the purpose to "Housin…" at the largest text.)
        self.history = CardList("historyList", self.tr("Sharing history"), history_box)
        self.history.setModel(self.history_model)
        self.withdraw_button = button(self.tr("Withdraw consent…"), "withdrawConsent", self.withdraw, self,
                                      look="destructive")
        self.withdraw_button.installEventFilter(self)  # focused: its card is shown with it
        self.timeline = SharingTimelineView(history_box)
        self.timeline_key = message_label(history_box, "sharingTimelineKey")
        set_look(self.timeline_key, "small")
        self.timeline_key.setText(self.tr("A full bar: they may still use it. An empty bar: it has ended. A "
                                          "cross: you withdrew your consent. The dashed line is today."))
        h_layout = QVBoxLayout(history_box)
        h_layout.addWidget(self.timeline)
        h_layout.addWidget(self.timeline_key)
        h_layout.addWidget(self.history)
        self.history_empty = EmptyState("historyEmpty", history_box)
        self.history_empty.say(self.tr("Nothing has left your vault. When you make a packet, it is written here: "
                                       "for whom, what, and until when."))
        h_layout.addWidget(self.history_empty)
        h_row = QHBoxLayout()
        h_row.addWidget(self.withdraw_button)
        h_row.addStretch(1)
        h_layout.addLayout(h_row)
        return history_box

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Tab from a card to Withdraw: the page scrolled to the button alone, and the card it would act on
        went out of sight (a stressed person could withdraw from the wrong provider). After the page's own
        scrolling, the chosen card and the button are brought into sight together."""
        if watched is self.withdraw_button and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self, self._show_chosen_card_with_withdraw)
        return super().eventFilter(watched, event)

    def _show_chosen_card_with_withdraw(self) -> None:
        row = self.history.selected_row()
        if row is not None:
            self.history.show_in_page(self.history_model.index(row, 0), below=self.withdraw_button)

    def refresh(self) -> None:
        try:
            people = self.vault.people.list()
            permissions = {p.person_id: p for p in self.vault.permissions.list()}
            self.history_model.reload()
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        self.timeline.set_timeline(sharing_timeline(self.history_model.records, date.today()))
        self.timeline_key.setVisible(self.timeline.timeline is not None)
        made_any = self.history_model.rowCount() > 0
        self.history.setVisible(made_any)
        self.withdraw_button.setVisible(made_any)
        self.history_empty.setVisible(not made_any)
        # Emptied at once (an item put where one was makes Qt search all the table's items for the old one), and
        # the Until column measured once the rows are in, not again for each row put in: refreshing a thousand
        # people's permissions took 6-8 s (benchmarks/growth.py at 10x).
        self.permissions.clearContents()
        header = self.permissions.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.permissions.setRowCount(len(people))
        # As tall as its rows (up to eight, then it scrolls): no empty box under three people.
        self.permissions.setMaximumHeight(rows_height(self.permissions, max(3, min(len(people), 8))))
        for row, person in enumerate(people):
            name = QTableWidgetItem(wording.comma().join(p for p in (person.name, person.organisation) if p))
            name.setData(Qt.ItemDataRole.UserRole, person.id)
            permission = permissions.get(person.id)
            if permission is None or not permission.items:
                summary, until = self.tr("Nothing"), ""
            else:
                parts = []
                for section in Section:
                    count = sum(1 for i in permission.items if i.section == section)
                    if count:
                        parts.append(f"{wording.section_label(section)}: {count}")
                summary = "; ".join(parts)
                until = date_text(permission.end_date)
            cells = (name, QTableWidgetItem(summary), QTableWidgetItem(until))
            for column, cell in enumerate(cells):
                cell.setToolTip(tooltip(cell.text()))  # a cell cut by a narrow column: whole in its tooltip
                self.permissions.setItem(row, column, cell)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._update_buttons()

    def clear(self) -> None:
        self.permissions.setRowCount(0)
        self.history_model.clear()

    def _selected_person_id(self) -> int | None:
        rows = self.permissions.selectionModel().selectedRows()
        return self.permissions.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _selected_record(self):
        row = self.history.selected_row()
        return self.history_model.record_at(row) if row is not None else None

    def _update_buttons(self) -> None:
        person_id = self._selected_person_id()
        choose = self.tr("Choose someone in the list first.")
        available_when((self.set_button,), person_id is not None, choose)
        has_permission = person_id is not None and self.vault.permissions.active_for(person_id) is not None
        available_when((self.revoke_button,), has_permission,
                       choose if person_id is None else self.tr("They may see nothing now."))
        record = self._selected_record()
        available_when((self.withdraw_button,), record is not None and not record.withdrawn,
                       self.tr("Choose a packet in the history first.") if record is None
                       else self.tr("You already withdrew your consent for this packet."))
        # The button names whom it is for: with the card scrolled away, it still says which packet it acts on.
        words = (fill(self.tr("Withdraw consent for %1…"), elided_name(record.recipient_name))
                 if record is not None and not record.withdrawn else self.tr("Withdraw consent…"))
        self.withdraw_button.setText(words)
        self.withdraw_button.setAccessibleName(words)

    def make_packet(self) -> None:
        from survivor_vault.ui.pages.packet_wizard import PacketWizard

        if not self.vault.people.count():
            self.message.setText(self.tr("First add the person or agency in \"People & agencies\", or in the "
                                         "first step of the packet."))
        wizard = PacketWizard(self.vault, self._clipboard, self, person_id=self._selected_person_id(),
                              drafts=self._drafts)
        wizard.exec()
        if not shiboken6.isValid(self):
            return  # locked while it was open: this page is gone
        self.refresh()
        if wizard.packet.saved is not None:
            self.message.setText(self.tr("Your packet is saved and written in your sharing history."))
        wizard.deleteLater()

    # --- drafts ------------------------------------------------------------------------------
    def open_draft(self, kind: DraftKind, key: str, show=None) -> bool:
        person = None if kind is DraftKind.PACKET else record_for(key, self.vault.people.get)
        if kind is not DraftKind.PACKET and person is None:
            return False
        if show is not None:
            show()
        if kind is DraftKind.PACKET:
            self.make_packet()
        else:
            self._edit_permission(person)
        return True

    def _person_name(self, key) -> str:
        person = record_for(key, self.vault.people.get)
        return person.name if person is not None else ""

    def _show_unsaved(self) -> None:
        if self._drafts is None:
            return

        def packet(_key: str, fields: dict) -> str:
            name = self._person_name(fields.get("recipient"))
            return fill(self.tr("A packet for “%1” you had not finished"), name) if name else \
                self.tr("A packet you had not finished")

        def permission(key: str, _fields: dict) -> str:
            name = self._person_name(key)
            return fill(self.tr("What “%1” may see: changes not saved yet"), name) if name else ""

        self.unsaved.show_items(
            draft_items(self._drafts, DraftKind.PACKET, packet, lambda k: self.open_draft(DraftKind.PACKET, k))
            + draft_items(self._drafts, DraftKind.PERMISSION, permission,
                          lambda k: self.open_draft(DraftKind.PERMISSION, k)))

    def set_permission(self) -> None:
        person_id = self._selected_person_id()
        if person_id is None:
            return
        self._edit_permission(self.vault.people.get(person_id))

    def _edit_permission(self, person: Person) -> None:
        dialog = PermissionDialog(self.vault, person, self, self._drafts)
        if dialog.exec() and shiboken6.isValid(self):
            self.message.setText(self.tr("Saved. This shares nothing by itself."))
            self.refresh()

    def revoke(self) -> None:
        person_id = self._selected_person_id()
        permission = self.vault.permissions.active_for(person_id) if person_id is not None else None
        if permission is None:
            return
        if not wording.attempt(lambda: self.vault.permissions.revoke(permission.id), self.message.setText):
            return
        self.message.setText(self.tr("Permission removed. Packets you already made are still in your history, "
                                     "where you can withdraw consent for each."))
        self.refresh()

    def withdraw(self) -> None:
        record = self._selected_record()
        if record is None or record.withdrawn:
            return
        who = wording.comma().join(p for p in (record.recipient_name, record.recipient_organisation) if p)
        if not confirm(self, "confirmWithdraw", self.tr("Withdraw consent?"),
                       fill(self.tr("Withdraw your consent for this packet to %1? It will be marked in your "
                                    "history, and you can save a short notice to send them, asking them to "
                                    "delete it. The notice holds none of your information."), who),
                       self.tr("Withdraw consent"), self.tr("Not now")):
            return
        from survivor_vault.sharing.packet_jobs import WithdrawConsent

        try:  # the notice in the packet's language; the app's for packets made before the history kept it
            job = WithdrawConsent(self.vault, record.id, matching(QLocale().name(), available()))
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        self.refresh()
        self._choose_record(record.id)  # its card, now saying "Consent withdrawn", under the keyboard
        self.message.setText(self.tr("Consent withdrawn. Making the notice…"))
        start_job(job, self._save_notice, lambda e: self.message.setText(wording.error_message(e)), owner=self)

    def _choose_record(self, record_id: int) -> None:
        """Choose the card of `record_id` again after the history was read anew (the choice was cleared, and
        focus fell to Lock, one key press from locking the vault)."""
        row = self.history_model.row_of(record_id)
        if row < 0:
            return
        self.history.select_row(row)
        self.history.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_notice(self, notice) -> None:
        from survivor_vault.core.chosen_files import save_whole

        suggested = fill(self.tr("withdrawal-%1.pdf"), date.today().isoformat())
        path = file_dialogs.choose_file_to_save(
            self, self.tr("Save the withdrawal notice"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            self.message.setText(self.tr("Consent withdrawn. You chose not to save a notice."))
            return
        try:
            save_whole(path, notice.data)
        except OSError as error:
            self.message.setText(wording.error_message(error))
            return
        self.message.setText(fill(self.tr("Consent withdrawn. Notice saved: %1. Send it to them the way you "
                                          "choose."), wording.own_order(path)))

    def show_history(self) -> None:
        """Bring the sharing history into sight, the table under the keyboard (from "My plan")."""
        self._scroll.ensureWidgetVisible(self.history, 0, 0)
        target = self.history if self.history.isVisible() else self.make_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
