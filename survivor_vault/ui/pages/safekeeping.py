"""Settings dialogs for keeping the vault safe: a new recovery key, checking a backup, erasing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from survivor_vault.core.jobs import CheckBackup, CheckPassphrase
from survivor_vault.core.placeholders import fill
from survivor_vault.core.recovery_keys import new_recovery_key
from survivor_vault.model.errors import WrongPassphrase
from survivor_vault.ui import wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.form_parts import busy_bar, button, message_label, reserve_lines, scrolled_body
from survivor_vault.ui.passphrase_field import PassphraseField
from survivor_vault.ui.recovery_key_view import RecoveryKeyView
from survivor_vault.ui.theme import SPACE


class NewRecoveryKeyDialog(QDialog):
    """A new key replaces the old one only once the survivor shows they kept it."""

    def __init__(self, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newRecoveryKey")
        self.setWindowTitle(self.tr("A new recovery key"))
        self._vault = vault
        intro = QLabel(self.tr("When you use this new key, your old recovery key stops working.") if
                       vault.has_recovery_key else self.tr("This key opens your vault if you forget your passphrase."),
                       self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.view = RecoveryKeyView(self)
        self.view.show_key(new_recovery_key())
        self.view.confirmed_changed.connect(self._update)
        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(self.tr("Use this key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("useRecoveryKey")
        self.use_button.setAccessibleName(self.use_button.text())
        self.cancel_button = cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelRecoveryKey")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.use)
        self.buttons.rejected.connect(self.reject)
        self.busy = busy_bar(self, "newRecoveryKeyBusy", self.tr("Putting the new key in place"))
        self.waiting = message_label(self, "newRecoveryKeyWaiting")
        # The key is never squeezed (its label keeps its height); on a small screen at the largest text, what
        # is below it scrolls, and the buttons stay in sight.
        layout = QVBoxLayout(scrolled_body(self))
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(self.busy)
        layout.addWidget(self.waiting)
        layout.addStretch(1)
        self.layout().addWidget(self.buttons)
        self.layout().setContentsMargins(*(SPACE["s"],) * 4)
        self._update()
        self.resize(620, 420)
        self.view.check.setFocus()  # not on "Print it": Return must never save the key to a file

    def _update(self) -> None:
        self.use_button.setEnabled(self.view.confirmed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The key is shown once: this dialog makes sure of its own height, with or without the app's
        # window around it (ui/quick_exit.grow_to_fit does the same for every dialog of the app).
        from survivor_vault.ui.quick_exit import grow_to_fit

        self.resize(max(self.width(), self.minimumSizeHint().width()), self.height())  # the key's whole width
        grow_to_fit(self)
        self.setMinimumSize(max(self.width(), self.minimumWidth()), max(self.height(), self.minimumHeight()))

    def use(self) -> None:
        if not self.view.confirmed or self.busy.isVisible():
            return
        try:
            # A new key for the whole vault as well (ui/key_change): the old recovery key, even with an
            # old copy of the key file, opens nothing from now on.
            change = self._vault.key_change(recovery_key=self.view.key)
        except Exception as error:  # noqa: BLE001 - shown kindly; the old key still works
            self.view.message.setText(wording.error_message(error))
            return
        self.use_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.busy.show()
        self.waiting.setText(self.tr("Putting your new key in place. This takes a moment; please wait."))
        start_job(change, self._used, self._failed, owner=self)

    def _used(self, _result) -> None:
        self.busy.hide()
        self.view.forget()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.waiting.clear()
        self.cancel_button.setEnabled(True)
        self._update()
        self.view.message.setText(wording.error_message(error))

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # let the change finish; it is never left half-done
        self.view.forget()
        super().reject()


class EraseDialog(QDialog):
    """Type the passphrase, then a 5-second countdown that can be stopped. Only then is anything erased."""

    COUNTDOWN = 5
    tick_ms = 1000  # tests shorten it

    def __init__(self, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase everything"))
        self._vault = vault
        self._left = 0
        self.erase_now = False
        intro = QLabel(self.tr("This overwrites and deletes your vault, its key file and its copy, and the backups "
                               "kept in its folder. It cannot be undone. Backups you saved elsewhere (for example "
                               "on a USB stick) are not touched."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        honest = QLabel(self.tr("Please know: on some disks (SSDs) and in folders that sync to the cloud, old "
                                "copies of the encrypted files may remain even after erasing."), self)
        honest.setObjectName("honestWarning")
        honest.setWordWrap(True)
        honest.setTextFormat(Qt.TextFormat.PlainText)
        label = QLabel(self.tr("Type your passphrase to confirm"), self)
        label.setWordWrap(True)  # in Russian, at the largest text, one line was wider than an 800-px screen
        self.passphrase = PassphraseField("erasePassphrase", self.tr("Your passphrase"), self)
        label.setBuddy(self.passphrase.edit)
        self.erase_button = button(self.tr("Erase everything"), "eraseConfirm", self.start, self, look="destructive")
        self.stop_button = button(self.tr("Stop! Do not erase"), "eraseStop", self.stop, self)
        self.stop_button.hide()
        self.cancel_button = button(self.tr("Cancel"), "eraseCancel", self.reject, self)
        self.erase_button.setDefault(True)  # Return in the field is the main action (then a countdown to stop)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("eraseBusy")
        self.busy.setAccessibleName(self.tr("Checking"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("eraseMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        reserve_lines(self.message)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        layout = QVBoxLayout(scrolled_body(self))  # the words scroll on a small screen; the buttons stay in sight
        for widget in (intro, honest, label, self.passphrase, self.busy, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
        for widget in (self.erase_button, self.stop_button, self.cancel_button):
            self.layout().addWidget(widget)
        self.layout().setContentsMargins(*(SPACE["s"],) * 4)
        self.resize(560, 380)

    def start(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Please type your passphrase."))
            return
        self.passphrase.clear()
        self.erase_button.setEnabled(False)
        self.busy.show()
        start_job(CheckPassphrase(self._vault, passphrase), self._checked, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.erase_button.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self.message.setText(self.tr("That passphrase is not right, so nothing was erased."))
        else:
            self.message.setText(wording.error_message(error))

    def _checked(self, _result) -> None:
        self.busy.hide()
        self._left = self.COUNTDOWN
        self.erase_button.hide()
        self.cancel_button.hide()
        self.stop_button.show()
        self.stop_button.setDefault(True)  # during the countdown, Return stops it
        self.stop_button.setFocus()
        self._show_countdown()
        self.timer.start(self.tick_ms)

    def _show_countdown(self) -> None:
        self.message.setText(fill(self.tr("Erasing in %1… Press \"Stop\" if you did not mean this."), self._left))

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show_countdown()
            return
        self.timer.stop()
        self.erase_now = True
        self.accept()

    def stop(self) -> None:
        self.timer.stop()
        self.erase_now = False
        self.message.setText(self.tr("Stopped. Nothing was erased."))
        self.stop_button.hide()
        self.erase_button.show()
        self.erase_button.setEnabled(True)
        self.erase_button.setDefault(True)
        self.cancel_button.show()

    def reject(self) -> None:
        self.timer.stop()
        self.erase_now = False
        super().reject()


class CheckBackupDialog(QDialog):
    """Open a backup with its own passphrase, in a scratch folder, and say whether it is good."""

    def __init__(self, vault, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkBackup")
        self.setWindowTitle(self.tr("Check a backup"))
        self._vault = vault
        self._path = path
        self.result_ok: bool | None = None
        label = QLabel(self.tr("Passphrase of the backup (the one you had when you made it)"), self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = PassphraseField("checkBackupPassphrase", self.tr("Passphrase of the backup"), self)
        label.setBuddy(self.passphrase.edit)
        self.check_button = button(self.tr("Check"), "checkBackupGo", self.check, self)
        self.close_button = button(self.tr("Close"), "checkBackupClose", self.accept, self)
        self.check_button.setDefault(True)  # Return in the field checks (never "Show")
        self.message = QLabel(self)
        self.message.setObjectName("checkBackupMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        reserve_lines(self.message)
        layout = QVBoxLayout(self)
        for widget in (label, self.passphrase, self.check_button, self.message, self.close_button):
            layout.addWidget(widget)
        self.setMinimumWidth(460)  # the result, in any language, wraps onto lines it has room for

    def check(self) -> None:
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.check_button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        start_job(CheckBackup(self._path, passphrase, self._vault.path), self._good, self._bad, owner=self)

    def _good(self, _report) -> None:
        self.result_ok = True
        self.check_button.setEnabled(True)
        self.message.setText(self.tr("This backup is good: it opens with that passphrase and passes every check."))

    def _bad(self, error: BaseException) -> None:
        from survivor_vault.model.errors import DamagedBackup

        self.result_ok = False
        self.check_button.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self.message.setText(self.tr("That passphrase does not open this backup."))
        elif isinstance(error, DamagedBackup):
            self.message.setText(self.tr("This backup is damaged or is not a backup. Please make a new one."))
        else:
            self.message.setText(wording.error_message(error))
