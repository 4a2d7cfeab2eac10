"""Make a share packet, step by step: who, what, why and until when, preview, protection, save, code."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from survivor_vault.core.placeholders import fill
from survivor_vault.model.drafts import NEW, DraftKind, record_id
from survivor_vault.model.errors import VaultError
from survivor_vault.model.people import Person
from survivor_vault.model.permissions import ItemRef, Section, SharePermission
from survivor_vault.sharing import share_code
from survivor_vault.sharing.packet_builder import BuiltPacket
from survivor_vault.sharing.packet_jobs import PreviewPacket, SavedPacket, SavePacket
from survivor_vault.sharing.packet_scope import PacketScope, starting_choice
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.components.choice_toggles import ChoiceToggles
from survivor_vault.ui.components.code_block import CodeBlock
from survivor_vault.ui.components.optional_date import date_picker
from survivor_vault.ui.components.step_indicator import StepIndicator
from survivor_vault.ui.draft_keeper import DraftKeeper, FormDraft, fill_fields, read_fields
from survivor_vault.ui.form_parts import (
    busy_bar,
    button,
    message_label,
    optional_label,
    scrolled_body,
    stacked_row,
    text_box,
)
from survivor_vault.ui.pages.item_chooser import ItemChooser
from survivor_vault.ui.pages.packet_preview_papers import PreviewPapers
from survivor_vault.ui.plain_text import button_text
from survivor_vault.ui.secret_clipboard import SecretClipboard
from survivor_vault.ui.theme import set_look

RECIPIENT, CONTENT, PURPOSE, PREVIEW, PROTECTION, SAVE, CODE = range(7)


@dataclass
class PacketInProgress:
    """Everything the wizard has gathered, in one typed place. Each page writes its own part when the
    survivor moves on from it (validatePage) and reads only from here: no page reaches into another's
    widgets."""

    person: Person | None = None
    permission: SharePermission | None = None  # what the person may see now, if the survivor started from it
    sections: frozenset[Section] = frozenset()
    items: frozenset[ItemRef] = frozenset()
    include_notes: bool = False
    include_feedback: bool = False
    purpose: str = ""
    end_date: date | None = None
    note: str = ""
    language: str = "en"
    protected: bool = True
    signed: bool = True
    preview: BuiltPacket | None = None  # the pages shown on the preview step
    saved: SavedPacket | None = None  # the file written, and its consent record

    def scope(self) -> PacketScope:
        person = self.person
        return PacketScope(
            recipient_name=person.name, recipient_organisation=person.organisation, recipient_role=person.role,
            person_id=person.id, purpose=self.purpose, end_date=self.end_date, sections=self.sections,
            items=self.items, include_notes=self.include_notes, include_feedback=self.include_feedback,
            note_in_my_words=self.note, protected=self.protected, signed=self.signed, language=self.language)


class RecipientPage(QWizardPage):
    def __init__(self, wizard: PacketWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Who is it for?"))
        self.setSubTitle(self.tr("Choose the person or agency. Adding someone shares nothing with them."))
        self.people = QComboBox(self)
        self.people.setObjectName("packetRecipient")
        self.people.setAccessibleName(self.tr("Who is it for"))
        self.people.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.add_button = QPushButton(self.tr("Add a person or agency…"), self)
        self.add_button.setObjectName("packetAddPerson")
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.clicked.connect(self.add_person)
        label = QLabel(self.tr("For"), self)
        label.setBuddy(self.people)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.people)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.people.clear()
        for person in self.w.vault.people.list():
            label = wording.comma().join(p for p in (person.name, person.organisation) if p)
            self.people.addItem(label, person.id)
        if select_id is not None:
            self.people.setCurrentIndex(max(0, self.people.findData(select_id)))

    def add_person(self) -> None:
        from survivor_vault.ui.pages.people_page import PersonDialog

        dialog = PersonDialog(self.w.vault.people, None, self, self.w.drafts)
        if dialog.exec():
            self.reload(dialog.saved_id)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.people.currentData() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.w.packet.person = self.w.vault.people.get(self.people.currentData())
        return True


class ContentPage(QWizardPage):
    def __init__(self, wizard: PacketWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("What goes in?"))
        self.setSubTitle(self.tr("Tick what you want in this packet. Nothing is in it unless you tick it."))
        self.intro = message_label(self, "packetContentIntro")
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("packetStartFromPermission")
        self.start_button.setText(self.tr("Start from what they may see"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.clicked.connect(self.start_from_permission)
        self.chooser = ItemChooser(wizard.vault, self)
        self.chooser.itemChanged.connect(lambda *_a: self._chosen_changed())
        self.notes = QCheckBox(self.tr("Include my notes"), self)
        self.notes.setObjectName("packetIncludeNotes")
        self.notes.setAccessibleName(self.notes.text())
        self.feedback = QCheckBox(self.tr("Include how services are going for me (my feedback)"), self)
        self.feedback.setObjectName("packetIncludeFeedback")
        self.feedback.setAccessibleName(self.feedback.text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.start_button)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.feedback)

    def _chosen_changed(self) -> None:
        self._update_intro()
        self.completeChanged.emit()

    def _update_intro(self) -> None:
        """What is ticked now, in words: the hint never says "nothing is ticked" once something is."""
        if self.w.packet.person is None:
            return
        name, count = self.w.packet.person.name, len(self.chooser.chosen())
        if count == 0:
            self.intro.setText(fill(self.tr("Nothing is ticked. Tick only what you want %1 to see."), name))
        else:
            self.intro.setText(fill(self.tr("Ticked: %1. Only what you tick goes to %2."), count, name))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        person = self.w.packet.person
        name = person.name
        self._update_intro()
        self.permission = self.w.vault.permissions.active_for(person.id)
        start = fill(self.tr("Start from what %1 may see"), name)
        self.start_button.setText(button_text(start))
        self.start_button.setAccessibleName(start)
        self.start_button.setVisible(self.permission is not None)

    def start_from_permission(self) -> None:
        _sections, items, notes, feedback = starting_choice(self.permission)
        self.chooser.set_chosen(items)
        self.notes.setChecked(notes)
        self.feedback.setChecked(feedback)
        self.w.packet.permission = self.permission

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.chooser.chosen())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.w.packet = replace(self.w.packet, sections=self.chooser.sections(), items=self.chooser.chosen(),
                                include_notes=self.notes.isChecked(), include_feedback=self.feedback.isChecked())
        return True


class PurposePage(QWizardPage):
    def __init__(self, wizard: PacketWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Why, and until when?"))
        self.setSubTitle(self.tr("The purpose and the end date are printed on the first page."))
        form = QFormLayout(scrolled_body(self))
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("packetPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose, in my words"))
        self.purpose.setMaxLength(300)
        self.purpose.setPlaceholderText(self.tr("For example: to plan housing support with me"))
        self.purpose.textChanged.connect(lambda _t: self.completeChanged.emit())
        purpose_label = QLabel(self.tr("Purpose, in my words"), self)
        purpose_label.setBuddy(self.purpose)
        form.addRow(purpose_label, self.purpose)
        self.end = date_picker(self, "packetEndDate", self.tr("My consent ends on"))
        self.end.setMinimumDate(QDate.currentDate().addDays(1))
        self.end.setDate(QDate.currentDate().addMonths(3))
        end_label = QLabel(self.tr("My consent ends on"), self)
        end_label.setBuddy(self.end)
        form.addRow(end_label, self.end)
        self.note = text_box("packetNote", self, 3)
        form.addRow(optional_label(self.tr("A note in my words"), self.note, self), self.note)
        from survivor_vault.ui.form_parts import language_choice
        from survivor_vault.ui.language import available, matching

        # The app's language to begin with ("zh_CN", "pt_BR": not "zh", "pt", which matched nothing and gave English).
        self.language = language_choice(self, matching(QLocale().name(), available()))
        self.language.setObjectName("packetLanguage")
        self.language.setAccessibleName(self.tr("Language of the packet"))
        language_label = QLabel(self.tr("Language of the packet (the person reading it may not read yours)"), self)
        language_label.setWordWrap(True)
        language_label.setBuddy(self.language)
        stacked_row(form, language_label, self.language)  # the whole width for its words, not a narrow wrap

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        permission = self.w.packet.permission
        if permission is None:
            return
        if permission.purpose and not self.purpose.text():
            self.purpose.setText(permission.purpose)
        if permission.end_date and permission.end_date > date.today():
            e = permission.end_date
            self.end.setDate(QDate(e.year, e.month, e.day))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.purpose.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.w.packet = replace(self.w.packet, purpose=self.purpose.text().strip(), end_date=self.end_date(),
                                note=self.note.toPlainText(), language=self.language.currentData() or "en")
        return True

    def end_date(self) -> date:
        d = self.end.date()
        return date(d.year(), d.month(), d.day())


class PreviewPage(QWizardPage):
    def __init__(self, wizard: PacketWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("These are the exact pages they will see. Go back to change anything."))
        self.busy = busy_bar(self, "packetPreviewBusy", self.tr("Making the preview"))
        self.busy.setVisible(True)  # the preview is being made as the page opens
        self.pages_box = QWidget(self)
        self.papers = PreviewPapers(self.leave_out, self.pages_box)  # above the pages, scrolled with them
        page_images = QWidget(self.pages_box)
        self.pages_layout = QVBoxLayout(page_images)
        box_layout = QVBoxLayout(self.pages_box)
        box_layout.addWidget(self.papers)
        box_layout.addWidget(page_images)
        box_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("packetPreview")
        scroll.setAccessibleName(self.tr("Preview of the pages"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages_box)
        self.message = message_label(self, "packetPreviewMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.plain_text = ""

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._clear_pages()
        self.w.packet.preview = None
        self.busy.show()
        self.message.setText(self.tr("Making the preview…"))
        try:
            job = self._job = PreviewPacket(self.w.vault, self.w.packet.scope())
        except VaultError as error:  # the vault locked, or a chosen paper too large or damaged
            self._failed(error)
            return
        start_job(job, lambda built: self._built(job, built),
                  lambda error: self._failed(error) if job is self._job else None, owner=self)

    def _built(self, job: PreviewPacket, built: BuiltPacket) -> None:
        if job is not self._job:
            return  # the survivor went back and changed something meanwhile
        self.w.packet.preview = built
        images = built.pages.previews
        self.plain_text = built.pages.plain_text
        self.busy.hide()
        self.message.setText(fill(self.tr("Pages: %1. Items: %2."), built.pages.page_count, built.item_count))
        self.papers.show_papers(built.attached)
        for number, image in enumerate(images, 1):
            label = QLabel(self.pages_layout.parentWidget())
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(fill(self.tr("Page %1"), number))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.message.setText(wording.error_message(error))
        if getattr(error, "paper_id", None) is not None:  # a paper that cannot go: one click leaves it out
            self.papers.offer_to_leave_out(error.paper_id, error.title)

    def leave_out(self, paper_id: int) -> None:
        """Take this paper out of the packet (and untick it), and make the preview again without it."""
        ref = ItemRef(Section.PAPERS, str(paper_id))
        items = self.w.packet.items - {ref}
        # The pages shown held the paper: they may never be saved now, whatever happens next.
        self.w.packet = replace(self.w.packet, items=items, sections=frozenset(i.section for i in items),
                                preview=None)
        self._job = None
        ticked = self.w.content_page.chooser.item(ref)
        if ticked is not None:
            ticked.setCheckState(0, Qt.CheckState.Unchecked)
        if items:
            self.initializePage()
            return
        self._clear_pages()
        self.message.setText(self.tr("Nothing is left in this packet. Go back to choose what goes in."))
        self.completeChanged.emit()

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            widget = self.pages_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.papers.clear()
        self.plain_text = ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.packet.preview is not None


class ProtectionPage(QWizardPage):
    def __init__(self, wizard: PacketWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Protection"))
        self.setSubTitle(self.tr("Choose who can open the file."))
        # Large toggles whose words wrap (a radio button's cannot: in Spanish at the largest text the wizard
        # grew wider than an 800-px screen).
        self.protection = ChoiceToggles([("protect", self.tr("Protect it with a share code (recommended)"),
                                          "packetProtect"),
                                         ("plain", self.tr("A plain PDF anyone can open and print"), "packetPlain")],
                                        self)
        self.protect = self.protection.buttons["protect"]
        self.plain = self.protection.buttons["plain"]
        self.protect.setChecked(True)
        QTimer.singleShot(0, self.protection.add_icons)
        protect_help = message_label(self, "packetProtectHelp")
        protect_help.setText(self.tr("The file opens only with a code you give them another way, for example by "
                                     "phone or on paper."))
        self.plain_warning = message_label(self, "packetPlainWarning")
        self.plain_warning.setText(self.tr("Careful: anyone who gets this file, for example from a wrong email "
                                           "address or a lost USB stick, can read everything in it."))
        self.confirm_plain = QCheckBox(self.tr("I understand, and I want a plain PDF"), self)
        self.confirm_plain.setObjectName("packetConfirmPlain")
        self.confirm_plain.setAccessibleName(self.confirm_plain.text())
        self.sign = QCheckBox(self.tr("Sign it"), self)
        self.sign.setObjectName("packetSign")
        self.sign.setAccessibleName(self.sign.text())
        self.sign.setChecked(True)
        sign_help = message_label(self, "packetSignHelp")
        sign_help.setText(self.tr("Signing lets them check that nobody changed it, and that it comes from the "
                                  "same person as your other packets. It does not show your name."))
        for toggle in (self.protect, self.plain, self.confirm_plain):
            toggle.toggled.connect(self._update)
        layout = QVBoxLayout(scrolled_body(self))
        for widget in (self.protection, protect_help, self.plain_warning, self.confirm_plain, self.sign, sign_help):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._update()

    def _update(self, *_args) -> None:
        plain = self.plain.isChecked()
        self.plain_warning.setVisible(plain)
        self.confirm_plain.setVisible(plain)
        if not plain:
            self.confirm_plain.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.protect.isChecked() or self.confirm_plain.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.w.packet = replace(self.w.packet, protected=self.protect.isChecked(), signed=self.sign.isChecked())
        return True


class SavePage(QWizardPage):
    def __init__(self, wizard: PacketWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Save the packet"))
        self.setSubTitle(self.tr("Choose where to save it. Nothing is sent anywhere: you decide how it gets "
                                 "to them."))
        self.save_button = QPushButton(self.tr("Save the packet…"), self)
        self.save_button.setObjectName("packetSave")
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(self.choose_and_save)
        self.busy = busy_bar(self, "packetSaveBusy", self.tr("Saving"))
        self.message = message_label(self, "packetSaveMessage")
        layout = QVBoxLayout(scrolled_body(self))
        layout.addWidget(self.save_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.saved = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.saved = False
        self.message.setText("")

    def choose_and_save(self) -> None:
        suggested = fill(self.tr("shared-%1.pdf"), date.today().isoformat())
        path = file_dialogs.choose_file_to_save(self, self.tr("Save the packet"), suggested,
                                                self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        packet = self.w.packet
        job = SavePacket(self.w.vault, packet.preview, path, protected=packet.protected, signed=packet.signed)
        self.save_button.setEnabled(False)
        self.busy.show()
        start_job(job, self._saved, self._failed, owner=self)

    def _saved(self, saved: SavedPacket) -> None:
        self.w.packet.saved = saved
        self.w.draft.saved()
        path = saved.path
        self.busy.hide()
        self.save_button.setEnabled(True)
        self.saved = True
        self.message.setText(fill(self.tr("Saved: %1. It is in your sharing history."), wording.own_order(path)))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.save_button.setEnabled(True)
        self.message.setText(wording.error_message(error))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.saved


class CodePage(QWizardPage):
    def __init__(self, wizard: PacketWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("The share code"))
        self.setSubTitle(self.tr("The packet is saved. This code opens it."))
        self.block = CodeBlock("packetCode", self.tr("Share code"), self, scale=2.2, least_points=20.0, wrap=True)
        self.code = self.block.label
        self.copy_button = button(self.tr("Copy the code"), "packetCopyCode", self.copy, self, icon_name="copy")
        self.block.add_action(self.copy_button)
        self.block.finish_actions()
        self.advice = message_label(self, "packetCodeAdvice")
        self.message = message_label(self, "packetCodeMessage")
        layout = QVBoxLayout(scrolled_body(self))
        layout.addWidget(self.block)
        layout.addWidget(self.advice)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        code = self.w.packet.saved.built.code if self.w.packet.saved else None
        if code:
            self.code.setText(code)  # exactly what a PDF reader must be given
            self.block.show()
            self.advice.setText(fill(self.tr("Give this code to them another way than the file: read it to them on "
                                             "the phone, or write it on paper. In a PDF reader, they type it exactly "
                                             "as shown, in small letters with the dashes. Typed with spaces instead "
                                             "of dashes (%1), it opens the file too. Anyone with both the file and "
                                             "the code can read the packet. The app does not keep the code."),
                                     share_code.spoken(code)))
        else:
            self.block.hide()
            self.advice.setText(self.tr("This packet has no share code: anyone with the file can read it."))

    def copy(self) -> None:
        code = self.w.packet.saved.built.code if self.w.packet.saved else None
        if code:
            self.w.clipboard.copy(code)
            self.message.setText(self.tr("Copied. The clipboard is cleared in 30 seconds."))


def _spoken(button_text: str) -> str:
    """A button's words as a screen reader should say them: without the arrows ("< Back") and the '&' that marks
    the Alt key's letter ("< &Quay lại" was read with both)."""
    import re

    return re.sub(r"&(.)", r"\1", button_text).strip(" <>‹›")


class PacketWizard(QWizard):
    def __init__(self, vault, clipboard: SecretClipboard | None = None, parent: QWidget | None = None,
                 person_id: int | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("packetWizard")
        self.setWindowTitle(self.tr("Make a share packet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.vault = vault
        self.clipboard = clipboard or SecretClipboard(self)
        self.packet = PacketInProgress()
        self.recipient_page = RecipientPage(self)
        self.content_page = ContentPage(self)
        self.purpose_page = PurposePage(self)
        self.preview_page = PreviewPage(self)
        self.protection_page = ProtectionPage(self)
        self.save_page = SavePage(self)
        self.code_page = CodePage(self)
        pages = (self.recipient_page, self.content_page, self.purpose_page, self.preview_page, self.protection_page,
                 self.save_page, self.code_page)
        for index, page in enumerate(pages):
            self.setPage(index, page)
            steps = StepIndicator(len(pages), page, f"packetStep{index + 1}")  # "Step 3 of 7", above the page
            steps.set_step(index + 1)
            page.layout().insertWidget(0, steps)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton):
            wizard_button = self.button(which)
            wizard_button.setObjectName(f"wizard{which.name}")
            wizard_button.setAccessibleName(_spoken(wizard_button.text()))
        if person_id is not None:
            self.recipient_page.reload(person_id)
        self.drafts = drafts
        self._recipient_gone = False
        # One packet being made at a time is kept as a draft, until it is saved (then it is in the history).
        self.draft = FormDraft(drafts, DraftKind.PACKET, NEW, self._fields, self._fill)
        if self.draft.restored:
            back = self.tr("You were making this packet and had not finished. What you chose and wrote is back.")
            if self._recipient_gone:
                back += " " + self.tr("The person it was for is no longer in your list: choose who it is for.")
            self.recipient_page.setSubTitle(f"{back}\n{self.recipient_page.subTitle()}")
        self.finished.connect(lambda _result: self.draft.closed())
        self._title_label: QLabel | None = None
        self.currentIdChanged.connect(lambda _id: self._mark_title())
        self.resize(760, 620)

    def _mark_title(self) -> None:
        """QWizard's own title label (it has no name) gets the section title's look, so each step's heading
        stands out from its words."""
        if self._title_label is None:
            page = self.currentPage()
            title = page.title() if page is not None else ""
            pages = tuple(self.page(i) for i in self.pageIds())
            self._title_label = next((label for label in self.findChildren(QLabel) if title and label.text() == title
                                      and not any(p.isAncestorOf(label) for p in pages)), None)
            if self._title_label is not None:
                set_look(self._title_label, "section")

    def _fields(self) -> dict:
        if self.packet.saved is not None:
            return self.draft.baseline  # saved: nothing of it is a draft any more
        content, purpose = self.content_page, self.purpose_page
        return {"recipient": self.recipient_page.people.currentData(), "items": content.chooser.chosen_plain(),
                **read_fields({"notes": content.notes, "feedback": content.feedback, "purpose": purpose.purpose,
                               "end": purpose.end, "note": purpose.note, "language": purpose.language})}

    def _fill(self, fields: dict) -> None:
        content, purpose = self.content_page, self.purpose_page
        recipient = record_id(fields.get("recipient"))
        people = self.recipient_page.people
        if recipient is not None and people.findData(recipient) >= 0:
            people.setCurrentIndex(people.findData(recipient))
        else:  # the person was deleted since: nobody is chosen for them (Next waits for a choice)
            people.setCurrentIndex(-1)
            self._recipient_gone = bool(fields.get("recipient_gone")) or recipient is not None
        content.chooser.set_chosen_plain(fields.get("items"))
        fill_fields({"notes": content.notes, "feedback": content.feedback, "purpose": purpose.purpose,
                     "end": purpose.end, "note": purpose.note, "language": purpose.language}, fields)
