"""The agency's side: open a packet with its share code, check it, and read it.

A packet file is untrusted input. Whatever it holds, `read_packet` returns a checked reading or
raises one of the errors below; it never lets another exception out. Its shape is checked on the
raw bytes first (`pdf_structure`, with fixed limits and no decoding); only then does pypdf read it,
and only packet.json and packet.sig are ever decompressed. Attached papers are never decompressed
(the builder writes them without a filter, and the reader accepts none): each must be exactly the
bytes whose size and SHA-256 packet.json lists. Every text in the reading comes back without control
characters.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import logging
import os
import stat
import zlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from survivor_vault.core.plain_text import without_controls
from survivor_vault.model.errors import VaultError
from survivor_vault.sharing import packet_format, pdf_structure, share_code, signing_key
from survivor_vault.sharing.drawn_hash import drawn_hash
from survivor_vault.sharing.paper_names import made_by_the_builder
from survivor_vault.sharing.pdf_structure import Ref
from survivor_vault.storage.sha256 import Sha256

# A 200-item packet is about 0.4 MiB; with papers a packet may be 64 MiB (packet_format.MAX_PACKET_BYTES). The
# memory this costs for the worst well-shaped file is measured in benchmarks/hostile_files.py.
MAX_PACKET_BYTES = packet_format.MAX_PACKET_BYTES
UNVERIFIED_EXIT = 5  # read, but nothing proves it is unchanged (unsigned, or an older format)
NOT_SIGNED = ("This packet is not signed, so nothing proves it is unchanged. Do not rely on it without "
              "asking the person who sent it.")
NOT_PROTECTED = ("This packet is not protected by a share code: anyone who has the file can read it. "
                 "Keep it somewhere safe and delete it when it is no longer needed.")
OLDER_FORMAT = ("This packet was made by an older version of Survivor Vault, whose signature covers its data "
                "but not how its pages look. Rely on the data shown here, not on the pages, or ask for a new one.")

logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)  # its warnings are ours to explain


class WrongShareCode(VaultError):
    exit_code = 2
    message = "That share code does not open this packet. Please check it with the person who sent it."


class NotAPacket(VaultError):
    exit_code = 3
    message = "This file is not a share packet, or it is damaged."


class NotARegularFile(NotAPacket):
    message = "That is not a file that can hold a packet (a folder, a device or a pipe)."


class PacketTooLarge(NotAPacket):
    message = "This file is too large to be a share packet."


class NoPacketFile(VaultError):
    exit_code = 1
    message = "There is no file there."


class TamperedPacket(VaultError):
    exit_code = 3
    message = ("WARNING: this packet has been changed since it was made, or parts of it were swapped. "
               "Do not rely on it. Ask the person who sent it for a new one.")


class PacketExpired(VaultError):
    exit_code = 4
    message = ("This packet's consent has ended, so it should not be used any more. "
               "Ask the person who sent it if they want to share again.")


@dataclass(frozen=True)
class ReadPaper:
    """A paper attached to the packet: its packet.json entry, and its bytes (their size and SHA-256 checked)."""

    entry: dict
    data: bytes

    @property
    def file_name(self) -> str:
        return self.entry["file_name"]

    @property
    def title(self) -> str:
        return self.entry["title"]

    @property
    def sha256(self) -> str:
        return self.entry["sha256"]


@dataclass(frozen=True)
class PacketReading:
    doc: dict
    protected: bool
    signed: bool
    fingerprint: str | None
    past_end_date: bool
    warnings: tuple[str, ...] = field(default=())
    verified: bool = False  # signed, and what a viewer draws is what was signed
    papers: tuple[ReadPaper, ...] = field(default=())  # in packet.json's order

    @property
    def end_date(self) -> date:
        return date.fromisoformat(self.doc["end_date"])


def read_packet_file(path: Path | str) -> bytes:
    """The bytes of a packet file, read only if it is a regular file of at most MAX_PACKET_BYTES.

    A folder, a device (/dev/zero), a pipe or a socket is refused before anything is read, and the
    size is checked before reading, so no file makes us read more than the limit.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise NoPacketFile(f"There is no file at {without_controls(str(path))}.") from None
    except IsADirectoryError:
        raise NotARegularFile() from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile()
        if info.st_size > MAX_PACKET_BYTES:
            raise PacketTooLarge()
        chunks = []
        remaining = MAX_PACKET_BYTES + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_PACKET_BYTES:  # it grew while we read it
        raise PacketTooLarge()
    return data


def looks_protected(data: bytes) -> bool:
    """Whether the file asks for a share code: its trailer names an /Encrypt dictionary.

    Cheap on purpose (the reader checks everything after): a file that lies here only gets asked
    for a code it does not need, or refused as protected with no code given.
    """
    tail = data[-64 * 1024:]
    return b"/Encrypt" in tail[tail.rfind(b"trailer"):] if b"trailer" in tail else False


def read_packet(data: bytes, code: str | None, *, today: date | None = None,
                ignore_end_date: bool = False) -> PacketReading:
    """Open, decrypt, verify and check the end date. WrongShareCode / NotAPacket / TamperedPacket / PacketExpired.

    A reading that comes back is either `verified` (signed, and everything a viewer draws is what
    was signed) or not (unsigned, or an older format): callers must say which.
    """
    try:
        reading = _read(data, code, today or date.today())
    except VaultError:
        raise
    except Exception:  # noqa: BLE001 - any surprise from a hostile file means "not a packet we can read"
        raise NotAPacket() from None
    if reading.past_end_date and not ignore_end_date:
        raise PacketExpired()
    return reading


def _decrypt(reader, code: str | None) -> str:
    """Open a protected packet with the share code as typed (hyphens or spaces, capitals or not).

    Returns the code that opened it."""
    from pypdf import PasswordType

    if not code:
        raise WrongShareCode("This packet is protected. Please give its share code.")
    candidates = []
    try:
        candidates.append(share_code.normalise(code))
    except share_code.InvalidShareCode:
        pass
    candidates.append(code.strip())
    for candidate in candidates:
        try:
            opened = reader.decrypt(candidate)
        except Exception:  # noqa: BLE001, S112 - a code that PDF password rules refuse (mixed directions) is wrong
            continue
        if opened != PasswordType.NOT_DECRYPTED:
            return candidate
    raise WrongShareCode()


def _stream_bytes(structure, reader, number: int, limit: int) -> bytes:
    """An embedded file's data, decompressed with a hard limit (FlateDecode is the only filter allowed)."""
    stream = structure.objects[number]
    if not isinstance(stream, pdf_structure.Stream) or stream.dictionary.get("Type") != "EmbeddedFile" \
            or set(stream.dictionary) - {"Type", "Length", "Filter", "Subtype", "Params"}:
        raise TamperedPacket()
    if stream.length > _stored_length(limit, structure.encrypted):
        raise TamperedPacket()  # stored larger than the limit it must inflate within: never read
    raw = bytes(reader.get_object(number)._data)
    if stream.dictionary.get("Filter") is None:
        data = raw
    else:
        inflater = zlib.decompressobj()
        data = inflater.decompress(raw, limit + 1)
        if inflater.unconsumed_tail or not inflater.eof:
            raise TamperedPacket()
    if len(data) > limit:
        raise TamperedPacket()
    return data


def _file_tree(structure) -> tuple[int, int, list]:
    """The catalogue's /Names: one /EmbeddedFiles tree, holding one flat /Names list. (names, tree, pairs)."""
    root = structure.objects[structure.trailer["Root"].number]
    names_ref = root.get("Names")
    if names_ref is None:
        raise NotAPacket()  # a PDF with no embedded files at all: not a packet
    names = structure.objects.get(names_ref.number) if isinstance(names_ref, Ref) else None
    if not isinstance(names, dict) or set(names) != {"EmbeddedFiles"} or not isinstance(names["EmbeddedFiles"], Ref):
        raise TamperedPacket()
    tree_number = names["EmbeddedFiles"].number
    tree = structure.objects[tree_number]
    if not isinstance(tree, dict) or set(tree) != {"Names"} or not isinstance(tree["Names"], list):
        raise TamperedPacket()
    if len(tree["Names"]) % 2 or not 2 <= len(tree["Names"]) <= 2 * (2 + packet_format.MAX_PAPERS):
        raise TamperedPacket()
    return names_ref.number, tree_number, tree["Names"]


def _file_spec(structure, reader, spec_ref, name: str) -> int:
    """One file specification, exactly as our builder writes it; the number of its stream."""
    if not isinstance(spec_ref, Ref):
        raise TamperedPacket()
    spec = structure.objects[spec_ref.number]
    if not isinstance(spec, dict) or set(spec) != {"Type", "F", "EF"} or spec["Type"] != "Filespec" \
            or not isinstance(spec["EF"], dict) or set(spec["EF"]) != {"F"} or not isinstance(spec["EF"]["F"], Ref):
        raise TamperedPacket()
    if _text(reader.get_object(spec_ref.number).raw_get("/F")) != name:
        raise TamperedPacket()
    return spec["EF"]["F"].number


def _embedded_files(structure, reader) -> tuple[dict[str, bytes], list[tuple[str, int]], set[int]]:
    """The embedded files, each once and in the order of their names (as the builder writes them): packet.json,
    packet.sig if signed (both read), then any others (papers, not read yet: their names and stream numbers)."""
    names_number, tree_number, pairs = _file_tree(structure)
    decrypted = reader.get_object(tree_number).raw_get("/Names")
    covered = {names_number, tree_number}
    names = [_text(decrypted[index]) for index in range(0, len(pairs), 2)]
    if names != sorted(set(names)) or names[0] != packet_format.JSON_NAME:
        raise TamperedPacket()
    files: dict[str, bytes] = {}
    others: list[tuple[str, int]] = []
    for index, name in enumerate(names):
        spec_ref = pairs[2 * index + 1]
        stream_number = _file_spec(structure, reader, spec_ref, name)
        covered |= {spec_ref.number, stream_number}
        if name in (packet_format.JSON_NAME, packet_format.SIG_NAME):
            files[name] = _stream_bytes(structure, reader, stream_number, packet_format.MAX_JSON_BYTES)
        else:
            others.append((name, stream_number))
    return files, others, covered


def _stored_length(size: int, encrypted: bool) -> int:
    """How long an attached paper of `size` bytes is in the file: AES-256 adds a 16-byte IV and 1-16 of padding."""
    return 16 + (size // 16 + 1) * 16 if encrypted else size


def _paper(structure, reader, number: int, entry: dict) -> ReadPaper:
    """One attached paper: its stream exactly as the builder writes it (no filter), its bytes those listed."""
    stream = structure.objects[number]
    if not isinstance(stream, pdf_structure.Stream) or stream.dictionary != {"Type": "EmbeddedFile",
                                                                           "Length": stream.length}:
        raise TamperedPacket()
    if stream.length != _stored_length(entry["size"], structure.encrypted):
        raise TamperedPacket()  # checked before anything is decrypted: no stream larger than its entry says
    data = reader.get_object(number)._data
    if len(data) != entry["size"] or Sha256(data).hexdigest() != entry["sha256"]:
        raise TamperedPacket()
    if not made_by_the_builder(entry, data):
        raise TamperedPacket()  # a name or type our builder never writes (an .exe, a PDF called .jpg)
    return ReadPaper(entry, bytes(data))


def _papers(doc: dict, structure, reader, others: list[tuple[str, int]]) -> tuple[ReadPaper, ...]:
    """Exactly the papers packet.json lists, in its order, each with the very bytes it lists: none missing, added,
    renamed or changed (also in an unsigned packet, where nothing else would say so)."""
    entries = doc["sections"].get("papers", []) if doc["version"] == packet_format.VERSION_WITH_PAPERS else []
    if [entry["file_name"] for entry in entries] != [name for name, _ in others]:
        raise TamperedPacket()
    if sum(entry["size"] for entry in entries) > packet_format.MAX_PAPERS_BYTES \
            or any(entry["size"] > packet_format.MAX_PAPER_BYTES for entry in entries):
        raise TamperedPacket()  # more than the builder attaches: never read
    return tuple(_paper(structure, reader, number, entry) for entry, (_, number) in zip(entries, others, strict=True))


def _check_seal(data: bytes, json_bytes: bytes, public: bytes) -> None:
    """Every byte of the file is as the vault wrote it: the seal in the trailer's /ID signs them all."""
    span = packet_format.find_seal(data, data.rindex(b"trailer"))
    if span is None:
        raise TamperedPacket()
    seal = bytes.fromhex(data[span[0]:span[1]].decode("ascii"))
    message = packet_format.seal_message(packet_format.blanked(data, span), json_bytes)
    if not signing_key.verify(public, seal, message):
        raise TamperedPacket()


def _text(value) -> str:
    from pypdf.generic import TextStringObject

    if not isinstance(value, TextStringObject):
        raise TamperedPacket()
    return str(value)


def _shape(data: bytes):
    try:
        return pdf_structure.scan(data)
    except (pdf_structure.PdfShapeError, RecursionError, ValueError):
        pass
    # One of ours with a revision appended (what a PDF editor's "save" does) is a changed packet.
    first_end = data.find(b"%%EOF")
    if 0 <= first_end < len(data) - 8:
        try:
            pdf_structure.scan(data[:first_end + 5] + b"\n")
        except (pdf_structure.PdfShapeError, RecursionError, ValueError):
            pass
        else:
            raise TamperedPacket()
    raise NotAPacket()


def _opened(data: bytes, code: str | None):
    """The file's checked shape, pypdf's reader of it (decrypted), the code that opened it, its drawn hash, its
    packet.json and packet.sig, and the other embedded files (name, stream number), not read yet."""
    from pypdf import PdfReader

    if len(data) > MAX_PACKET_BYTES:
        raise PacketTooLarge()
    if not data.startswith(b"%PDF"):
        raise NotAPacket()
    structure = _shape(data)
    reader = PdfReader(io.BytesIO(data), strict=True)
    if reader.is_encrypted != structure.encrypted:
        raise NotAPacket()
    used_code = _decrypt(reader, code) if structure.encrypted else None
    try:
        drawn, covered = drawn_hash(structure, data, reader)
    except pdf_structure.PdfShapeError:
        raise NotAPacket() from None
    files, others, names_covered = _embedded_files(structure, reader)
    extra = set(structure.objects) - covered - names_covered
    if structure.encrypted:
        extra.discard(structure.trailer["Encrypt"].number)
    if extra:
        raise TamperedPacket()  # objects that nothing shows: our builder writes none
    return structure, reader, used_code, drawn, files, others


def _document(json_bytes: bytes, structure, used_code: str | None, drawn: str) -> dict:
    """packet.json, checked against the schema and against this very file: same protection, code and drawing."""
    if json_bytes.count(b"[") + json_bytes.count(b"{") > packet_format.MAX_JSON_CONTAINERS:
        raise TamperedPacket()  # Python would build every list before the schema is checked
    try:
        raw = json.loads(json_bytes.decode("utf-8"))
        # Exactly as the vault writes it (docs/packet-format.md): keys sorted, no spaces, each key once.
        # A duplicate key, which JSON readers settle differently (first or last), never gets this far.
        if packet_format.encode(raw) != json_bytes:
            raise TamperedPacket()
        doc = packet_format.validate(raw)
    except (ValueError, UnicodeError, RecursionError):
        raise TamperedPacket() from None
    if doc["protected"] != structure.encrypted:
        raise TamperedPacket()
    if structure.encrypted and (doc["code_check"] is None
                                or not packet_format.code_matches(doc["code_check"], used_code)):
        raise TamperedPacket()
    if doc["version"] in packet_format.SEALED_VERSIONS and doc["drawn_sha256"] != drawn:
        raise TamperedPacket()
    return doc


def _signer(doc: dict, data: bytes, json_bytes: bytes, signature_file: bytes | None) -> str | None:
    """The signing key's fingerprint if the packet is signed and every signature holds; None if unsigned."""
    if doc["signer"] is None:
        if signature_file is not None:
            raise TamperedPacket()
        return None
    if signature_file is None:
        raise TamperedPacket()
    try:
        public = base64.b64decode(doc["signer"]["public_key"], validate=True)
        signature = base64.b64decode(signature_file.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise TamperedPacket() from None
    if not signing_key.verify(public, signature, json_bytes):
        raise TamperedPacket()
    fingerprint = signing_key.fingerprint(public)
    if fingerprint != doc["signer"]["fingerprint"]:
        raise TamperedPacket()
    if doc["version"] in packet_format.SEALED_VERSIONS:
        _check_seal(data, json_bytes, public)
    return fingerprint


def _warnings(doc: dict, past: bool, fingerprint: str | None, older: bool, encrypted: bool) -> tuple[str, ...]:
    warnings = []
    if past:
        warnings.append("This packet's consent ended on " + doc["end_date"] + ". Use it only if the person "
                        "who sent it agrees.")
    if fingerprint is None:
        warnings.append(NOT_SIGNED)
    elif older:
        warnings.append(OLDER_FORMAT)
    if not encrypted:
        warnings.append(NOT_PROTECTED)
    return tuple(warnings)


def _read(data: bytes, code: str | None, today: date) -> PacketReading:
    structure, reader, used_code, drawn, files, others = _opened(data, code)
    json_bytes = files[packet_format.JSON_NAME]
    doc = _document(json_bytes, structure, used_code, drawn)
    fingerprint = _signer(doc, data, json_bytes, files.get(packet_format.SIG_NAME))
    papers = _papers(doc, structure, reader, others)
    older = doc["version"] not in packet_format.SEALED_VERSIONS
    past = date.fromisoformat(doc["end_date"]) < today
    return PacketReading(doc, structure.encrypted, fingerprint is not None, fingerprint, past,
                         _warnings(doc, past, fingerprint, older, structure.encrypted),
                         verified=fingerprint is not None and not older, papers=papers)


INDENT = "    "


def _q(text: str) -> str:
    """Text from the packet, as it may be printed: its own lines indented and no run of blank lines, so that
    nothing in it can stand at the start of a line where the reader's own verdict stands (found by an attack
    test: a note ending in "Signed. Key fingerprint: <someone else's> (signature checked)" after twenty blank
    lines looked like the check of the packet)."""
    lines, blank = [], False
    for line in text.split("\n"):
        if not line.strip():
            if blank:
                continue
            blank = True
        else:
            blank = False
        lines.append(line)
    return ("\n" + INDENT).join(lines)


def _heading(text: str) -> list[str]:
    return ["", text, "-" * len(text)]


def _about_me_lines(words, about: dict) -> list[str]:
    from survivor_vault.model.about_me import AboutMe

    lines = _heading(words.t("about_me"))
    lines += [f"{words.about_field(name)}: {_q(about[name])}" for name in AboutMe.field_names() if name in about]
    return lines


def _goal_lines(words, goals: list) -> list[str]:
    lines = _heading(words.t("goals"))
    for goal in goals:
        lines.append(f"* {_q(goal['title'])}  [{words.status(goal['status'])}]")
        lines += [f"  {words.t(key)}: {_q(goal[key])}" for key in ("why", "notes") if goal.get(key)]
        if goal.get("area"):
            lines.append(f"  {words.t('area')}: {words.area(goal['area'])}")
        if goal.get("target_date"):
            lines.append(f"  {words.t('target')}: {goal['target_date']}")
        lines += [f"  [{'x' if step['done'] else ' '}] {_q(step['text'])}" for step in goal.get("steps", [])]
    return lines


_SERVICE_LINES = (("provider", "provider"), ("contact", "contact"), ("notes", "notes"),
                  ("feedback_working", "working"), ("feedback_not_working", "not_working"))


def _service_lines(words, services: list) -> list[str]:
    lines = _heading(words.t("services"))
    for service in services:
        name = service["kind_name"] if service.get("custom_kind") else words.service_kind(service["kind_name"])
        lines.append(f"* {_q(name)}: {words.choice(service['choice'])}")
        lines += [f"  {words.t(label)}: {_q(service[key])}" for key, label in _SERVICE_LINES if service.get(key)]
    return lines


def _paper_lines(words, papers: list) -> list[str]:
    from survivor_vault.core.placeholders import fill

    lines = _heading(fill(words.t("papers_attached"), words.number(len(papers))))
    for paper in papers:
        lines.append(f"* {_q(paper['title'])}  [{_q(words.paper_kind(paper['kind']))}]")
        lines += [f"  {words.t(key)}: {paper[key]}" for key in ("issued", "expires") if paper.get(key)]
        lines.append(f"  {words.t('file')}: {paper['file_name']} ({words.size(paper['size'])}, {paper['media_type']})")
    return lines


def _signature_line(words, reading: PacketReading) -> str:
    if reading.verified:
        return f"{words.t('fingerprint')}: {reading.fingerprint} (signature checked)"
    if reading.fingerprint:
        return f"{words.t('fingerprint')}: {reading.fingerprint} ({OLDER_FORMAT})"
    return words.t("unsigned")


def readable_text(reading: PacketReading) -> str:
    """The packet as plain text, in the packet's language, for the terminal or a text view."""
    from survivor_vault.sharing.packet_wording import for_language

    doc = reading.doc
    words = for_language(doc.get("language", "en"))
    recipient = doc["recipient"]
    lines = [words.t("title"), "=" * len(words.t("title"))]
    who = ", ".join(p for p in (recipient["name"], recipient.get("role", ""), recipient["organisation"]) if p)
    lines += [f"{words.t('for')}: {_q(who)}", f"{words.t('purpose')}: {_q(doc['purpose'])}",
              f"{words.t('made')}: {doc['made_at'][:10]}", f"{words.t('ends')}: {doc['end_date']}",
              f"{words.t('packet_id')}: {doc['packet_id']}", "", f"{words.t('consent')}:",
              INDENT + _q(doc["consent_statement"])]
    if doc.get("note_in_my_words"):
        lines += ["", f"{words.t('note')}:", INDENT + _q(doc["note_in_my_words"])]
    sections = doc["sections"]
    if "about_me" in sections:
        lines += _about_me_lines(words, sections["about_me"])
    if "goals" in sections:
        lines += _goal_lines(words, sections["goals"])
    if "services" in sections:
        lines += _service_lines(words, sections["services"])
    if "papers" in sections:
        lines += _paper_lines(words, sections["papers"])
    lines += ["", _signature_line(words, reading)]
    # The doc is already clean (validate); this is the last line of defence for a terminal.
    return without_controls("\n".join(lines)) + "\n"
