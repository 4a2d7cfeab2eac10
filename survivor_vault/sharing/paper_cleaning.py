"""A paper as it goes into a packet: a photo without its hidden details, any other document as it is.

Photos keep details their owner never sees: where and when they were taken (EXIF GPS and times), the camera or
phone (EXIF make and model, an ICC profile named for it), words (EXIF, XMP, IPTC, comments, PNG text chunks),
a small copy of the picture as it was before any crop (EXIF thumbnails), and sometimes a second picture after the
first one ends. None of that goes into a packet. Every picture is rebuilt from a list of the parts that draw it,
and nothing else:

- a JPEG keeps its tables, frame, scans and end (DQT, DHT, DAC, DRI, SOF, SOS and its coded data, EOI) and
  nothing else: every APPn (EXIF, XMP, ICC, IPTC, JFIF and its thumbnail…), every comment and whatever follows
  its end are dropped; only Adobe's colour-transform flag is written again, in a segment of our own, because the
  colours of a CMYK or RGB JPEG depend on it. The pixels are untouched: no quality lost, and milliseconds where
  decoding and encoding a 12-megapixel photo takes over a second (benchmarks/packet_timings.py).
- a JPEG whose EXIF says "turn me" (a phone held sideways) is decoded by Qt with the turn applied to its pixels,
  and encoded again (quality 92), so that it shows the right way up once the EXIF is gone; then rebuilt as above.
- a PNG keeps the chunks that draw it (IHDR, PLTE, tRNS, gAMA, cHRM, sRGB, sBIT, bKGD, pHYs, IDAT, IEND), each
  CRC checked; text (tEXt, zTXt, iTXt), EXIF (eXIf), times (tIME), ICC profiles (iCCP) and all else are dropped.
- GIF, WebP and TIFF are decoded by Qt and encoded again: as PNG (GIF, and any picture with transparency or
  few colours) or as JPEG (quality 92), from a fresh picture that holds only pixels (Qt writes a picture's text
  as comments), in sRGB with no profile; then rebuilt as above.

A picture that cannot be taken apart or decoded (damaged, cut short, too large for Qt), a picture file of several
pages (only the first would go), or a photo in a format Qt cannot read (HEIC, AVIF, JPEG XL) is never attached:
`PictureNotCleaned` says which. A PDF goes exactly as the vault holds it: rewriting it to drop its document
information could break what makes it valid (a court's or an agency's digital signature), and the agency may need
the original. Any other file goes as it is too. The wizard's preview says both.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColorSpace, QImage, QImageIOHandler, QImageReader, QImageWriter

JPEG, PNG, GIF, WEBP, TIFF = "image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff"
PDF, OTHER = "application/pdf", "application/octet-stream"
PICTURES = (JPEG, PNG, GIF, WEBP, TIFF)
JPEG_QUALITY = 92
# Photo formats Qt cannot read, so whose details cannot be taken out: ISO BMFF brands (HEIC, HEIF, AVIF), JPEG XL.
_UNREADABLE_PHOTO_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis")
_JPEG_XL = (b"\xff\x0a", b"\x00\x00\x00\x0cJXL \r\n\x87\n")


class NotCleanable(ValueError):
    """Why a picture cannot be cleaned: "damaged" (or too large for Qt), "pages" or "format"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CleanPaper:
    data: bytes
    media_type: str


def is_unreadable_photo(head: bytes) -> bool:
    """A photo format Qt cannot decode (an iPhone's HEIC, AVIF, JPEG XL): its details could not be taken out."""
    if head.startswith(_JPEG_XL):
        return True
    return head[4:8] == b"ftyp" and head[8:12] in _UNREADABLE_PHOTO_BRANDS


def clean(data: bytes, media_type: str) -> CleanPaper:
    """The bytes that go into a packet for a paper of this (sniffed) media type. NotCleanable for a picture that
    cannot go without its details."""
    if media_type not in PICTURES:
        if is_unreadable_photo(data[:32]):
            raise NotCleanable("format")
        return CleanPaper(data, media_type)
    from survivor_vault.sharing.pdf_pages import ensure_gui_application

    ensure_gui_application()  # image plugins (JPEG, WebP, TIFF) are found through the application
    reader, _buffer = _reader(data)
    if reader.imageCount() > 1:  # asked first: Qt 6.11 crashed reading the size of a two-page TIFF from memory
        raise NotCleanable("pages")
    if not reader.canRead() or not reader.size().isValid():
        raise NotCleanable("damaged")
    if media_type == JPEG and reader.transformation() == QImageIOHandler.Transformation.TransformationNone:
        return CleanPaper(jpeg_without_details(data), JPEG)
    if media_type == PNG:
        return CleanPaper(png_without_details(data), PNG)  # Qt does not turn a PNG by its eXIf either
    return _reencoded(reader, media_type)


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # the EXIF orientation goes into the pixels before the EXIF goes
    return reader, buffer  # the buffer must outlive the reader's use


def _reencoded(reader: QImageReader, media_type: str) -> CleanPaper:
    image = reader.read()
    if image.isNull():
        raise NotCleanable("damaged")
    pixels = _only_pixels(image)
    lossless = media_type in (PNG, GIF) or pixels.hasAlphaChannel() or pixels.format() in (
        QImage.Format.Format_Mono, QImage.Format.Format_MonoLSB, QImage.Format.Format_Indexed8)
    kind = PNG if lossless else JPEG
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png" if lossless else b"jpeg"))
    if not lossless:
        writer.setQuality(JPEG_QUALITY)
    if not writer.write(pixels):
        raise NotCleanable("damaged")
    encoded = bytes(buffer.data().data())
    return CleanPaper(png_without_details(encoded) if lossless else jpeg_without_details(encoded), kind)


def _only_pixels(image: QImage) -> QImage:
    """A new picture with the same pixels in sRGB and nothing else: no text (Qt writes a picture's text into the file
    as comments or text chunks), no colour profile (which can name the device)."""
    srgb = QColorSpace(QColorSpace.NamedColorSpace.SRgb)
    if image.colorSpace().isValid() and image.colorSpace() != srgb:
        converted = image.convertedToColorSpace(srgb)
        image = converted if not converted.isNull() else image  # a profile Qt cannot convert from: dropped as it is
    fresh = QImage(image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format()).copy()
    if image.colorCount():
        fresh.setColorTable(image.colorTable())
    fresh.setColorSpace(QColorSpace())
    fresh.setDotsPerMeterX(image.dotsPerMeterX())
    fresh.setDotsPerMeterY(image.dotsPerMeterY())
    return fresh


# --- JPEG: rebuilt from the segments that draw it ---------------------------------------------------------------
_SOF = {*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), *range(0xCD, 0xD0)}
_KEPT = _SOF | {0xC4, 0xCC, 0xDB, 0xDD, 0xDC}  # frames, Huffman / arithmetic tables, quantisation, restart, lines
_DROPPED = {*range(0xE0, 0xF0), 0xFE}  # APP0-APP15 (JFIF, EXIF, XMP, ICC, IPTC, Adobe…), comments
_SOS, _EOI, _APP14 = 0xDA, 0xD9, 0xEE
_SCAN_END = re.compile(rb"\xff(?![\x00\xd0-\xd7\xff])")  # the first marker that is not a stuffed byte or a restart


def _segment_end(data: bytes, pos: int) -> int:
    """Where the segment whose marker is at `pos` ends (its length counts itself, not the marker)."""
    if pos + 4 > len(data):
        raise NotCleanable("damaged")
    end = pos + 2 + struct.unpack(">H", data[pos + 2:pos + 4])[0]
    if end > len(data) or end < pos + 4:
        raise NotCleanable("damaged")
    return end


def _adobe(segment: bytes) -> bytes:
    """Adobe's APP14 written again with nothing but its colour-transform flag (the rest is a version and flags)."""
    payload = segment[4:]
    if not payload.startswith(b"Adobe") or len(payload) < 12:
        return b""
    return b"\xff\xee\x00\x0eAdobe\x00\x64\x00\x00\x00\x00" + payload[11:12]


def jpeg_without_details(data: bytes) -> bytes:
    """The JPEG's drawing segments only, in order, up to and including its end (NotCleanable if it is broken)."""
    if not data.startswith(b"\xff\xd8"):
        raise NotCleanable("damaged")
    out, pos, scans, frames = [b"\xff\xd8"], 2, 0, 0
    while True:
        while data[pos:pos + 2] == b"\xff\xff":  # fill bytes before a marker
            pos += 1
        if pos + 2 > len(data) or data[pos] != 0xFF:
            raise NotCleanable("damaged")
        marker = data[pos + 1]
        if marker == _EOI:
            break
        end = _segment_end(data, pos)
        if marker == _SOS:
            found = _SCAN_END.search(data, end)
            if found is None:
                raise NotCleanable("damaged")  # cut short: no end after the coded data
            out.append(data[pos:found.start()])
            scans, pos = scans + 1, found.start()
            continue
        if marker == _APP14:
            out.append(_adobe(data[pos:end]))
        elif marker in _KEPT:
            out.append(data[pos:end])
            frames += marker in _SOF
        elif marker not in _DROPPED:
            raise NotCleanable("damaged")  # a marker our builder does not know: never guessed at
        pos = end
    if frames != 1 or not scans:
        raise NotCleanable("damaged")
    out.append(b"\xff\xd9")  # and nothing after it: a second picture appended by a phone stays behind
    return b"".join(out)


# --- PNG: rebuilt from the chunks that draw it ----------------------------------------------------------------
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEPT = {b"IHDR", b"PLTE", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"bKGD", b"pHYs", b"IDAT", b"IEND"}


def png_without_details(data: bytes) -> bytes:
    """The PNG's drawing chunks only, each with a checked CRC, up to IEND (NotCleanable if it is broken)."""
    if not data.startswith(_PNG_SIGNATURE):
        raise NotCleanable("damaged")
    out, pos, kinds = [_PNG_SIGNATURE], len(_PNG_SIGNATURE), []
    while pos + 12 <= len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if end > len(data) or zlib.crc32(data[pos + 4:end - 4]) != struct.unpack(">I", data[end - 4:end])[0]:
            raise NotCleanable("damaged")
        if kind in _PNG_KEPT:
            out.append(data[pos:end])
            kinds.append(kind)
        pos = end
        if kind == b"IEND":
            break
    if not kinds or kinds[0] != b"IHDR" or kinds[-1] != b"IEND" or b"IDAT" not in kinds:
        raise NotCleanable("damaged")
    return b"".join(out)
