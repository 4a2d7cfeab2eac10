"""Typeset HTML into A4 pages with Qt, in memory: one layout feeds both the PDF and its preview.

Uses QtGui only (no widgets). Nothing is written to disk here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from survivor_vault.sharing.bundled_fonts import packet_font
from survivor_vault.sharing.isolated_text import without_isolates

RESOLUTION = 300
MARGIN_MM = 18
FOOTER_PX = 90  # at RESOLUTION


def ensure_gui_application() -> None:
    """Typesetting needs fonts, so a Qt GUI application; make a headless one if none exists (CLI, self-test)."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name == "posix":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["svault"])


@dataclass(frozen=True)
class Pages:
    pdf: bytes
    page_count: int
    plain_text: str
    previews: tuple[QImage, ...] = ()  # the same pages as pictures, if asked for


def _draw_page(painter: QPainter, document: QTextDocument, index: int, width: float, body_height: float,
               footer_font: QFont, footer_text: str) -> None:
    painter.save()
    painter.translate(0, -index * body_height)
    document.drawContents(painter, QRectF(0, index * body_height, width, body_height))
    painter.restore()
    painter.save()
    painter.setFont(footer_font)
    painter.setPen(QColor("#333333"))
    painter.drawText(QRectF(0, body_height, width, FOOTER_PX), Qt.AlignmentFlag.AlignBottom
                     | Qt.AlignmentFlag.AlignHCenter, footer_text)
    painter.restore()


def typeset(html: str, footer: Callable[[int, int], str], title: str = "", preview_width: int | None = None) -> Pages:
    """Lay out `html` on A4 pages with a footer line on each; return the PDF (and previews drawn by the same code).

    Every Qt object made here is released before returning, in a safe order: keeping a text
    document whose paint device is gone crashed the interpreter at exit.
    """
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("")  # no app name in the file (the builder also drops the metadata)
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = paint.width(), paint.height()
    body_height = height - FOOTER_PX

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = packet_font(11)  # the bundled fonts: the same letters and emoji whatever the sender's computer has
    # No ligatures: an agency copying or searching the text gets "fi", not "ﬁ".
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setPageSize(QSizeF(width, body_height))
    document.setDocumentMargin(0)
    pages = max(1, document.pageCount())
    footer_font = QFont(font)
    footer_font.setPointSizeF(8.5)

    painter = QPainter(writer)
    for index in range(pages):
        if index:
            writer.newPage()
        _draw_page(painter, document, index, width, body_height, footer_font, footer(index, pages))
    painter.end()
    previews = []
    if preview_width:
        scale = preview_width / width
        for index in range(pages):
            image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            image_painter = QPainter(image)
            image_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            image_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            image_painter.scale(scale, scale)
            _draw_page(image_painter, document, index, width, body_height, footer_font, footer(index, pages))
            image_painter.end()
            previews.append(image)
    text = without_isolates(document.toPlainText())  # the words, as a PDF reader copies them out
    del document, writer
    buffer.close()
    data = bytes(QByteArray(buffer.data()).data())
    del buffer
    return Pages(data, pages, text, tuple(previews))
