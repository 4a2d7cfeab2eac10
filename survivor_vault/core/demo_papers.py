"""Invented papers for demo mode, made in memory: a plain one-page PDF with a few lines of text, and a picture
of a made-up card. Nothing here is a real document; each says DEMO on it."""

from __future__ import annotations

import struct
import zlib


def _pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def demo_pdf(lines: list[str]) -> bytes:
    """A one-page A4 PDF with `lines` in Helvetica (ASCII text), and DEMO written large across its top."""
    content = ["BT /F1 40 Tf 72 760 Td (DEMO) Tj ET"]
    y = 700
    for line in lines:
        content.append(f"BT /F1 14 Tf 72 {y} Td ({_pdf_text(line)}) Tj ET")
        y -= 24
    return one_page_pdf("\n".join(content).encode("ascii", "replace"))


def one_page_pdf(content: bytes, *, compressed: bool = False) -> bytes:
    """A valid one-page A4 PDF drawing `content` (a page's drawing operators), Helvetica as /F1."""
    import zlib

    stream = zlib.compress(content) if compressed else content
    flate = b" /Filter /FlateDecode" if compressed else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + flate + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def demo_card_png(width: int = 480, height: int = 300, colour: tuple[int, int, int] = (70, 110, 160)) -> bytes:
    """A picture of a made-up card: a coloured band, a grey square where a photo would be, and lines for text."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # no filter
        for x in range(width):
            if y < 60:
                pixel = colour
            elif 90 <= y < 230 and 30 <= x < 150:
                pixel = (190, 190, 190)
            elif x >= 180 and (y - 100) % 40 < 10 and 100 <= y < 230 and x < width - 40:
                pixel = (120, 120, 120)
            else:
                pixel = (246, 244, 238)
            row += bytes(pixel)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + _chunk(b"IEND", b""))
