"""The agency's side: open a packet with its share code, check it, and read it.

A packet file is untrusted input. Whatever it holds, `read_packet` returns a checked reading or
raises one of the errors below; it never lets another exception out.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import logging
from dataclasses import dataclass, field
from datetime import date

from survivor_vault.core.errors import VaultError
from survivor_vault.sharing import packet_format, share_code, signing_key

MAX_PACKET_BYTES = 64 * 1024 * 1024
INFO_KEY = "/SVaultPacket"

logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)  # its warnings are ours to explain


class WrongShareCode(VaultError):
    exit_code = 2
    message = "That share code does not open this packet. Please check it with the person who sent it."


class NotAPacket(VaultError):
    exit_code = 3
    message = "This file is not a share packet, or it is damaged."


class TamperedPacket(VaultError):
    exit_code = 3
    message = ("WARNING: this packet has been changed since it was made, or parts of it were swapped. "
               "Do not rely on it. Ask the person who sent it for a new one.")


class PacketExpired(VaultError):
    exit_code = 4
    message = ("This packet's consent has ended, so it should not be used any more. "
               "Ask the person who sent it if they want to share again.")


@dataclass(frozen=True)
class PacketReading:
    doc: dict
    protected: bool
    signed: bool
    fingerprint: str | None
    past_end_date: bool
    warnings: tuple[str, ...] = field(default=())

    @property
    def end_date(self) -> date:
        return date.fromisoformat(self.doc["end_date"])


def looks_protected(data: bytes) -> bool:
    """Whether the file asks for a password (so the CLI knows to ask for the share code)."""
    try:
        from pypdf import PdfReader

        return bool(PdfReader(io.BytesIO(data), strict=False).is_encrypted)
    except Exception:  # noqa: BLE001 - read_packet will explain what is wrong
        return False


def read_packet(data: bytes, code: str | None, *, today: date | None = None,
                ignore_end_date: bool = False) -> PacketReading:
    """Open, decrypt, verify and check the end date. WrongShareCode / NotAPacket / TamperedPacket / PacketExpired."""
    try:
        reading = _read(data, code, today or date.today())
    except VaultError:
        raise
    except Exception:  # noqa: BLE001 - any surprise from a hostile file means "not a packet we can read"
        raise NotAPacket() from None
    if reading.past_end_date and not ignore_end_date:
        raise PacketExpired()
    return reading


def _read(data: bytes, code: str | None, today: date) -> PacketReading:
    from pypdf import PasswordType, PdfReader

    if len(data) > MAX_PACKET_BYTES or not data.startswith(b"%PDF"):
        raise NotAPacket()
    reader = PdfReader(io.BytesIO(data), strict=False)
    encrypted = reader.is_encrypted
    used_code = None
    if encrypted:
        if not code:
            raise WrongShareCode("This packet is protected. Please give its share code.")
        candidates = []
        try:
            candidates.append(share_code.normalise(code))
        except share_code.InvalidShareCode:
            pass
        candidates.append(code.strip())
        for candidate in candidates:
            if reader.decrypt(candidate) != PasswordType.NOT_DECRYPTED:
                used_code = candidate
                break
        else:
            raise WrongShareCode()
    attachments = reader.attachments
    json_parts = attachments.get(packet_format.JSON_NAME)
    if not json_parts:
        raise NotAPacket()
    if len(json_parts) != 1 or len(json_parts[0]) > packet_format.MAX_JSON_BYTES:
        raise TamperedPacket()
    json_bytes = bytes(json_parts[0])
    try:
        doc = packet_format.validate(json.loads(json_bytes.decode("utf-8")))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise TamperedPacket() from None
    # The JSON must belong to this very file: same packet id, same protection, same code.
    if doc["protected"] != encrypted:
        raise TamperedPacket()
    if encrypted and (doc["code_check"] is None or not packet_format.code_matches(doc["code_check"], used_code)):
        raise TamperedPacket()
    if packet_format.page_hashes(reader.pages) != doc["pages_sha256"]:
        raise TamperedPacket()
    info = reader.metadata or {}
    if str(info.get(INFO_KEY, "")) != doc["packet_id"]:
        raise TamperedPacket()
    signatures = attachments.get(packet_format.SIG_NAME) or []
    fingerprint = None
    if doc["signer"] is not None:
        if len(signatures) != 1:
            raise TamperedPacket()
        try:
            public = base64.b64decode(doc["signer"]["public_key"], validate=True)
            signature = base64.b64decode(bytes(signatures[0]).strip(), validate=True)
        except (binascii.Error, ValueError):
            raise TamperedPacket() from None
        if not signing_key.verify(public, signature, json_bytes):
            raise TamperedPacket()
        fingerprint = signing_key.fingerprint(public)
        if fingerprint != doc["signer"]["fingerprint"]:
            raise TamperedPacket()
    elif signatures:
        raise TamperedPacket()
    past = date.fromisoformat(doc["end_date"]) < today
    warnings = []
    if past:
        warnings.append("This packet's consent ended on " + doc["end_date"] + ". Use it only if the person "
                        "who sent it agrees.")
    if fingerprint is None:
        warnings.append("This packet is not signed, so it cannot be checked for changes.")
    return PacketReading(doc, encrypted, fingerprint is not None, fingerprint, past, tuple(warnings))


def readable_text(reading: PacketReading) -> str:
    """The packet as plain text, in the packet's language, for the terminal or a text view."""
    from survivor_vault.core.about_me import AboutMe
    from survivor_vault.sharing.packet_wording import for_language

    doc = reading.doc
    words = for_language(doc.get("language", "en"))
    recipient = doc["recipient"]
    lines = [words.t("title"), "=" * len(words.t("title"))]
    who = ", ".join(p for p in (recipient["name"], recipient.get("role", ""), recipient["organisation"]) if p)
    lines += [f"{words.t('for')}: {who}", f"{words.t('purpose')}: {doc['purpose']}",
              f"{words.t('made')}: {doc['made_at'][:10]}", f"{words.t('ends')}: {doc['end_date']}",
              f"{words.t('packet_id')}: {doc['packet_id']}", "", f"{words.t('consent')}:",
              doc["consent_statement"]]
    if doc.get("note_in_my_words"):
        lines += ["", f"{words.t('note')}:", doc["note_in_my_words"]]
    sections = doc["sections"]
    if "about_me" in sections:
        lines += ["", words.t("about_me"), "-" * len(words.t("about_me"))]
        for name in AboutMe.field_names():
            if name in sections["about_me"]:
                lines.append(f"{words.about_field(name)}: {sections['about_me'][name]}")
    if "goals" in sections:
        lines += ["", words.t("goals"), "-" * len(words.t("goals"))]
        for goal in sections["goals"]:
            lines.append(f"* {goal['title']}  [{words.status(goal['status'])}]")
            for key, label in (("why", "why"), ("notes", "notes")):
                if goal.get(key):
                    lines.append(f"  {words.t(label)}: {goal[key]}")
            if goal.get("area"):
                lines.append(f"  {words.t('area')}: {words.area(goal['area'])}")
            if goal.get("target_date"):
                lines.append(f"  {words.t('target')}: {goal['target_date']}")
            for step in goal.get("steps", []):
                lines.append(f"  [{'x' if step['done'] else ' '}] {step['text']}")
    if "services" in sections:
        lines += ["", words.t("services"), "-" * len(words.t("services"))]
        for service in sections["services"]:
            name = service["kind_name"] if service.get("custom_kind") else words.service_kind(service["kind_name"])
            lines.append(f"* {name}: {words.choice(service['choice'])}")
            for key, label in (("provider", "provider"), ("contact", "contact"), ("notes", "notes"),
                               ("feedback_working", "working"), ("feedback_not_working", "not_working")):
                if service.get(key):
                    lines.append(f"  {words.t(label)}: {service[key]}")
    lines.append("")
    if reading.fingerprint:
        lines.append(f"{words.t('fingerprint')}: {reading.fingerprint} (signature checked)")
    else:
        lines.append(words.t("unsigned"))
    return "\n".join(lines) + "\n"
