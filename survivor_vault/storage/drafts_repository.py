"""Drafts: unsaved forms, stored encrypted like everything else, replaced as a set in one transaction."""

from __future__ import annotations

from survivor_vault.model.drafts import Draft, DraftKind
from survivor_vault.storage.database import Connection, transaction
from survivor_vault.storage.row_codecs import dt_out, now


class DraftsRepository:
    def __init__(self, conn: Connection):
        self._conn = conn

    def all(self) -> list[Draft]:
        drafts = []
        rows = self._conn.execute("SELECT kind, key, body, was_open FROM drafts ORDER BY kept_at, kind, key")
        for kind, key, body, was_open in rows:
            try:
                draft_kind = DraftKind(kind)
            except ValueError:
                continue  # a kind this version does not know: left alone, never shown half-understood
            fields = Draft.fields_from(body)
            if fields is not None:
                drafts.append(Draft(draft_kind, key, fields, bool(was_open)))
        return drafts

    def keep(self, drafts: list[Draft], dropped: list[tuple[DraftKind, str]] = ()) -> list[Draft]:
        """Store `drafts` (new or changed) and forget `dropped`, all or nothing. Returns the drafts too large
        to keep (left out, so that one huge paste never stops the others from being kept)."""
        stamp = dt_out(now())
        rows, too_large = [], []
        for d in drafts:
            try:
                rows.append((d.kind.value, d.key, d.body(), int(d.was_open), stamp))
            except ValueError:
                too_large.append(d)
        with transaction(self._conn):
            for kind, key in dropped:
                self._conn.execute("DELETE FROM drafts WHERE kind = ? AND key = ?", (kind.value, key))
            for row in rows:
                self._conn.execute("INSERT INTO drafts (kind, key, body, was_open, kept_at) VALUES (?, ?, ?, ?, ?) "
                                   "ON CONFLICT(kind, key) DO UPDATE SET body = excluded.body, "
                                   "was_open = excluded.was_open, kept_at = excluded.kept_at", row)
        return too_large
