"""What a PDF reader copies out of a packet: the letters that were typed, not the shapes that were drawn.

Qt's PDF writer tells readers which text each glyph stands for (a font's ToUnicode map) by looking the glyph up in
the font's own character map. A joined Arabic letter — the initial, medial or final shape HarfBuzz chose, or a
lam-alef — is in that map only as its "presentation form" (U+FB50-U+FDFF, U+FE70-U+FEFF), code points kept for old
systems: copied, searched or read by pdftotext, "سكن" came out as "ﺳﻜﻦ", which no search for the word finds. Here
each presentation form is written back as the letters it shows (its compatibility decomposition). Maps without one
are left exactly as Qt wrote them.

A glyph that shows several letters (a lam-alef) gets them in the order they are seen, right to left: readers share a
glyph's text out over its width from left to right, then turn right-to-left text into reading order, so poppler and
pdf.js both read "لا" back from the letters written as "ال" (and "ال" from "لا").
"""

from __future__ import annotations

import re
import unicodedata

_BLOCK = re.compile(rb"\d+\s+begin(bfrange|bfchar)\s(.*?)end\1", re.DOTALL)
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_PER_BLOCK = 100  # the most entries a begin/end block may hold (PDF 1.7, 9.10.3; Adobe's CMap specification)


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode("ascii")).decode("utf-16-be", errors="surrogatepass")


def _hex(text: str) -> bytes:
    return text.encode("utf-16-be", errors="surrogatepass").hex().upper().encode("ascii")


def _add_range(found: dict[int, str], first: int, last: int, start: bytes | None, listed: bytes | None) -> None:
    if listed is not None:
        for code, value in zip(range(first, last + 1), _HEX.findall(listed), strict=False):
            found[code] = _text(value)
        return
    base = _text(start or b"")
    for offset, code in enumerate(range(first, last + 1)):  # the last character counts up (PDF 1.7, 9.10.3)
        found[code] = base[:-1] + chr(ord(base[-1]) + offset) if base else ""


def read_map(cmap: bytes) -> dict[int, str]:
    """Glyph code -> text, from a ToUnicode CMap's bfrange and bfchar blocks."""
    found: dict[int, str] = {}
    for kind, body in _BLOCK.findall(cmap):
        if kind == b"bfchar":
            for code, value in _CHAR.findall(body):
                found[int(code, 16)] = _text(value)
            continue
        for first, last, start, listed in _RANGE.findall(body):
            _add_range(found, int(first, 16), int(last, 16), start if not listed else None, listed or None)
    return found


def _presentation_form(text: str) -> bool:
    return any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in text)


def _as_seen(text: str) -> str:
    """A presentation form's letters, right to left as they are drawn; any other text as it is."""
    return unicodedata.normalize("NFKC", text)[::-1] if _presentation_form(text) else text


def as_letters(cmap: bytes) -> bytes:
    """`cmap` with every Arabic presentation form mapped to the letters it shows; unchanged if it has none."""
    found = read_map(cmap)
    if not any(_presentation_form(text) for text in found.values()):
        return cmap
    blocks = list(_BLOCK.finditer(cmap))
    head, tail = cmap[:blocks[0].start()], cmap[blocks[-1].end():]
    codes = sorted(found)
    lines = []
    for at in range(0, len(codes), _PER_BLOCK):
        chunk = codes[at:at + _PER_BLOCK]
        lines.append(b"%d beginbfchar\n" % len(chunk))
        for code in chunk:
            text = found[code]
            lines.append(b"<%04X> <%s>\n" % (code, _hex(_as_seen(text))))
        lines.append(b"endbfchar\n")
    return head + b"".join(lines) + tail


def fonts_as_letters(pages) -> None:
    """Rewrite, in place, the ToUnicode map of every font on `pages` (pypdf pages) that has a presentation form."""
    done: set[int] = set()
    for page in pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            to_unicode = font.get_object().get("/ToUnicode")
            if to_unicode is None:
                continue
            stream = to_unicode.get_object()
            if id(stream) in done:
                continue
            done.add(id(stream))
            data = stream.get_data()
            letters = as_letters(data)
            if letters != data:
                stream.set_data(letters)
