"""Make a share packet: collect (UI thread) → build (any thread) → save and record (UI thread).

The database is only touched in `prepare` and `save`; `build` does the slow part (typesetting,
encryption, signing) and can run on a worker thread.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader, PdfWriter

from survivor_vault.core.placeholders import fill
from survivor_vault.model.errors import VaultError
from survivor_vault.model.sharing_history import SharedItem, SharingRecord
from survivor_vault.sharing import packet_format, packet_papers, pdf_structure, share_code, signing_key
from survivor_vault.sharing.drawn_hash import drawn_hash
from survivor_vault.sharing.isolated_text import isolated
from survivor_vault.sharing.packet_content import PacketContent, collect
from survivor_vault.sharing.packet_html import packet_html
from survivor_vault.sharing.packet_papers import AttachedPaper, ChosenPaper, PapersTooLarge
from survivor_vault.sharing.packet_scope import PacketScope
from survivor_vault.sharing.packet_wording import PacketWording, for_language
from survivor_vault.sharing.pdf_pages import Pages, typeset
from survivor_vault.sharing.pdf_text_map import fonts_as_letters
from survivor_vault.storage.sha256 import Sha256
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
    papers: tuple[ChosenPaper, ...] = ()  # as the vault holds them; cleaned and attached by `build`


@dataclass
class BuiltPacket:
    prepared: PreparedPacket
    data: bytes
    doc: dict
    pages: Pages
    attached: tuple[AttachedPaper, ...] = ()
    language: str = "en"  # the words it was made in: the scope's language if there is packet wording for it

    @property
    def shared_items(self) -> tuple[SharedItem, ...]:
        """What the consent record lists: every item, papers with the hash of exactly what was attached."""
        return self.prepared.content.shared_items + packet_papers.shared_items(self.attached)

    @property
    def item_count(self) -> int:
        return self.prepared.content.item_count + len(self.attached)

    @property
    def sha256(self) -> str:
        return Sha256(self.data).hexdigest()

    @property
    def code(self) -> str | None:
        return self.prepared.code if self.prepared.scope.protected else None

    @property
    def packet_id(self) -> str:
        return self.prepared.packet_id


def prepare(vault, scope: PacketScope, *, papers_later: bool = False) -> PreparedPacket:
    """Read the chosen items, papers and the signing key from the unlocked vault (UI thread). `papers_later`: only
    the papers' details now; their bytes by `with_papers` on a worker (25 MB took 0.1-0.3 s here)."""
    papers = packet_papers.read_chosen(vault, packet_papers.paper_refs(scope.chosen()), with_bytes=not papers_later)
    return PreparedPacket(scope, collect(vault, scope), signing_key.load_or_create(vault),
                          packet_format.new_packet_id(), datetime.now(UTC), share_code.generate(), papers)


def with_papers(prepared: PreparedPacket, read) -> PreparedPacket:
    """The prepared packet with its papers' bytes, read through `read` (Vault.reading_job, on a worker)."""
    if not prepared.papers:
        return prepared
    return replace(prepared, papers=packet_papers.load(prepared.papers, read))


def with_choices(prepared: PreparedPacket, *, protected: bool, signed: bool) -> PreparedPacket:
    """Same packet (same id, date, code, items), other protection or signing."""
    return replace(prepared, scope=replace(prepared.scope, protected=protected, signed=signed))


def _signer(prepared: PreparedPacket) -> dict | None:
    if not prepared.scope.signed:
        return None
    public = signing_key.public_raw(prepared.private_key)
    return {"algorithm": "Ed25519", "public_key": base64.b64encode(public).decode("ascii"),
            "fingerprint": signing_key.fingerprint(public)}


def build(prepared: PreparedPacket, wording: PacketWording | None = None,
          preview_width: int | None = None) -> BuiltPacket:
    """Clean the papers, typeset, embed packet.json (+ packet.sig) and the papers, encrypt. Touches no database and
    no disk."""
    scope = prepared.scope
    words = wording or for_language(scope.language)
    attached = packet_papers.attach(prepared.papers)  # photos without their hidden details
    recipient = ", ".join(p for p in (scope.recipient_name, scope.recipient_organisation) if p)
    doc = packet_format.build(scope, prepared.content, packet_id=prepared.packet_id, made_at=prepared.made_at,
                              consent_statement=words.consent_statement(recipient, scope.purpose, scope.end_date),
                              code=prepared.code if scope.protected else None, signer=_signer(prepared),
                              papers=[paper.entry for paper in attached])
    pages = typeset(packet_html(doc, words),
                    lambda i, n: (fill(words.t("page"), words.number(i + 1), words.number(n))
                                  + f"  ·  {isolated(prepared.packet_id[:8])}"),
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
    for paper in attached:  # as they are, no filter: nearly every paper is compressed already (JPEG, PNG, PDF)
        writer.add_attachment(paper.file_name, paper.data)
    if scope.protected:
        # Two spellings of one code: as written (user password) and as heard (owner password).
        writer.encrypt(user_password=prepared.code, owner_password=share_code.spoken(prepared.code),
                       algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    del writer
    data = out.getvalue()
    del out
    if len(data) > packet_format.MAX_PACKET_BYTES:
        raise PapersTooLarge()  # the pages and data of a packet are small: only papers make one this large
    if scope.signed:
        data = _sealed(data, json_bytes, prepared.private_key)
    built = BuiltPacket(prepared, data, doc, pages, attached, words.language)
    _check_own_work(built)
    return built


def _sealed(data: bytes, json_bytes: bytes, private_key: Ed25519PrivateKey) -> bytes:
    """Put the file seal (a signature over every byte of the file) in the trailer's second /ID.

    The trailer comes after the cross-reference table, so changing its length moves no object. The file is
    copied once (a packet with papers can be 64 MiB): the seal is signed over its parts, then they are joined.
    """
    trailer_at = data.rindex(b"trailer")
    ids = re.compile(rb"/ID \[ *<([0-9a-fA-F]+)> *<[0-9a-fA-F]+> *\]").search(data, trailer_at)
    if ids is None:
        raise PacketNotChecked()
    head = memoryview(data)[:ids.start()]
    before = b"/ID [ <" + ids.group(1).lower()[:64] + b"> <"
    after = b"> ]" + data[ids.end():]
    blank = b"0" * packet_format.SEAL_HEX  # what the reader puts in the seal's place (packet_format.blanked)
    seal = private_key.sign(packet_format.seal_message((head, before, blank, after), json_bytes))
    return b"".join((head, before, seal.hex().encode("ascii"), after))


def _drawable_writer(qt_pdf: bytes) -> PdfWriter:
    """Qt's pages in a new pypdf writer: no XMP metadata, no app name, a neutral title, nothing else."""
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(qt_pdf)).pages:
        writer.add_page(page)
    fonts_as_letters(writer.pages)  # joined Arabic letters copy out as the letters typed (sharing/pdf_text_map.py)
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
    if [(p.file_name, p.sha256) for p in reading.papers] != [(p.file_name, p.entry["sha256"]) for p in built.attached]:
        raise PacketNotChecked()


def save(vault, built: BuiltPacket, path: Path | str) -> SharingRecord:
    """Write the packet file atomically and add its consent record (UI thread)."""
    write_atomically(Path(path), built.data)
    scope = built.prepared.scope
    return vault.history.add(
        recipient_name=scope.recipient_name, recipient_organisation=scope.recipient_organisation,
        purpose=scope.purpose, packet_id=built.packet_id, packet_sha256=built.sha256,
        items=built.shared_items, person_id=scope.person_id, end_date=scope.end_date,
        protected=scope.protected, signed=scope.signed, made_at=built.prepared.made_at, language=built.language)


