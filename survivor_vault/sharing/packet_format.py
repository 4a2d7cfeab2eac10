"""packet.json: the machine-readable copy of a packet (schema in docs/packet-schema.json).

The JSON is embedded in the PDF exactly as `canonical()` writes it, and the signature
(packet.sig, base64 of an Ed25519 signature) is over those bytes.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from datetime import UTC, date, datetime
from typing import Any

from survivor_vault.core.about_me import AboutMe
from survivor_vault.sharing.packet_content import PacketContent, canonical
from survivor_vault.sharing.packet_scope import PacketScope

FORMAT = "svault-packet"
VERSION = 1
JSON_NAME = "packet.json"
SIG_NAME = "packet.sig"
MAX_JSON_BYTES = 8 * 1024 * 1024
GOAL_STATUSES = {"active", "paused", "done", "let_go"}
CHOICES = {"interested", "using", "not_right_now", "declined", "finished"}


class PacketFormatError(ValueError):
    """The JSON is not a packet this version understands."""


def new_packet_id() -> str:
    return uuid.uuid4().hex


def code_check(code: str) -> dict:
    """A salted hash of the share code, inside the signed JSON: re-encrypting under another code is caught."""
    salt = secrets.token_bytes(16)
    return {"salt": base64.b64encode(salt).decode("ascii"),
            "sha256": hashlib.sha256(salt + code.encode("utf-8")).hexdigest()}


def code_matches(check: dict, code: str) -> bool:
    salt = base64.b64decode(check["salt"])
    return secrets.compare_digest(hashlib.sha256(salt + code.encode("utf-8")).hexdigest(), check["sha256"])


def page_hashes(pages) -> list[str]:
    """SHA-256 of each page's decoded drawing instructions (the same before and after encryption)."""
    hashes = []
    for page in pages:
        contents = page.get_contents()
        hashes.append(hashlib.sha256(contents.get_data() if contents is not None else b"").hexdigest())
    return hashes


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
    }


def encode(doc: dict) -> bytes:
    return canonical(doc)


# --- reading (untrusted input: never assume a type) -------------------------------------------
def _str(value: Any, name: str, *, required: bool = True, max_len: int = 100_000) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > max_len:
        raise PacketFormatError(name)
    return value


def _date(value: Any, name: str) -> date:
    try:
        return date.fromisoformat(_str(value, name, max_len=10))
    except ValueError as exc:
        raise PacketFormatError(name) from exc


def validate(doc: Any) -> dict:
    """Check the shape of a decoded packet.json; PacketFormatError on anything unexpected."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PacketFormatError("format")
    if doc.get("version") != VERSION:
        raise PacketFormatError("version")
    _str(doc.get("packet_id"), "packet_id", max_len=64)
    _str(doc.get("made_at"), "made_at", max_len=40)
    _date(doc.get("end_date"), "end_date")
    _str(doc.get("language"), "language", max_len=16)
    recipient = doc.get("recipient")
    if not isinstance(recipient, dict):
        raise PacketFormatError("recipient")
    for key in ("name", "organisation", "role"):
        _str(recipient.get(key), f"recipient.{key}", required=key != "role")
    for key in ("purpose", "consent_statement", "note_in_my_words"):
        _str(doc.get(key), key)
    if not isinstance(doc.get("protected"), bool):
        raise PacketFormatError("protected")
    check = doc.get("code_check")
    if check is not None and not (isinstance(check, dict) and isinstance(check.get("salt"), str)
                                  and isinstance(check.get("sha256"), str)):
        raise PacketFormatError("code_check")
    signer = doc.get("signer")
    if signer is not None and not (isinstance(signer, dict) and signer.get("algorithm") == "Ed25519"
                                   and isinstance(signer.get("public_key"), str)
                                   and isinstance(signer.get("fingerprint"), str)):
        raise PacketFormatError("signer")
    sections = doc.get("sections")
    if not isinstance(sections, dict) or set(sections) - {"goals", "services", "about_me"}:
        raise PacketFormatError("sections")
    for goal in sections.get("goals", []) if isinstance(sections.get("goals", []), list) else [None]:
        if not isinstance(goal, dict) or goal.get("status") not in GOAL_STATUSES:
            raise PacketFormatError("goal")
        _str(goal.get("title"), "goal.title")
        _str(goal.get("why"), "goal.why", required=False)
        _str(goal.get("notes"), "goal.notes", required=False)
        steps = goal.get("steps", [])
        if not isinstance(steps, list) or not all(isinstance(s, dict) and isinstance(s.get("text"), str)
                                                  and isinstance(s.get("done"), bool) for s in steps):
            raise PacketFormatError("goal.steps")
    for service in sections.get("services", []) if isinstance(sections.get("services", []), list) else [None]:
        if not isinstance(service, dict) or service.get("choice") not in CHOICES:
            raise PacketFormatError("service")
        for key in ("kind", "kind_name", "provider", "contact"):
            _str(service.get(key), f"service.{key}")
        for key in ("notes", "feedback_working", "feedback_not_working"):
            _str(service.get(key), f"service.{key}", required=False)
    pages = doc.get("pages_sha256")
    if not isinstance(pages, list) or not pages or not all(isinstance(h, str) and len(h) == 64 for h in pages):
        raise PacketFormatError("pages_sha256")
    about = sections.get("about_me", {})
    if not isinstance(about, dict) or set(about) - set(AboutMe.field_names()) \
            or not all(isinstance(v, str) for v in about.values()):
        raise PacketFormatError("about_me")
    return doc
