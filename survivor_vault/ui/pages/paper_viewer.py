"""A paper, seen inside the app: its pages drawn in memory (ui/paper_pages.py), larger or smaller, page by page.

Nothing is written to disk to show it. A paper that cannot be shown (damaged, locked with a password, or a kind
of file the app cannot draw) says so and can still be saved back out, with a warning that the copy is not
protected.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QEvent, Qt
from PySide6.QtGui import QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from survivor_vault.core.paper_copies import save_copy
from survivor_vault.core.placeholders import fill
from survivor_vault.model.errors import PaperDamaged, VaultError
from survivor_vault.model.papers import Paper
from survivor_vault.ui import file_dialogs, wording
from survivor_vault.ui.background_task import run_in_background
from survivor_vault.ui.form_parts import ButtonRow, button, confirm, message_label
from survivor_vault.ui.paper_pages import LEAST_ZOOM, MOST_ZOOM, Ask, Drawn, NoPreview, open_pages, render
from survivor_vault.ui.theme import SPACE, set_look

ZOOM_STEP = 1.25


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
        self._pages = None  # made on a worker; used by one worker at a time, never here
        self._want: Ask | None = None
        self._drawn: Drawn | None = None
        self._drawing = False
        self.ready = False  # the first page is drawn, or it is said why it cannot be
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

    # --- pages: opened and drawn on a worker, so Quick exit and every button answer at once -----------------
    def _open(self) -> None:
        self.say(self.tr("Opening your paper…"))
        self._set_page_buttons(False)
        try:
            read = self._vault.reading_job()
        except VaultError as error:
            self._no_preview(wording.error_message(error))
            return
        paper = self.paper

        def open_it():
            from survivor_vault.core.paper_bytes import read_papers

            data = read(lambda conn: read_papers(conn, [paper.id]))[paper.id]
            if data is None:
                raise PaperDamaged()
            return open_pages(data, paper.media_type)

        run_in_background(open_it, self._opened, self._not_opened, owner=self)

    def _opened(self, pages) -> None:
        self._pages = pages
        self.say("")
        self._set_page_buttons(True)
        self._ask()

    def _not_opened(self, error: BaseException) -> None:
        if isinstance(error, NoPreview):
            self._no_preview(self.tr("There is no preview for this one. It is kept safe in your vault as it is, "
                                     "and you can save a copy of it."))
        else:  # damaged in the vault, locked meanwhile, or anything PDFium or Qt could not read
            self._no_preview(wording.error_message(error) if isinstance(error, VaultError) else self.tr(
                "There is no preview for this one. It is kept safe in your vault as it is, and you can save a "
                "copy of it."))

    def say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setVisible(bool(words))

    def _no_preview(self, words: str) -> None:
        self.ready = True
        self.say(words)
        self.scroll.hide()
        self._set_page_buttons(False, hide=True)
        self.save_button.setFocus()

    def _set_page_buttons(self, on: bool, hide: bool = False) -> None:
        for push in (self.previous_button, self.next_button, self.smaller_button, self.fit_button,
                     self.larger_button, self.page_label):
            push.setEnabled(on)
            if hide:
                push.hide()

    @property
    def shows_pages(self) -> bool:
        return self._drawn is not None

    def _ask(self, sharp: bool = False) -> None:
        """Ask the worker for the page as it should be now; one drawing at a time, the newest wish next."""
        if self._pages is None:
            return
        room = self.scroll.viewport().width() - 2 * SPACE["s"]
        self._want = Ask(self.index, self.zoom, max(1, room), self.devicePixelRatioF(), sharp)
        count = self._pages.count
        self.page_label.setText(fill(self.tr("Page %1 of %2"), self.index + 1, count))
        for push in (self.previous_button, self.next_button, self.page_label):
            push.setVisible(count > 1)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        if not self._drawing:
            self._draw_next()

    def _draw_next(self) -> None:
        pages, ask = self._pages, self._want
        self._drawing = True
        run_in_background(lambda: render(pages, ask), self._drew, self._not_drawn, owner=self)

    def _drew(self, drawn: Drawn) -> None:
        self._drawing = False
        if self._pages is None:
            return
        if drawn.ask != self._want:
            self._draw_next()  # something else was asked meanwhile
            return
        self._show(drawn)
        if drawn.quick:
            self._want = replace(drawn.ask, sharp=True)
            self._draw_next()

    def _not_drawn(self, error: BaseException) -> None:
        self._drawing = False
        if self._drawn is None or self._drawn.ask.index != self._want.index:
            self._pages = None
            self._no_preview(self.tr("This page cannot be shown. The paper is kept safe in your vault as it is, "
                                     "and you can save a copy of it."))
        else:  # larger than this could not be drawn: the page stays as it was
            self.larger_button.setEnabled(False)

    def _show(self, drawn: Drawn) -> None:
        self._drawn = drawn
        self.ready = True
        ratio = drawn.ask.ratio
        width = max(1, round(drawn.natural.width() * drawn.scale))
        height = max(1, round(drawn.natural.height() * drawn.scale))
        pixmap = QPixmap.fromImage(drawn.image).scaled(round(width * ratio), round(height * ratio),
                                                       Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size() / ratio)
        self.picture.setAccessibleName(fill(self.tr("%1, page %2 of %3"), self.paper.title, drawn.ask.index + 1,
                                            self._pages.count))
        self.smaller_button.setEnabled(drawn.scale > LEAST_ZOOM * 1.01)
        self.larger_button.setEnabled(not drawn.largest)

    def _scale(self) -> float:
        return self._drawn.scale if self._drawn is not None else 1.0

    def next_page(self) -> None:
        if self._pages is not None and self.index < self._pages.count - 1:
            self.index += 1
            self._ask()
            self.scroll.verticalScrollBar().setValue(0)

    def previous_page(self) -> None:
        if self._pages is not None and self.index > 0:
            self.index -= 1
            self._ask()
            self.scroll.verticalScrollBar().setValue(0)

    def larger(self) -> None:
        if self._pages is not None and self.larger_button.isEnabled():
            self.zoom = min(MOST_ZOOM, self._scale() * ZOOM_STEP)
            self._ask()

    def smaller(self) -> None:
        if self._pages is not None:
            self.zoom = max(LEAST_ZOOM, self._scale() / ZOOM_STEP)
            self._ask()

    def fit_width(self) -> None:
        self.zoom = None
        self._ask()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.ready and self._pages is None:
            self.save_button.setFocus()  # what can be done with a paper that cannot be shown

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        # As wide as the window: drawn again when the space for the page changes.
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self.zoom is None \
                and self._pages is not None and event.size().width() != event.oldSize().width():
            self._ask()
        return False

    # --- a copy out ------------------------------------------------------------------------
    def save_a_copy(self) -> None:
        save_paper_copy(self, self._vault, self.paper, self.say)

    def done(self, result: int) -> None:
        self._pages = None  # a drawing still under way finishes on its worker and is dropped (its owner is gone)
        self._drawn = None
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
