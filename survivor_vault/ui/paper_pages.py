"""A paper's pages as pictures, made in memory from its bytes: nothing is written to disk, not even a preview.

Images are read by Qt (JPEG, PNG, WebP, GIF, TIFF as the installed image plugins read them; each page of a
multi-page TIFF is a page); PDFs are drawn by PDFium (pypdfium2, which reads them from memory). Anything else,
or a file either of them cannot read, has no preview: it is still kept, and can be saved back out.

All of it runs on a worker thread (`render`): one page of a PDF can take PDFium many seconds to draw (three million
shapes took 40 s), and Quick exit must never wait for it. One page set is used by one thread at a time (a lock):
PDFium is not made for two threads at once. A picture shown is never larger than MOST_SHOWN_PIXELS, whatever the
zoom (a 12-megapixel photo at four times its size took 1.7 GB).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

PDF = "application/pdf"
SHOWN_IMAGES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff"}
MOST_PIXELS_MB = 256  # Qt's own limit on one decoded image: a "bomb" (tiny file, huge picture) is refused
MOST_SHOWN_PIXELS = 36_000_000  # one picture on screen: 144 MB of memory at most
LEAST_ZOOM, MOST_ZOOM = 0.1, 4.0


class NoPreview(Exception):
    """This paper cannot be shown here (damaged, locked with a password, or not a picture or a PDF)."""


def open_pages(data: bytes, media_type: str):
    """The pages of a paper: ImagePages or PdfPages. NoPreview when they cannot be made."""
    if media_type == PDF:
        return PdfPages(data)
    if media_type in SHOWN_IMAGES:
        return ImagePages(data)
    raise NoPreview()


@dataclass(frozen=True)
class Ask:
    """What the viewer wants drawn: page `index` at `zoom` times its natural size, or (None) as wide as `room`
    pixels; on a screen of `ratio` device pixels to a pixel. `sharp`: the full decode after a quick look."""

    index: int
    zoom: float | None
    room: int
    ratio: float
    sharp: bool = False


@dataclass(frozen=True)
class Drawn:
    ask: Ask
    image: QImage
    natural: QSize  # the page's size at 100 %
    scale: float  # the scale it is shown at
    largest: bool  # no larger can be shown (the zoom's or the memory's limit)
    quick: bool  # a quick first look: ask again with sharp=True for the whole picture


def render(pages, ask: Ask) -> Drawn:
    """Draw what `ask` says (on a worker thread). NoPreview when the page cannot be drawn at all."""
    natural = pages.natural_size(ask.index)
    wanted = ask.zoom if ask.zoom is not None else ask.room / max(1, natural.width())
    most = min(MOST_ZOOM, math.sqrt(MOST_SHOWN_PIXELS / max(1, natural.width() * natural.height())) / ask.ratio)
    scale = max(min(LEAST_ZOOM, most), min(wanted, most))
    device_scale = scale * ask.ratio
    quick = pages.quick_scale(ask.index, device_scale) if not ask.sharp else min(1.0, device_scale)
    image = pages.page(ask.index, quick)
    return Drawn(ask, image, natural, scale, scale >= most * 0.999, quick < min(1.0, device_scale) * 0.999)


class ImagePages:
    """An image (or each image of a multi-page TIFF), turned as its EXIF orientation says, decoded at the size it
    is shown at (a JPEG decodes a quarter or an eighth of its pixels directly: a 24-megapixel photo shown
    as wide as the window took 0.6 s to decode whole)."""

    def __init__(self, data: bytes):
        self._bytes = QByteArray(data)
        self._lock = threading.Lock()
        self._sizes: dict[int, QSize] = {}
        reader, _buffer = self._reader()
        try:
            if not reader.canRead():
                raise NoPreview()
            self.count = max(1, reader.imageCount())
            self._jpeg = bytes(reader.format()) == b"jpeg"
        finally:
            reader.setDevice(None)
        self.natural_size(0)  # no size in its header: damaged (a picture damaged further on says so when drawn)

    def _reader(self, index: int = 0) -> tuple[QImageReader, QBuffer]:
        """A reader of its own, and its buffer: call reader.setDevice(None) before either goes (Python may free
        the buffer first, and Qt's TIFF reader then touched it from its destructor: a crash)."""
        buffer = QBuffer()
        buffer.setData(self._bytes)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        reader.setAllocationLimit(MOST_PIXELS_MB)
        if index and not reader.jumpToImage(index):
            reader.setDevice(None)
            raise NoPreview()
        return reader, buffer

    def natural_size(self, index: int) -> QSize:
        """Its size in pixels as it is shown (turned), read from its header only."""
        with self._lock:
            if index not in self._sizes:
                reader, _buffer = self._reader(index)
                try:
                    size = reader.size()
                    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
                finally:
                    reader.setDevice(None)
                if not size.isValid() or size.isEmpty():
                    raise NoPreview()
                self._sizes[index] = size.transposed() if turned else size
            return self._sizes[index]

    def quick_scale(self, index: int, scale: float) -> float:
        """A scale that decodes fast for a first look: a JPEG at an eighth of its size where that is at least
        half of what is asked (the rest of its work is in the pixels it never draws); else `scale` itself."""
        scale = min(1.0, scale)
        return 0.125 if self._jpeg and 0.125 < scale <= 0.25 else scale

    def page(self, index: int, scale: float = 1.0) -> QImage:
        """Page `index` decoded at `scale` times its own size (at most its own size: larger is the viewer's)."""
        natural = self.natural_size(index)
        with self._lock:
            reader, _buffer = self._reader(index)
            try:
                if scale < 1.0:
                    wanted = QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))
                    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
                        wanted = wanted.transposed()  # the reader scales before it turns
                    reader.setScaledSize(wanted)
                image = reader.read()
            finally:
                reader.setDevice(None)
        if image.isNull():
            raise NoPreview()
        return image

    def close(self) -> None:
        pass


class PdfPages:
    """A PDF's pages, each drawn at the size asked for."""

    def __init__(self, data: bytes):
        import pypdfium2 as pdfium

        self._data = data  # PDFium reads it in place: it must live as long as the document
        self._lock = threading.Lock()
        try:
            self._document = pdfium.PdfDocument(data)
            self.count = len(self._document)
        except pdfium.PdfiumError:
            raise NoPreview() from None
        if self.count < 1:
            raise NoPreview()
        self.natural_size(0)

    def natural_size(self, index: int) -> QSize:
        """The page's size at 96 dots per inch (a screen's "100 %"), in pixels."""
        import pypdfium2 as pdfium

        with self._lock:
            try:
                width, height = self._document[index].get_size()  # in points, 72 to the inch
            except (pdfium.PdfiumError, IndexError):
                raise NoPreview() from None
        return QSize(max(1, round(width * 96 / 72)), max(1, round(height * 96 / 72)))

    def quick_scale(self, index: int, scale: float) -> float:
        return scale  # a page is drawn at the size asked for

    def page(self, index: int, scale: float = 1.0) -> QImage:
        """Page `index` drawn at `scale` times its natural size."""
        import pypdfium2 as pdfium

        with self._lock:
            try:
                bitmap = self._document[index].render(scale=scale * 96 / 72, rev_byteorder=True, prefer_bgrx=True)
                image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
            except (pdfium.PdfiumError, IndexError):
                raise NoPreview() from None
        return image.copy()  # its own pixels: the bitmap's memory is freed with it

    def close(self) -> None:
        with self._lock:
            self._document.close()
