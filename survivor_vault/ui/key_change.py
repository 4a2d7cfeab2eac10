"""Changing the vault's keys from the app: the slow half on a worker, the swap on the UI thread,
and the one thing the survivor should do afterwards (a new backup) said in plain words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.passphrase_strength import estimate
from survivor_vault.model.errors import WrongPassphrase
from survivor_vault.ui import wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.form_parts import busy_bar, message_label, new_passphrase_problem, scrolled_body
from survivor_vault.ui.passphrase_field import PassphraseField
from survivor_vault.ui.theme import SPACE


def on_return_fill_next(fields, go: Callable[[], None]) -> None:
    """Return in any of these passphrase fields moves to the first one still empty; when none is, `go`."""
    def pressed() -> None:
        empty = next((f for f in fields if not f.text()), None)
        if empty is not None:
            empty.edit.setFocus()
        else:
            go()

    for field in fields:
        field.edit.returnPressed.connect(pressed)


def change_from_fields(vault, current, new, again, say: Callable[[str], None]):
    """The current passphrase and the new one typed twice, checked in kind words (told through `say`,
    with the cursor put where the fix goes); the key change to start, or None. The fields are emptied
    once the change holds what they said."""
    if not current.text():
        say(QCoreApplication.translate("KeyChange", "Please type your current passphrase."))
        current.edit.setFocus()
        return None
    problem = new_passphrase_problem(new.text(), again.text())
    if problem:
        say(problem)
        new.clear()
        again.clear()
        new.edit.setFocus()
        return None
    try:
        change = vault.key_change(new_passphrase=new.text(), current_passphrase=current.text())
    except Exception as error:  # noqa: BLE001 - shown kindly
        say(failure_text(error))
        return None
    for field in (current, new, again):
        field.clear()
    return change


def old_backups_text() -> str:
    return QCoreApplication.translate(
        "KeyChange", "Backups made before now still open with your old passphrase or recovery key. Make a new "
        "backup now, and then destroy the old ones.")


def dropped_recovery_text(result) -> str:
    """A line for an older-kind recovery key that could not follow the new key (empty if none)."""
    if not getattr(result, "recovery_key_dropped", False):
        return ""
    return "\n\n" + QCoreApplication.translate(
        "KeyChange", "Your recovery key was of an older kind and could not move to the new key, so it no longer "
        "works. Please make a new one in Settings.")


def failure_text(error: BaseException) -> str:
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate("KeyChange", "Your current passphrase was not right, so nothing was changed.")
    return wording.error_message(error)


class SomeoneMayKnowDialog(QDialog):
    """"Someone may know my passphrase": a new passphrase, and a new key under the whole vault."""

    def __init__(self, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("someoneMayKnow")
        self.setWindowTitle(self.tr("Someone may know my passphrase"))
        self._vault = vault
        self.changed = False
        self.intro = intro = QLabel(self.tr(
            "Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will "
            "not open anything you write from now on, even with a copy of the vault's files someone may have kept."),
            self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.current = PassphraseField("knownCurrentPassphrase", self.tr("Current passphrase"), self)
        self.new = PassphraseField("knownNewPassphrase", self.tr("New passphrase"), self)
        self.again = PassphraseField("knownNewPassphraseAgain", self.tr("New passphrase again"), self)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label above its field, not beside
        for text, field in ((self.tr("Current passphrase"), self.current), (self.tr("New passphrase"), self.new),
                            (self.tr("New passphrase again"), self.again)):
            label = QLabel(text, self.form)
            label.setBuddy(field.edit)
            form.addRow(label, field)
        self.strength = message_label(self, "knownStrength")
        self.new.edit.textChanged.connect(lambda t: self.strength.setText(wording.strength_label(estimate(t))))
        form.addRow(self.strength)
        self.busy = busy_bar(self, "knownBusy", self.tr("Changing your passphrase and key"))
        self.message = message_label(self, "knownMessage")
        self.buttons = QDialogButtonBox(self)
        # An action button, not the dialog's default: Return in a field moves to the next empty one
        # (on_return_fill_next) and starts the change only when all three are filled.
        self.action = self.buttons.addButton(self.tr("Change passphrase and key"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.action.setObjectName("knownGo")
        self.action.setAccessibleName(self.action.text())
        self.action.setAutoDefault(False)
        self.close_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("knownClose")
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self.close_button.setAutoDefault(False)
        self.action.clicked.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        on_return_fill_next((self.current, self.new, self.again), self.go)
        # The words scroll on a small screen, the buttons stay in sight: in Brazilian Portuguese at the largest
        # text the dialog was taller than an 800x600 screen, and its first paragraph was cut.
        layout = QVBoxLayout(scrolled_body(self))
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message, 1)
        self.layout().addWidget(self.buttons)
        self.layout().setContentsMargins(*(SPACE["s"],) * 4)
        self.resize(560, 360)

    def go(self) -> None:
        if self.changed or self.busy.isVisible():
            return
        change = change_from_fields(self._vault, self.current, self.new, self.again, self.message.setText)
        if change is None:
            return
        self.action.setEnabled(False)
        self.close_button.setEnabled(False)
        self.busy.show()
        self.message.setText(self.tr("Changing your passphrase and key. This takes a moment; please wait."))
        start_job(change, self._done, self._failed, owner=self)

    def _done(self, result) -> None:
        self.changed = True
        self.busy.hide()
        self.intro.hide()
        self.form.hide()
        self.action.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setEnabled(True)
        self.close_button.setFocus()
        backups = old_backups_text() + "\n\n" if self._vault.last_backup is not None else ""
        self.message.setText(self.tr("Done. Only your new passphrase opens the vault now.") + "\n\n" + backups
                             + self.tr("If they may also have seen your recovery key, make a new one in Settings.")
                             + dropped_recovery_text(result))

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.action.setEnabled(True)
        self.close_button.setEnabled(True)
        self.message.setText(failure_text(error) + "\n" + self.tr("Please type your passphrases again."))
        self.current.edit.setFocus()

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # let the change finish; it is never left half-done
        if self.changed:
            self.accept()
            return
        super().reject()
