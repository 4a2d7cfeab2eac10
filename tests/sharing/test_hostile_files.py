"""Hostile files end fast, with one kind line and exit 3, and never make the reader decode or run anything."""

import json
import os
import subprocess
import sys

import pytest

from survivor_vault.model.errors import VaultError
from survivor_vault.sharing import packet_format, pdf_structure
from survivor_vault.sharing.packet_reader import NotAPacket, read_packet, read_packet_file
from tests.conftest import posix_only
from tests.sharing import forgery
from tests.sharing.hostile_pdfs import CODE, CORPUS
from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for

CONTROLS = "\x1b[2J\x1b]52;c;ZXZpbA==\x07\r\x9b31m\u202eevil\u2066\x00\x08\x7f\ud800"


def cli_open(path, code=None, *extra):
    args = [sys.executable, "-m", "survivor_vault", "open-packet", str(path), *extra]
    if code:
        args.append("--code-stdin")
    return subprocess.run(args, input=(code or "") + "\n", capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("name", CORPUS)
def test_hostile_file_is_refused_by_the_reader(name):
    with pytest.raises(VaultError) as caught:
        read_packet(CORPUS[name](), CODE)
    assert caught.value.exit_code == 3


@pytest.mark.parametrize("name", ["flate bombs, 40 pages", "deep nesting (200,000 arrays)", "JBIG2 stream",
                                  "packet.json: flate bomb (512 MB inflated)", "65 MB file"])
def test_hostile_file_from_the_command_line(tmp_path, name):
    path = tmp_path / "hostile.pdf"
    path.write_bytes(CORPUS[name]())
    proc = cli_open(path)
    assert proc.returncode == 3
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert proc.stdout == ""


@posix_only
def test_no_external_decoder_is_ever_run(tmp_path, monkeypatch):
    """A JBIG2 stream is refused before pypdf sees it: a jbig2dec on PATH that would leave a mark is never run."""
    marker = tmp_path / "ran"
    tool = tmp_path / "bin" / "jbig2dec"
    tool.parent.mkdir()
    tool.write_text(f"#!/bin/sh\ntouch {marker}\n")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tool.parent}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(NotAPacket):
        read_packet(CORPUS["JBIG2 stream"](), None)
    assert not marker.exists()


@pytest.mark.parametrize("kind", ["dev-zero", "directory", "fifo", "too-large"])
@posix_only
def test_special_and_huge_files_are_refused_before_reading(tmp_path, kind):
    if kind == "dev-zero":
        path = "/dev/zero"
    elif kind == "directory":
        path = tmp_path
    elif kind == "fifo":
        path = tmp_path / "pipe.pdf"
        os.mkfifo(path)  # nobody writes to it: reading it would hang for ever
    else:
        path = tmp_path / "big.pdf"
        with open(path, "wb") as handle:
            handle.truncate(65 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(NotAPacket):
        read_packet_file(path)
    proc = cli_open(path)
    assert proc.returncode == 3 and len(proc.stderr.strip().splitlines()) == 1


def test_structure_limits_are_enforced():
    for data in (b"%PDF-1.3\n", b"%PDF-1.3\nxref\n0 99999999\n", CORPUS["xref of 3 million entries"]()):
        with pytest.raises(pdf_structure.PdfShapeError):
            pdf_structure.scan(data)


def test_control_characters_never_reach_the_terminal_or_the_json(vault, tmp_path):
    """Control characters in every text field of an (unsigned) packet: printed and written without them."""
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a", "svc_a", "name", "strengths"], notes=True,
                                             feedback=True, signed=False), tmp_path / "p.pdf")
    files = forgery.attachments(packet.data, packet.code)
    doc = json.loads(files["packet.json"])

    def poison(value):
        if isinstance(value, dict):
            return {k: (v if k in {"format", "packet_id", "made_at", "end_date", "language", "status", "choice",
                                   "area", "target_date", "code_check", "signer", "drawn_sha256", "kind"}
                        else poison(v)) for k, v in value.items()}
        if isinstance(value, list):
            return [poison(v) for v in value]
        return value + CONTROLS if isinstance(value, str) else value

    # Written in the canonical form, as the reader asks (a lone surrogate has no UTF-8 form: see below).
    printable = json.loads(json.dumps(poison(doc)).replace("\\ud800", ""))
    forged = forgery.with_attachments(packet.data, packet.code, {"packet.json": packet_format.encode(printable)})
    path = tmp_path / "forged.pdf"
    path.write_bytes(forged)
    proc = cli_open(path, packet.code)
    assert proc.returncode == 5, proc.stderr
    # json.dumps writes the lone surrogate as the escape \ud800: valid JSON that decodes to a str no one can
    # print, and not the canonical form: refused as changed, with one line and no traceback.
    escaped = forgery.with_attachments(packet.data, packet.code, {"packet.json": json.dumps(poison(doc)).encode()})
    (tmp_path / "escaped.pdf").write_bytes(escaped)
    refused = cli_open(tmp_path / "escaped.pdf", packet.code)
    assert refused.returncode == 3 and "Traceback" not in refused.stderr
    out_json = tmp_path / "out.json"
    cli_open(path, packet.code, "--json", str(out_json))
    written = json.loads(out_json.read_text(encoding="utf-8"))
    for text in (proc.stdout, proc.stderr, json.dumps(written, ensure_ascii=False)):
        bad = [ch for ch in text if (ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) < 0xA0
               or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069 or 0xD800 <= ord(ch) <= 0xDFFF]
        assert bad == [], repr(bad)
    assert "evil" in proc.stdout  # the text itself is kept, only the controls are gone


@pytest.mark.parametrize("name", ["30 MB of backslash-newline in one string", "31,000 names of #-escapes",
                                  "480 blank hex strings of 64 KiB"])
def test_slow_syntax_is_refused_by_the_shape_check_itself(name):
    """Found by an attack test: each took 10-73 s in later parsing; the raw-syntax limits stop them first."""
    with pytest.raises(pdf_structure.PdfShapeError):
        pdf_structure.scan(CORPUS[name]())


def test_many_json_lists_are_refused_before_python_builds_them(monkeypatch):
    """Found by an attack test: a 13 KB packet whose JSON inflates to millions of lists took 366 MB."""
    built = []
    real_loads = json.loads
    monkeypatch.setattr(json, "loads", lambda *a, **k: built.append(1) or real_loads(*a, **k))
    with pytest.raises(VaultError):
        read_packet(CORPUS["packet.json: 1.6 million empty lists"](), None)
    assert built == []


@pytest.mark.parametrize("code", ["bako7-dume2-fira9-goli4-kasu3\u05d0", "\u0627bako7", "\uffff", "\u202ekasu3"])
def test_a_mistyped_code_is_a_wrong_code_not_a_damaged_file(vault, tmp_path, code):
    """Found by an attack test: codes a PDF password's rules refuse gave exit 3 'damaged' for a good packet."""
    from survivor_vault.sharing.packet_reader import WrongShareCode

    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "p.pdf")
    with pytest.raises(WrongShareCode):
        read_packet(packet.data, code)


def test_controls_in_the_code_check_are_refused(vault, tmp_path):
    """Found by an attack test: the salt of code_check was not checked, and reached the --json output."""
    from survivor_vault.sharing import packet_format

    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "p.pdf")
    doc = json.loads(forgery.attachments(packet.data, packet.code)["packet.json"])
    doc["code_check"]["salt"] = "AAAA\u202e\x9b\x7f"
    with pytest.raises(packet_format.PacketFormatError):
        packet_format.validate(doc)


def _pad(data: bytes, where: str, size: int = 8 * 1024 * 1024) -> bytes:
    """Insert a run of line breaks where a parser walks byte by byte (found by a second attack test: 10-19 s)."""
    trailer = data.rindex(b"trailer")
    if where == "after xref":
        at = data.rindex(b"\nxref\n") + 6
    elif where == "after trailer":
        at = trailer + 8
    else:  # before startxref
        at = data.rindex(b"startxref")
    return data[:at] + b"\r" * size + data[at:]


@pytest.mark.parametrize("where", ["after xref", "after trailer", "before startxref"])
def test_padding_in_the_table_or_trailer_is_refused_by_the_shape_check(vault, tmp_path, where):
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"], protected=False), tmp_path / "p.pdf")
    with pytest.raises(pdf_structure.PdfShapeError):
        pdf_structure.scan(_pad(packet.data, where))


@pytest.mark.parametrize("escape", [b"\\q", b"\\\n", b"\\\r\n"])
def test_escapes_the_builder_never_writes_are_refused(escape):
    """pypdf spends 1-2 us a byte on these; 2 MiB of them, within every other limit, took 18 s."""
    from tests.sharing.hostile_pdfs import pdf

    with pytest.raises(pdf_structure.PdfShapeError):
        pdf_structure.scan(pdf([b"<<\n/Type /Catalog\n/X (a" + escape + b"b)\n>>"]))


def test_the_text_is_written_in_utf8_whatever_the_output_encoding(vault, tmp_path):
    """Found by a second attack test: with stdout in cp1252 (Windows, redirected), Arabic text gave exit 1."""
    refs = fill_markers(vault)
    scope = scope_for(refs, ["goal_a"], protected=False)
    from dataclasses import replace

    scope = replace(scope, purpose="Vivienda 🏠 سكن")
    path = tmp_path / "p.pdf"
    make_packet(vault, scope, path)
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "open-packet", str(path)], capture_output=True,
                          timeout=60, env={**os.environ, "PYTHONIOENCODING": "cp1252"})
    assert proc.returncode == 0, proc.stderr
    assert "Vivienda 🏠 سكن" in proc.stdout.decode("utf-8")


def test_a_drawn_stream_larger_than_any_packet_draws_is_refused_before_pypdf_reads_it():
    """With papers a packet may be 64 MiB, but nothing a viewer draws is ever large: a page's 9 MiB stream is refused
    before pypdf holds it (and, in a protected file, decrypts it); a 1 MiB one is read and hashed as usual."""
    import io

    from pypdf import PdfReader

    from survivor_vault.sharing.drawn_hash import drawn_hash
    from tests.sharing.hostile_pdfs import MIB, one_big_stream

    small, large = one_big_stream(MIB), one_big_stream(pdf_structure.MAX_DRAWN_STREAM + MIB)
    drawn_hash(pdf_structure.scan(small), small, PdfReader(io.BytesIO(small), strict=True))
    with pytest.raises(pdf_structure.PdfShapeError, match="drawn stream too large"):
        drawn_hash(pdf_structure.scan(large), large, PdfReader(io.BytesIO(large), strict=True))
