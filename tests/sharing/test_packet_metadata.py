"""Nothing in a packet names the app; a plain one says on its page that it is not locked; bad field types exit 3."""

import json
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from tests.sharing import forgery
from tests.sharing.packet_fixtures import MARK, fill_markers, make_packet, scope_for

APP_NAMES = re.compile(rb"svault|survivor|vault|qt \d|pypdf", re.IGNORECASE)


@pytest.mark.parametrize("protected", [True, False], ids=["protected", "plain"])
def test_no_app_name_in_the_file(vault, tmp_path, protected):
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"], protected=protected), tmp_path / "p.pdf")
    found = APP_NAMES.findall(packet.data)
    if protected:
        assert found == []  # and no packet.json in clear either: file names are encrypted strings
        assert b"packet.json" not in packet.data and MARK["goal_a"].encode() not in packet.data
    else:
        # A plain packet is readable by anyone: its page says "Survivor Vault's open-packet" and its JSON
        # says "format": "svault-packet". Its metadata and structure say nothing.
        reader = PdfReader(tmp_path / "p.pdf")
        assert reader.metadata == {"/Title": "Shared information"}
        assert "/Metadata" not in reader.trailer["/Root"]
        assert found == [b"svault"] and packet.data.count(b'"format":"svault-packet"') == 1


def test_a_plain_packet_says_so_on_its_page_and_on_stderr(vault, tmp_path):
    refs = fill_markers(vault)
    path = tmp_path / "p.pdf"
    make_packet(vault, scope_for(refs, ["goal_a"], protected=False), path)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "not locked with a share code" in " ".join(text.split())
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "open-packet", str(path)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0 and "not protected by a share code" in proc.stderr


@pytest.mark.parametrize("field, value", [("area", {"x": 1}), ("title", ["a"]), ("steps", "x"), ("id", "7"),
                                          ("target_date", "tomorrow"), ("done", "yes")])
def test_a_field_of_the_wrong_type_exits_3(vault, tmp_path, field, value):
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"], signed=False), tmp_path / "p.pdf")
    doc = json.loads(forgery.attachments(packet.data, packet.code)["packet.json"])
    goal = doc["sections"]["goals"][0]
    if field == "done":
        goal["steps"][0]["done"] = value
    else:
        goal[field] = value
    path = tmp_path / "bad.pdf"
    path.write_bytes(forgery.with_attachments(packet.data, packet.code, {"packet.json": json.dumps(doc).encode()}))
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "open-packet", str(path), "--code-stdin"],
                          input=packet.code + "\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
