"""A short, signed notice telling a recipient that consent for a packet is withdrawn.

It holds no shared information: only which packet, when it was made and withdrawn, and for
whom. It is a plain PDF (anyone at the agency can read it) with `withdrawal.json` and its
signature by the same key as the packet, so the agency can check it comes from the same person.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader, PdfWriter

from survivor_vault.core.placeholders import fill
from survivor_vault.model.sharing_history import SharingRecord
from survivor_vault.sharing import signing_key
from survivor_vault.sharing.isolated_text import isolated, isolated_parts
from survivor_vault.sharing.packet_content import canonical
from survivor_vault.sharing.packet_html import in_reading_direction
from survivor_vault.sharing.packet_wording import for_language
from survivor_vault.sharing.pdf_pages import typeset
from survivor_vault.sharing.pdf_text_map import fonts_as_letters

FORMAT = "svault-withdrawal"
JSON_NAME = "withdrawal.json"
SIG_NAME = "withdrawal.sig"


@dataclass(frozen=True)
class WithdrawalNotice:
    data: bytes
    doc: dict
    plain_text: str


def notice_language(record: SharingRecord, app_language: str) -> str:
    """The language the packet was made in, which its reader reads. For a packet made before the history kept it,
    the app's: the packet wizard begins with it, so it is the likeliest (`for_language` gives English where packets
    have no words in it)."""
    return record.language or app_language


def build_notice(record: SharingRecord, private_key: Ed25519PrivateKey, app_language: str = "en",
                 withdrawn_at: datetime | None = None) -> WithdrawalNotice:
    """The notice in the packet's language (`app_language` if the record does not say), its words, dates and
    numbers, and its direction, as the packet wrote them."""
    words = for_language(notice_language(record, app_language))
    when = (withdrawn_at or record.withdrawn_at or datetime.now(UTC)).astimezone(UTC)
    public = signing_key.public_raw(private_key)
    # The packet's number, the recipient's name and organisation and the fingerprint each in its own order, in
    # whatever direction the notice's language reads (sharing/isolated_text.py).
    recipient = isolated_parts((record.recipient_name, record.recipient_organisation))
    doc = {
        "format": FORMAT, "version": 1, "packet_id": record.packet_id,
        "packet_made_at": record.made_at.astimezone(UTC).date().isoformat(),
        "withdrawn_at": when.date().isoformat(),
        "recipient": {"name": record.recipient_name, "organisation": record.recipient_organisation},
        "signer": {"algorithm": "Ed25519", "public_key": base64.b64encode(public).decode("ascii"),
                   "fingerprint": signing_key.fingerprint(public)},
    }
    body = fill(words.t("withdrawal_body"), isolated(record.packet_id), words.date(record.made_at.date()), recipient)
    html = (f"<h1>{escape(words.t('withdrawal_title'))}</h1><p>{escape(body)}</p>"
            f"<p><b>{escape(words.t('withdrawal_date'))}:</b> {escape(words.date(when.date()))}</p>"
            f"<hr><p><b>{escape(words.t('fingerprint'))}:</b> {escape(isolated(doc['signer']['fingerprint']))}</p>")
    pages = typeset(in_reading_direction(html, words),
                    lambda i, n: fill(words.t("page"), words.number(i + 1), words.number(n)), "Notice")
    json_bytes = canonical(doc)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pages.pdf)))
    fonts_as_letters(writer.pages)  # Arabic copies out as the letters typed, as from the packet (pdf_text_map.py)
    writer.add_metadata({"/Title": "Notice"})
    writer.add_attachment(JSON_NAME, json_bytes)
    writer.add_attachment(SIG_NAME, base64.b64encode(private_key.sign(json_bytes)))
    out = io.BytesIO()
    writer.write(out)
    return WithdrawalNotice(out.getvalue(), doc, pages.plain_text)
