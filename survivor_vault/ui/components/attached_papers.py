"""The papers attached to a packet someone opened: what each is, and saving copies (with a warning)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.placeholders import fill
from survivor_vault.model.errors import VaultError
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.form_parts import ButtonRow, button, message_label


class AttachedPapers(QGroupBox):
    """Hidden until a checked packet with papers is shown; `show_papers(())` hides it again."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Papers attached"), parent)
        self.setObjectName("packetPapersBox")
        self.papers: tuple = ()
        self.list = QTreeWidget(self)
        self.list.setObjectName("packetPapers")
        self.list.setAccessibleName(self.tr("Papers attached"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Paper"), self.tr("Kind"), self.tr("Size"), self.tr("File")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_a: self._update())
        self.warning = message_label(self, "packetPapersWarning")
        self.warning.setText(self.tr("Saved copies are not protected by the share code: anyone who can use this "
                                     "computer can open them. Keep them safe, and delete them when they are no "
                                     "longer needed."))
        self.save_one = button(self.tr("Save this paper…"), "savePacketPaper", self.save_chosen, self)
        self.save_all = button(self.tr("Save all papers in a folder…"), "savePacketPapers", self.save_every, self)
        self.message = message_label(self, "packetPapersMessage")
        # One above the other where the two do not fit side by side (Haitian Creole at the largest text).
        self.actions = ButtonRow([self.save_one, self.save_all], self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.warning)
        layout.addLayout(self.actions.layout)
        layout.addWidget(self.message)
        self.show_papers(())

    def show_papers(self, papers) -> None:
        """List these papers (`ReadPaper`s of a checked reading), or hide the box when there are none."""
        self.papers = tuple(papers)
        self.list.clear()
        self.message.clear()
        locale = QLocale()
        for index, paper in enumerate(self.papers):
            size = locale.formattedDataSize(paper.entry["size"], 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            item = QTreeWidgetItem(self.list, [paper.title, wording.paper_kind_label(paper.entry["kind"]), size,
                                               paper.file_name])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
        # As tall as its rows, up to four (it scrolls beyond): the packet's text above keeps the room it needs.
        rows = max(1, min(len(self.papers), 4))
        row = self.list.sizeHintForRow(0) if self.papers else self.fontMetrics().lineSpacing()
        self.list.setFixedHeight(self.list.header().sizeHint().height() + rows * max(row, 1)
                                 + 2 * self.list.frameWidth() + 2)
        if self.papers:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.setTitle(fill(self.tr("Papers attached: %1"), len(self.papers)))
        self.setVisible(bool(self.papers))
        self._update()

    def _update(self) -> None:
        self.save_one.setEnabled(self.list.currentItem() is not None)
        self.save_all.setEnabled(bool(self.papers))

    def save_chosen(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        paper = self.papers[item.data(0, Qt.ItemDataRole.UserRole)]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = file_dialogs.choose_file_to_save(self, self.tr("Save the paper"), f"{folder}/{paper.file_name}",
                                                self.tr("All files (*)"))
        if not path:
            return
        from survivor_vault.sharing.paper_extraction import save_paper

        self._saving(lambda: save_paper(paper, path), fill(self.tr("Saved: %1"), wording.own_order(path)))

    def save_every(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = file_dialogs.choose_folder(self, self.tr("Choose a folder for the papers"), folder)
        if not chosen:
            return
        from survivor_vault.sharing.paper_extraction import extract

        self._saving(lambda: extract(self.papers, chosen),
                     fill(self.tr("Saved %1 papers in %2."), len(self.papers), wording.own_order(chosen)))

    def _saving(self, save, done: str) -> None:
        try:
            save()
        except (VaultError, OSError) as error:
            self.message.setText(wording.error_message(error))
            return
        self.message.setText(done)
