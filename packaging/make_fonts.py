"""Make the bundled fonts for Arabic, Simplified Chinese and the keyboard's signs (resources/fonts), by subsetting Noto.

    pip install fonttools                       # a development tool only: the app never imports it
    apt-get download fonts-noto-core fonts-noto-ui-core fonts-noto-cjk
    for deb in fonts-noto-*.deb; do dpkg-deb -x "$deb" noto; done
    python packaging/make_fonts.py --source noto/usr/share/fonts

(`--source` defaults to /usr/share/fonts, where `apt-get install fonts-noto-core fonts-noto-ui-core fonts-noto-cjk`
puts them; extracting the packages leaves the computer's own fonts as they are.) Run again whenever a translation
brings characters the fonts lack: tests/ui/test_bundled_fonts.py says which. The same sources and translations give
the same files, byte for byte.

What each subset keeps, and why (resources/fonts/README.md says it for readers):

- Noto Sans Arabic UI, Regular and Bold: every character of the Arabic blocks (Arabic, Supplement, Extended-A and
  -B, Presentation Forms-A and -B), the joiners and direction marks, and every glyph and lookup HarfBuzz reaches
  from them (GSUB, GPOS, GDEF whole), so Arabic, Persian and Urdu letters join and take their marks. The UI cut,
  not Noto Sans Arabic: its lines are as tall as Noto Sans's, where Noto Sans Arabic's are 1.6 times taller (2.11
  em against 1.36) and overflowed every label sized for a line of text (tests/ui/test_no_text_cut.py, Arabic).
- Noto Sans CJK SC, Regular and Bold: the whole of GB2312's level 1 (the 3,755 common characters: what a survivor
  types shows and prints) and its non-Chinese rows (punctuation, numbers in circles, full-width letters, kana),
  CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms, and every other character the Chinese translations
  use. Left out: vertical writing, and the Japanese, Korean and Traditional Chinese forms of shared characters
  (feature `locl`; they would double the file): text is drawn in its Simplified Chinese forms.
- Noto Sans Symbols 2, Regular: the arrows and the keyboard's signs (⇧ for Shift in every translation, ⌫ ⏎ ⌘ …),
  which Noto Sans lacks.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
TRANSLATIONS = ROOT / "resources" / "translations"

ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x089F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF))
# What shapes Arabic beside its letters: joiners, direction marks and isolates, the grapheme joiner, the dotted circle
# HarfBuzz draws under a mark with no letter, and the reversed comma and semicolon of Arabic text.
ARABIC_FORMAT = (0x034F, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
                 0x2067, 0x2068, 0x2069, 0x204F, 0x25CC, 0x2E41)
CJK_BLOCKS = ((0x3000, 0x303F), (0xFF00, 0xFFEF))  # CJK Symbols and Punctuation; Halfwidth and Fullwidth Forms
SYMBOL_BLOCKS = ((0x2190, 0x21FF), (0x2300, 0x23FF))  # Arrows; Miscellaneous Technical
VERTICAL = {"valt", "vert", "vkna", "vkrn", "vpal", "vrt2"}

# (file made, its source under --source, the face of a collection it is cut from, what it keeps: see `unicodes`)
ARABIC, CHINESE, SYMBOLS = "arabic", "chinese", "symbols"
MADE = (
    ("NotoSansArabicUI-Regular.ttf", "truetype/noto/NotoSansArabicUI-Regular.ttf", None, ARABIC),
    ("NotoSansArabicUI-Bold.ttf", "truetype/noto/NotoSansArabicUI-Bold.ttf", None, ARABIC),
    ("NotoSansCJKsc-Regular.otf", "opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", CHINESE),
    ("NotoSansCJKsc-Bold.otf", "opentype/noto/NotoSansCJK-Bold.ttc", "Noto Sans CJK SC", CHINESE),
    ("NotoSansSymbols2-Regular.ttf", "truetype/noto/NotoSansSymbols2-Regular.ttf", None, SYMBOLS),
)


def _spans(blocks) -> set[int]:
    return {code for first, last in blocks for code in range(first, last + 1)}


def gb2312(rows: range) -> set[int]:
    """The characters of GB2312's rows `rows` (1-9: symbols and letters; 16-55: level 1; 56-87: level 2)."""
    found = set()
    for row in rows:
        for cell in range(1, 95):
            try:
                found.add(ord(bytes((0xA0 + row, 0xA0 + cell)).decode("gb2312")))
            except UnicodeDecodeError:  # an empty place in the table
                continue
    return found


GB2312_LEVEL_1 = range(16, 56)
GB2312_SYMBOL_ROWS = range(1, 10)


def translated_characters(paths) -> set[int]:
    """Every character of every translation (numerus forms too) in the .ts files `paths`."""
    found: set[int] = set()
    for path in paths:
        for translation in ET.parse(path).getroot().iter("translation"):  # noqa: S314 - our own files
            for text in [form.text for form in translation.iter("numerusform")] or [translation.text]:
                found.update(ord(c) for c in text or "")
    return found


def unicodes(kind: str, translations: set[int]) -> set[int]:
    if kind == ARABIC:
        return _spans(ARABIC_BLOCKS) | set(ARABIC_FORMAT)
    if kind == CHINESE:
        # Only what the fonts before it lack: Noto Sans draws the Latin letters, digits and quotes of any text.
        return gb2312(GB2312_LEVEL_1) | gb2312(GB2312_SYMBOL_ROWS) | _spans(CJK_BLOCKS) | {
            c for c in translations if c >= 0x2E80}
    return _spans(SYMBOL_BLOCKS)


def options(kind: str):
    from fontTools import subset

    chosen = subset.Options()
    chosen.layout_features = ["*"] if kind != CHINESE else [
        f for f in chosen.layout_features if f not in VERTICAL and f != "locl"]
    chosen.name_IDs = ["*"]  # copyright, licence, trademark, version: as the source has them
    chosen.name_languages = ["*"]
    chosen.notdef_outline = True  # a missing character shows as a box
    chosen.glyph_names = False
    chosen.drop_tables += ["DSIG", "vhea", "vmtx", "VORG"]  # a signature the subset breaks; vertical metrics
    return chosen


def face(path: Path, family: str | None):
    from fontTools.ttLib import TTCollection, TTFont

    if family is None:
        return TTFont(path, recalcTimestamp=False)
    for number, font in enumerate(TTCollection(path).fonts):
        if font["name"].getDebugName(1) == family:
            return TTFont(path, fontNumber=number, recalcTimestamp=False)
    raise SystemExit(f"{path}: no face named {family!r}")


def make(source: Path, translations: set[int], out: Path) -> list[str]:
    from fontTools import subset

    lines = []
    for made, name, family, kind in MADE:
        font = face(source / name, family)
        subsetter = subset.Subsetter(options(kind))
        wanted = unicodes(kind, translations) & set(font.getBestCmap())
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        font.save(out / made)
        lines.append(f"{made}: {len(font.getBestCmap())} characters, {len(font.getGlyphOrder())} glyphs, "
                     f"{(out / made).stat().st_size:,} bytes")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=Path("/usr/share/fonts"),
                        help="the fonts folder of fonts-noto-core and fonts-noto-cjk (default: /usr/share/fonts)")
    parser.add_argument("--ts", type=Path, nargs="*", default=[],
                        help="more translations (.ts) to cover, beside resources/translations/svault_*.ts")
    parser.add_argument("--out", type=Path, default=FONTS)
    args = parser.parse_args(argv)
    paths = sorted(TRANSLATIONS.glob("svault_*.ts")) + args.ts
    for line in make(args.source, translated_characters(paths), args.out):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
