"""The unlock screen: passphrase, a busy indicator while the key is derived, kind messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.model.errors import (
    DamagedVault,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from survivor_vault.ui.form_parts import centred_column, language_row
from survivor_vault.ui.passphrase_field import PassphraseField
from survivor_vault.ui.theme import set_look

FREE_TRIES = 3
MAX_WAIT_SECONDS = 30


def wait_after(wrong_tries: int) -> int:
    """Seconds to wait before the next try: none for the first few, then 2, 4, 8 … up to 30. Never a wipe."""
    if wrong_tries < FREE_TRIES:
        return 0
    return min(MAX_WAIT_SECONDS, 2 ** (wrong_tries - FREE_TRIES + 1))


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the unlocked Vault
    vault_missing = Signal()
    open_packet_requested = Signal()
    forgot_requested = Signal()
    language_chosen = Signal(str)
    restore_requested = Signal()
    cannot_run = Signal(object)  # the encryption library is missing or not SQLCipher (MainWindow says so)

    tick_ms = 1000  # the countdown's tick (tests shorten it)

    def __init__(self, vault_dir: Path, parent: QWidget | None = None, demo_hint: str = "",
                 language: str = "en", discreet: bool = False):
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self._vault_dir = vault_dir
        self._wrong_tries = 0
        self._wait_left = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(self.tick_ms)
        self._timer.timeout.connect(self._tick)

        heading = QLabel(self.tr("Welcome back"), self)
        heading.setObjectName("heading")
        heading.setAccessibleName(self.tr("Welcome back"))
        intro = QLabel(self)
        self.intro = intro
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        label = QLabel(self.tr("Your passphrase"), self)
        self.passphrase = PassphraseField("unlockPassphrase", self.tr("Your passphrase"), self)
        label.setBuddy(self.passphrase.edit)
        self.passphrase.edit.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        set_look(self.unlock_button, "primary")
        self.unlock_button.clicked.connect(self.submit)
        self._status_parts()
        self._links()
        self.hint = QLabel(demo_hint, self)
        self.hint.setObjectName("demoHint")
        self.hint.setVisible(bool(demo_hint))

        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.addWidget(heading)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addWidget(label)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.busy)
        inner.addWidget(self.message)
        inner.addWidget(self.hint)
        inner.addSpacing(16)
        for link in (self.forgot_button, self.restore_button, self.open_packet_button):
            inner.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        row, self.language = language_row(self, language, self.language_chosen.emit)
        inner.addLayout(row)
        centred_column(self, box, 520, scrolled=True)
        self.set_discreet(discreet)

    def _status_parts(self) -> None:
        """The busy bar while the key is derived, and the message line (wrong passphrase, the wait)."""
        self.busy = QProgressBar(self)
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.hide()

    def _links(self) -> None:
        """The ways on from here, as quiet links: I forgot, restore a backup, open a packet someone gave me."""
        self.forgot_button = QPushButton(self.tr("I forgot my passphrase…"), self)
        self.forgot_button.setObjectName("forgotPassphrase")
        self.forgot_button.setAccessibleName(self.forgot_button.text())
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot_requested)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.setObjectName("restoreFromUnlock")
        self.restore_button.setAccessibleName(self.restore_button.text())
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        self.open_packet_button = QPushButton(self)
        self.open_packet_button.setObjectName("openPacketFromUnlock")
        self.open_packet_button.setFlat(True)
        self.open_packet_button.clicked.connect(self.open_packet_requested)

    def set_discreet(self, on: bool) -> None:
        """In discreet mode nothing on this screen says what the app is for: no 'vault', no 'share packet'."""
        if on:
            intro, button, busy, packet = (self.tr("Type your passphrase to open your notes."), self.tr("Open"),
                                           self.tr("Opening…"), self.tr("Open a file someone gave me…"))
        else:
            intro, button, busy, packet = (self.tr("Type your passphrase to open your vault."),
                                           self.tr("Open my vault"), self.tr("Opening your vault"),
                                           self.tr("Open a share packet someone gave me…"))
        self.intro.setText(intro)
        self.unlock_button.setText(button)
        self.unlock_button.setAccessibleName(button)
        self.busy.setAccessibleName(busy)
        self.open_packet_button.setText(packet)
        self.open_packet_button.setAccessibleName(packet)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.passphrase.edit.setFocus()

    def reset(self) -> None:
        self.passphrase.clear()
        self._show_message("")
        self._set_busy(False)

    def show_message(self, text: str) -> None:
        self._show_message(text)

    # --- unlocking --------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy or self._wait_left > 0:
            return
        secret = self.passphrase.text()
        if not secret:
            self._show_message(self.tr("Please type your passphrase."))
            return
        self.passphrase.clear()
        self._set_busy(True)
        from survivor_vault.core.jobs import UnlockVault  # kept off the start-up path (benchmarks/ui_timings.py)
        from survivor_vault.ui.background_task import start_job

        start_job(UnlockVault(self._vault_dir, secret), self._done, self._failed, owner=self)

    def _done(self, vault) -> None:
        self._set_busy(False)
        self._wrong_tries = 0
        self._show_message("")
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        from survivor_vault.ui import wording  # loaded when first needed: keeps the first screen quick

        self._set_busy(False)
        if isinstance(error, VaultNotFound):
            self.vault_missing.emit()
            return
        if isinstance(error, ImportError):  # core.encryption_library.EncryptionLibraryMissing, or a module gone
            self.cannot_run.emit(error)
            return
        message = wording.error_message(error)
        if isinstance(error, WrongPassphrase):
            self._wrong_tries += 1
            wait = wait_after(self._wrong_tries)
            if wait:
                self._start_wait(wait)
                return
        elif isinstance(error, VaultInUse):
            message = self.tr("This vault is already open in another window. Please close it there first, "
                              "then try again here.")
        elif isinstance(error, DamagedVault):
            message = wording.error_message(error)
        self._show_message(message)
        self.passphrase.edit.setFocus()

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.unlock_button.setEnabled(False)
        self._timer.setInterval(self.tick_ms)
        self._timer.start()
        self._show_wait()

    def _show_wait(self) -> None:
        self._show_message(fill(self.tr("That passphrase did not open the vault. To keep your vault safe, you can "
                                   "try again in a few seconds. Seconds left: %1"), self._wait_left))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._timer.stop()
            self._wait_left = 0
            self.unlock_button.setEnabled(True)
            self._show_message(self.tr("You can try again now."))
            self.passphrase.edit.setFocus()
        else:
            self._show_wait()

    @property
    def waiting(self) -> bool:
        return self._wait_left > 0

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self._wait_left == 0)
        # While the key is derived nothing else may start: a dialog or a new language opened now would
        # outlive the unlock, and the vault would open behind a screen that looks locked.
        for other in (self.forgot_button, self.restore_button, self.open_packet_button, self.language):
            other.setEnabled(not busy)
        if busy:
            self._show_message("")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
