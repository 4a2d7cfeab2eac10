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


def button_text(text: str) -> str:
    """`text` for a button's caption, where a single `&` would otherwise mark a keyboard shortcut."""
    return text.replace("&", "&&")

