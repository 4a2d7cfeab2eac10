"""Settings: auto-lock, discreet mode, text size, and changing the passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.errors import WrongPassphrase
from survivor_vault.core.passphrase_strength import estimate
from survivor_vault.ui import wording
from survivor_vault.ui.background_task import run_in_background
from survivor_vault.ui.passphrase_field import PassphraseField
from survivor_vault.ui.preferences import TEXT_SCALES, Preferences


class SettingsPage(QWidget):
    preferences_changed = Signal()

    def __init__(self, vault, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._vault = vault
        self._prefs = preferences
        heading = QLabel(self.tr("Settings"), self)
        heading.setObjectName("heading")

        safety = QGroupBox(self.tr("Safety"), self)
        form = QFormLayout(safety)
        self.auto_lock = QSpinBox(safety)
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setAccessibleName(self.tr("Lock by itself after this many idle minutes"))
        self.auto_lock.setRange(1, 60)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(preferences.auto_lock_minutes)
        lock_label = QLabel(self.tr("Lock by itself after"), safety)
        lock_label.setBuddy(self.auto_lock)
        form.addRow(lock_label, self.auto_lock)
        self.discreet = QCheckBox(self.tr("Discreet mode: call the window \"Notes\" and use a plain icon"), safety)
        self.discreet.setObjectName("discreetMode")
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.discreet.setChecked(preferences.discreet)
        form.addRow(self.discreet)
        quick = QLabel(self.tr("Quick exit: press Shift three times, or the Quick exit button, to hide and close "
                               "the app at once."), safety)
        quick.setWordWrap(True)
        form.addRow(quick)

        reading = QGroupBox(self.tr("Reading"), self)
        reading_form = QFormLayout(reading)
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

        passphrase_box = QGroupBox(self.tr("Change my passphrase"), self)
        pform = QFormLayout(passphrase_box)
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
        pform.addRow(self.strength)
        self.new.edit.textChanged.connect(lambda t: self.strength.setText(wording.strength_label(estimate(t))))
        self.change_button = QPushButton(self.tr("Change passphrase"), passphrase_box)
        self.change_button.setObjectName("changePassphrase")
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
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
        pform.addRow(self.message)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for box in (safety, reading, passphrase_box):
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)

        self.auto_lock.valueChanged.connect(self._save_auto_lock)
        self.discreet.toggled.connect(self._save_discreet)
        self.text_size.currentIndexChanged.connect(self._save_text_size)

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
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        if not new.strip():
            self.message.setText(self.tr("Please choose a new passphrase. It cannot be empty."))
            return
        if new != again:
            self.message.setText(self.tr("The two new passphrases are not the same. Please type them again."))
            self.again.clear()
            return
        vault = self._vault

        def work():
            # Key derivation only: the database is touched back on the UI thread, in _changed.
            vault.check_passphrase(current)
            return vault.new_passphrase_slot(new)

        for field in (self.current, self.new, self.again):
            field.clear()
        self.change_button.setEnabled(False)
        self.busy.show()
        self.message.setText(self.tr("Changing your passphrase. This takes a moment."))
        run_in_background(work, self._changed, self._failed, owner=self)

    def _changed(self, slot) -> None:
        try:
            self._vault.install_passphrase_slot(slot)
        except Exception as error:  # noqa: BLE001 - shown kindly below
            self._failed(error)
            return
        self.busy.hide()
        self.change_button.setEnabled(True)
        self.message.setText(self.tr("Done. Your new passphrase opens the vault from now on; the old one does not."))

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.change_button.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self.message.setText(self.tr("Your current passphrase was not right, so nothing was changed."))
        else:
            self.message.setText(wording.error_message(error))


