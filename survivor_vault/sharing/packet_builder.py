"""Make a share packet: collect (UI thread) → build (any thread) → save and record (UI thread).

The database is only touched in `prepare` and `save`; `build` does the slow part (typesetting,
encryption, signing) and can run on a worker thread.
"""

from __future__ import annotations

import base64
import hashlib
import io
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader, PdfWriter

from survivor_vault.core.placeholders import fill
from survivor_vault.core.sharing_history import SharingRecord
from survivor_vault.sharing import packet_format, share_code, signing_key
from survivor_vault.sharing.packet_content import PacketContent, collect
from survivor_vault.sharing.packet_html import packet_html
from survivor_vault.sharing.packet_scope import PacketScope
from survivor_vault.sharing.packet_wording import PacketWording, for_language
from survivor_vault.sharing.pdf_pages import Pages, typeset
from survivor_vault.storage.vault_folder import write_atomically

PDF_INFO_KEY = "/SVaultPacket"
NEUTRAL_TITLE = "Shared information"


@dataclass(frozen=True)
class PreparedPacket:
    scope: PacketScope
    content: PacketContent
    private_key: Ed25519PrivateKey
    packet_id: str
    made_at: datetime
    code: str


@dataclass
class BuiltPacket:
    prepared: PreparedPacket
    data: bytes
    doc: dict
    pages: Pages

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def code(self) -> str | None:
        return self.prepared.code if self.prepared.scope.protected else None

    @property
    def packet_id(self) -> str:
        return self.prepared.packet_id


def prepare(vault, scope: PacketScope) -> PreparedPacket:
    """Read the chosen items and the signing key from the unlocked vault (UI thread)."""
    return PreparedPacket(scope, collect(vault, scope), signing_key.load_or_create(vault),
                          packet_format.new_packet_id(), datetime.now(UTC), share_code.generate())


def with_choices(prepared: PreparedPacket, *, protected: bool, signed: bool) -> PreparedPacket:
    """Same packet (same id, date, code, items), other protection or signing."""
    return replace(prepared, scope=replace(prepared.scope, protected=protected, signed=signed))


def build(prepared: PreparedPacket, wording: PacketWording | None = None,
          preview_width: int | None = None) -> BuiltPacket:
    """Typeset, embed packet.json (+ packet.sig), encrypt. Touches no database and no disk."""
    scope = prepared.scope
    words = wording or for_language(scope.language)
    signer = None
    if scope.signed:
        public = signing_key.public_raw(prepared.private_key)
        signer = {"algorithm": "Ed25519", "public_key": base64.b64encode(public).decode("ascii"),
                  "fingerprint": signing_key.fingerprint(public)}
    recipient = ", ".join(p for p in (scope.recipient_name, scope.recipient_organisation) if p)
    doc = packet_format.build(scope, prepared.content, packet_id=prepared.packet_id, made_at=prepared.made_at,
                              consent_statement=words.consent_statement(recipient, scope.purpose, scope.end_date),
                              code=prepared.code if scope.protected else None, signer=signer)
    pages = typeset(packet_html(doc, words),
                    lambda i, n: fill(words.t("page"), i + 1, n) + f"  ·  {prepared.packet_id[:8]}",
                    NEUTRAL_TITLE, preview_width)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pages.pdf)))
    # The signed JSON also covers what the pages draw, so the readable text cannot be altered either.
    doc["pages_sha256"] = packet_format.page_hashes(writer.pages)
    json_bytes = packet_format.encode(doc)
    writer.add_metadata({PDF_INFO_KEY: prepared.packet_id, "/Title": NEUTRAL_TITLE})
    writer.add_attachment(packet_format.JSON_NAME, json_bytes)
    if scope.signed:
        signature = prepared.private_key.sign(json_bytes)
        writer.add_attachment(packet_format.SIG_NAME, base64.b64encode(signature))
    if scope.protected:
        writer.encrypt(user_password=prepared.code, owner_password=secrets.token_urlsafe(24), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return BuiltPacket(prepared, out.getvalue(), doc, pages)


def save(vault, built: BuiltPacket, path: Path | str) -> SharingRecord:
    """Write the packet file atomically and add its consent record (UI thread)."""
    write_atomically(Path(path), built.data)
    scope = built.prepared.scope
    return vault.history.add(
        recipient_name=scope.recipient_name, recipient_organisation=scope.recipient_organisation,
        purpose=scope.purpose, packet_id=built.packet_id, packet_sha256=built.sha256,
        items=built.prepared.content.shared_items, person_id=scope.person_id, end_date=scope.end_date,
        protected=scope.protected, signed=scope.signed, made_at=built.prepared.made_at)


