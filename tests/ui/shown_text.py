"""What Qt really draws for a piece of text: the characters, or rich text with its tags and links."""

from __future__ import annotations

from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument


def looks_rich(text: str) -> bool:
    """Qt's own test (`Qt::mightBeRichText`) for AutoText labels and every tooltip."""
    return QtGui.mightBeRichText(text)


def rendered(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def links_in(document: QTextDocument) -> list[str]:
    """The targets of every link the document would draw."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            fragments += 1
        block = block.next()
    return found


def shown_in_tooltip(tip: str) -> str:
    """The text a person sees in a tooltip: Qt draws it as HTML when it looks like HTML."""
    return rendered(tip).toPlainText() if looks_rich(tip) else tip
