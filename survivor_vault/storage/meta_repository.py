"""Small facts about the vault itself (its id, when it was made, its signing key), inside the encryption."""

from __future__ import annotations

from survivor_vault.storage.database import Connection, transaction


class MetaRepository:
    def __init__(self, conn: Connection):
        self._conn = conn

    def get(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        with transaction(self._conn):
            self._conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def write_first_rows(conn: Connection, facts: dict[str, str], record_activity) -> None:
    """A new vault's own facts, in one transaction with its first activity entries."""
    with transaction(conn):
        for key, value in facts.items():
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
        record_activity()
