"""Papers chosen for a packet: read from the vault (UI thread), cleaned and named (worker), listed in packet.json.

Each paper travels as an embedded file of the packet's PDF, under a name made here: `paper-` and its number, then
the title's letters and digits in plain ASCII (no path parts, no dots but the one before the extension, no control
or look-alike characters, nothing a file system refuses), then an extension from what its bytes are (never from
the name it had on the survivor's disk), e.g. `paper-2-Birth-certificate.pdf`. Its entry in packet.json names that
file and holds the SHA-256 and size of exactly the bytes attached, so the signature covers every paper.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from survivor_vault.model.errors import NotFound, VaultError
from survivor_vault.model.papers import Paper
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.sharing_history import SharedItem
from survivor_vault.sharing import paper_cleaning
from survivor_vault.sharing.packet_format import MAX_PAPER_BYTES, MAX_PAPERS, MAX_PAPERS_BYTES
from survivor_vault.sharing.paper_names import FILE_NAME, SLUG_MOST, file_name, made_by_the_builder, slug  # noqa: F401
from survivor_vault.storage.sha256 import Sha256

MB = 1024 * 1024


class PaperNotAttached(VaultError):
    """A chosen paper that cannot go into the packet: `title` names it, `paper_id` lets the survivor leave it out."""

    message = "A document you chose cannot go into the packet, so the packet was not made."

    def __init__(self, title: str = "", paper_id: int | None = None):
        super().__init__()
        self.title, self.paper_id = title, paper_id


class PictureNotCleaned(PaperNotAttached):
    message = ("A picture you chose cannot be opened, so its hidden details could not be taken out. It was not "
               "attached, and the packet was not made.")


class PicturePages(PaperNotAttached):
    message = ("A picture file you chose holds several pages, and only the first could be cleaned. So that no page "
               "goes missing, the packet was not made.")


class PhotoFormatNotCleanable(PaperNotAttached):
    message = ("A photo you chose is in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take "
               "out. The packet was not made.")


class PaperDamagedInVault(PaperNotAttached):
    message = "A document you chose is damaged in the vault and cannot be read, so the packet was not made."


class PapersTooLarge(VaultError):
    message = (f"The papers you chose are too large for one packet (together at most {MAX_PAPERS_BYTES // MB} MB). "
               "Leave some out, or share them in two packets.")


_REFUSALS = {"damaged": PictureNotCleaned, "pages": PicturePages, "format": PhotoFormatNotCleanable}


@dataclass(frozen=True)
class ChosenPaper:
    paper: Paper
    data: bytes  # as the vault holds it (its hash checked when read)


@dataclass(frozen=True)
class AttachedPaper:
    entry: dict  # as in packet.json
    data: bytes  # as attached: a photo without its details, any other document as the vault holds it

    @property
    def file_name(self) -> str:
        return self.entry["file_name"]


def read_chosen(vault, refs, *, with_bytes: bool = True) -> tuple[ChosenPaper, ...]:
    """The chosen papers' details, and their bytes unless `with_bytes` is False (then `load` reads them on a
    worker). Papers deleted meanwhile are left out; together they may be at most MAX_PAPERS_BYTES (checked before a
    byte is read)."""
    papers = []
    for ref in refs:
        try:
            papers.append(vault.papers.get(int(ref.key)))
        except (NotFound, ValueError):
            continue
    if len(papers) > MAX_PAPERS or sum(p.size for p in papers) > MAX_PAPERS_BYTES:
        raise PapersTooLarge()
    papers.sort(key=lambda p: (p.title.casefold(), p.id))
    chosen = tuple(ChosenPaper(paper, b"") for paper in papers)
    return load(chosen, lambda work: work(vault.connection)) if with_bytes and chosen else chosen


def load(chosen: tuple[ChosenPaper, ...], read) -> tuple[ChosenPaper, ...]:
    """The chosen papers with their bytes, through `read(work)` (Vault.reading_job on a worker thread, or the
    vault's own connection): each checked against its hash, PaperDamagedInVault naming the first that is not."""
    from survivor_vault.core.paper_bytes import read_papers

    found = read(lambda conn: read_papers(conn, [c.paper.id for c in chosen]))
    for item in chosen:
        if found.get(item.paper.id) is None:
            raise PaperDamagedInVault(item.paper.title, item.paper.id)
    return tuple(ChosenPaper(item.paper, found[item.paper.id]) for item in chosen)


def _cleaned(item: ChosenPaper) -> paper_cleaning.CleanPaper:
    try:
        return paper_cleaning.clean(item.data, item.paper.media_type)
    except paper_cleaning.NotCleanable as why:
        raise _REFUSALS[why.reason](item.paper.title, item.paper.id) from None


def _all_cleaned(chosen: tuple[ChosenPaper, ...]) -> list[paper_cleaning.CleanPaper]:
    """Every paper cleaned, several at once: decoding and encoding a turned 12-megapixel photo takes over a second,
    and Qt lets go of Python's lock while it works (benchmarks/packet_timings.py). The first refusal is raised."""
    if len(chosen) < 2:
        return [_cleaned(item) for item in chosen]
    from concurrent.futures import ThreadPoolExecutor

    from survivor_vault.sharing.pdf_pages import ensure_gui_application

    ensure_gui_application()  # once, here, before any helper thread asks for image plugins
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1, len(chosen))) as pool:
        return list(pool.map(_cleaned, chosen))


def attach(chosen: tuple[ChosenPaper, ...]) -> tuple[AttachedPaper, ...]:
    """Each chosen paper cleaned (photos without their details) and named, with its packet.json entry (worker)."""
    width = max(2, len(str(len(chosen))))
    attached, total = [], 0
    for number, (item, cleaned) in enumerate(zip(chosen, _all_cleaned(chosen), strict=True), 1):
        paper = item.paper
        total += len(cleaned.data)
        if total > MAX_PAPERS_BYTES or len(cleaned.data) > MAX_PAPER_BYTES:  # a photo may grow when encoded again
            raise PapersTooLarge()
        name = file_name(number, width, paper.title, cleaned.media_type, paper.file_name)
        attached.append(AttachedPaper({
            "id": paper.id, "title": paper.title, "kind": paper.kind,
            "issued": paper.issued.isoformat() if paper.issued else None,
            "expires": paper.expires.isoformat() if paper.expires else None,
            "file_name": name, "media_type": cleaned.media_type, "size": len(cleaned.data),
            "sha256": Sha256(cleaned.data).hexdigest(),
        }, cleaned.data))
    return tuple(attached)


def shared_items(attached: tuple[AttachedPaper, ...]) -> tuple[SharedItem, ...]:
    """The consent record's items: each paper with the hash of its packet.json entry (which holds its bytes' hash)."""
    from survivor_vault.sharing.packet_content import item_hash

    return tuple(SharedItem(Section.PAPERS, str(p.entry["id"]), item_hash(p.entry)) for p in attached)


def paper_refs(refs) -> list[ItemRef]:
    return sorted(ref for ref in refs if ref.section == Section.PAPERS)
