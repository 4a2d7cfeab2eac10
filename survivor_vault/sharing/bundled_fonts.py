"""The fonts that ship with the app (Noto Sans, Noto Emoji; OFL): registered once with Qt.

A packet is typeset in them, so the survivor's words and emoji print the same whatever fonts the
sender's computer has; the app falls back to them for any character its own font lacks.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from survivor_vault.resource_paths import font_path

FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoEmoji-Regular.ttf")
TEXT_FAMILY = "Noto Sans"
EMOJI_FAMILY = "Noto Emoji"

_loaded: list[str] | None = None


def load() -> list[str]:
    """Register the bundled fonts (once; needs a Qt GUI application). Returns the families now known."""
    global _loaded  # noqa: PLW0603 - one registration per process
    if _loaded is None:
        families: list[str] = []
        for name in FILES:
            font_id = QFontDatabase.addApplicationFont(font_path(name))
            if font_id >= 0:
                families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
        _loaded = families
    return list(_loaded)


def packet_font(point_size: float) -> QFont:
    """The packet's text font: Noto Sans, then Noto Emoji for what it lacks (then Qt's own fallback)."""
    families = load()
    font = QFont()
    font.setFamilies([f for f in (TEXT_FAMILY, EMOJI_FAMILY) if f in families] or [font.family()])
    font.setPointSizeF(point_size)
    return font


def with_fallback(font: QFont) -> QFont:
    """`font` (the desktop's own), falling back to the bundled fonts for characters it lacks."""
    families = load()
    fallback = QFont(font)
    own = font.families() or [font.family()]
    fallback.setFamilies([*own, *(f for f in (TEXT_FAMILY, EMOJI_FAMILY) if f in families and f not in own)])
    return fallback
