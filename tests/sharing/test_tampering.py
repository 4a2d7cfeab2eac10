"""Every way of altering a packet is caught (exit 3), and no file makes the reader crash."""

import base64
import io
import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from survivor_vault.core.errors import VaultError
from survivor_vault.sharing import packet_format, share_code
from survivor_vault.sharing.packet_reader import NotAPacket, TamperedPacket, read_packet
from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for


@pytest.fixture
def two_packets(vault, tmp_path):
    refs = fill_markers(vault)
    a, _ = make_packet(vault, scope_for(refs, ["goal_a", "name"]), tmp_path / "a.pdf")
    b, _ = make_packet(vault, scope_for(refs, ["goal_b"]), tmp_path / "b.pdf")
    return a, b


def rebuild(data: bytes, code: str | None, *, new_code: str | None = "same", attachments=None,
            edit_page=None, metadata=None) -> bytes:
    """Open a packet as an attacker who has its code would, change it, and save it again."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt(code)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.add_metadata({k: v for k, v in (reader.metadata or {}).items()})
    if metadata:
        writer.add_metadata(metadata)
    current = {name: parts[0] for name, parts in reader.attachments.items()}
    if attachments is not None:
        current = attachments(current)
    for name, value in current.items():
        writer.add_attachment(name, value)
    if edit_page:
        edit_page(writer)
    target = code if new_code == "same" else new_code
    if target:
        writer.encrypt(user_password=target, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def assert_tampered(data, code):
    with pytest.raises(TamperedPacket):
        read_packet(data, code)


def test_a_faithful_rewrite_still_verifies(two_packets):
    """The attacker's tool itself changes nothing that matters: so each test below fails only for its change."""
    a, _ = two_packets
    read_packet(rebuild(a.data, a.code), a.code)


def test_flipped_byte_in_the_json(two_packets):
    a, _ = two_packets

    def flip(parts):
        data = bytearray(parts["packet.json"])
        index = data.index(b"QMKGOALALPHA")
        data[index] ^= 0x01
        return {**parts, "packet.json": bytes(data)}

    assert_tampered(rebuild(a.data, a.code, attachments=flip), a.code)


def test_changed_purpose_in_the_json(two_packets):
    a, _ = two_packets

    def change(parts):
        doc = json.loads(parts["packet.json"])
        doc["purpose"] = "Anything, for ever"
        return {**parts, "packet.json": packet_format.encode(doc)}

    assert_tampered(rebuild(a.data, a.code, attachments=change), a.code)


def test_flipped_byte_in_the_signature(two_packets):
    a, _ = two_packets

    def flip(parts):
        sig = bytearray(base64.b64decode(parts["packet.sig"]))
        sig[10] ^= 0x80
        return {**parts, "packet.sig": base64.b64encode(bytes(sig))}

    assert_tampered(rebuild(a.data, a.code, attachments=flip), a.code)


def test_signature_removed(two_packets):
    a, _ = two_packets
    assert_tampered(rebuild(a.data, a.code, attachments=lambda p: {"packet.json": p["packet.json"]}), a.code)


def test_attachment_swapped_from_another_packet_of_the_same_person(two_packets):
    a, b = two_packets
    b_parts = {name: parts[0] for name, parts in (lambda r: (r.decrypt(b.code), r.attachments)[1])(
        PdfReader(io.BytesIO(b.data))).items()}
    assert_tampered(rebuild(a.data, a.code, attachments=lambda _p: b_parts), a.code)


def test_re_encrypted_with_another_code(two_packets):
    a, _ = two_packets
    other = share_code.generate()
    assert_tampered(rebuild(a.data, a.code, new_code=other), other)


def test_protection_stripped(two_packets):
    a, _ = two_packets
    assert_tampered(rebuild(a.data, a.code, new_code=None), None)


def test_visible_text_altered(two_packets):
    a, _ = two_packets

    def edit(writer):
        from pypdf.generic import ContentStream

        page = writer.pages[0]
        contents = page.get_contents()
        data = contents.get_data().replace(b"Tj", b"Tj ", 1)  # a harmless-looking change is still a change
        stream = ContentStream(None, None)
        stream.set_data(data)
        page.replace_contents(stream)

    assert_tampered(rebuild(a.data, a.code, edit_page=edit), a.code)


def test_metadata_packet_id_changed(two_packets):
    a, b = two_packets
    assert_tampered(rebuild(a.data, a.code, metadata={"/SVaultPacket": b.packet_id}), a.code)


def test_cli_says_tampered_with_exit_3(two_packets, tmp_path):
    a, _ = two_packets
    other = share_code.generate()
    path = tmp_path / "tampered.pdf"
    path.write_bytes(rebuild(a.data, a.code, new_code=other))
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "open-packet", str(path), "--code-stdin"],
                          input=other + "\n", capture_output=True, text=True)
    assert proc.returncode == 3 and "WARNING" in proc.stderr and "Traceback" not in proc.stderr
    assert "QMKGOAL" not in proc.stdout


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
    try:
        read_packet(data, code)
    except VaultError:
        pass  # a kind, specific error is the right answer to a broken file


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_packets_never_crash_the_reader(sample_packets, data):
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
    _read_safely(bytes(raw), packet.code)


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
