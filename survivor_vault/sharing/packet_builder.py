"""Make a share packet: collect (UI thread) → build (any thread) → save and record (UI thread).

The database is only touched in `prepare` and `save`; `build` does the slow part (typesetting,
encryption, signing) and can run on a worker thread.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader, PdfWriter

from survivor_vault.core.placeholders import fill
from survivor_vault.model.errors import VaultError
from survivor_vault.model.sharing_history import SharingRecord
from survivor_vault.sharing import packet_format, pdf_structure, share_code, signing_key
from survivor_vault.sharing.drawn_hash import drawn_hash
from survivor_vault.sharing.packet_content import PacketContent, collect
from survivor_vault.sharing.packet_html import packet_html
from survivor_vault.sharing.packet_scope import PacketScope
from survivor_vault.sharing.packet_wording import PacketWording, for_language
from survivor_vault.sharing.pdf_pages import Pages, typeset
from survivor_vault.storage.vault_folder import write_atomically

NEUTRAL_TITLE = "Shared information"


class PacketNotChecked(VaultError):
    message = ("The packet could not be made: it did not pass its own check. Nothing was saved. "
               "Please try again.")


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
    writer = _drawable_writer(pages.pdf)
    # The signed JSON covers everything a viewer draws or does with the file (docs/packet-format.md),
    # hashed from the pages as written by the very writer that then adds the files and encrypts.
    doc["drawn_sha256"] = _drawn_sha256(writer)
    json_bytes = packet_format.encode(doc)
    writer.add_attachment(packet_format.JSON_NAME, json_bytes)
    if scope.signed:
        signature = prepared.private_key.sign(json_bytes)
        writer.add_attachment(packet_format.SIG_NAME, base64.b64encode(signature))
    if scope.protected:
        # Two spellings of one code: as written (user password) and as heard (owner password).
        writer.encrypt(user_password=prepared.code, owner_password=share_code.spoken(prepared.code),
                       algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    if scope.signed:
        data = _sealed(data, json_bytes, prepared.private_key)
    built = BuiltPacket(prepared, data, doc, pages)
    _check_own_work(built)
    return built


def _sealed(data: bytes, json_bytes: bytes, private_key: Ed25519PrivateKey) -> bytes:
    """Put the file seal (a signature over every byte of the file) in the trailer's second /ID.

    The trailer comes after the cross-reference table, so changing its length moves no object.
    """
    trailer_at = data.rindex(b"trailer")
    ids = re.compile(rb"/ID \[ *<([0-9a-fA-F]+)> *<[0-9a-fA-F]+> *\]").search(data, trailer_at)
    if ids is None:
        raise PacketNotChecked()
    first = ids.group(1).lower()[:64]
    data = data[:ids.start()] + b"/ID [ <" + first + b"> <" + b"0" * packet_format.SEAL_HEX + b"> ]" \
        + data[ids.end():]
    span = packet_format.find_seal(data, trailer_at)
    if span is None:
        raise PacketNotChecked()
    seal = private_key.sign(packet_format.seal_message(packet_format.blanked(data, span), json_bytes))
    return data[:span[0]] + seal.hex().encode("ascii") + data[span[1]:]


def _drawable_writer(qt_pdf: bytes) -> PdfWriter:
    """Qt's pages in a new pypdf writer: no XMP metadata, no app name, a neutral title, nothing else."""
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(qt_pdf)).pages:
        writer.add_page(page)
    writer.metadata = {"/Title": NEUTRAL_TITLE}
    writer.generate_file_identifiers()  # random; the second one becomes the file seal if signed
    return writer


def _drawn_sha256(writer: PdfWriter) -> str:
    out = io.BytesIO()
    writer.write(out)
    pdf = out.getvalue()
    return drawn_hash(pdf_structure.scan(pdf), pdf, PdfReader(io.BytesIO(pdf), strict=True))[0]


def _check_own_work(built: BuiltPacket) -> None:
    """Read the new file back as an agency would: a packet that its own reader refuses is never handed out."""
    from survivor_vault.sharing.packet_reader import read_packet

    try:
        reading = read_packet(built.data, built.code, today=built.prepared.made_at.date(), ignore_end_date=True)
    except VaultError:
        raise PacketNotChecked() from None
    if reading.doc["drawn_sha256"] != built.doc["drawn_sha256"] or reading.signed != built.prepared.scope.signed:
        raise PacketNotChecked()


def save(vault, built: BuiltPacket, path: Path | str) -> SharingRecord:
    """Write the packet file atomically and add its consent record (UI thread)."""
    write_atomically(Path(path), built.data)
    scope = built.prepared.scope
    return vault.history.add(
        recipient_name=scope.recipient_name, recipient_organisation=scope.recipient_organisation,
        purpose=scope.purpose, packet_id=built.packet_id, packet_sha256=built.sha256,
        items=built.prepared.content.shared_items, person_id=scope.person_id, end_date=scope.end_date,
        protected=scope.protected, signed=scope.signed, made_at=built.prepared.made_at)


