"""Make resources/fonts/NotoSans-{Regular,Bold}.ttf: Noto Sans (Debian's fonts-noto-core), cut to the letters the
app has always bundled (Latin with Vietnamese, Greek, Cyrillic, punctuation, symbols).

The fonts bundled before were joined from Google Fonts' per-script web parts; joined, each part's letters kept their
own copies of shared pieces ("o.5", "dotbelowcomb.2"), and Qt's PDF writer could not say which letter those pieces
were: a Vietnamese packet read back "ch n" for "chọn" and "ích" for "đích" in pdftotext. One font, cut with fontTools,
has one "o" and one dot below. A development tool (fontTools is not a dependency of the app):

    apt-get install fonts-noto-core && pip install fonttools && python packaging/make_noto_sans.py
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = Path("/usr/share/fonts/truetype/noto")
FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
# Vietnamese, whole: the precomposed letters and the marks that make the rest.
VIETNAMESE = [0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169, 0x01A0, 0x01A1, 0x01AF, 0x01B0,
              *range(0x1EA0, 0x1EFA), *range(0x0300, 0x0304), 0x0309, 0x0323, 0x20AB]


def letters(old: Path) -> list[int]:
    """What the bundled font covered (its own cmap), and Vietnamese."""
    return sorted(set(TTFont(old).getBestCmap()) | set(VIETNAMESE)) if old.exists() else VIETNAMESE


def main() -> None:
    for weight in ("Regular", "Bold"):
        target = FONTS / f"NotoSans-{weight}.ttf"
        wanted = letters(target)
        options = subset.Options()
        options.layout_features = ["*"]  # kerning, marks, and the rest of what HarfBuzz shapes with
        options.name_IDs = ["*"]  # the copyright and licence, kept
        options.notdef_outline = True
        font = TTFont(SOURCE / f"NotoSans-{weight}.ttf")
        cutter = subset.Subsetter(options)
        cutter.populate(unicodes=wanted)
        cutter.subset(font)
        font.save(target)
        print(f"{target.name}: {len(font.getBestCmap())} letters, {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
