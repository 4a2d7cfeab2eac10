"""A paper's pages as pictures, made in memory from its bytes: nothing is written to disk, not even a preview.

Images are read by Qt (JPEG, PNG, WebP, GIF, TIFF as the installed image plugins read them; each page of a
multi-page TIFF is a page); PDFs are drawn by PDFium (pypdfium2, which reads them from memory). Anything else,
or a file either of them cannot read, has no preview: it is still kept, and can be saved back out.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

PDF = "application/pdf"
SHOWN_IMAGES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff"}
MOST_PIXELS_MB = 256  # Qt's own limit on one decoded image: a "bomb" (tiny file, huge picture) is refused
MOST_PDF_SIDE = 8000  # pixels on a rendered page's longer side, whatever the zoom


class NoPreview(Exception):
    """This paper cannot be shown here (damaged, locked with a password, or not a picture or a PDF)."""


def can_show(media_type: str) -> bool:
    return media_type == PDF or media_type in SHOWN_IMAGES


def open_pages(data: bytes, media_type: str):
    """The pages of a paper: ImagePages or PdfPages. NoPreview when they cannot be made."""
    if media_type == PDF:
        return PdfPages(data)
    if media_type in SHOWN_IMAGES:
        return ImagePages(data)
    raise NoPreview()


class ImagePages:
    """An image (or each image of a multi-page TIFF), turned as its EXIF orientation says."""

    def __init__(self, data: bytes):
        self._bytes = QByteArray(data)
        self._images: dict[int, QImage] = {}
        reader = self._reader()
        self.count = max(1, reader.imageCount())
        if not reader.canRead():
            raise NoPreview()
        self.page(0)  # a damaged or too large picture says so now, not when it is drawn

    def _reader(self) -> QImageReader:
        buffer = QBuffer(self._bytes)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        reader.setAllocationLimit(MOST_PIXELS_MB)
        self._buffer = buffer  # kept alive as long as the reader that reads it
        return reader

    def page(self, index: int, scale: float = 1.0) -> QImage:
        """The picture at its own size (the viewer scales it); `scale` is accepted for the same shape as PDFs."""
        if index not in self._images:
            reader = self._reader()
            if index and not reader.jumpToImage(index):
                raise NoPreview()
            image = reader.read()
            if image.isNull():
                raise NoPreview()
            self._images = {index: image}  # one page kept at a time: a 40-page TIFF is not held whole
        return self._images[index]

    def natural_size(self, index: int) -> QSize:
        return self.page(index).size()

    def close(self) -> None:
        self._images.clear()


class PdfPages:
    """A PDF's pages, each drawn at the size asked for."""

    def __init__(self, data: bytes):
        import pypdfium2 as pdfium

        self._data = data  # PDFium reads it in place: it must live as long as the document
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

        try:
            width, height = self._document[index].get_size()  # in points, 72 to the inch
        except (pdfium.PdfiumError, IndexError):
            raise NoPreview() from None
        return QSize(max(1, round(width * 96 / 72)), max(1, round(height * 96 / 72)))

    def page(self, index: int, scale: float = 1.0) -> QImage:
        """Page `index` drawn at `scale` times its natural size (never more than MOST_PDF_SIDE pixels long)."""
        import pypdfium2 as pdfium

        natural = self.natural_size(index)
        scale = min(scale, MOST_PDF_SIDE / max(natural.width(), natural.height()))
        try:
            bitmap = self._document[index].render(scale=scale * 96 / 72, rev_byteorder=True, prefer_bgrx=True)
        except (pdfium.PdfiumError, IndexError):
            raise NoPreview() from None
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # its own pixels: the bitmap's memory is freed with it

    def close(self) -> None:
        self._document.close()
