"""Settings: a list of small sections (ui/pages/settings_sections.py), each doing its own work."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.pages.settings_sections import (
    BackupSection,
    EraseSection,
    PassphraseSection,
    ReadingSection,
    RecoverySection,
    SafetySection,
)
from survivor_vault.ui.preferences import Preferences


class SettingsPage(QWidget):
    preferences_changed = Signal()
    erase_requested = Signal()
    language_chosen = Signal(str)
    text_size_chosen = Signal(float)

    def __init__(self, vault, preferences: Preferences, parent: QWidget | None = None, clipboard=None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._clipboard = clipboard
        header = PageHeader(self.tr("Settings"), parent=self)
        body = QWidget(self)
        self.safety = SafetySection(preferences, body)
        self.reading = ReadingSection(preferences, body)
        self.passphrase = PassphraseSection(vault, body)
        self.recovery = RecoverySection(vault, body)
        self.backups = BackupSection(vault, preferences, body)
        self.erasing = EraseSection(vault, body)
        body_layout = QVBoxLayout(body)
        for section in (self.safety, self.reading, self.passphrase, self.recovery, self.backups, self.erasing):
            body_layout.addWidget(section)
        body_layout.addStretch(1)
        self._scroll = scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside, not to an unseen frame
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)

        self.safety.changed.connect(self.preferences_changed)
        self.reading.language_chosen.connect(self.language_chosen)
        self.reading.text_size_chosen.connect(self.text_size_chosen)
        self.passphrase.keys_changed.connect(self._refresh_facts)
        self.erasing.erase_requested.connect(self.erase_requested)
        # While a passphrase change or a backup runs, nothing that would rebuild this page (a new language)
        # or end the vault (erase) can start: the work would be dropped half-way without a word.
        self._working = 0
        self.passphrase.working.connect(self._work_changed)
        self.backups.working.connect(self._work_changed)

        # The controls by name, for keyboard journeys and tests that drive the page as a whole.
        self.auto_lock, self.discreet = self.safety.auto_lock, self.safety.discreet
        self.text_size, self.language = self.reading.text_size, self.reading.language
        p = self.passphrase
        self.current, self.new, self.again, self.change_button, self.message = (
            p.current, p.new, p.again, p.change_button, p.message)
        self.new_key_button, self.recovery_status = self.recovery.new_key_button, self.recovery.recovery_status
        b = self.backups
        self.last_backup, self.backup_button, self.check_backup_button, self.backup_message = (
            b.last_backup, b.backup_button, b.check_backup_button, b.backup_message)
        self.erase_button = self.erasing.erase_button
        self.new_recovery_key, self.check_backup, self.make_backup, self.erase = (
            self.recovery.new_recovery_key, b.check_backup, b.make_backup, self.erasing.erase)
        self.change_passphrase, self.someone_may_know = p.change_passphrase, p.someone_may_know

    def _work_changed(self, started: bool) -> None:
        self._working = max(0, self._working + (1 if started else -1))
        for control in (self.reading.language, self.reading.text_size, self.erasing.erase_button):
            control.setEnabled(self._working == 0)

    def focus_text_size(self) -> None:
        """After the pages were made again at a new text size: back where the survivor was, so the arrow keys
        go on choosing."""
        self._scroll.ensureWidgetVisible(self.reading, 0, 0)
        self.reading.text_size.setFocus(Qt.FocusReason.OtherFocusReason)

    def passphrase_typed(self) -> bool:
        """Something typed in the passphrase change, which is never kept anywhere (not even as a draft)."""
        return any(field.text() for field in (self.current, self.new, self.again))

    def say_passphrase_not_kept(self) -> None:
        self.message.setText(self.tr("What you typed to change your passphrase was not kept: a passphrase is "
                                     "never saved anywhere. Please type it again."))

    def focus_language(self) -> None:
        """After the pages were made again in a new language (focus was on the sidebar, Settings at its top)."""
        self._scroll.ensureWidgetVisible(self.reading, 0, 0)
        self.reading.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_facts(self) -> None:
        self.recovery.refresh()
        self.backups.refresh()

    def show_backups(self) -> None:
        """Bring the Backups section into sight, its first button under the keyboard (from "My plan" and the
        backup reminder: landing at the top put the auto-lock spin box under the arrow keys)."""
        self._scroll.ensureWidgetVisible(self.backups, 0, 0)
        self.backups.backup_button.setFocus(Qt.FocusReason.OtherFocusReason)
