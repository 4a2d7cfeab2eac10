"""A person's, a kit's or a packet's words shown in Qt exactly as written: never as markup, never as a link.

Labels and message boxes take `Qt.TextFormat.PlainText`. Tooltips cannot: Qt draws any tooltip
that looks like HTML (`Qt.mightBeRichText`) as HTML, so a goal titled `<a href=…>` would become a
link. `tooltip()` hands Qt rich text whose only content is the escaped characters, so what is
drawn is the text itself, line breaks and spaces kept.
"""

from __future__ import annotations

import html


def tooltip(text: str) -> str:
    """`text` as a tooltip Qt shows literally (an empty text gives no tooltip)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


_BREAK_AFTER = 20  # letters without a space before a break is allowed
_ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """`text` with a place to break a line every 20 letters of a word longer than that: a label wraps only at
    spaces, and one long name (a file's: Residence_Permit_Application_Receipt_2024) made a whole page scroll
    sideways at the largest text (found by an attack). Nothing is shown where it breaks."""
    def split(word: str) -> str:
        if len(word) <= _BREAK_AFTER:
            return word
        return _ZERO_WIDTH_SPACE.join(word[i:i + _BREAK_AFTER] for i in range(0, len(word), _BREAK_AFTER))

    return " ".join(split(word) for word in text.split(" "))


def button_text(text: str) -> str:
    """`text` for a button's caption, where a single `&` would otherwise mark a keyboard shortcut."""
    return text.replace("&", "&&")

