"""The activity log: appended by the other repositories inside their own transactions."""

from __future__ import annotations

from survivor_vault.model.activity import ActivityEntry, ActivityKind
from survivor_vault.storage.database import Connection, transaction
from survivor_vault.storage.row_codecs import dt_in, dt_out, now


class ActivityRepository:
    def __init__(self, conn: Connection):
        self._conn = conn

    def record(self, kind: ActivityKind, item_id: int | None = None) -> None:
        """Add an entry. Call inside the caller's transaction, or use `add`."""
        self._conn.execute("INSERT INTO activity (at, kind, item_id) VALUES (?, ?, ?)",
                           (dt_out(now()), str(kind), item_id))

    def add(self, kind: ActivityKind, item_id: int | None = None) -> None:
        with transaction(self._conn):
            self.record(kind, item_id)

    def list(self, limit: int | None = None, offset: int = 0) -> list[ActivityEntry]:
        """Newest first."""
        rows = self._conn.execute(
            "SELECT id, at, kind, item_id FROM activity ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset))
        entries = []
        for id_, at, kind, item_id in rows:
            try:
                parsed = ActivityKind(kind)
            except ValueError:
                continue  # written by a newer version of the app
            entries.append(ActivityEntry(id_, dt_in(at), parsed, item_id))
        return entries

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM activity").fetchone()[0]
