"""The fonts that ship with the app (Noto; OFL): registered with Qt, each family once, when first needed.

A packet is typeset in them, so the survivor's words — Latin, Greek, Cyrillic, Arabic or Chinese, with emoji —
print the same whatever fonts the sender's computer has; the app falls back to them for any character its own font
lacks. resources/fonts/README.md says where each came from (packaging/make_fonts.py makes the Arabic, Chinese and
symbol subsets).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase

from survivor_vault.resource_paths import font_path

# Each family's files, in the order of fallback: a character is drawn from the first family that has it.
FAMILIES: dict[str, tuple[str, ...]] = {
    "Noto Sans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "Noto Emoji": ("NotoEmoji-Regular.ttf",),
    "Noto Sans Symbols2": ("NotoSansSymbols2-Regular.ttf",),  # ⇧ for Shift, and the keyboard's other signs
    # The UI cut: lines as tall as Noto Sans's (Noto Sans Arabic's are 1.6 times taller, and overflowed labels).
    "Noto Sans Arabic UI": ("NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf"),
    "Noto Sans CJK SC": ("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf"),
}
FILES = tuple(name for files in FAMILIES.values() for name in files)
TEXT_FAMILY = "Noto Sans"
EMOJI_FAMILY = "Noto Emoji"
# What every first frame may show (the app's words in a Latin, Greek or Cyrillic script, ⇧); a script of its own
# only when the app speaks it. The app registers the rest right after its first frame (ui/main_window.py).
EVERY_LANGUAGE = ("Noto Sans", "Noto Emoji", "Noto Sans Symbols2")
SCRIPT_OF_LANGUAGE = {"ar": "Noto Sans Arabic UI", "zh": "Noto Sans CJK SC"}

_registered: dict[str, bool] = {}  # family -> Qt knows it now
_lock = threading.Lock()  # a packet typeset on a worker while the window registers the rest


def load(families: Iterable[str] = FAMILIES) -> list[str]:
    """Register the bundled fonts of `families` (each once; needs a Qt GUI application). Returns every bundled
    family Qt knows now, in the order of fallback."""
    with _lock:
        for family in families:
            if family not in _registered:
                ids = [QFontDatabase.addApplicationFont(font_path(name)) for name in FAMILIES[family]]
                _registered[family] = any(family in QFontDatabase.applicationFontFamilies(i) for i in ids if i >= 0)
        return [family for family in FAMILIES if _registered.get(family)]


def first_frame_families(language: str) -> list[str]:
    """The families the app's first frame needs when it speaks `language` (a code such as "es" or "zh_CN")."""
    script = SCRIPT_OF_LANGUAGE.get(language.split("_")[0])
    return [*EVERY_LANGUAGE, *([script] if script else [])]


def packet_font(point_size: float) -> QFont:
    """The packet's text font: Noto Sans, then the other bundled families for what it lacks (then Qt's fallback)."""
    families = load()
    font = QFont()
    font.setFamilies(families or [font.family()])
    font.setPointSizeF(point_size)
    return font


def with_fallback(font: QFont, language: str = "en") -> QFont:
    """`font` (the desktop's own), falling back to every bundled family for characters it lacks. Registers those
    the first frame needs in `language`; the others are used from the moment `load()` registers them."""
    load(first_frame_families(language))
    fallback = QFont(font)
    own = font.families() or [font.family()]
    fallback.setFamilies([*own, *(f for f in FAMILIES if f not in own)])
    return fallback
