"""On the packet's preview: the papers that go with it, each one click from being left out, and what happens to
photos."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.ui import wording
from survivor_vault.ui.form_parts import button, message_label
from survivor_vault.ui.plain_text import breakable
from survivor_vault.ui.theme import set_look


class PreviewPapers(QWidget):
    """Hidden while a packet has no papers. `show_papers(attached)` lists them; "Leave it out" calls `leave_out(id)`."""

    def __init__(self, leave_out: Callable[[int], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("packetPreviewPapers")
        self._leave_out = leave_out
        self.heading = set_look(message_label(self, "packetPapersHeading"), "strong")
        self.note = message_label(self, "packetPapersNote")
        self.note.setText(self.tr("Photos are sent without their hidden details (where and when they were taken, "
                                  "the camera). Other documents go exactly as they are in your vault."))
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(self.rows)
        self.leave_out_buttons: dict[int, object] = {}
        self.hide()

    def show_papers(self, attached) -> None:
        """One row a paper: its title and size, and a button to leave it out of this packet."""
        self.clear()
        locale = QLocale()
        for paper in attached:
            entry = paper.entry
            size = locale.formattedDataSize(entry["size"], 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            label = message_label(self, "packetPaperRow")
            title = wording.own_order(breakable(entry["title"]))
            label.setText(fill(self.tr("%1 (%2)"), title, size))  # a title and its size
            leave = button(self.tr("Leave it out"), f"packetLeaveOut{entry['id']}",
                           lambda _checked=False, paper_id=entry["id"]: self._leave_out(paper_id), self)
            leave.setAccessibleName(fill(self.tr("Leave %1 out of this packet"), entry["title"]))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(leave)
            self.rows.addLayout(row)
            self.leave_out_buttons[entry["id"]] = leave
        self.heading.setText(fill(self.tr("Papers attached: %1"), len(attached)))
        self.setVisible(bool(attached))

    def offer_to_leave_out(self, paper_id: int, title: str) -> None:
        """After a paper stopped the packet being made: one button to leave it out and try again."""
        self.clear()
        self.note.hide()
        self.heading.clear()
        leave = button(self.tr("Leave it out"), f"packetLeaveOut{paper_id}", lambda: self._leave_out(paper_id), self)
        leave.setAccessibleName(fill(self.tr("Leave %1 out of this packet"), title))
        row = QHBoxLayout()
        row.addWidget(leave)
        row.addStretch(1)
        self.rows.addLayout(row)
        self.leave_out_buttons[paper_id] = leave
        self.show()

    def clear(self) -> None:
        while self.rows.count():
            row = self.rows.takeAt(0).layout()
            while row is not None and row.count():
                widget = row.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
        self.leave_out_buttons.clear()
        self.note.show()
        self.hide()
