"""The survivor's own words print as written, emoji and all, whatever fonts the sender's computer has:
the packet embeds the bundled Noto Sans and Noto Emoji, and an independent reader gets the text back.

(Emoji beyond U+FFFF are drawn from the embedded Noto Emoji, but Qt's PDF writer gives them no
ToUnicode entry, so a PDF reader cannot copy them as text; the packet's packet.json, and
`open-packet`, keep the words exactly.)
"""

import shutil
import subprocess

import pytest

from survivor_vault.model.permissions import ItemRef, Section
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
