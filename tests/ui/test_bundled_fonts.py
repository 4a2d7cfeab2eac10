"""The app falls back to the bundled fonts for any character the desktop's own font lacks, and those fonts have a glyph
for every character of every translation (issue 16): what they lack is a box on a computer without the script."""

import json
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

from survivor_vault.resource_paths import font_path
from survivor_vault.sharing import bundled_fonts
from survivor_vault.sharing.bundled_fonts import FAMILIES, FILES
from tests.conftest import REPO_ROOT, env_without_fonts
from tests.ui.helpers import open_window, preferences

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
# The app's languages and those on their way (issue 16); any other .ts that is there is checked too.
LANGUAGES = sorted({"es", "fr", "pt_BR", "ar", "zh_CN", "vi", "tl", "ru", "ht"}
                   | {ts.stem.split("_", 1)[1] for ts in TRANSLATIONS.glob("svault_*.ts")})


def _raw_fonts() -> list[QRawFont]:
    """Each bundled file as it is, read from its own path: a font the computer has does not count."""
    fonts = [QRawFont(font_path(name), 12) for name in FILES]
    assert all(font.isValid() for font in fonts)
    return fonts


def _missing(text: set[str], fonts: list[QRawFont]) -> list[str]:
    drawn = [c for c in text if unicodedata.category(c)[0] not in "CZ"]  # not controls, marks of format, spaces
    return sorted(f"{c} U+{ord(c):04X}" for c in drawn if not any(f.supportsCharacter(ord(c)) for f in fonts))


def _texts(ts, tag: str) -> set[str]:
    found = set()
    for element in ET.parse(ts).getroot().iter(tag):
        for text in [form.text for form in element.iter("numerusform")] or [element.text]:
            found.update(text or "")
    return found


def test_the_app_font_falls_back_to_every_bundled_family(qtbot, tmp_path):
    open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    qtbot.waitUntil(lambda: QApplication.font().families()[-len(FAMILIES):] == list(FAMILIES), timeout=2000)
    assert bundled_fonts.load() == list(FAMILIES)  # each registered under the name the app's font asks for
    emoji = QRawFont.fromFont(QFont("Noto Emoji"))
    assert all(emoji.supportsCharacter(c) for c in (0x1F4AA, 0x1F600, 0x2764, 0x1F3E0))
    text = QRawFont.fromFont(QFont("Noto Sans"))
    assert all(text.supportsCharacter(ord(c)) for c in "ñЖệ€")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_of_a_translation_has_a_glyph_in_the_bundled_fonts(language):
    ts = TRANSLATIONS / f"svault_{language}.ts"
    if not ts.exists():
        pytest.skip(f"no {language} translation yet")
    assert _missing(_texts(ts, "translation"), _raw_fonts()) == []


def test_every_character_of_the_english_words_has_a_glyph_in_the_bundled_fonts():
    sources = set().union(*(_texts(ts, "source") for ts in TRANSLATIONS.glob("svault_*.ts")))
    assert len(sources) > 60
    assert _missing(sources, _raw_fonts()) == []


def _gb2312_level_1() -> set[str]:
    """GB2312's rows 16-55: the 3,755 common Chinese characters (row 55 stops at its 89th)."""
    found = set()
    for row in range(16, 56):
        for cell in range(1, 95):
            try:
                found.add(bytes((0xA0 + row, 0xA0 + cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def test_the_chinese_fonts_have_every_common_character_and_chinese_punctuation():
    """What a survivor types in Chinese shows and prints, bold or not, on a computer with no Chinese font."""
    level_1 = _gb2312_level_1()
    assert len(level_1) == 3755
    punctuation = {chr(c) for c in (*range(0x3001, 0x3004), *range(0x3008, 0x3012), 0xFF01, 0xFF08, 0xFF09, 0xFF0C,
                                    0xFF1A, 0xFF1B, 0xFF1F)}  # 、。〃 〈〉《》「」『』【】 ！（），：；？
    for name in FILES:
        if name.startswith("NotoSansCJKsc-"):
            font = QRawFont(font_path(name), 12)
            assert [c for c in sorted(level_1 | punctuation) if not font.supportsCharacter(ord(c))] == [], name


# Shaped where only the app's fonts exist: a computer with fonts-noto-ui-core has its own, full Arabic UI font.
JOINED = r"""
import json, struct
from PySide6.QtGui import QFont, QGuiApplication, QRawFont, QTextLayout
from survivor_vault.resource_paths import font_path
from survivor_vault.sharing.bundled_fonts import load
app = QGuiApplication(["svault"])
load()
layout = QTextLayout("ببب", QFont("Noto Sans Arabic UI"))  # three beh, joined
layout.beginLayout()
layout.createLine()
layout.endLayout()
glyph_count = lambda raw: struct.unpack(">H", bytes(raw.fontTable("maxp"))[4:6])[0]
ours = QRawFont(font_path("NotoSansArabicUI-Regular.ttf"), 12)
print(json.dumps({"runs": [[glyph_count(r.rawFont()), list(r.glyphIndexes())] for r in layout.glyphRuns()],
                  "ours": glyph_count(ours), "alone": ours.glyphIndexesForString("ب")[0]}))
"""


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="fontconfig (Linux, BSD) is what is emptied")
def test_arabic_letters_join_in_the_bundled_font(tmp_path):
    """The Arabic subset kept its shaping tables: a letter between two others takes its joined (medial) shape."""
    shaped = subprocess.run([sys.executable, "-c", JOINED], capture_output=True, text=True, timeout=60,
                            env=env_without_fonts(tmp_path))
    assert shaped.returncode == 0, shaped.stderr
    seen = json.loads(shaped.stdout.splitlines()[-1])
    [(glyph_count, joined)] = seen["runs"]
    assert glyph_count == seen["ours"]  # drawn from the bundled subset, nothing else
    assert len(set(joined)) == 3 and seen["alone"] not in joined  # initial, medial and final: three shapes


def test_chinese_text_and_its_punctuation_are_drawn_in_the_bundled_chinese_font(qapp):
    """On a Linux with every Noto font, "。" was drawn from Noto Sans Mongolian, beside Chinese letters from another
    font: the bundled Chinese font comes before whatever the computer would pick. (Where the computer has no other
    font with these characters, this holds trivially.)"""
    from PySide6.QtGui import QTextLayout

    from survivor_vault.ui import language

    text = "".join(sorted(c for c in _texts(TRANSLATIONS / "svault_zh_CN.ts", "translation")
                          if 0x3000 <= ord(c) <= 0x9FFF or 0xFF00 <= ord(c) <= 0xFFEF))
    assert "。" in text and "，" in text
    language.install("zh_CN")
    try:
        font = bundled_fonts.with_fallback(QApplication.font(), "zh_CN")
        layout = QTextLayout(text, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        families = {run.rawFont().familyName() for run in layout.glyphRuns()}
    finally:
        language.install("en")
    assert families == {"Noto Sans CJK SC"}
