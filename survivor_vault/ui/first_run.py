"""The first run, alone or with a helper: welcome, helper, discreet mode, passphrase, recovery key,
setup kit, done. Nothing is made until the last step, so closing the window at any step leaves
no half-made vault; every step can go back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.passphrase_strength import Strength, estimate
from survivor_vault.core.placeholders import fill
from survivor_vault.core.recovery_keys import new_recovery_key
from survivor_vault.model.errors import VaultError
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.components.choice_toggles import ChoiceToggles
from survivor_vault.ui.components.page_stack import PageStack
from survivor_vault.ui.components.step_indicator import StepIndicator
from survivor_vault.ui.form_parts import (
    ButtonRow,
    busy_bar,
    button,
    centred_column,
    message_box,
    new_passphrase_problem,
    reserve_lines,
)
from survivor_vault.ui.form_parts import language_row as language_row_for
from survivor_vault.ui.passphrase_field import PassphraseField
from survivor_vault.ui.preferences import Preferences
from survivor_vault.ui.recovery_key_view import RecoveryKeyView
from survivor_vault.ui.theme import SPACE, set_look

WELCOME, HELPER, DISCREET, PASSPHRASE, RECOVERY, KIT, DONE = range(7)


def _text(parent: QWidget, text: str, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


@dataclass
class FirstRunChoices:
    """What the survivor chose or typed so far, carried into the first run made again in another language."""

    helper: bool
    discreet: bool
    typed: tuple[str, str]  # the passphrase fields as they are (emptied when Next took the passphrase)
    recovery_key: str | None
    recovery_group: int
    recovery_check: str
    skipped_recovery: bool
    kit: object
    kit_path: Path | None


class FirstRun(QWidget):
    created = Signal(object)  # the new, unlocked Vault (the window locks it from now on)
    finished = Signal()  # "Open my vault"
    restore_requested = Signal()
    language_chosen = Signal(str)
    open_packet_requested = Signal()

    def __init__(self, vault_dir: Path, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRun")
        self._vault_dir = Path(vault_dir)
        self._prefs = preferences
        self._weak_warned_for: str | None = None
        self.passphrase_value = ""
        self.kit = None
        self.kit_path: Path | None = None
        self._kit_reading = None  # the ReadingBudget of a kit being read on a worker, if any
        self.skipped_recovery = False
        self.busy = False

        self.steps = PageStack(self)
        self.steps.setObjectName("firstRunSteps")
        self.helper_note = set_look(_text(self, "", "helperNote"), "callout")  # apart from what the survivor reads
        self.helper_note.setAccessibleName(self.tr("Notes for the helper"))
        self.helper_note.hide()
        self.message = _text(self, "", "firstRunMessage")
        reserve_lines(self.message)  # Back and Next never jump when a message appears
        self.back_button = button(self.tr("Back"), "firstRunBack", self.back, self)
        self.next_button = button(self.tr("Next"), "firstRunNext", self.next, self, look="primary")
        self.next_button.setDefault(True)
        self.progress = busy_bar(self, "firstRunBusy", self.tr("Making your vault"))

        self._build_welcome()
        self._build_helper()
        self._build_discreet()
        self._build_passphrase()
        self._build_recovery()
        self._build_kit()
        self._build_done()

        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        self.step_indicator = StepIndicator(DONE + 1, column, "firstRunStep")
        column_layout.addWidget(self.step_indicator)
        column_layout.addWidget(self.steps)
        column_layout.addWidget(self.helper_note)
        column_layout.addWidget(self.progress)
        column_layout.addWidget(self.message)
        centred_column(self, column, 640, scrolled=True)
        # Back and Next stay in sight below the scrolling step (at the largest text they were below the fold
        # on most steps), as wide as the step's column.
        nav_box = QWidget(self)
        nav_box.setLayout(nav)
        nav_box.setMaximumWidth(column.maximumWidth())
        nav_row = QHBoxLayout()
        nav_row.setContentsMargins(SPACE["s"], 0, SPACE["s"], SPACE["s"])
        nav_row.addStretch(1)
        nav_row.addWidget(nav_box, 100)
        nav_row.addStretch(1)
        self.layout().addLayout(nav_row)
        self.go(WELCOME)

    def choices(self) -> FirstRunChoices:
        return FirstRunChoices(self.with_helper.isChecked(), self.discreet.isChecked(),
                               (self.first.text(), self.second.text()), self.recovery_view.key,
                               self.recovery_view.group, self.recovery_view.check.text(),
                               self.skipped_recovery, self.kit, self.kit_path)

    def take_choices(self, earlier: FirstRunChoices) -> None:
        """Everything chosen before the language changed, as it was: a recovery key already shown (and
        perhaps written down) is kept, never replaced by a new one."""
        (self.with_helper if earlier.helper else self.alone).setChecked(True)
        self.discreet.setChecked(earlier.discreet)
        self.first.edit.setText(earlier.typed[0])
        self.second.edit.setText(earlier.typed[1])
        self.skipped_recovery = earlier.skipped_recovery
        if earlier.recovery_key:
            self.recovery_view.show_key(earlier.recovery_key, earlier.recovery_group)
            self.recovery_view.check.setText(earlier.recovery_check)
        if earlier.kit is not None:
            self._show_kit(earlier.kit, earlier.kit_path)
        self._update_buttons()

    # --- steps --------------------------------------------------------------------------------
    def _page(self, heading: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        title = QLabel(heading, page)
        title.setObjectName("heading")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)
        self.steps.addWidget(page)
        return page, layout

    def _build_welcome(self) -> None:
        _page, layout = self._page(self.tr("Welcome"))
        layout.addWidget(_text(_page, self.tr(
            "This app keeps your own plan: your goals, the services you want or do not want, and what you would "
            "like providers to know. It keeps everything on this computer and sends nothing anywhere.")))
        layout.addWidget(_text(_page, self.tr(
            "Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, "
            "with whom, and until when.")))
        warning = _text(_page, self.tr(
            "Please know: if someone watches this computer with hidden software, they may see what you type. "
            "If you are not sure this computer is safe, you can set this up later on a safer device."),
            "honestWarning")
        layout.addWidget(warning)
        layout.addStretch(1)
        language_row, self.language = language_row_for(_page, self._prefs.language, self.language_chosen.emit)
        layout.insertLayout(0, language_row)  # first: before anything that has to be read
        layout.addWidget(button(self.tr("I have a backup from before: restore it…"), "restoreFromFirstRun",
                                self.restore_requested, _page), 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(button(self.tr("Open a share packet someone gave me…"), "openPacketFromFirstRun",
                                self.open_packet_requested, _page), 0, Qt.AlignmentFlag.AlignLeft)

    def _build_helper(self) -> None:
        page, layout = self._page(self.tr("Is someone helping you set up?"))
        # Large toggles whose words wrap (a radio button's cannot: in Spanish at the largest text on an 800-px
        # screen, "someone is helping me" was cut at the side).
        self.helper_choice = ChoiceToggles(
            [("alone", self.tr("I am setting this up on my own"), "setupAlone"),
             ("helper", self.tr("Someone is helping me (for example an advocate)"), "setupWithHelper")], page)
        self.alone = self.helper_choice.buttons["alone"]
        self.with_helper = self.helper_choice.buttons["helper"]
        self.alone.setChecked(True)
        self.with_helper.toggled.connect(lambda _on: self._update_helper_note())
        QTimer.singleShot(0, self.helper_choice.add_icons)
        layout.addWidget(self.helper_choice)
        layout.addWidget(_text(page, self.tr("A helper gets short notes on each step. They never need to see "
                                             "your passphrase or what you write.")))
        layout.addStretch(1)

    def _build_discreet(self) -> None:
        page, layout = self._page(self.tr("How should the app look?"))
        layout.addWidget(_text(page, self.tr("In discreet mode the window is called \"Notes\" and has a plain "
                                             "icon, so a glance at the screen or the taskbar does not say what "
                                             "it is. You can change this later in Settings.")))
        self.discreet = QCheckBox(self.tr("Use discreet mode"), page)
        self.discreet.setObjectName("setupDiscreet")
        self.discreet.setAccessibleName(self.discreet.text())
        self.discreet.setChecked(self._prefs.discreet)
        self.discreet.toggled.connect(self._update_preview)
        layout.addWidget(self.discreet)
        preview = QFrame(page)
        preview.setObjectName("discreetPreview")
        preview.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(preview)
        self.preview_icon = QLabel(preview)
        self.preview_icon.setObjectName("discreetPreviewIcon")
        self.preview_title = QLabel(preview)
        self.preview_title.setObjectName("discreetPreviewTitle")
        row.addWidget(self.preview_icon)
        row.addWidget(self.preview_title, 1)
        caption = _text(page, self.tr("Preview of the window's name and icon:"))
        layout.addWidget(caption)
        layout.addWidget(preview)
        layout.addStretch(1)
        self._update_preview()

    def _update_preview(self, *_args) -> None:
        discreet = self.discreet.isChecked()
        from survivor_vault.ui.window_icon import window_icon

        self.preview_icon.setPixmap(window_icon(discreet).pixmap(QSize(32, 32)))
        self.preview_title.setText(self.tr("Notes") if discreet else self.tr("Survivor Vault"))

    def _build_passphrase(self) -> None:
        page, layout = self._page(self.tr("Choose your passphrase"))
        layout.addWidget(_text(page, self.tr("A passphrase is a few words you can remember and others cannot "
                                             "guess, like four words that make a picture in your mind.")))
        layout.addWidget(_text(page, self.tr("If you forget it, nobody can open the vault, not even us. The next "
                                             "step makes a recovery key, just for that."), "honestWarning"))
        first_label = QLabel(self.tr("Passphrase"), page)
        self.first = PassphraseField("newPassphrase", self.tr("Passphrase"), page)
        first_label.setBuddy(self.first.edit)
        self.strength = _text(page, "", "strengthHint")
        self.strength.setAccessibleName(self.tr("How strong the passphrase is"))
        second_label = QLabel(self.tr("The same passphrase again"), page)
        self.second = PassphraseField("newPassphraseAgain", self.tr("The same passphrase again"), page)
        second_label.setBuddy(self.second.edit)
        self.first.edit.textChanged.connect(lambda t: self.strength.setText(wording.strength_label(estimate(t))))
        self.second.edit.returnPressed.connect(self.next)
        for widget in (first_label, self.first, self.strength, second_label, self.second):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _build_recovery(self) -> None:
        page, layout = self._page(self.tr("Your recovery key"))
        layout.addWidget(_text(page, self.tr("If you ever forget your passphrase, this key opens your vault.")))
        self.recovery_view = RecoveryKeyView(page)
        self.recovery_view.confirmed_changed.connect(self._update_buttons)
        layout.addWidget(self.recovery_view)
        self.skip_recovery_button = button(self.tr("Skip this (not recommended)…"), "skipRecoveryKey",
                                           self.skip_recovery, page)
        layout.addWidget(self.skip_recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _build_kit(self) -> None:
        page, layout = self._page(self.tr("Anything from an agency? (optional)"))
        layout.addWidget(_text(page, self.tr("An agency may have given you a setup kit: their contact details and "
                                             "a list of local services. Loading it shares nothing with them, and "
                                             "chooses nothing for you. You can skip this.")))
        self.kit_button = button(self.tr("Load a setup kit…"), "loadSetupKit", self.choose_kit, page)
        self.hsds_button = button(self.tr("Load a list of local services…"), "loadHsdsFolder",
                                  self.choose_kit_folder, page)
        self.kit_buttons = ButtonRow([self.kit_button, self.hsds_button], page)  # a column where a row is too wide
        layout.addLayout(self.kit_buttons.layout)
        self.kit_busy = QProgressBar(page)
        self.kit_busy.setObjectName("setupKitBusy")
        self.kit_busy.setAccessibleName(self.tr("Reading the setup kit"))
        self.kit_busy.setRange(0, 0)
        self.kit_busy.setMaximumHeight(8)
        self.kit_busy.setTextVisible(False)
        self.kit_busy.hide()
        layout.addWidget(self.kit_busy)
        self.kit_summary = _text(page, "", "setupKitSummary")
        layout.addWidget(self.kit_summary)
        self.clear_kit_button = button(self.tr("Do not use this kit"), "clearSetupKit", self.clear_kit, page)
        self.clear_kit_button.hide()
        layout.addWidget(self.clear_kit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _build_done(self) -> None:
        page, layout = self._page(self.tr("You are in charge"))
        layout.addWidget(_text(page, self.tr("Your vault is ready. Nothing is shared unless you choose.")))
        self.done_details = _text(page, "", "firstRunDone")
        layout.addWidget(self.done_details)
        layout.addWidget(_text(page, self.tr("Quick exit: press Shift three times, or the red button at the top, "
                                             "to hide and close the app at once.")))
        layout.addStretch(1)

    # --- helper notes ---------------------------------------------------------------------------
    def _helper_text(self, step: int) -> str:
        return {
            WELCOME: self.tr("For the helper: let the person read at their own pace. Nothing here asks about "
                             "what happened to them."),
            HELPER: self.tr("For the helper: you can stay for the setup, and you never need the passphrase."),
            DISCREET: self.tr("For the helper: ask whether others use or look at this computer."),
            PASSPHRASE: self.tr("For the helper: please look away now, or hand the keyboard over. Do not watch the "
                                "passphrase being typed, and do not write it down."),
            RECOVERY: self.tr("For the helper: please look away while the key is shown. Help them choose a safe "
                              "place for it, without seeing it."),
            KIT: self.tr("For the helper: if you brought a setup kit, this is where it goes. It adds your contact "
                         "details with no sharing permission."),
            DONE: self.tr("For the helper: thank you. From here on, the person is in charge."),
        }[step]

    def _update_helper_note(self) -> None:
        helping = self.with_helper.isChecked()
        self.helper_note.setVisible(helping)
        if helping:
            self.helper_note.setText(self._helper_text(self.steps.currentIndex()))

    # --- navigation -----------------------------------------------------------------------------
    def go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.step_indicator.set_step(step + 1)
        self.message.clear()
        if step == RECOVERY and not self.recovery_view.key and not self.skipped_recovery:
            self.recovery_view.show_key(new_recovery_key())
        if step == PASSPHRASE:
            self.first.edit.setFocus()
        elif step == RECOVERY and self.recovery_view.key:
            self.recovery_view.check.setFocus()
        else:
            self.next_button.setFocus()
        self._update_helper_note()
        self._update_buttons()

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def _update_buttons(self) -> None:
        step = self.step
        self.back_button.setVisible(step not in (WELCOME, DONE))
        self.back_button.setEnabled(not self.busy)
        texts = {KIT: self.tr("Make my vault"), DONE: self.tr("Open my vault")}
        self.next_button.setText(texts.get(step, self.tr("Next")))
        self.next_button.setAccessibleName(self.next_button.text())
        enabled = not self.busy and not (step == KIT and self.reading_kit)
        if step == RECOVERY and not self.skipped_recovery:
            enabled = enabled and self.recovery_view.confirmed
        self.next_button.setEnabled(enabled)

    def back(self) -> None:
        if self.step > WELCOME and not self.busy:
            self.go(self.step - 1)

    def next(self) -> None:
        if self.busy:
            return
        step = self.step
        if step == PASSPHRASE and not self._take_passphrase():
            return
        if step == KIT:
            self._create()
            return
        if step == DONE:
            self.finished.emit()
            return
        self.go(step + 1)

    def _take_passphrase(self) -> bool:
        first, second = self.first.text(), self.second.text()
        problem = new_passphrase_problem(first, second)
        if problem:
            self.message.setText(problem)
            if first.strip():
                self.second.clear()  # typed differently: the second one is typed again
            return False
        if estimate(first) == Strength.WEAK and self._weak_warned_for != first:
            self._weak_warned_for = first
            self.message.setText(self.tr("This passphrase is easy to guess. You can make it longer, or press "
                                         "\"Next\" again to keep it. It is your choice."))
            return False
        self.passphrase_value = first
        self.first.clear()
        self.second.clear()
        return True

    def skip_recovery(self) -> None:
        box = message_box(self, "confirmSkipRecovery", QMessageBox.Icon.Warning, self.tr("Skip the recovery key?"),
                          self.tr("Without a recovery key, a forgotten passphrase means the vault cannot be opened "
                                  "by anyone, ever. You can make a key later in Settings."))
        skip = box.addButton(self.tr("Skip it"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep the key"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is skip:
            self.skipped_recovery = True
            self.recovery_view.forget()
            self.go(KIT)

    def choose_kit_folder(self) -> None:
        path = file_dialogs.choose_folder(self, self.tr("Choose the folder with the directory files"), "")
        if path:
            self.load_kit(Path(path))

    def choose_kit(self) -> None:
        path = file_dialogs.choose_file_to_open(self, self.tr("Choose the setup kit"), "",
                                                self.tr("Setup kits (*.json *.zip)"))
        if path:
            self.load_kit(Path(path))

    @property
    def reading_kit(self) -> bool:
        return self._kit_reading is not None

    def load_kit(self, path: Path) -> None:
        """Read a kit (JSON, zip, or HSDS folder) on a worker; then show what it would add, or why it cannot be used.

        A kit is untrusted and may be slow to read: the window (and Quick exit) keeps working meanwhile.
        """
        from survivor_vault.core.jobs import ReadKit

        self.clear_kit()
        reading = self._kit_reading = ReadKit(path)
        self.kit_busy.show()
        self.kit_summary.setText(self.tr("Reading the setup kit…"))
        self.kit_button.setEnabled(False)
        self.hsds_button.setEnabled(False)
        self.clear_kit_button.show()  # "Do not use this kit" also stops the reading
        self._update_buttons()
        start_job(reading, lambda kit: self._kit_read(reading, path, kit),
                  lambda error: self._kit_failed(reading, error), owner=self)

    def _kit_read(self, reading, path: Path, kit) -> None:
        if reading is not self._kit_reading:
            return  # stopped, or another kit chosen, while it was read: this one is not wanted
        self._kit_done()
        self._show_kit(kit, path)

    def _show_kit(self, kit, path: Path | None) -> None:
        self.kit, self.kit_path = kit, path
        who = kit.agency.name if kit.agency else self.tr("no agency card")
        if kit.agency and kit.agency.organisation:
            who = f"{kit.agency.name}, {kit.agency.organisation}"
        self.kit_summary.setText(fill(self.tr("Ready to add: %1. Local services in its list: %2. Nothing will be "
                                              "chosen for you."), who, len(kit.services)))
        self.clear_kit_button.show()

    def _kit_failed(self, reading, error: BaseException) -> None:
        if reading is not self._kit_reading:
            return
        self._kit_done()
        self.clear_kit()
        self.kit_summary.setText(self._kit_error(error))

    def _kit_done(self) -> None:
        self._kit_reading = None
        self.kit_busy.hide()
        self.kit_button.setEnabled(True)
        self.hsds_button.setEnabled(True)
        self._update_buttons()

    def stop_reading_kit(self) -> None:
        """Stop reading a kit (quick exit, or the survivor changed their mind); whatever it finds is dropped."""
        if self._kit_reading is not None:
            self._kit_reading.stop()
            self._kit_done()

    def _kit_error(self, error) -> str:
        return wording.error_message(error)

    def clear_kit(self) -> None:
        self.stop_reading_kit()
        self.kit = None
        self.kit_path = None
        self.kit_summary.clear()
        self.clear_kit_button.hide()

    # --- making the vault -----------------------------------------------------------------------
    def _create(self) -> None:
        self.busy = True
        self.progress.show()
        self.message.setText(self.tr("Making your vault. This takes a moment."))
        self._update_buttons()
        from survivor_vault.core.jobs import CreateVault

        key = None if self.skipped_recovery else self.recovery_view.key
        try:
            job = CreateVault(self._vault_dir, self.passphrase_value, key, self.kit)
        except VaultError as error:
            self._failed(error)
            return
        start_job(job, self._created, self._failed, owner=self)

    def _created(self, result) -> None:
        summary = result.kit_summary
        self.created.emit(result.vault)
        self.busy = False
        self.progress.hide()
        self.passphrase_value = ""
        self.recovery_view.forget()
        self._prefs.discreet = self.discreet.isChecked()
        details = []
        if not self.skipped_recovery:
            details.append(self.tr("Your recovery key works. Keep it safe."))
        else:
            details.append(self.tr("You have no recovery key yet. You can make one in Settings."))
        if summary is not None:
            details.append(fill(self.tr("Local services added from the setup kit: %1."), summary.services_added))
        self.done_details.setText(" ".join(details))
        window = self.window()
        if hasattr(window, "apply_preferences"):
            window.apply_preferences()
        self.go(DONE)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self.message.setText(wording.error_message(error))
        self._update_buttons()
