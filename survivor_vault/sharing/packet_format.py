"""packet.json: the machine-readable copy of a packet (schema in resources/packet-schema.json).

The JSON is embedded in the PDF exactly as `canonical()` writes it, and the signature
(packet.sig, base64 of an Ed25519 signature) is over those bytes. Since version 2 the JSON holds
`drawn_sha256`, the canonical hash of everything a PDF viewer draws or does with the file
(`drawn_hash`), so the signature covers the pages as a reader sees them.
"""

from __future__ import annotations

import base64
import functools
import json
import re
import secrets
import uuid
from datetime import UTC, date, datetime
from typing import Any

from survivor_vault.core.plain_text import without_controls
from survivor_vault.model.papers import MOST_BYTES
from survivor_vault.resource_paths import resource_dir
from survivor_vault.sharing.packet_content import PacketContent, canonical
from survivor_vault.sharing.packet_scope import PacketScope
from survivor_vault.storage.sha256 import Sha256

FORMAT = "svault-packet"
VERSION = 2  # written for a packet without papers, so that an older Survivor Vault still opens it
VERSION_WITH_PAPERS = 3  # written for a packet with papers attached (embedded files listed in packet.json)
SEALED_VERSIONS = (VERSION, VERSION_WITH_PAPERS)  # the drawn hash and the file seal: every byte is the vault's
JSON_NAME = "packet.json"
SIG_NAME = "packet.sig"
MAX_JSON_BYTES = 4 * 1024 * 1024  # a 200-item packet's JSON is about 160 KiB
MAX_JSON_CONTAINERS = 50_000  # lists and objects; a 200-item packet has about 1,300
# What one packet may carry: papers of 56 MiB together (so the largest paper the vault keeps, 50 MiB, fits even if
# cleaning a photo makes it a little larger), and 8 MiB for its pages and data (a 200-item packet is 0.4 MiB).
# The reader refuses any larger file before reading it; the builder refuses to make one (benchmarks/hostile_files.py
# measures the reader's memory at this size).
MAX_PAPERS = 999
MAX_PAPER_BYTES = MOST_BYTES  # one attached paper: at most what the vault keeps (50 MiB)
MAX_PAPERS_BYTES = 56 * 1024 * 1024
MAX_PACKET_BYTES = 64 * 1024 * 1024


class PacketFormatError(ValueError):
    """The JSON is not a packet this version understands."""


SEAL_CONTEXT = b"svault-packet-file-v2\n"
SEAL_HEX = 128  # an Ed25519 signature, as hex
_TRAILER_ID = re.compile(rb"/ID \[ <([0-9a-f]{32,64})> <([0-9a-f]{128})> \]")


def seal_message(file_with_blank_seal_parts, json_bytes: bytes) -> bytes:
    """What the file seal signs: the whole file as written (seal blanked), bound to the packet's JSON.

    Binding the JSON (which is encrypted in a protected packet) means that nobody without the share
    code can test a seal against a public key: protected packets stay unlinkable.
    """
    digest = Sha256()
    for part in file_with_blank_seal_parts:
        digest.update(part)
    return SEAL_CONTEXT + digest.digest() + Sha256(json_bytes).digest()


def find_seal(data: bytes, trailer_start: int) -> tuple[int, int] | None:
    """Where the seal's hex digits are in the trailer's /ID (the second identifier), or None."""
    matches = list(_TRAILER_ID.finditer(data, trailer_start))
    if len(matches) != 1:
        return None
    return matches[0].span(2)


def blanked(data: bytes, span: tuple[int, int]) -> tuple:
    view = memoryview(data)
    return view[:span[0]], b"0" * (span[1] - span[0]), view[span[1]:]


def new_packet_id() -> str:
    return uuid.uuid4().hex


def code_check(code: str) -> dict:
    """A salted hash of the share code, inside the signed JSON: re-encrypting under another code is caught."""
    salt = secrets.token_bytes(16)
    return {"salt": base64.b64encode(salt).decode("ascii"),
            "sha256": Sha256(salt + code.encode("utf-8")).hexdigest()}


def code_matches(check: dict, code: str) -> bool:
    try:
        salt = base64.b64decode(check["salt"], validate=True)
    except ValueError:
        return False
    return secrets.compare_digest(Sha256(salt + code.encode("utf-8")).hexdigest(), check["sha256"])


def build(scope: PacketScope, content: PacketContent, *, packet_id: str, made_at: datetime,
          consent_statement: str, code: str | None, signer: dict | None, papers: list[dict] | None = None) -> dict:
    """packet.json (without its drawn hash, which the builder adds once the pages exist); `papers`: the entries of
    the attached papers, if any (then it is a version 3 packet)."""
    sections = content.sections_json(scope)
    if papers:
        sections["papers"] = papers
    return {
        "format": FORMAT,
        "version": VERSION_WITH_PAPERS if papers else VERSION,
        "packet_id": packet_id,
        "made_at": made_at.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "end_date": scope.end_date.isoformat(),
        "language": scope.language,
        "recipient": {"name": scope.recipient_name, "organisation": scope.recipient_organisation,
                      "role": scope.recipient_role},
        "purpose": scope.purpose,
        "consent_statement": consent_statement,
        "note_in_my_words": scope.note_in_my_words,
        "protected": scope.protected and code is not None,
        "code_check": code_check(code) if code else None,
        "signer": signer,
        "sections": sections,
    }


def encode(doc: dict) -> bytes:
    return canonical(doc)


# --- reading (untrusted input: the schema decides what is a packet; every text comes back without controls) ----
SCHEMA_NAME = "packet-schema.json"


def _real_date(value: object) -> bool:
    if not isinstance(value, str):
        return True  # "format" applies to strings only; the type is the schema's own check
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _real_time(value: object) -> bool:
    """A real moment (the pattern already asks for YYYY-MM-DDTHH:MM:SSZ): not 2026-02-30, not 25:00."""
    if not isinstance(value, str):
        return True
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@functools.cache
def _validator():
    """The schema in resources/, compiled once to Python by fastjsonschema when the first packet is opened.

    fastjsonschema (pure Python, no dependencies) writes the checks out as code: a 200-item packet is
    checked in about 6 ms, where the reference implementation (jsonschema) took 100-190 ms for the same
    work (benchmarks/packet_timings.py). It stops at the first fault, gives `pattern` ECMA-262's meaning
    (`$` is the end of the text, not "before a final line break") and counts only ints as integers.
    """
    import fastjsonschema  # only when a packet is opened

    schema = json.loads((resource_dir() / SCHEMA_NAME).read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema, formats={"date": _real_date, "date-time": _real_time}, use_default=False)


def _cleaned(value):
    """A copy of a checked document with every text without controls; a float anywhere is refused.

    No number in a packet has a fraction, and our writer never writes 2.0 for 2; JSON Schema counts 2.0
    as an integer, the old hand-written check did not, and neither do we.
    """
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, float):
        raise PacketFormatError("number")
    return value


def validate(doc: Any) -> dict:
    """Check a decoded packet.json against the schema; return a copy whose texts hold no control characters.

    PacketFormatError, naming the first place at fault, on anything the schema refuses: a missing or extra
    key, a value of the wrong type or form. The first fault is enough: a hostile list is not walked to its end.
    """
    from fastjsonschema import JsonSchemaException

    try:
        _validator()(doc)
    except JsonSchemaException as fault:
        raise PacketFormatError(getattr(fault, "name", "packet")) from None
    return _cleaned(doc)
