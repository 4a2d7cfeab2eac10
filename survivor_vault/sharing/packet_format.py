"""packet.json: the machine-readable copy of a packet (schema in docs/packet-schema.json).

The JSON is embedded in the PDF exactly as `canonical()` writes it, and the signature
(packet.sig, base64 of an Ed25519 signature) is over those bytes. Since version 2 the JSON holds
`drawn_sha256`, the canonical hash of everything a PDF viewer draws or does with the file
(`drawn_hash`), so the signature covers the pages as a reader sees them.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import uuid
from datetime import UTC, date, datetime
from typing import Any

from survivor_vault.core.plain_text import without_controls
from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.goals import GoalArea
from survivor_vault.sharing.packet_content import PacketContent, canonical
from survivor_vault.sharing.packet_scope import PacketScope

FORMAT = "svault-packet"
VERSION = 2
OLDER_VERSIONS = {1}  # read, but their pages cannot be checked
JSON_NAME = "packet.json"
SIG_NAME = "packet.sig"
MAX_JSON_BYTES = 4 * 1024 * 1024  # a 200-item packet's JSON is about 160 KiB
MAX_JSON_CONTAINERS = 50_000  # lists and objects; a 200-item packet has about 1,300
GOAL_STATUSES = {"active", "paused", "done", "let_go"}
CHOICES = {"interested", "using", "not_right_now", "declined", "finished"}


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
    digest = hashlib.sha256()
    for part in file_with_blank_seal_parts:
        digest.update(part)
    return SEAL_CONTEXT + digest.digest() + hashlib.sha256(json_bytes).digest()


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
            "sha256": hashlib.sha256(salt + code.encode("utf-8")).hexdigest()}


def code_matches(check: dict, code: str) -> bool:
    try:
        salt = base64.b64decode(check["salt"], validate=True)
    except ValueError:
        return False
    return secrets.compare_digest(hashlib.sha256(salt + code.encode("utf-8")).hexdigest(), check["sha256"])


def build(scope: PacketScope, content: PacketContent, *, packet_id: str, made_at: datetime,
          consent_statement: str, code: str | None, signer: dict | None) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
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
        "sections": content.sections_json(scope),
    }  # "drawn_sha256" is added by the builder once the pages exist


def encode(doc: dict) -> bytes:
    return canonical(doc)


# --- reading (untrusted input: never assume a type; every text comes back without controls) ----
_HEX64 = re.compile(r"[0-9a-f]{64}")
_PACKET_ID = re.compile(r"[0-9a-f]{32}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{2,88}={0,2}")
_FINGERPRINT = re.compile(r"[0-9a-f]{4}( [0-9a-f]{4}){7}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(_[A-Z]{2}|-[A-Za-z]{2,4})?")
AREAS = {str(a) for a in GoalArea}


def _fail(name: str):
    raise PacketFormatError(name)


def _keys(value: Any, name: str, required: set[str], optional: set[str] = frozenset()) -> dict:
    if not isinstance(value, dict) or not required <= set(value) or set(value) - required - set(optional):
        _fail(name)
    return value


def _text(value: Any, name: str, *, optional: bool = False, max_len: int = 100_000) -> str:
    if value is None and optional:
        return ""
    if not isinstance(value, str) or len(value) > max_len:
        _fail(name)
    return without_controls(value)


def _int(value: Any, name: str) -> int:
    if type(value) is not int or not 0 <= value < 2**63:
        _fail(name)
    return value


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        _fail(name)
    return value


def _date(value: Any, name: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    try:
        return date.fromisoformat(_text(value, name, max_len=10)).isoformat()
    except ValueError:
        return _fail(name)


def _one_of(value: Any, name: str, allowed: set[str]) -> str:
    if value not in allowed:
        _fail(name)
    return value


def _list(value: Any, name: str, max_items: int = 10_000) -> list:
    if not isinstance(value, list) or len(value) > max_items:
        _fail(name)
    return value


def _goal(goal: Any) -> dict:
    goal = _keys(goal, "goal", {"id", "title", "why", "status", "area", "target_date", "steps"}, {"notes"})
    out = {"id": _int(goal["id"], "goal.id"), "title": _text(goal["title"], "goal.title"),
           "why": _text(goal["why"], "goal.why"), "status": _one_of(goal["status"], "goal.status", GOAL_STATUSES),
           "area": None if goal["area"] is None else _one_of(goal["area"], "goal.area", AREAS),
           "target_date": _date(goal["target_date"], "goal.target_date", optional=True),
           "steps": [{"text": _text(step["text"], "goal.steps"), "done": _bool(step["done"], "goal.steps")}
                     for step in (_keys(s, "goal.steps", {"text", "done"}) for s in _list(goal["steps"], "steps"))]}
    if "notes" in goal:
        out["notes"] = _text(goal["notes"], "goal.notes")
    return out


def _service(service: Any) -> dict:
    service = _keys(service, "service", {"id", "kind", "kind_name", "custom_kind", "choice", "provider", "contact"},
                    {"notes", "feedback_working", "feedback_not_working"})
    out = {"id": _int(service["id"], "service.id"), "custom_kind": _bool(service["custom_kind"], "service.custom_kind"),
           "choice": _one_of(service["choice"], "service.choice", CHOICES)}
    for key in ("kind", "kind_name", "provider", "contact", "notes", "feedback_working", "feedback_not_working"):
        if key in service:
            out[key] = _text(service[key], f"service.{key}")
    return out


def validate(doc: Any) -> dict:
    """Check a decoded packet.json field by field; return a copy whose texts hold no control characters.

    PacketFormatError on anything unexpected: a missing or extra key, a value of the wrong type.
    """
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        _fail("format")
    version = doc.get("version")
    if type(version) is not int or version not in {VERSION, *OLDER_VERSIONS}:
        _fail("version")
    required = {"format", "version", "packet_id", "made_at", "end_date", "language", "recipient", "purpose",
                "consent_statement", "note_in_my_words", "protected", "code_check", "signer", "sections",
                "drawn_sha256" if version == VERSION else "pages_sha256"}
    doc = _keys(doc, "packet", required)
    packet_id = _text(doc["packet_id"], "packet_id", max_len=32)
    if not _PACKET_ID.fullmatch(packet_id):
        _fail("packet_id")
    recipient = _keys(doc["recipient"], "recipient", {"name", "organisation", "role"})
    out = {
        "format": FORMAT, "version": version, "packet_id": packet_id,
        "made_at": _text(doc["made_at"], "made_at", max_len=40),
        "end_date": _date(doc["end_date"], "end_date"),
        "language": _text(doc["language"], "language", max_len=16),  # checked below
        "recipient": {key: _text(recipient[key], f"recipient.{key}") for key in ("name", "organisation", "role")},
        "purpose": _text(doc["purpose"], "purpose"),
        "consent_statement": _text(doc["consent_statement"], "consent_statement"),
        "note_in_my_words": _text(doc["note_in_my_words"], "note_in_my_words"),
        "protected": _bool(doc["protected"], "protected"),
    }
    check = doc["code_check"]
    if check is not None:
        check = _keys(check, "code_check", {"salt", "sha256"})
        if not isinstance(check["salt"], str) or not isinstance(check["sha256"], str) \
                or not _HEX64.fullmatch(check["sha256"]) or not _BASE64.fullmatch(check["salt"]):
            _fail("code_check")
        check = {"salt": check["salt"], "sha256": check["sha256"]}
    out["code_check"] = check
    signer = doc["signer"]
    if signer is not None:
        signer = _keys(signer, "signer", {"algorithm", "public_key", "fingerprint"})
        if signer["algorithm"] != "Ed25519" or not isinstance(signer["public_key"], str) \
                or not isinstance(signer["fingerprint"], str) or not _BASE64.fullmatch(signer["public_key"]) \
                or not _FINGERPRINT.fullmatch(signer["fingerprint"]):
            _fail("signer")
        signer = dict(signer)
    out["signer"] = signer
    if not _LANGUAGE.fullmatch(out["language"]):
        _fail("language")
    if version == VERSION:
        if not isinstance(doc["drawn_sha256"], str) or not _HEX64.fullmatch(doc["drawn_sha256"]):
            _fail("drawn_sha256")
        out["drawn_sha256"] = doc["drawn_sha256"]
    else:
        pages = _list(doc["pages_sha256"], "pages_sha256")
        if not pages or not all(isinstance(h, str) and _HEX64.fullmatch(h) for h in pages):
            _fail("pages_sha256")
        out["pages_sha256"] = list(pages)
    sections = _keys(doc["sections"], "sections", set(), {"goals", "services", "about_me"})
    out_sections: dict = {}
    if "goals" in sections:
        out_sections["goals"] = [_goal(g) for g in _list(sections["goals"], "goals")]
    if "services" in sections:
        out_sections["services"] = [_service(s) for s in _list(sections["services"], "services")]
    if "about_me" in sections:
        about = _keys(sections["about_me"], "about_me", set(), set(AboutMe.field_names()))
        out_sections["about_me"] = {key: _text(value, f"about_me.{key}") for key, value in about.items()}
    out["sections"] = out_sections
    return out
