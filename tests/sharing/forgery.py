"""Forge packets the way an attacker with a PDF library would, keeping the file's shape where possible.

`rewrite` reopens a packet (with its code), lets a test change it, and saves it again shaped as our
builder shapes it (one revision, the same encryption): so a refusal is for the change, not for the
rewrite. `append_revision` adds an incremental update, as a PDF editor's "save" does.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

from survivor_vault.sharing import share_code


def open_writer(data: bytes, code: str | None, *, incremental: bool = False) -> PdfWriter:
    if incremental:  # a plain packet, saved by an editor that appends a revision
        return PdfWriter(io.BytesIO(data), incremental=True)
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt(code)
    return PdfWriter(clone_from=reader)


def save(writer: PdfWriter, code: str | None) -> bytes:
    if code:
        writer.encrypt(user_password=code, owner_password=share_code.spoken(code), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def rewrite(data: bytes, code: str | None, edit=None, *, new_code: str | None = "same") -> bytes:
    writer = open_writer(data, code)
    if edit:
        edit(writer)
    return save(writer, code if new_code == "same" else new_code)


def attachments(data: bytes, code: str | None) -> dict[str, bytes]:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt(code)
    return {name: parts[0] for name, parts in reader.attachments.items()}


def with_attachments(data: bytes, code: str | None, files: dict[str, bytes]) -> bytes:
    """The same pages, with these embedded files instead (the attacker's JSON, signature, extras)."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt(code)
    writer = PdfWriter(clone_from=reader)
    del writer.root_object[NameObject("/Names")]
    for name, value in files.items():
        writer.add_attachment(name, value)
    # A tidy forger: clone once more, so the file has no free entries or orphans left by the swap.
    return rewrite(save(writer, None), None, new_code=code)


def stamp(text: str = "I no longer want any housing help", rect=(40, 650, 560, 800)) -> DictionaryObject:
    """A /FreeText annotation (shown by every viewer) covering part of a page with the attacker's words."""
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
        NameObject("/Contents"): TextStringObject(text), NameObject("/F"): NumberObject(4),
        NameObject("/DA"): TextStringObject("/Helv 24 Tf 1 0 0 rg"),
    })


def add_annotation(writer: PdfWriter, annotation: DictionaryObject | None = None, page: int = 0) -> None:
    writer.add_annotation(page, annotation if annotation is not None else stamp())
