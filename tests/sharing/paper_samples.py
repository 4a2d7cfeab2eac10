"""Papers made here, with hidden details planted in every place a photo keeps them (nothing is downloaded).

Qt writes no EXIF, so the EXIF is built by hand: a TIFF structure (big-endian) with the camera's make and model,
the time it was taken, a GPS position and a description holding a marker string, plus an orientation. The JPEG
also gets XMP, IPTC (Photoshop), an ICC profile, a comment and a second image after its end (as phones append);
the PNG gets tEXt, zTXt, iTXt, eXIf and tIME chunks; the GIF a comment; the WebP EXIF and XMP chunks; the TIFF
its own description, make and model tags.
"""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

MARKER = "ZQMARKER-INSIDE-EXIF"  # the same marker tests/test_no_plaintext.py plants
GPS_MARKER = "ZQMARKER-GPS-AREA"
MAKE, MODEL = "ZQMAKE-PHONECO", "ZQMODEL-X9"
XMP_MARKER, IPTC_MARKER, COMMENT_MARKER = "ZQMARKER-XMP", "ZQMARKER-IPTC", "ZQMARKER-COMMENT"
PNG_MARKERS = ("ZQMARKER-PNG-TEXT", "ZQMARKER-PNG-ZTXT", "ZQMARKER-PNG-ITXT")
TRAILER_MARKER = "ZQMARKER-AFTER-THE-END"
ALL_MARKERS = (MARKER, GPS_MARKER, MAKE, MODEL, XMP_MARKER, IPTC_MARKER, COMMENT_MARKER, *PNG_MARKERS,
               TRAILER_MARKER)


def picture(width: int = 64, height: int = 32) -> QImage:
    """A picture whose orientation can be told: red on its left half, blue on its right."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height, QColor("red"))
    painter.end()
    return image


def encoded(image: QImage, fmt: bytes, quality: int = 90) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(fmt))
    writer.setQuality(quality)
    if not writer.write(image):
        raise RuntimeError(writer.errorString())
    return bytes(buffer.data().data())


# --- EXIF, by hand: a big-endian TIFF header and IFDs --------------------------------------------------------
_ASCII, _SHORT, _LONG, _RATIONAL = 2, 3, 4, 5


def _ifd(entries: list[tuple[int, int, bytes, int]], start: int) -> tuple[bytes, bytes]:
    """One IFD at offset `start` (from the TIFF header): (the directory, the data it points to)."""
    directory = bytearray(struct.pack(">H", len(entries)))
    data = bytearray()
    data_at = start + 2 + 12 * len(entries) + 4
    for tag, kind, value, count in sorted(entries):
        if len(value) <= 4:
            directory += struct.pack(">HHI", tag, kind, count) + value.ljust(4, b"\0")
        else:
            directory += struct.pack(">HHII", tag, kind, count, data_at + len(data))
            data += value + (b"\0" if len(value) % 2 else b"")
    directory += b"\0\0\0\0"
    return bytes(directory), bytes(data)


def _ascii(tag: int, text: str) -> tuple[int, int, bytes, int]:
    value = text.encode() + b"\0"
    return tag, _ASCII, value, len(value)


def exif_tiff(orientation: int = 1) -> bytes:
    """The TIFF structure of an EXIF block: IFD0 (make, model, description, orientation) → Exif IFD (time) and
    GPS IFD (a position, and an area name holding a marker)."""
    header = b"MM\x00\x2a\x00\x00\x00\x08"
    ifd0_entries = [_ascii(0x010E, MARKER), _ascii(0x010F, MAKE), _ascii(0x0110, MODEL),
                    (0x0112, _SHORT, struct.pack(">H", orientation), 1),
                    (0x8769, _LONG, b"\0\0\0\0", 1), (0x8825, _LONG, b"\0\0\0\0", 1)]
    # Sizes first (pointers are 4 bytes whatever they hold), then the real offsets.
    ifd0, ifd0_data = _ifd(ifd0_entries, 8)
    exif_at = 8 + len(ifd0) + len(ifd0_data)
    exif_entries = [_ascii(0x9003, "2026:03:14 09:26:53")]
    exif_ifd, exif_data = _ifd(exif_entries, exif_at)
    gps_at = exif_at + len(exif_ifd) + len(exif_data)
    ifd0_entries[4:] = [(0x8769, _LONG, struct.pack(">I", exif_at), 1), (0x8825, _LONG, struct.pack(">I", gps_at), 1)]
    ifd0, ifd0_data = _ifd(ifd0_entries, 8)
    degrees = struct.pack(">IIIIII", 51, 1, 30, 1, 2644, 100)
    gps_entries = [(0x0001, _ASCII, b"N\0", 2), (0x0002, _RATIONAL, degrees, 3), (0x0003, _ASCII, b"W\0", 2),
                   (0x0004, _RATIONAL, degrees, 3), _ascii(0x001C, GPS_MARKER)]
    gps_ifd, gps_data = _ifd(gps_entries, gps_at)
    return header + ifd0 + ifd0_data + exif_ifd + exif_data + gps_ifd + gps_data


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def xmp_packet() -> bytes:
    return (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
            b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/'
            b'elements/1.1/"><dc:description>' + XMP_MARKER.encode() + b"</dc:description></rdf:Description>"
            b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>')


def _iptc() -> bytes:
    caption = IPTC_MARKER.encode()
    record = b"\x1c\x02\x78" + struct.pack(">H", len(caption)) + caption  # 2:120 caption
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record
    return b"Photoshop 3.0\x00" + block


def jpeg_with_everything(orientation: int = 6, image: QImage | None = None, quality: int = 90) -> bytes:
    """A real JPEG (Qt decodes it) with EXIF (orientation 6 by default: turn 90° clockwise to show it), XMP, IPTC,
    a comment, an ICC profile and a second JPEG after its end holding a marker."""
    plain = encoded(image if image is not None else picture(), b"jpeg", quality)
    assert plain[:2] == b"\xff\xd8"
    icc = _icc_profile()
    segments = (_segment(0xE1, b"Exif\x00\x00" + exif_tiff(orientation))
                + _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp_packet())
                + _segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + icc)
                + _segment(0xED, _iptc())
                + _segment(0xFE, COMMENT_MARKER.encode()))
    trailer = b"\xff\xd8" + _segment(0xFE, TRAILER_MARKER.encode()) + b"\xff\xd9"
    return plain[:2] + segments + plain[2:] + trailer


def _icc_profile() -> bytes:
    """An sRGB profile as Qt writes one (its description names it; a phone's would name the phone)."""
    from PySide6.QtGui import QColorSpace

    return bytes(QColorSpace(QColorSpace.NamedColorSpace.SRgb).iccProfile().data())


# --- PNG ------------------------------------------------------------------------------------------------------
def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_with_everything(image: QImage | None = None) -> bytes:
    """A real PNG with text (tEXt, zTXt, iTXt), EXIF (eXIf) and a time (tIME) before its pixels."""
    plain = encoded(image if image is not None else picture(), b"png")
    head = 8 + 25  # the signature and IHDR
    text, ztext, itext = PNG_MARKERS
    extra = (_chunk(b"tEXt", b"Comment\x00" + text.encode())
             + _chunk(b"zTXt", b"Description\x00\x00" + zlib.compress(ztext.encode()))
             + _chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + itext.encode() + xmp_packet())
             + _chunk(b"eXIf", exif_tiff(1))
             + _chunk(b"tIME", struct.pack(">HBBBBB", 2026, 3, 14, 9, 26, 53)))
    return plain[:head] + extra + plain[head:]


def gif_with_comment() -> bytes:
    """A one-frame GIF (written by hand: Qt reads GIF but cannot write it) with a comment extension."""
    width, height = 4, 2
    palette = b"\xff\x00\x00" + b"\x00\x00\xff" + b"\x00" * 6
    pixels = bytes([0, 0, 1, 1] * height)
    lzw = _gif_lzw(pixels)
    comment = COMMENT_MARKER.encode()
    return (b"GIF89a" + struct.pack("<HH", width, height) + b"\x81\x00\x00" + palette
            + b"\x21\xfe" + bytes([len(comment)]) + comment + b"\x00"
            + b"\x2c" + struct.pack("<HHHH", 0, 0, width, height) + b"\x00"
            + b"\x02" + bytes([len(lzw)]) + lzw + b"\x00" + b"\x3b")


def _gif_lzw(pixels: bytes) -> bytes:
    """Uncompressed-style GIF LZW (a clear code before every pixel, 3-bit codes): valid and simple."""
    bits, count = 0, 0
    out = bytearray()
    for code in [c for p in pixels for c in (4, p)] + [5]:
        bits |= code << count
        count += 3
        while count >= 8:
            out.append(bits & 0xFF)
            bits >>= 8
            count -= 8
    if count:
        out.append(bits & 0xFF)
    return bytes(out)


def webp_with_everything() -> bytes:
    """A real WebP (Qt writes a simple one) turned into the extended form with EXIF and XMP chunks."""
    plain = encoded(picture(), b"webp")
    assert plain[:4] == b"RIFF" and plain[8:12] == b"WEBP"
    body = plain[12:]
    width, height = picture().width(), picture().height()
    vp8x = b"VP8X" + struct.pack("<I", 10) + bytes([0x08 | 0x04, 0, 0, 0]) \
        + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")

    def riff_chunk(kind: bytes, payload: bytes) -> bytes:
        return kind + struct.pack("<I", len(payload)) + payload + (b"\0" if len(payload) % 2 else b"")

    chunks = vp8x + body + riff_chunk(b"EXIF", exif_tiff(1)) + riff_chunk(b"XMP ", xmp_packet())
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + chunks


def tiff(pages: int = 1) -> bytes:
    """An uncompressed RGB TIFF written by hand (big-endian), each page with the description, make and model tags
    and a GPS position holding markers (Qt's own TIFF writer writes none of them)."""
    width, height = 8, 4
    pixels = b"".join((b"\xff\x00\x00" if x < width // 2 else b"\x00\x00\xff") for _y in range(height)
                      for x in range(width))
    out = bytearray(b"MM\x00\x2a\x00\x00\x00\x00")
    previous_link = 4  # where the offset of the next IFD is written
    for _page in range(pages):
        strip_at = len(out)
        out += pixels
        gps_at = len(out)
        degrees = struct.pack(">IIIIII", 51, 1, 30, 1, 2644, 100)
        gps, gps_data = _ifd([(0x0001, _ASCII, b"N\0", 2), (0x0002, _RATIONAL, degrees, 3),
                              _ascii(0x001C, GPS_MARKER)], gps_at)
        out += gps + gps_data
        ifd_at = len(out)
        entries = [(0x0100, _SHORT, struct.pack(">H", width), 1), (0x0101, _SHORT, struct.pack(">H", height), 1),
                   (0x0102, _SHORT, struct.pack(">HHH", 8, 8, 8), 3), (0x0103, _SHORT, struct.pack(">H", 1), 1),
                   (0x0106, _SHORT, struct.pack(">H", 2), 1), _ascii(0x010E, MARKER), _ascii(0x010F, MAKE),
                   _ascii(0x0110, MODEL), (0x0111, _LONG, struct.pack(">I", strip_at), 1),
                   (0x0115, _SHORT, struct.pack(">H", 3), 1), (0x0116, _SHORT, struct.pack(">H", height), 1),
                   (0x0117, _LONG, struct.pack(">I", len(pixels)), 1), (0x011C, _SHORT, struct.pack(">H", 1), 1),
                   (0x8825, _LONG, struct.pack(">I", gps_at), 1)]
        directory, data = _ifd(entries, ifd_at)
        out[previous_link:previous_link + 4] = struct.pack(">I", ifd_at)
        previous_link = ifd_at + len(directory) - 4
        out += directory + data
    return bytes(out)


def damaged_jpeg() -> bytes:
    """Starts as a JPEG with EXIF, but the pixels are cut off: nothing decodes it."""
    whole = jpeg_with_everything()
    return whole[: whole.index(b"\xff\xda")] + b"\xff\xda\x00\x02"


def heic_header() -> bytes:
    """The first bytes of an iPhone photo (HEIC): a format Qt cannot read, so it cannot be cleaned."""
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64 + MARKER.encode()


def left_is_red(image: QImage) -> bool:
    """Whether the picture's left edge is red (it is unless turned)."""
    colour = QColor(image.pixel(1, image.height() // 2))
    return colour.red() > 150 and colour.blue() < 100


def top_is_red(image: QImage) -> bool:
    colour = QColor(image.pixel(image.width() // 2, 1))
    return colour.red() > 150 and colour.blue() < 100


