"""The local service directory."""

from __future__ import annotations

from collections.abc import Iterable

from survivor_vault.model.service_directory import DirectoryEntry
from survivor_vault.storage.database import Connection, transaction
from survivor_vault.storage.row_codecs import dt_in, dt_out, now, text

_COLUMNS = "id, name, kind_key, phone, address, hours, languages, notes, source, added"


def _entry(row) -> DirectoryEntry:
    id_, name, kind, phone, address, hours, languages, notes, source, added = row
    return DirectoryEntry(id_, name, kind, phone, address, hours, languages, notes, source, dt_in(added))


class DirectoryRepository:
    def __init__(self, conn: Connection):
        self._conn = conn

    def add_many(self, entries: Iterable[DirectoryEntry]) -> int:
        stamp = dt_out(now())
        count = 0
        with transaction(self._conn):
            for e in entries:
                self._conn.execute(
                    "INSERT INTO service_directory (name, kind_key, phone, address, hours, languages, notes, source, "
                    "added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (text(e.name), e.kind_key, text(e.phone), text(e.address), text(e.hours), text(e.languages),
                     text(e.notes), text(e.source), stamp))
                count += 1
        return count

    def list(self, kind_key: str | None = None) -> list[DirectoryEntry]:
        if kind_key is None:
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM service_directory ORDER BY kind_key, name, id")
        else:
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM service_directory WHERE kind_key = ? "
                                      "ORDER BY name, id", (kind_key,))
        return [_entry(r) for r in rows]

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM service_directory").fetchone()[0]
