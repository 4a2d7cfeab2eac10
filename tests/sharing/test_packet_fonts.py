"""The survivor's own words print as written, emoji and all, in any script we bundle, whatever fonts the sender's
computer has: the packet embeds the bundled Noto fonts, and an independent reader gets the text back.

(Emoji beyond U+FFFF are drawn from the embedded Noto Emoji, but Qt's PDF writer gives them no
ToUnicode entry, so a PDF reader cannot copy them as text; the packet's packet.json, and
`open-packet`, keep the words exactly.)
"""

import shutil
import subprocess
import sys

import pytest

from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.sharing.pdf_text_map import as_letters, read_map
from tests.conftest import env_without_fonts
from tests.sharing.packet_fixtures import make_packet, scope_for

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                                   reason="poppler-utils is installed by .ci/run")

WORDS = "Strong 💪 and hopeful 😀 — Жанна, Niñez, Việt"


@needs_poppler
def test_emoji_and_other_scripts_are_embedded_and_read_back(vault, tmp_path):
    goal = vault.goals.add(WORDS)
    refs = {"goal": ItemRef(Section.GOALS, str(goal.id))}
    built, _record = make_packet(vault, scope_for(refs, ["goal"], protected=False), tmp_path / "p.pdf")
    fonts = subprocess.run(["pdffonts", str(tmp_path / "p.pdf")], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    names = {row[0].split("+")[-1] for row in rows}
    assert {"NotoSans-Regular", "NotoEmoji-Regular"} <= names, fonts
    assert all(row[-5] == "yes" for row in rows), fonts  # every font embedded (the "emb" column)
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Strong and hopeful — Жанна, Niñez, Việt" in text  # every letter, in every script, as text
    assert built.doc["sections"]["goals"][0]["title"] == WORDS  # and the words exactly, emoji too, in the JSON


CHINESE = "找到安全的住所，和孩子一起生活。"  # "Find a safe home, and live with my children." (GB2312 level 1)
# "I want safe housing for me and my children": joined letters and a lam-alef, typed without vowel marks, as most
# people type (poppler may put a mark drawn over its letter before it; packet.json keeps the words exactly).
ARABIC = "أريد سكنا آمنا لي ولأطفالي"
MAKE_PACKET = r"""
import sys
from PySide6.QtGui import QFontDatabase
from survivor_vault.core.vault import Vault
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.sharing.bundled_fonts import FAMILIES, load
from tests.conftest import PASSPHRASE
from tests.sharing.packet_fixtures import make_packet, scope_for
folder, out, *goals = sys.argv[1:]
vault = Vault.unlock(folder, PASSPHRASE)
refs = {goal: ItemRef(Section.GOALS, goal) for goal in goals}
make_packet(vault, scope_for(refs, goals, notes=True, protected=False), out)
vault.lock()
assert load() == list(FAMILIES)
print(sorted(set(QFontDatabase.families()) - set(FAMILIES)))  # Qt's own names for its defaults, and nothing else
"""


@needs_poppler
@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="fontconfig (Linux, BSD) is what is emptied")
def test_chinese_and_arabic_print_from_a_computer_without_any_font_for_them(vault, vault_dir, tmp_path):
    chinese = vault.goals.add(CHINESE, notes=CHINESE)
    arabic = vault.goals.add(ARABIC, notes=ARABIC)
    vault.lock()
    made = subprocess.run([sys.executable, "-c", MAKE_PACKET, str(vault_dir), str(tmp_path / "p.pdf"),
                           str(chinese.id), str(arabic.id)], capture_output=True, text=True,
                          env=env_without_fonts(tmp_path), timeout=120)
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[-1] == "['Monospace', 'Sans Serif', 'Serif']", made.stdout  # no font of its own
    fonts = subprocess.run(["pdffonts", str(tmp_path / "p.pdf")], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    names = {row[0].split("+")[-1] for row in rows}
    # Titles are bold, notes are not: both weights of both scripts, each embedded.
    assert {"NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold", "NotoSansArabicUI-Regular", "NotoSansArabicUI-Bold"} <= names
    assert all(row[-5] == "yes" for row in rows), fonts
    text = subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    # poppler marks out right-to-left lines with embedding controls (U+202A-U+202E); the letters are what count.
    lines = [line.strip("\u202a\u202b\u202c\u202d\u202e") for line in text.splitlines()]
    assert lines.count(CHINESE) == 2
    assert lines.count(ARABIC) == 2  # the letters typed, in reading order: not the joined shapes drawn


def test_joined_arabic_shapes_are_copied_as_the_letters_they_show():
    """Qt's map for a font with Arabic (glyph -> the character the font maps to it), and what packets carry."""
    qt = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
          b"endcodespacerange\n2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<0633> <FEB3> <FEDC> <FEE6> ]\n"
          b"endbfrange\n1 beginbfrange\n<0005> <0006> <FEF7>\nendbfrange\nendcmap\nend\nend\n")
    assert read_map(qt) == {0: "\x00", 1: "س", 2: "ﺳ", 3: "ﻜ", 4: "ﻦ", 5: "ﻷ", 6: "ﻸ"}
    letters = as_letters(qt)
    # Each shape as its letter; a lam-alef's two letters as they are seen, right to left (sharing/pdf_text_map.py).
    assert read_map(letters) == {0: "\x00", 1: "س", 2: "س", 3: "ك", 4: "ن", 5: "أل", 6: "أل"}
    assert letters.startswith(qt[:qt.index(b"2 beginbfrange")]) and letters.endswith(b"endcmap\nend\nend\n")
    latin = qt.replace(b"<FEB3> <FEDC> <FEE6>", b"<0062> <0063> <0064>").replace(b"<FEF7>", b"<0065>")
    assert as_letters(latin) is latin  # a map with no presentation form is left exactly as Qt wrote it
