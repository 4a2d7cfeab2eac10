"""Showing a recovery key once: large, in groups, with "print it" and a check that it was kept."""

from __future__ import annotations

import secrets
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.components.code_block import CodeBlock
from survivor_vault.ui.form_parts import button


def recovery_key_pdf(key: str, heading: str, body: str) -> bytes:
    """A one-page PDF with the key, to print or keep on a USB stick."""
    from survivor_vault.sharing.pdf_pages import typeset

    html = (f"<h1>{escape(heading)}</h1><p style='font-size:20pt; font-family:monospace'><b>{escape(key)}</b></p>"
            f"<p>{escape(body)}</p><p>{escape(date.today().isoformat())}</p>")
    return typeset(html, lambda i, n: "", "Notes").pdf


class RecoveryKeyView(QWidget):
    """The key in large groups; the survivor types one group back to show they kept it."""

    confirmed_changed = Signal()  # no bool argument: see tests/ui/test_qt_binding.py

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryKeyView")
        self.key = ""
        self._group = 0
        self.block = CodeBlock("recoveryKey", self.tr("Your recovery key"), self)
        self.key_label = self.block.label
        advice = QLabel(self.tr("Write it down, or print it, and keep it somewhere safe, away from this computer. "
                                "Anyone who has it can open your vault. It is shown only now."), self)
        advice.setWordWrap(True)
        advice.setTextFormat(Qt.TextFormat.PlainText)
        self.print_button = button(self.tr("Print it (save a one-page PDF)…"), "printRecoveryKey", self.print_key,
                                   self, icon_name="printer")
        self.print_button.setAutoDefault(False)  # Return never saves the key to a file by itself
        self.block.add_action(self.print_button)
        self.block.finish_actions()
        self.check_label = QLabel(self)
        self.check_label.setObjectName("recoveryCheckLabel")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.check = QLineEdit(self)
        self.check.setObjectName("recoveryCheck")
        self.check.setAccessibleName(self.tr("A group of your recovery key"))
        self.check.setMaxLength(8)
        self.check.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # typed as shown (ui/components/code_block.py)
        self.check.textChanged.connect(self._check_changed)
        self.check_label.setBuddy(self.check)
        self.message = QLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.block)
        layout.addWidget(advice)
        layout.addWidget(self.check_label)
        layout.addWidget(self.check)
        layout.addWidget(self.message)

    def show_key(self, key: str, group: int | None = None) -> None:
        """`group`: the group to type back (counted from 0); a random one unless it was asked for already."""
        self.key = key
        groups = key.split("-")
        # Two fixed lines (4 + 3 groups), never wrapped by the label: at any text size the whole key
        # shows, and the window grows to hold it rather than cutting groups off.
        self.key_label.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self._group = secrets.randbelow(len(groups)) if group is None else group
        self.check_label.setText(fill(self.tr("To show you kept it, type group %1 of the key (counting from the "
                                              "left):"), self._group + 1))
        self.check.clear()
        self.message.clear()

    @property
    def group(self) -> int:
        return self._group

    @property
    def expected_group(self) -> str:
        return self.key.split("-")[self._group] if self.key else ""

    @property
    def confirmed(self) -> bool:
        typed = self.check.text().strip().upper().replace("U", "V")
        return bool(self.key) and typed == self.expected_group

    def _check_changed(self, _text: str) -> None:
        self.confirmed_changed.emit()
        typed = self.check.text().strip()
        if len(typed) >= 4 and not self.confirmed:
            self.message.setText(self.tr("That is not the same. Please look at the key again."))
        elif self.confirmed:
            self.message.setText(self.tr("Thank you. Keep it safe."))
        else:
            self.message.clear()

    def print_key(self) -> None:
        path = file_dialogs.choose_file_to_save(self, self.tr("Save the recovery key"),
                                                "recovery-key.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        from survivor_vault.core.chosen_files import save_whole

        try:
            data = recovery_key_pdf(self.key, self.tr("My recovery key"),
                                    self.tr("This key opens my vault if I forget my passphrase. Keep it safe and "
                                            "away from the computer."))
            save_whole(path, data)
        except OSError as error:
            self.message.setText(wording.error_message(error))
            return
        self.message.setText(fill(self.tr("Saved: %1. Print it, then delete the file if others use this computer."),
                                  wording.own_order(path)))

    def forget(self) -> None:
        self.key = ""
        self.key_label.clear()
        self.check.clear()
