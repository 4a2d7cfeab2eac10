"""The packet's number is small print at the end, not a line of hex on its first lines."""

import subprocess
import unicodedata

from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for


def test_the_packet_id_comes_last(vault, tmp_path):
    refs = fill_markers(vault)
    built, _ = make_packet(vault, scope_for(refs, ["goal_a", "name"]), tmp_path / "p.pdf")
    raw = subprocess.run(["pdftotext", "-upw", built.code, str(tmp_path / "p.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", raw)
    packet_id = built.doc["packet_id"]
    assert packet_id in text
    first_lines = " ".join(text.splitlines()[:8])
    assert packet_id not in first_lines
    assert text.index(packet_id) > text.index(built.doc["consent_statement"][:30])
