"""Open a share packet someone gave you: no vault needed. Checks it and shows it as text."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.placeholders import fill
from survivor_vault.sharing.isolated_text import isolated, isolated_after_labels
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import start_job
from survivor_vault.ui.components.attached_papers import AttachedPapers
from survivor_vault.ui.form_parts import ButtonRow, button, message_label, scrolled_part


class OpenPacketDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openPacketDialog")
        self.setWindowTitle(self.tr("Open a share packet"))
        self.reading = None
        self._request = 0  # which check's result may still be shown
        self._path: Path | None = None
        intro = QLabel(self.tr("For people who received a packet: choose the file and type the share code you "
                               "were given. The packet is checked for changes."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label = message_label(self, "packetFileName")
        self.file_label.setText(self.tr("No file chosen"))
        self.choose_button = button(self.tr("Choose the file…"), "choosePacketFile", self.choose_file, self)
        self.code = QLineEdit(self)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # typed as given (ui/components/code_block.py)
        self.code.setObjectName("packetShareCode")
        self.code.setAccessibleName(self.tr("Share code"))
        self.code.setPlaceholderText(fill(self.tr("For example: %1"), "bako7-dume2-fira9-goli4-kasu3"))
        self.code.returnPressed.connect(self.open_packet)
        form = QFormLayout()
        file_caption = QLabel(self.tr("File"), self)
        # The file's name on a row of its own: a long name wraps at the form's whole width (beside the
        # button, squeezed, its second line was cut).
        form.addRow(file_caption, self.file_label)
        form.addRow("", self.choose_button)
        code_label = QLabel(self.tr("Share code"), self)
        code_label.setBuddy(self.code)
        form.addRow(code_label, self.code)
        self.open_button = button(self.tr("Open and check"), "openPacket", lambda: self.open_packet(), self)
        self.open_anyway = button(self.tr("Open it anyway"), "openPacketAnyway",
                                  lambda: self.open_packet(ignore_end_date=True), self)
        self.open_anyway.hide()
        self.status = message_label(self, "packetStatus")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("packetText")
        self.text.setAccessibleName(self.tr("The packet"))
        self.text.setReadOnly(True)
        self.save_json = button(self.tr("Save its data as JSON…"), "savePacketJson", self.save_as_json, self)
        self.save_json.setEnabled(False)
        buttons = self._close_button()
        # A row where they fit, one above the other where not (Russian at the largest text on an 800-pixel screen).
        self.actions = ButtonRow([self.open_button, self.open_anyway, self.save_json], self)
        self._lay_out(intro, form, self.actions.layout, buttons)
        self.resize(680, 560)

    def _lay_out(self, intro, form, actions, buttons) -> None:
        # All but Close scrolls: with papers attached, at 800x600 and the largest text, the dialog grew taller
        # than the screen, Close fell below it and the warning that saved copies are not protected was drawn
        # over the list of papers.
        scroll, layout = scrolled_part(self, "openPacketScroll", whole_width=True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        text_label = QLabel(self.tr("The packet"), self)
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 6)  # enough to read, beside papers
        layout.addWidget(self.text, 1)
        self.papers = AttachedPapers(self)
        layout.addWidget(self.papers)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)

    def _close_button(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeOpenPacket")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        return buttons

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = file_dialogs.choose_file_to_open(self, self.tr("Choose the packet"), folder,
                                                self.tr("PDF files (*.pdf)"))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self._forget_reading()  # what was shown belongs to the other file
        self._path = path
        self.file_label.setText(path.name)
        self.code.setFocus()

    def _forget_reading(self) -> None:
        """Drop the shown reading and ignore any check still running: nothing may be shown next to another file."""
        self._request += 1
        self.reading = None
        self.text.clear()
        self.status.clear()
        self.save_json.setEnabled(False)
        self.papers.show_papers(())
        self.open_anyway.hide()
        self.open_button.setEnabled(True)

    def open_packet(self, ignore_end_date: bool = False) -> None:
        if self._path is None:
            self.status.setText(self.tr("Please choose the packet file first."))
            return
        path, code = self._path, self.code.text()
        self._forget_reading()
        request = self._request
        self.open_button.setEnabled(False)
        self.status.setText(self.tr("Checking…"))

        from survivor_vault.sharing.packet_jobs import OpenPacket  # the PDF libraries load when first needed

        job = OpenPacket(path, code or None, ignore_end_date=ignore_end_date)
        start_job(job, lambda opened: self._opened(opened) if request == self._request else None,
                  lambda error: self._failed(error) if request == self._request else None, owner=self)

    def _opened(self, opened) -> None:
        self.reading, text = opened.reading, opened.text
        self.open_button.setEnabled(True)
        self.open_anyway.hide()
        from survivor_vault.sharing.packet_reader import INDENT
        from survivor_vault.sharing.packet_wording import for_language

        # Right to left (Arabic): each value in its own order after its label, as on the packet's pages.
        right_to_left = for_language(self.reading.doc.get("language", "en")).right_to_left
        self.text.setPlainText(isolated_after_labels(text, INDENT) if right_to_left else text)
        self.save_json.setEnabled(True)
        self.papers.show_papers(self.reading.papers)
        parts = []
        if self.reading.verified:
            # The fingerprint in its own order in Arabic too: "3475 0f98 …" drew as "0f98 … 3475"
            parts.append(fill(self.tr("Checked: unchanged since it was made. Signed by the key %1."),
                              isolated(self.reading.fingerprint)))
        elif self.reading.signed:
            parts.append(self.tr("Warning: this packet was made by an older version of Survivor Vault. Its "
                                 "signature covers the data shown here, but not how its pages look. Rely on "
                                 "this text, not on the pages, or ask for a new packet."))
        else:
            parts.append(self.tr("Warning: this packet is not signed, so nothing proves it is unchanged. Do "
                                 "not rely on it without asking the person who sent it."))
        if self.reading.past_end_date:
            parts.append(self.tr("Its consent has ended. Use it only if the person who sent it agrees."))
        self.status.setText(" ".join(parts))

    def _failed(self, error: BaseException) -> None:
        from survivor_vault.sharing.packet_reader import PacketExpired

        self.open_button.setEnabled(True)
        self.text.clear()
        self.save_json.setEnabled(False)
        self.papers.show_papers(())
        self.open_anyway.setVisible(isinstance(error, PacketExpired))
        self.status.setText(wording.error_message(error))

    def save_as_json(self) -> None:
        if self.reading is None:
            return
        path = file_dialogs.choose_file_to_save(self, self.tr("Save the data"), "packet.json",
                                                self.tr("JSON files (*.json)"))
        if not path:
            return
        try:
            Path(path).write_text(json.dumps(self.reading.doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as error:
            self.status.setText(wording.error_message(error))
            return
        self.status.setText(fill(self.tr("Saved: %1"), isolated(path)))
