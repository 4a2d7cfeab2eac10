"""From the unlock screen: "I forgot my passphrase" (recovery key → new passphrase) and
"Restore from a backup". Each hands back an unlocked vault, or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.passphrase_strength import estimate
from survivor_vault.core.placeholders import fill
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.form_parts import busy_bar, button, new_passphrase_problem
from survivor_vault.ui.passphrase_field import PassphraseField


class _VaultDialog(QDialog):
    """A dialog whose work, done on a worker, ends with an unlocked vault in `self.vault`."""

    def __init__(self, parent: QWidget | None, name: str, title: str, action: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.vault = None
        self.message = QLabel(self)
        self.message.setObjectName(name + "Message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = busy_bar(self, name + "Busy", self.tr("Working"))
        self.buttons = QDialogButtonBox(self)
        self.action = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.action.setObjectName(name + "Go")
        self.action.setAccessibleName(action)
        self.action.setDefault(True)  # Return in a field is the main action, never "Show"
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName(name + "Cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)

    def go(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def _start(self, job, text: str) -> None:
        self.action.setEnabled(False)
        self.busy.show()
        self.message.setText(text)
        start_job(job, self._done, self._failed, owner=self)

    def _done(self, vault) -> None:
        self.vault = vault
        self.busy.hide()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.action.setEnabled(True)
        self.message.setText(self.explain(error))

    def explain(self, error: BaseException) -> str:
        return wording.error_message(error)

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # let the work finish; the result is not left half-done
        super().reject()


class ForgotPassphraseDialog(_VaultDialog):
    def __init__(self, vault_dir: Path, parent: QWidget | None = None):
        super().__init__(parent, "forgotPassphrase", self.tr("I forgot my passphrase"), self.tr("Open and save"))
        self._vault_dir = vault_dir
        intro = QLabel(self.tr("Type your recovery key, then choose a new passphrase. Your recovery key keeps "
                               "working afterwards."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.key = QLineEdit(self)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # typed as shown (ui/components/code_block.py)
        self.key.setObjectName("recoveryKeyInput")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("Seven groups of four letters and numbers"))
        self.new = PassphraseField("recoveredPassphrase", self.tr("New passphrase"), self)
        self.again = PassphraseField("recoveredPassphraseAgain", self.tr("New passphrase again"), self)
        self.strength = QLabel(self)
        self.strength.setObjectName("recoveredStrength")
        self.strength.setWordWrap(True)
        self.strength.setTextFormat(Qt.TextFormat.PlainText)
        self.new.edit.textChanged.connect(lambda t: self.strength.setText(wording.strength_label(estimate(t))))
        form = QFormLayout()
        for text, widget in ((self.tr("Recovery key"), self.key), (self.tr("New passphrase"), self.new),
                             (self.tr("New passphrase again"), self.again)):
            label = QLabel(text, self)
            label.setBuddy(widget.edit if isinstance(widget, PassphraseField) else widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def go(self) -> None:
        key, new, again = self.key.text(), self.new.text(), self.again.text()
        if not key.strip():
            self.message.setText(self.tr("Please type your recovery key."))
            return
        problem = new_passphrase_problem(new, again)
        if problem:
            self.message.setText(problem)
            self.again.clear()
            return
        from survivor_vault.core.jobs import RecoverVault

        self.new.clear()
        self.again.clear()
        self._start(RecoverVault(self._vault_dir, key, new), self.tr("Opening with your recovery key…"))


class RestoreDialog(_VaultDialog):
    def __init__(self, vault_dir: Path, parent: QWidget | None = None):
        super().__init__(parent, "restoreBackup", self.tr("Restore from a backup"), self.tr("Restore"))
        self._vault_dir = vault_dir
        self._path: Path | None = None
        intro = QLabel(self.tr("Choose the backup file and type the passphrase you had when you made it. If there "
                               "is a vault on this computer, it is kept until the backup has opened and passed "
                               "its checks; then the backup takes its place."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.file_label.setObjectName("backupFileName")
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = button(self.tr("Choose the backup…"), "chooseBackup", self.choose_file, self)
        self.passphrase = PassphraseField("backupPassphrase", self.tr("Passphrase of the backup"), self)
        form = QFormLayout()
        # The button, then the file's name on a line of its own across the dialog: a long name (or large
        # text) wraps onto lines it has room for, instead of being squeezed beside the button.
        form.addRow(QLabel(self.tr("Backup"), self), self.choose_button)
        form.addRow(self.file_label)
        label = QLabel(self.tr("Passphrase of the backup"), self)
        label.setBuddy(self.passphrase.edit)
        form.addRow(label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        path = file_dialogs.choose_file_to_open(self, self.tr("Choose the backup"), folder,
                                                self.tr("Backups (*.svbackup)"))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self._path = path
        self.file_label.setText(path.name)

    def go(self) -> None:
        if self._path is None:
            self.message.setText(self.tr("Please choose the backup file first."))
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Please type the passphrase of the backup."))
            return
        from survivor_vault.core.jobs import RestoreBackup

        self.passphrase.clear()
        self._start(RestoreBackup(self._path, passphrase, self._vault_dir), self.tr("Checking the backup…"))

    def explain(self, error: BaseException) -> str:
        from survivor_vault.ui.error_words import Where, words_for

        here = words_for(error, Where.RESTORE)
        if here != words_for(error):  # said differently for a backup: it already says the vault is as it was
            return here
        return fill(self.tr("%1 Your vault is as it was."), here)
