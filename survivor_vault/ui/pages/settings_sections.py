"""The Settings page's sections, one widget each (KeePassXC's DatabaseSettingsWidget pattern): safety,
reading, the passphrase, the recovery key, backups, erase. Each builds its own box and does its own work."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from survivor_vault.core.jobs import MakeBackup
from survivor_vault.core.passphrase_strength import estimate
from survivor_vault.core.placeholders import fill
from survivor_vault.model.errors import VaultError
from survivor_vault.sharing.date_text import date_text
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.form_parts import ButtonRow, busy_bar, button, language_choice, message_label
from survivor_vault.ui.key_change import (
    SomeoneMayKnowDialog,
    change_from_fields,
    dropped_recovery_text,
    failure_text,
    old_backups_text,
    on_return_fill_next,
)
from survivor_vault.ui.passphrase_field import PassphraseField
from survivor_vault.ui.preferences import TEXT_SCALES, Preferences


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field under its label when narrow
    return form


def _labelled(form: QFormLayout, text: str, field, box: QGroupBox) -> None:
    label = QLabel(text, box)
    label.setBuddy(field.edit if isinstance(field, PassphraseField) else field)
    form.addRow(label, field)


def backups_line(vault) -> str:
    """After a key change: old backups still open with the old secrets (only said if there are any)."""
    return " " + old_backups_text() if vault.last_backup is not None else ""


class SafetySection(QGroupBox):
    changed = Signal()

    def __init__(self, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Safety"))
        self._prefs = preferences
        form = _form(self)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setAccessibleName(self.tr("Lock by itself after this many idle minutes"))
        self.auto_lock.setRange(1, 60)
        self.auto_lock.valueChanged.connect(self._say_minutes)
        self.auto_lock.setValue(preferences.auto_lock_minutes)
        self._say_minutes(self.auto_lock.value())
        _labelled(form, self.tr("Lock by itself after"), self.auto_lock, self)
        # A check box cannot wrap its text: a short one, and the explanation as a wrapped line under it.
        self.discreet = QCheckBox(self.tr("Discreet mode"), self)
        self.discreet.setObjectName("discreetMode")
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.discreet.setChecked(preferences.discreet)
        discreet_help = message_label(self, "discreetHelp")
        discreet_help.setText(self.tr("The window is called \"Notes\" and has a plain icon, even before you unlock."))
        self.discreet.setAccessibleDescription(discreet_help.text())
        form.addRow(self.discreet)
        form.addRow(discreet_help)
        self._reminder_row(form)
        self._capture_row(form)
        quick = message_label(self, "quickExitHelp")
        quick.setText(self.tr("Quick exit: press Shift three times, or the Quick exit button, to hide and close the "
                              "app at once."))
        form.addRow(quick)
        self.auto_lock.valueChanged.connect(self._save_auto_lock)
        self.discreet.toggled.connect(self._save_discreet)

    def _reminder_row(self, form: QFormLayout) -> None:
        from survivor_vault.ui.reminder_notice import can_notify

        self.notify = QCheckBox(self.tr("Tell me with a notification"), self)
        self.notify.setObjectName("reminderNotifications")
        self.notify.setAccessibleName(self.tr("Tell me with a notification when a reminder is due"))
        self.notify.setChecked(self._prefs.reminder_notifications)
        help_text = message_label(self, "reminderNotificationsHelp")
        words = self.tr("Off unless you turn it on. When a reminder is due, the computer shows a notification that "
                        "says only \"You have a reminder\", even while the app is locked. Someone near the screen "
                        "could see it.")
        if not can_notify():
            self.notify.setEnabled(False)
            words += " " + self.tr("This computer does not show notifications from apps.")
        help_text.setText(words)
        self.notify.setAccessibleDescription(words)
        self.notify.toggled.connect(self._save_notify)
        form.addRow(self.notify)
        form.addRow(help_text)

    def _capture_row(self, form: QFormLayout) -> None:
        from survivor_vault.ui.capture_shield import can_hide_from_capture, capture_help_text

        # Short, as a check box cannot wrap; the full name for screen readers, and what it does on the line below.
        self.hide_from_capture = QCheckBox(self.tr("Hide from screenshots"), self)
        self.hide_from_capture.setObjectName("hideFromCapture")
        self.hide_from_capture.setAccessibleName(self.tr("Hide this app from screenshots and screen sharing"))
        help_text = message_label(self, "hideFromCaptureHelp")
        help_text.setText(capture_help_text())
        possible = can_hide_from_capture()
        self.hide_from_capture.setEnabled(possible)  # on Linux: shown, off, and the sentence says why
        self.hide_from_capture.setChecked(possible and self._prefs.hide_from_capture)
        self.hide_from_capture.setAccessibleDescription(help_text.text())
        self.hide_from_capture.toggled.connect(self._save_capture)
        form.addRow(self.hide_from_capture)
        form.addRow(help_text)

    def _save_capture(self, on: bool) -> None:
        self._prefs.hide_from_capture = on
        self.changed.emit()

    def _save_notify(self, on: bool) -> None:
        self._prefs.reminder_notifications = on
        self.changed.emit()

    def _say_minutes(self, minutes: int) -> None:
        # After the box's number, in the form the language gives that number (Arabic: " دقائق" after 3 to 10).
        self.auto_lock.setSuffix(self.tr(" min", "", minutes))

    def _save_auto_lock(self, minutes: int) -> None:
        self._prefs.auto_lock_minutes = minutes
        self.changed.emit()

    def _save_discreet(self, on: bool) -> None:
        self._prefs.discreet = on
        self.changed.emit()


class ReadingSection(QGroupBox):
    language_chosen = Signal(str)
    text_size_chosen = Signal(float)  # the window sets it and makes the pages again at that size

    def __init__(self, preferences: Preferences, parent=None):
        super().__init__(parent)
        from survivor_vault.ui.language import resolve

        self.setTitle(self.tr("Reading"))
        self._prefs = preferences
        form = _form(self)
        self.text_size = QComboBox(self)
        self.text_size.setObjectName("textSize")
        self.text_size.setAccessibleName(self.tr("Text size"))
        names = [self.tr("Normal"), self.tr("Large"), self.tr("Larger"), self.tr("Largest")]
        for name, scale in zip(names, TEXT_SCALES, strict=True):
            self.text_size.addItem(name, scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(preferences.text_scale)))
        _labelled(form, self.tr("Text size"), self.text_size, self)
        self.language = language_choice(self, resolve(preferences.language))
        self.language.activated.connect(lambda i: self.language_chosen.emit(self.language.itemData(i)))
        _labelled(form, self.tr("Language"), self.language, self)
        self.text_size.currentIndexChanged.connect(self._save_text_size)

    def _save_text_size(self, _index: int) -> None:
        self.text_size_chosen.emit(float(self.text_size.currentData()))


class PassphraseSection(QGroupBox):
    keys_changed = Signal()  # the passphrase changed, or someone-may-know ran: facts elsewhere may differ
    working = Signal(bool)  # a change runs on a worker (True) or has ended (False)

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Change my passphrase"))
        self._vault = vault
        form = _form(self)
        self.current = PassphraseField("currentPassphrase", self.tr("Current passphrase"), self)
        self.new = PassphraseField("changedPassphrase", self.tr("New passphrase"), self)
        self.again = PassphraseField("changedPassphraseAgain", self.tr("New passphrase again"), self)
        for text, field in ((self.tr("Current passphrase"), self.current), (self.tr("New passphrase"), self.new),
                            (self.tr("New passphrase again"), self.again)):
            _labelled(form, text, field, self)
        self.strength = message_label(self, "changeStrengthHint")
        form.addRow(self.strength)
        self.new.edit.textChanged.connect(lambda t: self.strength.setText(wording.strength_label(estimate(t))))
        self.change_button = button(self.tr("Change passphrase"), "changePassphrase", self.change_passphrase, self)
        on_return_fill_next((self.current, self.new, self.again), self.change_passphrase)
        form.addRow(self.change_button)
        self.busy = busy_bar(self, "changeBusy", self.tr("Changing your passphrase"))
        form.addRow(self.busy)
        self.message = message_label(self, "settingsMessage")
        form.addRow(self.message)
        known = message_label(self, "someoneMayKnowHelp")
        known.setText(self.tr("Changing your passphrase also locks your whole vault with a new key. If you think "
                              "someone may know your passphrase, this explains what to do:"))
        form.addRow(known)
        self.someone_knows_button = button(self.tr("Someone may know my passphrase…"), "someoneMayKnow",
                                           self.someone_may_know, self)
        form.addRow(self.someone_knows_button)

    def change_passphrase(self) -> None:
        # The current passphrase is checked, the new key derived and the vault re-encrypted on a worker;
        # the swap happens back here (ui/key_change).
        change = change_from_fields(self._vault, self.current, self.new, self.again, self.message.setText)
        if change is None:
            return
        self.change_button.setEnabled(False)
        self.busy.show()
        self.message.setText(self.tr("Changing your passphrase. This takes a moment."))
        self.working.emit(True)
        start_job(change, self._changed, self._failed, owner=self)

    def _changed(self, result) -> None:
        self.working.emit(False)
        self.busy.hide()
        self.change_button.setEnabled(True)
        self.message.setText(self.tr("Done. Your new passphrase opens the vault from now on; the old one does not.")
                             + backups_line(self._vault) + dropped_recovery_text(result))
        self.keys_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.working.emit(False)
        self.busy.hide()
        self.change_button.setEnabled(True)
        self.message.setText(failure_text(error))

    def someone_may_know(self) -> None:
        dialog = SomeoneMayKnowDialog(self._vault, self)
        dialog.exec()
        if not shiboken6.isValid(self):
            return  # the vault locked (or the app quit) while the dialog was open: this page is gone
        if shiboken6.isValid(dialog):
            dialog.deleteLater()
        if not self._vault.is_locked:
            self.keys_changed.emit()


class RecoverySection(QGroupBox):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Recovery key"))
        self._vault = vault
        layout = QVBoxLayout(self)
        self.recovery_status = message_label(self, "recoveryStatus")
        self.new_key_button = button(self.tr("Make a new recovery key…"), "newRecoveryKey", self.new_recovery_key,
                                     self)
        layout.addWidget(self.recovery_status)
        layout.addWidget(self.new_key_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        self.recovery_status.setText(self.tr("You have a recovery key. Making a new one stops the old one working.")
                                     if self._vault.has_recovery_key else
                                     self.tr("You have no recovery key. If you forget your passphrase, nobody can "
                                             "open the vault."))

    def new_recovery_key(self) -> None:
        from survivor_vault.ui.pages.safekeeping import NewRecoveryKeyDialog

        dialog = NewRecoveryKeyDialog(self._vault, self)
        accepted = dialog.exec()
        if not shiboken6.isValid(self):
            return  # the vault locked (or the app quit) while the dialog was open: this page is gone
        if accepted:
            self.recovery_status.setText(self.tr("Your new recovery key works now. The old one does not.")
                                         + backups_line(self._vault))
        if shiboken6.isValid(dialog):
            dialog.deleteLater()


class BackupSection(QGroupBox):
    working = Signal(bool)  # a backup is being written and checked on a worker (True), or has ended (False)

    def __init__(self, vault, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self._vault = vault
        self._prefs = preferences
        layout = QVBoxLayout(self)
        intro = message_label(self, "backupIntro")
        intro.setText(self.tr("A backup is one encrypted file, for example on a USB stick. It opens with the "
                              "passphrase you have on the day you make it. Uninstalling the app does not remove "
                              "your vault or your backups; \"Erase everything\" below removes the vault."))
        self.last_backup = message_label(self, "lastBackup")
        self.papers_size = message_label(self, "papersSize")
        self.backup_button = button(self.tr("Make a backup…"), "makeBackup", self.make_backup, self)
        self.check_backup_button = button(self.tr("Check a backup…"), "checkBackup", self.check_backup, self)
        self.backup_busy = busy_bar(self, "backupBusy", self.tr("Making the backup"))
        self.backup_message = message_label(self, "backupMessage")
        self.reminder = QSpinBox(self)
        self.reminder.setObjectName("backupReminderWeeks")
        self.reminder.setAccessibleName(self.tr("Remind me to make a backup every this many weeks (0: never)"))
        self.reminder.setRange(0, 52)
        self.reminder.setSpecialValueText(self.tr("never"))
        self.reminder.setValue(preferences.backup_reminder_weeks)
        self.reminder.valueChanged.connect(self._save_reminder)
        reminder_label = QLabel(self.tr("Remind me every (weeks)"), self)
        reminder_label.setBuddy(self.reminder)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(reminder_label)
        reminder_row.addWidget(self.reminder)
        reminder_row.addStretch(1)
        self._buttons = ButtonRow([self.backup_button, self.check_backup_button], self)
        layout.addWidget(intro)
        layout.addWidget(self.last_backup)
        layout.addWidget(self.papers_size)
        layout.addLayout(self._buttons.layout)
        layout.addWidget(self.backup_busy)
        layout.addWidget(self.backup_message)
        layout.addLayout(reminder_row)
        self.refresh()

    def refresh(self) -> None:
        last = self._vault.last_backup
        self.last_backup.setText(fill(self.tr("Last backup: %1"), date_text(last)) if last
                                 else self.tr("No backup made yet."))
        count, size = self._vault.papers.count(), self._vault.papers.total_size()
        self.papers_size.setText(self.tr("You keep no papers in your vault yet.") if not count else fill(
            self.tr("Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room."),
            count, wording.size_text(size)))

    def make_backup(self) -> None:
        folder = file_dialogs.choose_folder(
            self, self.tr("Where should the backup go?"),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation))
        if not folder:
            return
        try:
            job = MakeBackup(self._vault, folder)
        except VaultError as error:
            self.backup_message.setText(wording.error_message(error))
            return
        self.backup_button.setEnabled(False)
        self.backup_busy.show()
        self.backup_message.setText(self.tr("Making the backup…"))
        self.working.emit(True)
        start_job(job, self._backed_up, self._backup_failed, owner=self)

    def _backed_up(self, path) -> None:
        self.working.emit(False)
        self.backup_busy.hide()
        self.backup_button.setEnabled(True)
        if not self._vault.is_locked:
            self.refresh()
        self.backup_message.setText(fill(self.tr("Backup made and checked: %1"), path))

    def _backup_failed(self, error: BaseException) -> None:
        self.working.emit(False)
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


class EraseSection(QGroupBox):
    erase_requested = Signal()

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Erase everything"))
        self._vault = vault
        layout = QVBoxLayout(self)
        intro = message_label(self, "eraseIntro")
        intro.setText(self.tr("Overwrite and delete this vault. You will be asked for your passphrase, and you can "
                              "stop it during a short countdown."))
        self.erase_button = button(self.tr("Erase everything…"), "eraseEverything", self.erase, self,
                                   look="destructive")
        layout.addWidget(intro)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)

    def erase(self) -> None:
        from survivor_vault.ui.pages.safekeeping import EraseDialog

        dialog = EraseDialog(self._vault, self)
        dialog.exec()
        erase_now = dialog.erase_now
        dialog.deleteLater()
        if erase_now:
            self.erase_requested.emit()
