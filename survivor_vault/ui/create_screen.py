"""Make a new vault: passphrase twice, a plain strength hint, and the honest warnings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from survivor_vault.core.passphrase_strength import Strength, estimate
from survivor_vault.ui import wording
from survivor_vault.ui.background_task import run_in_background
from survivor_vault.ui.form_parts import centred_column
from survivor_vault.ui.passphrase_field import PassphraseField


class CreateScreen(QWidget):
    created = Signal(object)  # the new, unlocked Vault

    def __init__(self, vault_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("createScreen")
        self._vault_dir = vault_dir
        self._busy = False
        self._weak_warned_for: str | None = None

        heading = QLabel(self.tr("Make your vault"), self)
        heading.setObjectName("heading")
        intro = QLabel(self.tr("Your vault keeps your goals and choices private, on this computer only. "
                               "Choose a passphrase: a few words that you can remember and others cannot guess."),
                       self)
        intro.setWordWrap(True)
        warning = QLabel(self.tr("Please know: if you forget your passphrase, nobody can open the vault, "
                                 "not even us. And if someone is watching this computer with hidden software, "
                                 "they may see what you type. If you are unsure, use a safer device."), self)
        warning.setObjectName("honestWarning")
        warning.setWordWrap(True)
        first_label = QLabel(self.tr("Passphrase"), self)
        self.first = PassphraseField("newPassphrase", self.tr("Passphrase"), self)
        first_label.setBuddy(self.first.edit)
        self.strength = QLabel(self)
        self.strength.setObjectName("strengthHint")
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("How strong the passphrase is"))
        second_label = QLabel(self.tr("The same passphrase again"), self)
        self.second = PassphraseField("newPassphraseAgain", self.tr("The same passphrase again"), self)
        second_label.setBuddy(self.second.edit)
        self.first.edit.textChanged.connect(self._update_strength)
        self.second.edit.returnPressed.connect(self.submit)
        self.create_button = QPushButton(self.tr("Make my vault"), self)
        self.create_button.setObjectName("createButton")
        self.create_button.setAccessibleName(self.tr("Make my vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("createBusy")
        self.busy.setAccessibleName(self.tr("Making your vault"))
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("createMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        box = QWidget(self)
        inner = QVBoxLayout(box)
        for widget in (heading, intro, warning):
            inner.addWidget(widget)
        inner.addSpacing(8)
        for widget in (first_label, self.first, self.strength, second_label, self.second, self.create_button,
                       self.busy, self.message):
            inner.addWidget(widget)
        centred_column(self, box, 560)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.first.edit.setFocus()

    def _update_strength(self, text: str) -> None:
        self.strength.setText(wording.strength_label(estimate(text)))

    def submit(self) -> None:
        if self._busy:
            return
        first, second = self.first.text(), self.second.text()
        if not first.strip():
            self._say(self.tr("Please choose a passphrase. It cannot be empty."))
            return
        if first != second:
            self._say(self.tr("The two passphrases are not the same. Please type them again."))
            self.second.clear()
            self.second.edit.setFocus()
            return
        if estimate(first) == Strength.WEAK and self._weak_warned_for != first:
            self._weak_warned_for = first
            self._say(self.tr("This passphrase is easy to guess. You can make it longer, or press "
                              "\"Make my vault\" again to keep it. It is your choice."))
            return
        self._busy = True
        self.first.clear()
        self.second.clear()
        self._weak_warned_for = None
        self.busy.show()
        self.create_button.setEnabled(False)
        self._say(self.tr("Making your vault. This takes a moment."))
        folder = self._vault_dir
        def work():
            from survivor_vault.core.vault import Vault  # kept off the start-up path (benchmarks/ui_timings.py)

            return Vault.create(folder, first)

        run_in_background(work, self._done, self._failed, owner=self, if_owner_gone=lambda vault: vault.lock())

    def _done(self, vault) -> None:
        self._busy = False
        self.busy.hide()
        self.create_button.setEnabled(True)
        self._say("")
        self.created.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.busy.hide()
        self.create_button.setEnabled(True)
        self._say(wording.error_message(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
