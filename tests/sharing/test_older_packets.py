"""Packets made by version 1 (before the drawn hash and the file seal) are read, but never as checked (exit 5)."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from survivor_vault.sharing.packet_reader import OLDER_FORMAT, UNVERIFIED_EXIT, TamperedPacket, read_packet
from tests.sharing import forgery

DATA = Path(__file__).parent / "data"
V1_CODE = "kenu6-lonu9-mari9-sogu3-fana7"  # the share code of data/v1_protected.pdf (made by commit f842db0)
MADE = date(2026, 11, 27)


@pytest.mark.parametrize("name, code", [("v1_protected.pdf", V1_CODE), ("v1_plain.pdf", None)])
def test_a_version_1_packet_reads_with_a_warning_and_never_as_checked(name, code):
    reading = read_packet((DATA / name).read_bytes(), code, today=MADE)
    assert reading.doc["version"] == 1 and reading.signed and not reading.verified
    assert OLDER_FORMAT in reading.warnings
    assert reading.doc["sections"]["goals"][0]["title"] == "QMKGOALALPHA"


def test_a_version_1_packet_exits_5_from_the_command_line():
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "open-packet", str(DATA / "v1_protected.pdf"),
                           "--code-stdin", "--ignore-end-date"], input=V1_CODE + "\n", capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == UNVERIFIED_EXIT, proc.stderr
    assert "older version" in proc.stderr and "signature checked" not in proc.stdout


def test_a_version_1_packet_with_a_stamp_is_never_called_checked():
    """Version 1 could not see annotations: such a forgery is read (its JSON is genuine), with the warning."""
    forged = forgery.rewrite((DATA / "v1_plain.pdf").read_bytes(), None, forgery.add_annotation)
    reading = read_packet(forged, None, today=MADE)
    assert not reading.verified and OLDER_FORMAT in reading.warnings


def test_a_version_1_packet_with_a_changed_json_is_refused():
    data = (DATA / "v1_plain.pdf").read_bytes()
    files = forgery.attachments(data, None)
    files["packet.json"] = files["packet.json"].replace(b"QMKGOALALPHA", b"QMKGOALALPHX")
    with pytest.raises(TamperedPacket):
        read_packet(forgery.with_attachments(data, None, files), None, today=MADE)


# --- version 2 (before papers, version 3): still written for a packet without papers, and still read ------
V2_CODE = "bofe6-mubu3-geke9-nule4-mine3"  # the share code of data/v2_protected.pdf (made by commit 02ac1dc)
V2_MADE = date(2026, 11, 28)


@pytest.mark.parametrize("name, code", [("v2_protected.pdf", V2_CODE), ("v2_plain.pdf", None)])
def test_a_version_2_packet_made_before_papers_still_reads_as_checked(name, code):
    reading = read_packet((DATA / name).read_bytes(), code, today=V2_MADE)
    assert reading.doc["version"] == 2 and reading.verified and reading.papers == ()
    assert reading.doc["sections"]["goals"][0]["title"] == "QMKGOALALPHA"


def test_a_version_2_packet_with_a_paper_added_is_refused():
    """A version 2 packet carries no papers: an attached file slipped in beside its JSON is a changed packet."""
    data = (DATA / "v2_plain.pdf").read_bytes()
    files = forgery.attachments(data, None)
    files["paper-1.pdf"] = b"%PDF-1.4 not the survivor's"
    with pytest.raises(TamperedPacket):
        read_packet(forgery.with_attachments(data, None, files), None, today=V2_MADE)
