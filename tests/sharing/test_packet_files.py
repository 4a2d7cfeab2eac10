"""Packets checked with independent readers (poppler, qpdf) as an agency would, and with our own."""

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from datetime import date, timedelta

import pytest

from survivor_vault.sharing import share_code
from survivor_vault.sharing.packet_reader import (
    PacketExpired,
    WrongShareCode,
    read_packet,
    readable_text,
)
from tests.sharing.packet_fixtures import MARK, fill_markers, make_packet, scope_for

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("qpdf"),
                                   reason="poppler-utils and qpdf are installed by .ci/run")


def run(*cmd, stdin=None):
    return subprocess.run(cmd, capture_output=True, text=True, input=stdin)


def pdftotext(path, code=None):
    args = ["pdftotext", *(["-upw", code] if code else []), str(path), "-"]
    proc = run(*args)
    return proc.returncode, unicodedata.normalize("NFKC", proc.stdout)


@pytest.fixture
def packet(vault, tmp_path):
    refs = fill_markers(vault)
    scope = scope_for(refs, ["goal_a", "svc_a", "name"], notes=False, feedback=True)
    built, record = make_packet(vault, scope, tmp_path / "packet.pdf")
    return built, record, tmp_path / "packet.pdf"


@needs_poppler
def test_pdftotext_shows_exactly_the_chosen_items(packet):
    built, _record, path = packet
    code, text = pdftotext(path, built.code)
    assert code == 0
    for key in ("goal_a", "goal_a_step", "svc_a", "svc_a_feedback", "name"):
        assert MARK[key] in text, key
    for key in ("goal_b", "svc_b", "strengths", "goal_a_notes", "svc_a_notes"):  # not chosen, or notes left out
        assert MARK[key] not in text, key
    assert "Jo Rivera" in text and "To plan housing support" in text
    assert "please delete it" in text
    assert built.doc["signer"]["fingerprint"] in text


@needs_poppler
def test_without_the_code_independent_readers_cannot_open_it(packet):
    _built, _record, path = packet
    code, text = pdftotext(path)
    assert code != 0 and MARK["goal_a"] not in text
    assert run("pdftotext", "-upw", "bako2-dume3-fira4-goli5-kasu6", str(path), "-").returncode != 0
    raw = path.read_bytes()
    for marker in MARK.values():
        assert marker.encode() not in raw


@needs_poppler
def test_pdfdetach_lists_the_json_and_qpdf_reports_aes256_r6(packet, tmp_path):
    built, _record, path = packet
    listing = run("pdfdetach", "-upw", built.code, "-list", str(path))
    assert listing.returncode == 0
    assert "packet.json" in listing.stdout and "packet.sig" in listing.stdout
    enc = run("qpdf", "--show-encryption", f"--password={built.code}", str(path))
    assert "R = 6" in enc.stdout and "AESv3" in enc.stdout
    assert run("qpdf", "--check", f"--password={built.code}", str(path)).returncode == 0
    out = tmp_path / "detached"
    out.mkdir()
    assert run("pdfdetach", "-upw", built.code, "-saveall", "-o", str(out), str(path)).returncode == 0
    assert (out / "packet.json").read_bytes() == __import__("survivor_vault.sharing.packet_format",
                                                              fromlist=["encode"]).encode(built.doc)


def test_share_code_is_strong_and_readable(packet):
    built, *_ = packet
    assert share_code.ENTROPY_BITS >= 72
    assert len(built.code) == share_code.LENGTH <= 32  # poppler's tools read at most 32 characters
    assert share_code.normalise(built.code.upper().replace("-", " ")) == built.code
    for ambiguous in "01vzcjh":  # 0/1 look like o/l; v, z, c, j, h sound like others in English or Spanish
        assert ambiguous not in share_code.CONSONANTS + share_code.DIGITS


def test_our_reader_opens_verifies_and_reads(packet):
    built, _record, path = packet
    reading = read_packet(path.read_bytes(), built.code.upper().replace("-", " "))
    assert reading.signed and reading.protected and reading.fingerprint == built.doc["signer"]["fingerprint"]
    text = readable_text(reading)
    assert MARK["goal_a"] in text and MARK["svc_a_feedback"] in text and MARK["goal_b"] not in text
    with pytest.raises(WrongShareCode):
        read_packet(path.read_bytes(), share_code.generate())


def test_history_record_matches_the_file(packet, vault):
    built, record, path = packet
    assert record.packet_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record.packet_id == built.doc["packet_id"] and record.protected and record.signed
    assert {(i.section.value, i.key) for i in record.items} == {
        (s, str(k)) for s, k in [("goals", built.doc["sections"]["goals"][0]["id"]),
                                 ("services", built.doc["sections"]["services"][0]["id"]),
                                 ("about_me", "preferred_name")]}
    assert vault.history.list()[0].id == record.id
    assert vault.activity.list()[0].kind.value == "packet_made"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_packet_file_is_private_and_nothing_else_is_written(vault, tmp_path):
    refs = fill_markers(vault)
    before = set(os.listdir(tmp_path))
    make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "p.pdf")
    assert set(os.listdir(tmp_path)) - before == {"p.pdf"}
    assert stat.S_IMODE((tmp_path / "p.pdf").stat().st_mode) == 0o600


@needs_poppler
def test_plain_printable_packet_opens_without_a_code(vault, tmp_path):
    refs = fill_markers(vault)
    built, record = make_packet(vault, scope_for(refs, ["goal_b"], protected=False), tmp_path / "plain.pdf")
    code, text = pdftotext(tmp_path / "plain.pdf")
    assert code == 0 and MARK["goal_b"] in text
    assert not record.protected and built.code is None
    reading = read_packet((tmp_path / "plain.pdf").read_bytes(), None)
    assert not reading.protected and reading.signed


def test_unsigned_packet_says_so(vault, tmp_path):
    refs = fill_markers(vault)
    built, record = make_packet(vault, scope_for(refs, ["goal_b"], signed=False), tmp_path / "u.pdf")
    reading = read_packet(built.data, built.code)
    assert not reading.signed and reading.fingerprint is None and not record.signed
    assert any("not signed" in w for w in reading.warnings)
    assert built.doc["signer"] is None


def test_two_packets_from_one_vault_share_a_fingerprint(vault, tmp_path):
    refs = fill_markers(vault)
    a, _ = make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "a.pdf")
    b, _ = make_packet(vault, scope_for(refs, ["goal_b"]), tmp_path / "b.pdf")
    assert a.doc["signer"]["fingerprint"] == b.doc["signer"]["fingerprint"]
    assert a.code != b.code and a.packet_id != b.packet_id


def test_end_date_is_honoured(vault, tmp_path):
    refs = fill_markers(vault)
    built, _ = make_packet(vault, scope_for(refs, ["goal_a"], end_date=date.today() + timedelta(days=1)),
                           tmp_path / "p.pdf")
    read_packet(built.data, built.code)
    later = date.today() + timedelta(days=2)
    with pytest.raises(PacketExpired):
        read_packet(built.data, built.code, today=later)
    reading = read_packet(built.data, built.code, today=later, ignore_end_date=True)
    assert reading.past_end_date and any("ended" in w for w in reading.warnings)


def cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "survivor_vault", *args], input=stdin, capture_output=True,
                          text=True)


def test_open_packet_cli_exit_codes(packet, tmp_path):
    built, _record, path = packet
    ok = cli("open-packet", str(path), "--code-stdin", stdin=built.code + "\n")
    assert ok.returncode == 0 and MARK["goal_a"] in ok.stdout and "signature checked" in ok.stdout
    wrong = cli("open-packet", str(path), "--code-stdin", stdin="bako2-dume3-fira4-goli5-kasu6\n")
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1 and "Traceback" not in wrong.stderr
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    bad = cli("open-packet", str(junk), "--code-stdin", stdin="x\n")
    assert bad.returncode == 3 and "Traceback" not in bad.stderr
    out = tmp_path / "out.json"
    js = cli("open-packet", str(path), "--code-stdin", "--json", str(out), stdin=built.code + "\n")
    assert js.returncode == 0 and out.exists()
    import json

    assert json.loads(out.read_text())["packet_id"] == built.packet_id
    missing = cli("open-packet", str(tmp_path / "nope.pdf"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_open_packet_cli_end_date(vault, tmp_path):
    refs = fill_markers(vault)
    built, _ = make_packet(vault, scope_for(refs, ["goal_a"], end_date=date.today() - timedelta(days=1)),
                           tmp_path / "old.pdf")
    old = cli("open-packet", str(tmp_path / "old.pdf"), "--code-stdin", stdin=built.code + "\n")
    assert old.returncode == 4 and "ended" in old.stderr
    forced = cli("open-packet", str(tmp_path / "old.pdf"), "--code-stdin", "--ignore-end-date",
                 stdin=built.code + "\n")
    assert forced.returncode == 0 and "Warning" in forced.stderr and MARK["goal_a"] in forced.stdout


def test_packet_json_matches_the_documented_schema(packet, vault, tmp_path):
    """resources/packet-schema.json (which the reader enforces), checked by jsonschema as it comes."""
    import json

    import jsonschema

    from survivor_vault.resource_paths import resource_dir

    schema = json.loads((resource_dir() / "packet-schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    built, *_ = packet
    jsonschema.validate(built.doc, schema)
    refs = fill_markers(vault)
    plain, _ = make_packet(vault, scope_for(refs, ["goal_a", "svc_a", "name"], notes=True, feedback=True,
                                            protected=False, signed=False), tmp_path / "plain.pdf")
    jsonschema.validate(plain.doc, schema)
    broken = dict(built.doc, sections={"goals": [{"title": "no status"}]})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_withdrawal_notice(vault, tmp_path):
    from survivor_vault.sharing import signing_key
    from survivor_vault.sharing.withdrawal_notice import build_notice

    refs = fill_markers(vault)
    built, record = make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "p.pdf")
    record = vault.history.withdraw(record.id)
    notice = build_notice(record, signing_key.load_or_create(vault))
    path = tmp_path / "notice.pdf"
    path.write_bytes(notice.data)
    if shutil.which("pdftotext"):
        code, text = pdftotext(path)
        assert code == 0 and built.packet_id in text and "withdraw" in text and MARK["goal_a"] not in text
    assert notice.doc["signer"]["fingerprint"] == built.doc["signer"]["fingerprint"]
