"""The words a withdrawal notice is written with, in a language, from its translation file (not from the app's
code), and the words a PDF reader gets back from a notice."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date

from PySide6.QtCore import QLocale

from survivor_vault.sharing.packet_wording import TEXTS
from tests.conftest import REPO_ROOT

NOTICE_KEYS = ("withdrawal_title", "withdrawal_body", "withdrawal_date", "fingerprint", "page")
_PLACEHOLDER = re.compile(r"%\d")
_BIDI_CONTROLS = dict.fromkeys((*range(0x202A, 0x202F), 0x200E, 0x200F, *range(0x2066, 0x206A)), " ")


def words_in(text: str) -> set[str]:
    """The words of `text`, without vowel marks (poppler may put an Arabic mark before its letter, or on a line of
    its own); the direction controls poppler puts around right-to-left lines and the left-to-right runs in them
    part words (the space between two runs may stand on the far side of one)."""
    text = text.translate(_BIDI_CONTROLS)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return set(re.findall(r"\w+", _PLACEHOLDER.sub(" ", text)))


def translations(code: str) -> dict[str, str]:
    """The packet's words in `code` (not English), English source -> translation, as
    resources/translations/svault_<code>.ts holds them."""
    root = ET.parse(REPO_ROOT / "resources" / "translations" / f"svault_{code}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.find("name").text == "Packet":
            for message in context.iter("message"):
                found[message.find("source").text] = message.find("translation").text
    return found


def notice_words(code: str, day: date) -> set[str]:
    """Every word the notice's own wording has in `code`, and `day`'s month and day as the language writes them."""
    translated = translations(code) if code != "en" else {text: text for text in TEXTS.values()}
    locale = QLocale(code)
    return set().union(*(words_in(translated[TEXTS[key]]) for key in NOTICE_KEYS),
                       words_in(f"{locale.monthName(day.month)} {locale.toString(day.day)}"))


def english_only_words(code: str, day: date) -> set[str]:
    """The English notice's words that the notice in `code` does not share (French has "Page" too)."""
    english = set().union(*(words_in(TEXTS[key]) for key in NOTICE_KEYS),
                          words_in(QLocale("en").monthName(day.month)))
    return english - notice_words(code, day)


def pdf_words(path) -> set[str]:
    return words_in(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout)


def title_line_edges(path) -> tuple[float, float, float]:
    """The first line's left and right edges on the first page, and the page's width (points)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    boxes = [tuple(map(float, b)) for b in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', html)]
    top = min(y for _x, y, _r in boxes)
    line = [(x, right) for x, y, right in boxes if abs(y - top) < 1]
    return min(x for x, _r in line), max(r for _x, r in line), width
