"""Text from outside (a packet, a kit) made safe to show: no character that controls a terminal or a layout.

Drops C0 controls but line feed and tab (so no escape sequence, no carriage return that draws
over a line), DEL, C1 controls (U+0080–U+009F, which include the 8-bit escape CSI), and the
bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make
text read in another order than it is stored. Also lone surrogates (U+D800–U+DFFF, which JSON's
"\ud800" can smuggle into a str): they are not text, and printing or encoding them fails.
"""

from __future__ import annotations

_DROP = {c: None for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F),
                           *range(0x2066, 0x206A), *range(0xD800, 0xE000)) if chr(c) not in "\n\t"}


def without_controls(text: str) -> str:
    """`text` with every control character above removed (line feeds and tabs are kept)."""
    return text.translate(_DROP)
