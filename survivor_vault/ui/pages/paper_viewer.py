"""A paper, seen inside the app: its pages drawn in memory (ui/paper_pages.py), larger or smaller, page by page.

Nothing is written to disk to show it. A paper that cannot be shown (damaged, locked with a password, or a kind
of file the app cannot draw) says so and can still be saved back out, with a warning that the copy is not
protected.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QEvent, Qt
from PySide6.QtGui import QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from survivor_vault.core.paper_copies import save_copy
from survivor_vault.core.placeholders import fill
from survivor_vault.model.papers import Paper
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import run_in_background
from survivor_vault.ui.form_parts import ButtonRow, button, confirm, message_label
from survivor_vault.ui.paper_pages import NoPreview, open_pages
from survivor_vault.ui.theme import SPACE, set_look

ZOOM_STEP = 1.25
LEAST_ZOOM, MOST_ZOOM = 0.25, 4.0


def safe_file_name(name: str, fallback: str = "paper") -> str:
    """A name to offer when saving: the last part of what the file was called, without anything a folder or a
    terminal would read as more than a name."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*').strip(" .")
    return base[:120] or fallback


class PaperViewer(QDialog):
    def __init__(self, vault, paper: Paper, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paperViewer")
        self.setWindowTitle(paper.title)
        self._vault = vault
        self.paper = paper
        self._pages = None
        self._shown_for: tuple[int, float] | None = None
        self.index = 0
        self.zoom: float | None = None  # None: as wide as the window
        self.title = QLabel(paper.title, self)
        self.title.setObjectName("paperViewerTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        set_look(self.title, "title")
        self.picture = QLabel(self)
        self.picture.setObjectName("paperPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("paperScroll")
        self.scroll.setWidget(self.picture)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidgetResizable(False)
        self.scroll.viewport().installEventFilter(self)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Mid)  # a white page shows its edges against it
        self.message = message_label(self, "paperViewerMessage")
        self.message.hide()
        self.page_label = QLabel(self)
        self.page_label.setObjectName("paperPageNumber")
        self.previous_button = button(self.tr("Previous page"), "paperPrevious", self.previous_page, self)
        self.next_button = button(self.tr("Next page"), "paperNext", self.next_page, self)
        self.smaller_button = button(self.tr("Smaller"), "paperSmaller", self.smaller, self)
        self.fit_button = button(self.tr("Fit to width"), "paperFit", self.fit_width, self)
        self.larger_button = button(self.tr("Larger"), "paperLarger", self.larger, self)
        self.save_button = button(self.tr("Save a copy…"), "paperSaveCopy", self.save_a_copy, self,
                                  icon_name="hard-drive-download")
        self.close_button = button(self.tr("Close"), "paperClose", self.reject, self)
        for push in (self.previous_button, self.next_button, self.smaller_button, self.fit_button,
                     self.larger_button, self.save_button, self.close_button):
            push.setAutoDefault(False)  # Return in the viewer turns no page and closes nothing
        row = ButtonRow([self.previous_button, self.page_label, self.next_button, self.smaller_button,
                         self.fit_button, self.larger_button, self.save_button, self.close_button], self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(SPACE["s"],) * 4)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row.layout)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.larger), (QKeySequence.StandardKey.ZoomOut,
                           self.smaller), (QKeySequence("Ctrl+0"), self.fit_width),
                           (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
                           (QKeySequence(Qt.Key.Key_PageUp), self.previous_page)):
            QShortcut(keys, self, slot)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(int(screen.width() * 0.8), int(screen.height() * 0.85))
        self._open()

    # --- pages -------------------------------------------------------------------------------
    def _open(self) -> None:
        data = None

        def read():
            nonlocal data
            data = self._vault.papers.read_bytes(self.paper.id)

        if not wording.attempt(read, self.say):
            self._no_preview(None)
            return
        try:
            self._pages = open_pages(data, self.paper.media_type)
        except NoPreview:
            self._no_preview(self.tr("There is no preview for this one. It is kept safe in your vault as it is, "
                                     "and you can save a copy of it."))
            return
        self._show_controls(1.0)  # drawn once laid out (eventFilter): drawing it here first at a guessed size
        # doubled the time a large photo takes to open

    def say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setVisible(bool(words))

    def _no_preview(self, words: str | None) -> None:
        if words:
            self.say(words)
        self.scroll.hide()
        for push in (self.previous_button, self.next_button, self.smaller_button, self.fit_button,
                     self.larger_button):
            push.hide()
        self.page_label.hide()
        self.save_button.setFocus()

    @property
    def shows_pages(self) -> bool:
        return self._pages is not None

    def _scale(self) -> float:
        if self.zoom is not None:
            return self.zoom
        natural = self._pages.natural_size(self.index)
        room = self.scroll.viewport().width() - 2 * SPACE["s"]
        return max(LEAST_ZOOM, min(MOST_ZOOM, room / max(1, natural.width())))

    def _show(self) -> None:
        """The page at the scale chosen: a quick first look where decoding it whole is slow (a large photo),
        then the sharp picture from a worker thread when it is ready."""
        if self._pages is None:
            return
        scale = self._scale()
        wanted = scale * self.devicePixelRatioF()
        self._shown_for = (self.index, wanted)
        try:
            quick = self._pages.quick_scale(self.index, wanted)
            self._draw(self._pages.page(self.index, quick), scale)
        except NoPreview:
            self._cannot_show()
            return
        if quick < min(1.0, wanted):
            pages, index = self._pages, self.index
            run_in_background(lambda: pages.decode(index, wanted), lambda image: self._sharpen(index, wanted, image),
                              lambda _error: None, owner=self)
        self._show_controls(scale)

    def _sharpen(self, index: int, wanted: float, image) -> None:
        if self._pages is None or self._shown_for != (index, wanted):
            return  # another page or size was asked for meanwhile
        self._pages.keep(index, wanted, image)
        self._draw(image, self._scale())

    def _cannot_show(self) -> None:
        self._pages = None
        self._no_preview(self.tr("This page cannot be shown. The paper is kept safe in your vault as it is, "
                                 "and you can save a copy of it."))

    def _draw(self, image, scale: float) -> None:
        ratio = self.devicePixelRatioF()
        natural = self._pages.natural_size(self.index)
        width, height = max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale))
        pixmap = QPixmap.fromImage(image).scaled(round(width * ratio), round(height * ratio),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size() / ratio)

    def _show_controls(self, scale: float) -> None:
        count = self._pages.count
        self.page_label.setText(fill(self.tr("Page %1 of %2"), self.index + 1, count))
        self.picture.setAccessibleName(fill(self.tr("%1, page %2 of %3"), self.paper.title, self.index + 1, count))
        for push in (self.previous_button, self.next_button, self.page_label):
            push.setVisible(count > 1)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        self.smaller_button.setEnabled(scale > LEAST_ZOOM * 1.01)
        self.larger_button.setEnabled(scale < MOST_ZOOM / 1.01)

    def next_page(self) -> None:
        if self._pages is not None and self.index < self._pages.count - 1:
            self.index += 1
            self._show()
            self.scroll.verticalScrollBar().setValue(0)

    def previous_page(self) -> None:
        if self._pages is not None and self.index > 0:
            self.index -= 1
            self._show()
            self.scroll.verticalScrollBar().setValue(0)

    def larger(self) -> None:
        if self._pages is not None:
            self.zoom = min(MOST_ZOOM, self._scale() * ZOOM_STEP)
            self._show()

    def smaller(self) -> None:
        if self._pages is not None:
            self.zoom = max(LEAST_ZOOM, self._scale() / ZOOM_STEP)
            self._show()

    def fit_width(self) -> None:
        self.zoom = None
        self._show()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._pages is None:
            self.save_button.setFocus()  # what can be done with a paper that cannot be shown
        elif self._shown_for is None:
            self._show()  # shown at a size its viewport already had: no resize came to draw it

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        # As wide as the window: drawn again when the space for the page changes (once laid out, not before).
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self.zoom is None \
                and self._pages is not None and event.size().width() != event.oldSize().width():
            self._show()
        return False

    # --- a copy out ------------------------------------------------------------------------
    def save_a_copy(self) -> None:
        save_paper_copy(self, self._vault, self.paper, self.say)

    def done(self, result: int) -> None:
        if self._pages is not None:
            self._pages.close()
            self._pages = None
        self.picture.clear()
        super().done(result)


def save_paper_copy(parent: QWidget, vault, paper: Paper, say) -> bool:
    """Warn, ask where (Qt's own dialog: no history, no recent files), and write the copy."""
    if not confirm(parent, "confirmSaveCopy", QCoreApplication.translate("PaperCopy", "Save a copy?"),
                   QCoreApplication.translate("PaperCopy", "The copy you save is not protected: anyone who uses this "
                                              "computer, or the place you save it to, may open it. Your paper stays "
                                              "in your vault too."),
                   QCoreApplication.translate("PaperCopy", "Save a copy"),
                   QCoreApplication.translate("PaperCopy", "Cancel")):
        return False
    suggested = str(Path(QDir.homePath()) / safe_file_name(paper.file_name))
    target = file_dialogs.choose_file_to_save(parent, QCoreApplication.translate("PaperCopy", "Save a copy"),
                                              suggested, "")
    if not target or not shiboken6.isValid(parent):
        return False
    if not wording.attempt(lambda: save_copy(vault.papers, paper.id, Path(target)), say):
        return False
    say(fill(QCoreApplication.translate("PaperCopy", "A copy was saved as %1. It is not protected: delete it when "
                                                     "you no longer need it."), target))
    return True
