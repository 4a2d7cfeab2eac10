"""Every way of altering a packet is caught (exit 3, or 5 when the signature is stripped), and no file crashes
the reader. Forgeries are made as an attacker with a PDF library would (tests/sharing/forgery.py)."""

import base64
import io
import json
import re
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, RectangleObject, TextStringObject

from survivor_vault.model.errors import VaultError
from survivor_vault.sharing import packet_format, pdf_structure, share_code, signing_key
from survivor_vault.sharing.drawn_hash import drawn_hash
from survivor_vault.sharing.packet_reader import UNVERIFIED_EXIT, NotAPacket, TamperedPacket, read_packet
from tests.sharing import forgery
from tests.sharing import paper_samples as samples
from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for


@pytest.fixture
def two_packets(vault, tmp_path):
    refs = fill_markers(vault)
    a, _ = make_packet(vault, scope_for(refs, ["goal_a", "name"]), tmp_path / "a.pdf")
    b, _ = make_packet(vault, scope_for(refs, ["goal_b"]), tmp_path / "b.pdf")
    return a, b


def drawn(data: bytes, code: str | None) -> str:
    structure = pdf_structure.scan(data)
    reader = PdfReader(io.BytesIO(data), strict=True)
    if reader.is_encrypted:
        reader.decrypt(code)
    return drawn_hash(structure, data, reader)[0]


def assert_refused(data, code, error=TamperedPacket):
    with pytest.raises(error):
        read_packet(data, code)


def cli_open(path, code=None):
    args = [sys.executable, "-m", "survivor_vault", "open-packet", str(path)] + (["--code-stdin"] if code else [])
    return subprocess.run(args, input=(code or "") + "\n", capture_output=True, text=True, timeout=60)


# --- the untouched packet, and the forger's tool on its own ------------------------------------
def test_untouched_packets_verify(two_packets, tmp_path):
    a, _ = two_packets
    assert read_packet(a.data, a.code).verified
    path = tmp_path / "a.pdf"
    path.write_bytes(a.data)
    proc = cli_open(path, a.code)
    assert proc.returncode == 0, proc.stderr
    assert "signature checked" in proc.stdout and proc.stderr == ""


def test_a_faithful_rewrite_draws_the_same_but_is_no_longer_the_sealed_file(two_packets):
    """The forger's tool alone changes nothing a viewer shows (so each forgery below is caught for its change),
    yet the file is not the one the vault sealed, so it is refused too."""
    a, _ = two_packets
    again = forgery.rewrite(a.data, a.code)
    assert drawn(again, a.code) == drawn(a.data, a.code) == a.doc["drawn_sha256"]
    assert_refused(again, a.code)


def test_qpdf_rewrite_is_refused(two_packets, tmp_path):
    a, _ = two_packets
    src, out = tmp_path / "a.pdf", tmp_path / "q.pdf"
    src.write_bytes(a.data)
    subprocess.run(["qpdf", f"--password={a.code}", "--decrypt", str(src), str(out)], check=True)
    with pytest.raises(VaultError):
        read_packet(out.read_bytes(), None)


# --- what a viewer draws or does: each change is caught by the drawn hash ----------------------
def _all_gs_transparent(writer):
    for page in writer.pages:
        for state in page["/Resources"]["/ExtGState"].values():
            state.get_object()[NameObject("/ca")] = NumberObject(0)
            state.get_object()[NameObject("/CA")] = NumberObject(0)


def _js_open_action(writer):
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")})


def _page_aa(writer):
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(2)")})})


def _extra_page(writer):
    writer.add_blank_page(595, 842)


def _media_box(writer):
    writer.pages[0].mediabox = RectangleObject([0, 0, 595, 300])


def _rotate(writer):
    writer.pages[0].rotate(90)


def _replace_font(writer):
    for font in writer.pages[0]["/Resources"]["/Font"].values():
        font.get_object()[NameObject("/BaseFont")] = NameObject("/Courier")
        font.get_object()[NameObject("/Subtype")] = NameObject("/Type1")
        break


def _overlay_text(writer):
    from pypdf.generic import ContentStream

    page = writer.pages[0]
    data = page.get_contents().get_data() + b"\nBT /F11 40 Tf 1 0 0 -1 100 300 Tm (I withdraw) Tj ET"
    stream = ContentStream(None, None)
    stream.set_data(data)
    page.replace_contents(stream)


def _stamp(writer):
    forgery.add_annotation(writer)


def _transparent_and_full_page_stamp(writer):
    _all_gs_transparent(writer)
    forgery.add_annotation(writer, forgery.stamp("Everything here was made up", (0, 0, 595, 842)))


def _info_title(writer):
    writer.add_metadata({"/Title": "I withdraw my consent"})


FORGERIES = {
    "stamp annotation over the goal": _stamp,
    "every ExtGState /ca 0 plus a full-page annotation": _transparent_and_full_page_stamp,
    "every ExtGState /ca 0": _all_gs_transparent,
    "JavaScript open action": _js_open_action,
    "page additional action": _page_aa,
    "extra page": _extra_page,
    "changed MediaBox": _media_box,
    "rotated page": _rotate,
    "replaced font": _replace_font,
    "text drawn over the page": _overlay_text,
    "document title": _info_title,
}


@pytest.mark.parametrize("name", FORGERIES)
@pytest.mark.parametrize("protected", [True, False], ids=["protected", "plain"])
def test_visible_forgeries_are_caught(vault, tmp_path, name, protected):
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"], protected=protected), tmp_path / "p.pdf")
    forged = forgery.rewrite(packet.data, packet.code, FORGERIES[name])
    assert drawn(forged, packet.code) != packet.doc["drawn_sha256"], "the forgery changed nothing drawn"
    assert_refused(forged, packet.code)


def test_overlay_javascript_and_an_extra_attachment_in_a_protected_packet(two_packets, tmp_path):
    """The attack from the issue: rewritten with its code, overlay + JS open action + invoice.pdf.exe."""
    a, _ = two_packets

    def edit(writer):
        _stamp(writer)
        _js_open_action(writer)
        writer.add_attachment("invoice.pdf.exe", b"MZ\x90\x00")

    path = tmp_path / "forged.pdf"
    path.write_bytes(forgery.rewrite(a.data, a.code, edit))
    proc = cli_open(path, a.code)
    assert proc.returncode == 3 and "WARNING" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "QMKGOAL" not in proc.stdout


def test_incremental_update_with_a_stamp_is_caught(vault, tmp_path):
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"], protected=False), tmp_path / "p.pdf")
    writer = forgery.open_writer(packet.data, None, incremental=True)
    _stamp(writer)
    forged = forgery.save(writer, None)
    assert forged.startswith(packet.data) and len(forged) > len(packet.data)  # really an appended revision
    assert_refused(forged, None)
    path = tmp_path / "forged.pdf"
    path.write_bytes(forged)
    assert cli_open(path).returncode == 3


def test_incremental_update_that_changes_nothing_visible_is_caught(vault, tmp_path):
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"], protected=False), tmp_path / "p.pdf")
    writer = forgery.open_writer(packet.data, None, incremental=True)
    writer.add_metadata({"/Keywords": ""})
    forged = forgery.save(writer, None)
    assert forged.startswith(packet.data)
    assert_refused(forged, None)


# --- embedded files, the JSON, the signature ---------------------------------------------------
def test_named_javascript_is_caught(two_packets):
    a, _ = two_packets

    def edit(writer):
        names = writer.root_object["/Names"].get_object()
        script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                                   NameObject("/JS"): TextStringObject("app.alert(3)")})
        names[NameObject("/JavaScript")] = DictionaryObject({NameObject("/Names"): ArrayObject(
            [TextStringObject("go"), writer._add_object(script)])})

    forged = forgery.rewrite(a.data, a.code, edit)
    assert drawn(forged, a.code) == a.doc["drawn_sha256"]  # under /Names: caught by the strict names check
    assert_refused(forged, a.code)


def test_extra_attachment_is_caught(two_packets):
    a, _ = two_packets
    files = forgery.attachments(a.data, a.code)
    assert_refused(forgery.with_attachments(a.data, a.code, {**files, "invoice.pdf.exe": b"MZ"}), a.code)


def test_renamed_attachment_is_caught(two_packets):
    a, _ = two_packets
    files = forgery.attachments(a.data, a.code)
    renamed = {"packet.json": files["packet.json"], "packet-signature.sig": files["packet.sig"]}
    assert_refused(forgery.with_attachments(a.data, a.code, renamed), a.code)


def test_changed_purpose_in_the_json(two_packets):
    a, _ = two_packets
    files = forgery.attachments(a.data, a.code)
    doc = json.loads(files["packet.json"])
    doc["purpose"] = "Anything, for ever"
    assert_refused(forgery.with_attachments(a.data, a.code, {**files, "packet.json": packet_format.encode(doc)}),
                   a.code)


def test_flipped_byte_in_the_signature(two_packets):
    a, _ = two_packets
    files = forgery.attachments(a.data, a.code)
    sig = bytearray(base64.b64decode(files["packet.sig"]))
    sig[10] ^= 0x80
    assert_refused(forgery.with_attachments(a.data, a.code, {**files, "packet.sig": base64.b64encode(bytes(sig))}),
                   a.code)


def test_signature_removed_but_signer_kept(two_packets):
    a, _ = two_packets
    files = forgery.attachments(a.data, a.code)
    assert_refused(forgery.with_attachments(a.data, a.code, {"packet.json": files["packet.json"]}), a.code)


def test_signature_stripped_and_json_altered_reads_but_never_as_checked(two_packets, tmp_path):
    """signer set to null, packet.sig removed, the JSON changed: readable, but exit 5 and said plainly."""
    a, _ = two_packets
    files = forgery.attachments(a.data, a.code)
    doc = json.loads(files["packet.json"])
    doc["signer"] = None
    doc["end_date"] = "2099-12-31"
    doc["sections"]["goals"][0]["title"] = "I no longer want any housing help"
    forged = forgery.with_attachments(a.data, a.code, {"packet.json": packet_format.encode(doc)})
    reading = read_packet(forged, a.code)
    assert not reading.verified and not reading.signed
    path = tmp_path / "stripped.pdf"
    path.write_bytes(forged)
    proc = cli_open(path, a.code)
    assert proc.returncode == UNVERIFIED_EXIT
    assert "nothing proves it is unchanged" in proc.stderr and "signature checked" not in proc.stdout


def test_signer_swapped_for_another_key(two_packets, tmp_path):
    a, _ = two_packets
    other = Ed25519PrivateKey.generate()
    public = signing_key.public_raw(other)
    files = forgery.attachments(a.data, a.code)
    doc = json.loads(files["packet.json"])
    doc["signer"] = {"algorithm": "Ed25519", "public_key": base64.b64encode(public).decode(),
                     "fingerprint": signing_key.fingerprint(public)}
    assert_refused(forgery.with_attachments(a.data, a.code, {**files, "packet.json": packet_format.encode(doc)}),
                   a.code)


def test_json_and_signature_swapped_in_from_another_packet_of_the_same_person(two_packets):
    a, b = two_packets
    assert_refused(forgery.with_attachments(a.data, a.code, forgery.attachments(b.data, b.code)), a.code)


def test_re_encrypted_with_another_code(two_packets):
    a, _ = two_packets
    other = share_code.generate()
    assert_refused(forgery.rewrite(a.data, a.code, new_code=other), other)


def test_protection_stripped(two_packets):
    a, _ = two_packets
    assert_refused(forgery.rewrite(a.data, a.code, new_code=None), None)


def test_trailer_seal_flipped(two_packets):
    a, _ = two_packets
    span = packet_format.find_seal(a.data, a.data.rindex(b"trailer"))
    data = bytearray(a.data)
    data[span[0] + 5] = ord("0") if data[span[0] + 5] != ord("0") else ord("1")
    assert_refused(bytes(data), a.code)


def test_whitespace_changed_between_tokens(two_packets):
    a, _ = two_packets
    index = a.data.index(b"/Type /Catalog")
    assert_refused(a.data[:index] + b"/Type\x00/Catalog" + a.data[index + 14:], a.code, VaultError)


# --- fuzzing: never an unhandled exception -------------------------------------------------------
@pytest.fixture(scope="module")
def sample_packets(tmp_path_factory):
    from survivor_vault.core.vault import Vault
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS

    folder = tmp_path_factory.mktemp("fuzz")
    vault = Vault.create(folder / "v", "fuzz passphrase", kdf=FLOOR_SETTINGS)
    refs = fill_markers(vault)
    protected, _ = make_packet(vault, scope_for(refs, ["goal_a", "svc_a", "name"]), folder / "p.pdf")
    plain, _ = make_packet(vault, scope_for(refs, ["goal_b"], protected=False), folder / "q.pdf")
    vault.lock()
    return protected, plain


def _read_safely(data: bytes, code):
    """None if refused with one of our errors (the right answer to a broken file), else the reading."""
    try:
        return read_packet(data, code)
    except VaultError:
        return None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_packets_never_verify_unless_byte_identical(sample_packets, data):
    packet = data.draw(st.sampled_from(sample_packets))
    raw = bytearray(packet.data)
    for _ in range(data.draw(st.integers(1, 8))):
        kind = data.draw(st.sampled_from(["flip", "cut", "insert", "zero-run"]))
        pos = data.draw(st.integers(0, len(raw) - 1))
        if kind == "flip":
            raw[pos] ^= 1 << data.draw(st.integers(0, 7))
        elif kind == "cut":
            del raw[pos:pos + data.draw(st.integers(1, 500))]
        elif kind == "insert":
            raw[pos:pos] = data.draw(st.binary(min_size=1, max_size=64))
        else:
            raw[pos:pos + 64] = bytes(64)
        if not raw:
            raw = bytearray(b"%")
    reading = _read_safely(bytes(raw), packet.code)
    if bytes(raw) != packet.data:
        assert reading is None or not reading.verified


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4096), st.one_of(st.none(), st.text(max_size=40)))
def test_random_files_never_crash_the_reader(blob, code):
    _read_safely(b"%PDF-1.7\n" + blob, code)
    _read_safely(blob, code)


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10),
                                                                                       children, max_size=5),
                    max_leaves=30))
def test_any_json_shape_is_validated_without_crashing(value):
    try:
        packet_format.validate(value)
    except packet_format.PacketFormatError:
        pass


def test_a_non_packet_pdf_is_not_a_packet(tmp_path):
    from survivor_vault.sharing.pdf_pages import typeset

    pages = typeset("<p>Just a letter</p>", lambda i, n: "")
    with pytest.raises(NotAPacket):
        read_packet(pages.pdf, None)


# --- keys that verify anything --------------------------------------------------------------------
IDENTITY = bytes([1]) + bytes(31)  # the neutral point: with R = identity, S = 0 every message "verifies"
UNIVERSAL_SIGNATURE = IDENTITY + bytes(32)


def test_the_library_alone_would_accept_a_signature_made_without_a_key():
    """Why signing_key refuses small-order keys: the installed cryptography accepts this (found by an attack)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(IDENTITY).verify(UNIVERSAL_SIGNATURE, b"any message at all")
        library_accepts = True
    except InvalidSignature:
        library_accepts = False
    assert not signing_key.verify(IDENTITY, UNIVERSAL_SIGNATURE, b"any message at all")
    if not library_accepts:
        pytest.skip("this cryptography build refuses small-order keys itself")


@pytest.mark.parametrize("bad", range(len(signing_key.SMALL_ORDER)))
def test_every_small_order_key_is_refused(bad):
    key = signing_key.SMALL_ORDER[bad]
    assert signing_key.has_small_order(key) and signing_key.has_small_order(key[:31] + bytes([key[31] | 0x80]))
    assert not signing_key.verify(key, UNIVERSAL_SIGNATURE, b"m")
    real = signing_key.public_raw(Ed25519PrivateKey.generate())
    assert not signing_key.has_small_order(real)


def test_a_packet_signed_with_no_key_at_all_is_refused(vault, tmp_path):
    """A forger sets the signer to the identity point and every signature to the universal one: exit 3, not 0."""
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"], protected=False), tmp_path / "p.pdf")
    doc = json.loads(forgery.attachments(packet.data, None)["packet.json"])
    doc["signer"] = {"algorithm": "Ed25519", "public_key": base64.b64encode(IDENTITY).decode(),
                     "fingerprint": signing_key.fingerprint(IDENTITY)}
    doc["sections"]["goals"][0]["title"] = "I no longer want any housing help"
    data = forgery.with_attachments(packet.data, None, {"packet.json": packet_format.encode(doc),
                                                        "packet.sig": base64.b64encode(UNIVERSAL_SIGNATURE)})
    trailer = data.rindex(b"trailer")
    ids = re.search(rb"/ID \[ *<([0-9a-fA-F]+)> *<[0-9a-fA-F]+> *\]", data[trailer:])
    data = (data[:trailer + ids.start()] + b"/ID [ <" + ids.group(1)[:64].lower() + b"> <"
            + UNIVERSAL_SIGNATURE.hex().encode() + b"> ]" + data[trailer + ids.end():])
    assert_refused(data, None)


# --- attached papers: none changed, replaced, added, removed, renamed or compressed, signed or not -------------
@pytest.fixture(scope="module")
def paper_packets(tmp_path_factory):
    """A packet with papers, in every protection and signing, from one vault: {(protected, signed): built}."""
    from survivor_vault.core.vault import Vault
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS
    from tests.sharing.packet_fixtures import add_papers

    folder = tmp_path_factory.mktemp("papers")
    vault = Vault.create(folder / "v", "papers passphrase", kdf=FLOOR_SETTINGS)
    refs = fill_markers(vault)
    refs.update(add_papers(vault, folder / "originals"))
    packets = {}
    for protected in (True, False):
        for signed in (True, False):
            packets[protected, signed], _ = make_packet(
                vault, scope_for(refs, ["goal_a", "photo", "letter", "form"], protected=protected, signed=signed),
                folder / f"p{protected}{signed}.pdf")
    vault.lock()
    return packets


KINDS = [(True, True), (True, False), (False, True), (False, False)]
KIND_IDS = ["protected-signed", "protected-unsigned", "plain-signed", "plain-unsigned"]


def _papers_changed(packet, change) -> bytes:
    """The packet rebuilt by a tidy forger with its attachments changed by `change(files)` (same pages, same JSON and
    signature, same code)."""
    files = forgery.attachments(packet.data, packet.code)
    change(files)
    return forgery.with_attachments(packet.data, packet.code, files)


def _one_byte(files):
    name = next(n for n in files if n.startswith("paper-") and n.endswith(".pdf"))
    data = bytearray(files[name])
    data[len(data) // 2] ^= 0x01
    files[name] = bytes(data)


def _replaced(files):
    name = next(n for n in files if n.endswith(".jpg"))
    files[name] = samples.jpeg_with_everything(orientation=1)  # another photo (with all its details) in its place


def _extra(files):
    files["paper-99-Invoice.pdf"] = b"%PDF-1.4 not the survivor's"


def _removed(files):
    del files[next(n for n in files if n.endswith(".docx"))]


def _renamed(files):
    name = next(n for n in files if n.endswith(".docx"))
    files[name.replace(".docx", ".exe")] = files.pop(name)


def _swapped(files):
    """Two papers' bytes swapped between their names: every byte is the survivor's, in the wrong place."""
    pdf, docx = (next(n for n in files if n.endswith(ext)) for ext in (".pdf", ".docx"))
    files[pdf], files[docx] = files[docx], files[pdf]


PAPER_FORGERIES = {"one byte changed": _one_byte, "replaced": _replaced, "extra one added": _extra,
                   "one removed": _removed, "renamed": _renamed, "two swapped": _swapped}


def test_the_forgers_tool_alone_keeps_an_unsigned_packet_with_papers_readable(paper_packets):
    """So the refusals below are for the change: an unsigned packet rebuilt with the same attachments still reads."""
    for protected in (True, False):
        packet = paper_packets[protected, False]
        again = _papers_changed(packet, lambda files: None)
        assert again != packet.data
        reading = read_packet(again, packet.code)
        assert not reading.verified and [p.data for p in reading.papers] == [p.data for p in packet.attached]


@pytest.mark.parametrize("name", PAPER_FORGERIES)
@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_an_attached_paper_changed_in_any_way_is_always_caught(paper_packets, name, kind):
    packet = paper_packets[kind]
    assert_refused(_papers_changed(packet, PAPER_FORGERIES[name]), packet.code)


def _compress_a_paper(writer, bomb: bytes):
    """The .docx's stream replaced by a FlateDecode one that inflates to `bomb` (a zip bomb, or the same bytes)."""
    import zlib

    from pypdf.generic import EncodedStreamObject

    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    for index in range(0, len(names), 2):
        if str(names[index]).endswith(".docx"):
            stream = EncodedStreamObject()
            stream._data = zlib.compress(bomb, 9)
            stream[NameObject("/Type")] = NameObject("/EmbeddedFile")
            stream[NameObject("/Filter")] = NameObject("/FlateDecode")
            names[index + 1].get_object()["/EF"][NameObject("/F")] = writer._add_object(stream)


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_a_compressed_paper_is_refused_without_being_inflated(paper_packets, kind):
    """The builder writes papers as they are: a filter on one, even one that inflates to the very same bytes, is a
    changed packet, and a zip bomb there is never inflated (the reader refuses it before reading the stream)."""
    packet = paper_packets[kind]
    same = next(p.data for p in packet.attached if p.file_name.endswith(".docx"))
    for inflated in (same, b"\0" * (200 * 1024 * 1024)):
        compressed = forgery.rewrite(packet.data, packet.code, lambda w, b=inflated: _compress_a_paper(w, b))
        forged = forgery.rewrite(compressed, packet.code)  # tidy: no orphan left by the swap
        assert len(forged) < len(packet.data) + 1024 * 1024  # the bomb is small
        assert_refused(forged, packet.code)


def test_an_unsigned_packet_whose_paper_and_json_were_both_changed_is_never_called_checked(paper_packets):
    """Without a signature nothing proves anything (exit 5): a forger who also fixes the hash in packet.json is read,
    with the warning, and never as checked."""
    packet = paper_packets[False, False]
    files = forgery.attachments(packet.data, None)
    name = next(n for n in files if n.endswith(".docx"))
    files[name] = b"PK\x03\x04 the forger's form"
    doc = json.loads(files["packet.json"])
    entry = next(e for e in doc["sections"]["papers"] if e["file_name"] == name)
    entry["size"], entry["sha256"] = len(files[name]), __import__("hashlib").sha256(files[name]).hexdigest()
    files["packet.json"] = packet_format.encode(doc)
    reading = read_packet(forgery.with_attachments(packet.data, None, files), None)
    assert not reading.verified and not reading.signed and any("not signed" in w for w in reading.warnings)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_byte_changed_inside_an_attached_paper_is_caught_even_unsigned_and_plain(paper_packets, data):
    packet = paper_packets[False, False]
    structure = pdf_structure.scan(packet.data)
    sizes = {len(paper.data) for paper in packet.attached}  # a plain packet stores each paper as it is
    papers = [s for s in structure.objects.values() if isinstance(s, pdf_structure.Stream)
              and s.dictionary.get("Type") == "EmbeddedFile" and s.length in sizes]
    assert len(papers) == len(packet.attached) == 3
    stream = data.draw(st.sampled_from(papers))
    pos = stream.start + data.draw(st.integers(0, stream.length - 1))
    raw = bytearray(packet.data)
    raw[pos] ^= 1 << data.draw(st.integers(0, 7))
    assert_refused(bytes(raw), None)


@pytest.mark.parametrize("extension, content", [("exe", b"MZ\x90\x00This program cannot be run in DOS mode"),
                                                ("js", b"WScript.Echo('hi')"),
                                                ("jpg", b"%PDF-1.4\n a PDF called a photo")])
def test_a_signed_packet_whose_paper_has_a_name_the_builder_never_makes_is_refused(vault, monkeypatch, extension,
                                                                                 content):
    """Found by an attack: the builder run with another name (any vault's key signs) carried a signed .exe, and
    open-packet --extract wrote it. The reader accepts only the names and types the builder makes for the bytes."""
    from survivor_vault.model.permissions import ItemRef, Section
    from survivor_vault.sharing import packet_builder, packet_papers
    from survivor_vault.sharing.packet_reader import read_packet
    from tests.sharing.packet_fixtures import scope_for

    paper = vault.papers.add_bytes(content, "court-order.bin", title="Court order", kind="court")
    monkeypatch.setattr(packet_papers, "file_name", lambda n, w, t, m, o: f"paper-{n:02d}-Court-order.{extension}")
    monkeypatch.setattr(packet_builder, "_check_own_work", lambda built: None)  # a forger skips it
    refs = {"order": ItemRef(Section.PAPERS, str(paper.id))}
    built = packet_builder.build(packet_builder.prepare(vault, scope_for(refs, ["order"], protected=False)))
    with pytest.raises((TamperedPacket, NotAPacket)):  # the schema's list of names, or the bytes' own type
        read_packet(built.data, None)
