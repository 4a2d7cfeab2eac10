"""Settings: auto-lock, discreet mode, text size, and changing the passphrase."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.passphrase_strength import estimate
from survivor_vault.core.placeholders import fill
from survivor_vault.model.errors import VaultError
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import run_in_background
from survivor_vault.ui.form_parts import ButtonRow, button, language_choice
from survivor_vault.ui.key_change import (
    SomeoneMayKnowDialog,
    change_from_fields,
    dropped_recovery_text,
    failure_text,
    old_backups_text,
    on_return_fill_next,
    start_key_change,
)
from survivor_vault.ui.passphrase_field import PassphraseField
from survivor_vault.ui.preferences import TEXT_SCALES, Preferences


class SettingsPage(QWidget):
    preferences_changed = Signal()
    erase_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, vault, preferences: Preferences, parent: QWidget | None = None, clipboard=None):
        super().__init__(parent)
        self._clipboard = clipboard
        self.setObjectName("settingsPage")
        self._vault = vault
        self._prefs = preferences
        heading = QLabel(self.tr("Settings"), self)
        heading.setObjectName("heading")

        safety = QGroupBox(self.tr("Safety"), self)
        form = QFormLayout(safety)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field under its label when narrow
        self.auto_lock = QSpinBox(safety)
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setAccessibleName(self.tr("Lock by itself after this many idle minutes"))
        self.auto_lock.setRange(1, 60)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(preferences.auto_lock_minutes)
        lock_label = QLabel(self.tr("Lock by itself after"), safety)
        lock_label.setBuddy(self.auto_lock)
        form.addRow(lock_label, self.auto_lock)
        # A check box cannot wrap its text: a short one, and the explanation as a wrapped line under it.
        self.discreet = QCheckBox(self.tr("Discreet mode"), safety)
        self.discreet.setObjectName("discreetMode")
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.discreet.setChecked(preferences.discreet)
        discreet_help = QLabel(self.tr("The window is called \"Notes\" and has a plain icon, even before you "
                                       "unlock."), safety)
        discreet_help.setWordWrap(True)
        discreet_help.setTextFormat(Qt.TextFormat.PlainText)
        self.discreet.setAccessibleDescription(discreet_help.text())
        form.addRow(self.discreet)
        form.addRow(discreet_help)
        quick = QLabel(self.tr("Quick exit: press Shift three times, or the Quick exit button, to hide and close "
                               "the app at once."), safety)
        quick.setWordWrap(True)
        quick.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(quick)

        reading = QGroupBox(self.tr("Reading"), self)
        reading_form = QFormLayout(reading)
        reading_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field under its label when narrow
        self.text_size = QComboBox(reading)
        self.text_size.setObjectName("textSize")
        self.text_size.setAccessibleName(self.tr("Text size"))
        names = [self.tr("Normal"), self.tr("Large"), self.tr("Larger"), self.tr("Largest")]
        for name, scale in zip(names, TEXT_SCALES, strict=True):
            self.text_size.addItem(name, scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(preferences.text_scale)))
        size_label = QLabel(self.tr("Text size"), reading)
        size_label.setBuddy(self.text_size)
        reading_form.addRow(size_label, self.text_size)
        from survivor_vault.ui.language import resolve

        self.language = language_choice(reading, resolve(preferences.language))
        self.language.activated.connect(lambda i: self.language_chosen.emit(self.language.itemData(i)))
        language_label = QLabel(self.tr("Language"), reading)
        language_label.setBuddy(self.language)
        reading_form.addRow(language_label, self.language)

        passphrase_box = QGroupBox(self.tr("Change my passphrase"), self)
        pform = QFormLayout(passphrase_box)
        pform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field under its label when narrow
        self.current = PassphraseField("currentPassphrase", self.tr("Current passphrase"), passphrase_box)
        self.new = PassphraseField("changedPassphrase", self.tr("New passphrase"), passphrase_box)
        self.again = PassphraseField("changedPassphraseAgain", self.tr("New passphrase again"), passphrase_box)
        for text, field in ((self.tr("Current passphrase"), self.current), (self.tr("New passphrase"), self.new),
                            (self.tr("New passphrase again"), self.again)):
            label = QLabel(text, passphrase_box)
            label.setBuddy(field.edit)
            pform.addRow(label, field)
        self.strength = QLabel(passphrase_box)
        self.strength.setObjectName("changeStrengthHint")
        self.strength.setWordWrap(True)
        self.strength.setTextFormat(Qt.TextFormat.PlainText)
        pform.addRow(self.strength)
        self.new.edit.textChanged.connect(lambda t: self.strength.setText(wording.strength_label(estimate(t))))
        self.change_button = QPushButton(self.tr("Change passphrase"), passphrase_box)
        self.change_button.setObjectName("changePassphrase")
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        on_return_fill_next((self.current, self.new, self.again), self.change_passphrase)
        pform.addRow(self.change_button)
        self.busy = QProgressBar(passphrase_box)
        self.busy.setObjectName("changeBusy")
        self.busy.setAccessibleName(self.tr("Changing your passphrase"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.hide()
        pform.addRow(self.busy)
        self.message = QLabel(passphrase_box)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        pform.addRow(self.message)
        known = QLabel(self.tr("Changing your passphrase also locks your whole vault with a new key. If you think "
                               "someone may know your passphrase, this explains what to do:"), passphrase_box)
        known.setWordWrap(True)
        known.setTextFormat(Qt.TextFormat.PlainText)
        pform.addRow(known)
        self.someone_knows_button = button(self.tr("Someone may know my passphrase…"), "someoneMayKnow",
                                           self.someone_may_know, passphrase_box)
        pform.addRow(self.someone_knows_button)

        recovery_box = QGroupBox(self.tr("Recovery key"), self)
        rlayout = QVBoxLayout(recovery_box)
        self.recovery_status = QLabel(recovery_box)
        self.recovery_status.setObjectName("recoveryStatus")
        self.recovery_status.setWordWrap(True)
        self.recovery_status.setTextFormat(Qt.TextFormat.PlainText)
        self.new_key_button = button(self.tr("Make a new recovery key…"), "newRecoveryKey", self.new_recovery_key,
                                     recovery_box)
        rlayout.addWidget(self.recovery_status)
        rlayout.addWidget(self.new_key_button, 0, Qt.AlignmentFlag.AlignLeft)

        backup_box = QGroupBox(self.tr("Backups"), self)
        blayout = QVBoxLayout(backup_box)
        backup_intro = QLabel(self.tr("A backup is one encrypted file, for example on a USB stick. It opens with "
                                      "the passphrase you have on the day you make it. Uninstalling the app does "
                                      "not remove your vault or your backups; \"Erase everything\" below removes "
                                      "the vault."), backup_box)
        backup_intro.setWordWrap(True)
        backup_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.last_backup = QLabel(backup_box)
        self.last_backup.setObjectName("lastBackup")
        self.last_backup.setTextFormat(Qt.TextFormat.PlainText)
        self.last_backup.setWordWrap(True)
        self.backup_button = button(self.tr("Make a backup…"), "makeBackup", self.make_backup, backup_box)
        self.check_backup_button = button(self.tr("Check a backup…"), "checkBackup", self.check_backup, backup_box)
        self.backup_busy = QProgressBar(backup_box)
        self.backup_busy.setObjectName("backupBusy")
        self.backup_busy.setAccessibleName(self.tr("Making the backup"))
        self.backup_busy.setRange(0, 0)
        self.backup_busy.setMaximumHeight(8)
        self.backup_busy.setTextVisible(False)
        self.backup_busy.hide()
        self.backup_message = QLabel(backup_box)
        self.backup_message.setObjectName("backupMessage")
        self.backup_message.setWordWrap(True)
        self.backup_message.setTextFormat(Qt.TextFormat.PlainText)
        reminder_row = QHBoxLayout()
        self.reminder = QSpinBox(backup_box)
        self.reminder.setObjectName("backupReminderWeeks")
        self.reminder.setAccessibleName(self.tr("Remind me to make a backup every this many weeks (0: never)"))
        self.reminder.setRange(0, 52)
        self.reminder.setSpecialValueText(self.tr("never"))
        self.reminder.setValue(preferences.backup_reminder_weeks)
        self.reminder.valueChanged.connect(self._save_reminder)
        reminder_label = QLabel(self.tr("Remind me every (weeks)"), backup_box)
        reminder_label.setBuddy(self.reminder)
        reminder_row.addWidget(reminder_label)
        reminder_row.addWidget(self.reminder)
        reminder_row.addStretch(1)
        self._backup_buttons = ButtonRow([self.backup_button, self.check_backup_button], backup_box)
        for widget in (backup_intro, self.last_backup):
            blayout.addWidget(widget)
        blayout.addLayout(self._backup_buttons.layout)
        blayout.addWidget(self.backup_busy)
        blayout.addWidget(self.backup_message)
        blayout.addLayout(reminder_row)

        erase_box = QGroupBox(self.tr("Erase everything"), self)
        elayout = QVBoxLayout(erase_box)
        erase_intro = QLabel(self.tr("Overwrite and delete this vault. You will be asked for your passphrase, and "
                                     "you can stop it during a short countdown."), erase_box)
        erase_intro.setWordWrap(True)
        erase_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.erase_button = button(self.tr("Erase everything…"), "eraseEverything", self.erase, erase_box)
        elayout.addWidget(erase_intro)
        elayout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for box in (safety, reading, passphrase_box, recovery_box, backup_box, erase_box):
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)

        self._refresh_facts()
        self.auto_lock.valueChanged.connect(self._save_auto_lock)
        self.discreet.toggled.connect(self._save_discreet)
        self.text_size.currentIndexChanged.connect(self._save_text_size)

    def _refresh_facts(self) -> None:
        self.recovery_status.setText(self.tr("You have a recovery key. Making a new one stops the old one working.")
                                     if self._vault.has_recovery_key else
                                     self.tr("You have no recovery key. If you forget your passphrase, nobody can "
                                             "open the vault."))
        last = self._vault.last_backup
        self.last_backup.setText(fill(self.tr("Last backup: %1"), date_text(last)) if last
                                 else self.tr("No backup made yet."))

    def new_recovery_key(self) -> None:
        from survivor_vault.ui.pages.safekeeping import NewRecoveryKeyDialog

        dialog = NewRecoveryKeyDialog(self._vault, self)
        accepted = dialog.exec()
        if not shiboken6.isValid(self):
            return  # the vault locked (or the app quit) while the dialog was open: this page is gone
        if accepted:
            self.recovery_status.setText(self.tr("Your new recovery key works now. The old one does not.")
                                         + self._backups_line())
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

    def _backups_line(self) -> str:
        """After a key change: old backups still open with the old secrets (only said if there are any)."""
        return " " + old_backups_text() if self._vault.last_backup is not None else ""


    def make_backup(self) -> None:
        folder = file_dialogs.choose_folder(
            self, self.tr("Where should the backup go?"),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation))
        if not folder:
            return
        try:
            job = self._vault.backup_job(folder)
        except VaultError as error:
            self.backup_message.setText(wording.error_message(error))
            return
        self.backup_button.setEnabled(False)
        self.backup_busy.show()
        self.backup_message.setText(self.tr("Making the backup…"))
        run_in_background(job, self._backed_up, self._backup_failed, owner=self)

    def _backed_up(self, path) -> None:
        self.backup_busy.hide()
        self.backup_button.setEnabled(True)
        try:
            self._vault.record_backup()
        except VaultError:
            pass  # the vault was locked meanwhile: the file is made and checked all the same
        else:
            self._refresh_facts()
        self.backup_message.setText(fill(self.tr("Backup made and checked: %1"), path))

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_busy.hide()
        self.backup_button.setEnabled(True)
        self.backup_message.setText(wording.error_message(error))

    def check_backup(self) -> None:
        from survivor_vault.ui.pages.safekeeping import CheckBackupDialog

        path = file_dialogs.choose_file_to_open(
            self, self.tr("Choose the backup"),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation),
            self.tr("Backups (*.svbackup)"))
        if not path:
            return
        dialog = CheckBackupDialog(self._vault, path, self)
        dialog.exec()
        dialog.deleteLater()

    def _save_reminder(self, weeks: int) -> None:
        self._prefs.backup_reminder_weeks = weeks

    def erase(self) -> None:
        from survivor_vault.ui.pages.safekeeping import EraseDialog

        dialog = EraseDialog(self._vault, self)
        dialog.exec()
        erase_now = dialog.erase_now
        dialog.deleteLater()
        if erase_now:
            self.erase_requested.emit()

    def _save_auto_lock(self, minutes: int) -> None:
        self._prefs.auto_lock_minutes = minutes
        self.preferences_changed.emit()

    def _save_discreet(self, on: bool) -> None:
        self._prefs.discreet = on
        self.preferences_changed.emit()

    def _save_text_size(self, _index: int) -> None:
        self._prefs.text_scale = float(self.text_size.currentData())
        self.preferences_changed.emit()

    def change_passphrase(self) -> None:
        # The current passphrase is checked, the new key derived and the vault re-encrypted on a worker;
        # the swap happens back here (ui/key_change).
        change = change_from_fields(self._vault, self.current, self.new, self.again, self.message.setText)
        if change is None:
            return
        self.change_button.setEnabled(False)
        self.busy.show()
        self.message.setText(self.tr("Changing your passphrase. This takes a moment."))
        start_key_change(change, self, self._changed, self._failed)

    def _changed(self, result) -> None:
        self.busy.hide()
        self.change_button.setEnabled(True)
        self.message.setText(self.tr("Done. Your new passphrase opens the vault from now on; the old one does not.")
                             + self._backups_line() + dropped_recovery_text(result))
        self._refresh_facts()

    def someone_may_know(self) -> None:
        dialog = SomeoneMayKnowDialog(self._vault, self)
        dialog.exec()
        if not shiboken6.isValid(self):
            return  # the vault locked (or the app quit) while the dialog was open: this page is gone
        if shiboken6.isValid(dialog):
            dialog.deleteLater()
        if not self._vault.is_locked:
            self._refresh_facts()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.change_button.setEnabled(True)
        self.message.setText(failure_text(error))


