"""A paper's pages as pictures, made in memory from its bytes: nothing is written to disk, not even a preview.

Images are read by Qt (JPEG, PNG, WebP, GIF, TIFF as the installed image plugins read them; each page of a
multi-page TIFF is a page); PDFs are drawn by PDFium (pypdfium2, which reads them from memory). Anything else,
or a file either of them cannot read, has no preview: it is still kept, and can be saved back out.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

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
    """An image (or each image of a multi-page TIFF), turned as its EXIF orientation says, decoded at the size it
    is shown at (a JPEG decodes a quarter or an eighth of its pixels directly: a 24-megapixel photo shown
    as wide as the window took 0.6 s to decode whole)."""

    def __init__(self, data: bytes):
        self._bytes = QByteArray(data)
        self._shown: tuple[int, float, QImage] | None = None  # (page, scale, picture): one kept at a time
        reader = self._reader()
        try:
            if not reader.canRead():
                raise NoPreview()
            self.count = max(1, reader.imageCount())
        finally:
            reader.setDevice(None)
        self._sizes: dict[int, QSize] = {}
        self.natural_size(0)  # no size in its header: damaged (a picture damaged further on says so when drawn)

    def _reader(self, index: int = 0) -> QImageReader:
        buffer = QBuffer(self._bytes)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        reader.setAllocationLimit(MOST_PIXELS_MB)
        self._buffer = buffer  # kept alive as long as the reader that reads it
        if index and not reader.jumpToImage(index):
            raise NoPreview()
        return reader

    def natural_size(self, index: int) -> QSize:
        """Its size in pixels as it is shown (turned), read from its header only."""
        if index not in self._sizes:
            reader = self._reader(index)
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
        if self._format() != b"jpeg" or scale <= 0.125:
            return scale
        return 0.125 if scale <= 0.25 else scale

    def _format(self) -> bytes:
        reader = self._reader()
        try:
            return bytes(reader.format())
        finally:
            reader.setDevice(None)

    def page(self, index: int, scale: float = 1.0) -> QImage:
        """The picture at `scale` times its own size (at most its own size: larger is the viewer's scaling)."""
        scale = min(1.0, scale)
        if self._shown is not None and self._shown[:2] == (index, scale):
            return self._shown[2]
        image = self.decode(index, scale)
        self._shown = (index, scale, image)
        return image

    def keep(self, index: int, scale: float, image: QImage) -> None:
        """A picture decoded on a worker (`decode`), kept as the one shown."""
        self._shown = (index, min(1.0, scale), image)

    def decode(self, index: int, scale: float) -> QImage:
        """Decode page `index` at `scale` (may run on a worker thread: it keeps nothing)."""
        buffer = QBuffer()
        buffer.setData(self._bytes)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        try:
            return self._read(reader, index, min(1.0, scale))
        finally:
            # The reader lets go of the buffer before either is freed: Python may free the buffer first, and
            # Qt's TIFF reader then touched it from its destructor (a crash on a two-page TIFF).
            reader.setDevice(None)

    def _read(self, reader: QImageReader, index: int, scale: float) -> QImage:
        reader.setAutoTransform(True)
        reader.setAllocationLimit(MOST_PIXELS_MB)
        if index and not reader.jumpToImage(index):
            raise NoPreview()
        if scale < 1.0:
            natural = self.natural_size(index)
            wanted = QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))
            if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
                wanted = wanted.transposed()  # the reader scales before it turns
            reader.setScaledSize(wanted)
        image = reader.read()
        if image.isNull():
            raise NoPreview()
        return image

    def close(self) -> None:
        self._shown = None


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

    def quick_scale(self, index: int, scale: float) -> float:
        return scale  # a page is drawn at the size asked for, fast enough as it is

    def close(self) -> None:
        self._document.close()
