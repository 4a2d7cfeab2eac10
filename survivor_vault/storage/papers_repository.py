"""My papers: each document's details in one row, its bytes in chunks inside the encrypted database.

Nothing of a document is ever written to disk outside the vault: it is read from the survivor's file a chunk at a
time, straight into the database, inside one transaction (an import cut short leaves nothing behind), hashed as it
goes, and checked against that hash whenever it is read back.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import (
    ImportStopped,
    InvalidValue,
    NotFound,
    PaperChanged,
    PaperDamaged,
    PaperTooLarge,
    PaperUnreadable,
)
from survivor_vault.model.papers import MOST_BYTES, Paper, PaperKind, title_from_file_name
from survivor_vault.model.permissions import Section
from survivor_vault.model.plain_text import without_controls
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection, set_columns, transaction
from survivor_vault.storage.permissions_repository import leave_out_of_permissions
from survivor_vault.storage.row_codecs import date_in, date_out, dt_in, dt_out, now, text
from survivor_vault.storage.sha256 import Sha256

CHUNK = 1024 * 1024  # see benchmarks/papers_timings.py
UNTITLED = ("Photo", "Paper")  # the app passes these in the survivor's language
_COLUMNS = ("id, title, kind, file_name, media_type, size, sha256, issued, expires, remind_days, notes, added, "
            "updated")

# What a document is, from its first bytes (its name may say anything).
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
          (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"))


def media_type(head: bytes) -> str:
    """The kind of file these first bytes begin, or application/octet-stream."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), "application/octet-stream")


def _paper(row) -> Paper:
    id_, title, kind, file_name, media, size, sha, issued, expires, remind, notes, added, updated = row
    return Paper(id_, title, kind, file_name, media, size, sha, date_in(issued), date_in(expires), remind, notes,
                 dt_in(added), dt_in(updated))


def remind_days(value: int | None) -> int | None:
    """None (no reminder) or a number of days before, 0 to 366."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 366:
        raise InvalidValue("A reminder is between 0 and 366 days before.")
    return value


def _title(value: str | None) -> str:
    cleaned = text(value)
    if not cleaned:
        raise InvalidValue("Please give the document a short name.")
    return cleaned[:200]


def _kind(value: str | None) -> str:
    cleaned = text(value)
    return cleaned[:80] if cleaned else PaperKind.OTHER.value


def checked_chunks(conn: Connection, paper_id: int, size: int, sha256: str) -> Iterator[bytes]:
    """A document's chunks in order, checked as they go: numbered 0, 1, 2 ... with none missing, none larger than a
    whole document may be (so a forged row is never loaded whole), and together `size` bytes whose SHA-256 is
    `sha256`. PaperDamaged as soon as one is out of place, else at the end."""
    hasher = Sha256()
    total = 0
    rows = conn.execute("SELECT seq, bytes FROM paper_chunks WHERE paper_id = ? AND length(bytes) <= ? ORDER BY seq",
                        (paper_id, MOST_BYTES))
    for expected, (seq, chunk) in enumerate(rows):
        total += len(chunk)
        if seq != expected or total > size:
            raise PaperDamaged()
        chunk = bytes(chunk)
        hasher.update(chunk)
        yield chunk
    if total != size or hasher.hexdigest() != sha256:
        raise PaperDamaged()


def damaged_papers(conn: Connection) -> list[int]:
    """The ids of every document whose stored bytes are not what was stored: each read through, a chunk at a time
    (nothing held whole), and compared with its size and SHA-256. Empty when every paper is whole."""
    found = []
    for paper_id, size, sha256 in conn.execute("SELECT id, size, sha256 FROM papers ORDER BY id").fetchall():
        try:
            for _chunk in checked_chunks(conn, paper_id, size, sha256):
                pass
        except PaperDamaged:
            found.append(paper_id)
    return found


@dataclass(frozen=True)
class _Details:
    title: str | None
    kind: str
    issued: date | None
    expires: date | None
    remind: int | None
    notes: str


class PapersRepository:
    def __init__(self, conn: Connection, activity: ActivityRepository):
        self._conn = conn
        self._activity = activity

    # --- adding -----------------------------------------------------------------------------
    def add_from_file(self, path: Path | str, *, title: str | None = None, kind: str = PaperKind.OTHER.value,
                      issued: date | None = None, expires: date | None = None, remind: int | None = None,
                      notes: str = "", stop: Callable[[], bool] | None = None,
                      untitled: tuple[str, str] = UNTITLED) -> Paper:
        """Read the file at `path` into the vault, a chunk at a time. Refused whole (nothing kept) when it is
        larger than MOST_BYTES, or when it changes while it is read; `stop()` true between chunks ends the
        reading with ImportStopped (nothing kept). Without a `title`, its file's name gives one (title_from_file_name),
        or else `untitled`: the words for a photo and for any other paper, in the survivor's language."""
        path = Path(path)
        # Opened without waiting: a named pipe would block open() itself, before any check, until someone wrote
        # to it (found by an attack: the import hung, Stop did nothing, and erase waited for it for ever).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as source:
            before = os.fstat(source.fileno())
            if not stat.S_ISREG(before.st_mode):
                raise PaperUnreadable()  # a folder, a device, a pipe: nothing to keep
            if before.st_size > MOST_BYTES:
                raise PaperTooLarge()

            def unchanged(size: int) -> bool:
                after = os.fstat(source.fileno())
                return size == before.st_size and (after.st_size, after.st_mtime_ns) == (before.st_size,
                                                                                         before.st_mtime_ns)

            details = _Details(title, kind, issued, expires, remind, notes)
            return self._add(source, path.name, details, unchanged, stop, untitled)

    def add_bytes(self, data: bytes, file_name: str, *, title: str | None = None,
                  kind: str = PaperKind.OTHER.value, issued: date | None = None, expires: date | None = None,
                  remind: int | None = None, notes: str = "") -> Paper:
        """A document already in memory (invented demo papers, a scanned page): kept exactly as `add_from_file`."""
        if len(data) > MOST_BYTES:
            raise PaperTooLarge()
        details = _Details(title, kind, issued, expires, remind, notes)
        return self._add(io.BytesIO(data), file_name, details, lambda size: size == len(data), None, UNTITLED)

    def _add(self, source, file_name: str, details: _Details, unchanged: Callable[[int], bool],
             stop: Callable[[], bool] | None, untitled: tuple[str, str]) -> Paper:
        stamp = dt_out(now())
        file_name = without_controls(text(file_name))[:255]  # a name from outside: no direction overrides
        stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name  # ".pdf": no name at all
        given = _title(details.title) if details.title is not None else title_from_file_name(stem)
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO papers (title, kind, file_name, size, sha256, issued, expires, remind_days, notes, "
                "added, updated) VALUES (?, ?, ?, 0, '', ?, ?, ?, ?, ?, ?)",
                (given or "…", _kind(details.kind), file_name, date_out(details.issued), date_out(details.expires),
                 remind_days(details.remind), text(details.notes), stamp, stamp))
            paper_id = cur.lastrowid
            size, digest, head = self._read_in(source, paper_id, stop)
            if not unchanged(size):
                raise PaperChanged()  # the transaction is rolled back: no row, no chunk
            kind_of_file = media_type(head)
            title = given or _title(untitled[0] if kind_of_file.startswith("image/") else untitled[1])
            self._conn.execute("UPDATE papers SET size = ?, sha256 = ?, media_type = ?, title = ? WHERE id = ?",
                               (size, digest, kind_of_file, title, paper_id))
            self._activity.record(ActivityKind.PAPER_ADDED, paper_id)
        return self.get(paper_id)

    def _read_in(self, source, paper_id: int, stop: Callable[[], bool] | None = None) -> tuple[int, str, bytes]:
        hasher = Sha256()
        size, seq, head = 0, 0, b""
        while chunk := source.read(CHUNK):
            if stop is not None and stop():
                raise ImportStopped()
            size += len(chunk)
            if size > MOST_BYTES:  # it grew past the limit while being read
                raise PaperTooLarge()
            if seq == 0:
                head = chunk[:16]
            hasher.update(chunk)
            self._conn.execute("INSERT INTO paper_chunks (paper_id, seq, bytes) VALUES (?, ?, ?)",
                               (paper_id, seq, chunk))
            seq += 1
        return size, hasher.hexdigest(), head

    # --- reading ----------------------------------------------------------------------------
    def get(self, paper_id: int) -> Paper:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM papers WHERE id = ?", (paper_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _paper(row)

    def list(self, search: str = "") -> list[Paper]:
        """Newest first; `search` words must all appear in the title, kind, file name or notes."""
        papers = [_paper(r) for r in self._conn.execute(f"SELECT {_COLUMNS} FROM papers ORDER BY added DESC, id DESC")]
        words = search.casefold().split()
        if words:
            def haystack(p: Paper) -> str:
                return "\n".join((p.title, p.kind, p.file_name, p.notes)).casefold()
            papers = [p for p in papers if all(w in haystack(p) for w in words)]
        return papers

    def with_reminders(self) -> list[Paper]:
        """The papers with an expiry and a reminder before it, in `list`'s order (the few My plan looks at)."""
        return [_paper(r) for r in self._conn.execute(
            f"SELECT {_COLUMNS} FROM papers WHERE expires IS NOT NULL AND remind_days IS NOT NULL "
            "ORDER BY added DESC, id DESC")]

    def chunks(self, paper_id: int) -> Iterator[bytes]:
        """The document's bytes, a chunk at a time (see `checked_chunks`); PaperDamaged when they are not what was
        stored, NotFound at once when there is no such document."""
        paper = self.get(paper_id)
        return checked_chunks(self._conn, paper_id, paper.size, paper.sha256)

    def read_bytes(self, paper_id: int) -> bytes:
        """The whole document, checked (for viewing: never written anywhere)."""
        return b"".join(self.chunks(paper_id))

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM papers").fetchone()[0]

    def total_size(self) -> int:
        return self._conn.execute("SELECT coalesce(sum(size), 0) FROM papers").fetchone()[0]

    # --- changing ---------------------------------------------------------------------------
    def update(self, paper_id: int, *, title: str | None = None, kind: str | None = None,
               issued: date | type(...) | None = ..., expires: date | type(...) | None = ...,
               remind: int | type(...) | None = ..., notes: str | None = None) -> Paper:
        """Change a document's details (never its bytes: a new version is a new document)."""
        self.get(paper_id)
        values: dict[str, object] = {}
        if title is not None:
            values["title"] = _title(title)
        if kind is not None:
            values["kind"] = _kind(kind)
        if issued is not ...:
            values["issued"] = date_out(issued)
        if expires is not ...:
            values["expires"] = date_out(expires)
        if remind is not ...:
            values["remind_days"] = remind_days(remind)
        if notes is not None:
            values["notes"] = text(notes)
        with transaction(self._conn):
            set_columns(self._conn, "papers", paper_id, values)
            self._activity.record(ActivityKind.PAPER_CHANGED, paper_id)
        return self.get(paper_id)

    def delete(self, paper_id: int) -> None:
        """The document and every chunk of it (SQLCipher's secure_delete overwrites the freed pages)."""
        self.get(paper_id)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM paper_chunks WHERE paper_id = ?", (paper_id,))
            self._conn.execute("DELETE FROM papers WHERE id = ?", (paper_id,))
            leave_out_of_permissions(self._conn, Section.PAPERS, [paper_id])
            self._activity.record(ActivityKind.PAPER_DELETED, paper_id)
