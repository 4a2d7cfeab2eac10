"""Share permissions: at most one active permission per person. Default: none."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import NotFound
from survivor_vault.model.permissions import ItemRef, Section, SharePermission
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection, transaction
from survivor_vault.storage.row_codecs import date_in, date_out, dt_in, dt_out, now, text

_COLUMNS = ("id, person_id, items, include_notes, include_feedback, purpose, end_date, revoked_at, "
            "created, updated")


def items_to_json(items: Iterable[ItemRef]) -> str:
    return json.dumps([[str(i.section), i.key] for i in sorted(items)])


def items_from_json(data: str) -> frozenset[ItemRef]:
    refs = set()
    for section, key in json.loads(data):
        try:
            refs.add(ItemRef(Section(section), str(key)))
        except ValueError:
            continue  # a section from a newer version
    return frozenset(refs)


def leave_out_of_permissions(conn: Connection, section: Section, keys: Iterable[object]) -> None:
    """Deleted records leave every saved permission, in the caller's transaction: their ids may be given to new
    records, and a permission must never tick a record the survivor did not choose."""
    keys = {str(key) for key in keys}
    for permission_id, items in conn.execute("SELECT id, items FROM share_permissions").fetchall():
        refs = items_from_json(items)
        kept = {ref for ref in refs if not (ref.section is section and ref.key in keys)}
        if kept != refs:
            conn.execute("UPDATE share_permissions SET items = ? WHERE id = ?", (items_to_json(kept), permission_id))


def _permission(row) -> SharePermission:
    id_, person_id, items, notes, feedback, purpose, end, revoked, created, updated = row
    return SharePermission(id_, person_id, items_from_json(items), bool(notes), bool(feedback), purpose,
                           date_in(end), dt_in(revoked), dt_in(created), dt_in(updated))


class PermissionsRepository:
    def __init__(self, conn: Connection, activity: ActivityRepository):
        self._conn = conn
        self._activity = activity

    def save(self, person_id: int, items: Iterable[ItemRef], *, include_notes: bool = False,
             include_feedback: bool = False, purpose: str = "", end_date: date | None = None) -> SharePermission:
        """Set what this person may be shown; replaces their active permission if any."""
        stamp = dt_out(now())
        values = (items_to_json(items), int(include_notes), int(include_feedback), text(purpose),
                  date_out(end_date))
        with transaction(self._conn):
            if self._conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
                raise NotFound()
            current = self._active_id(person_id)
            if current is None:
                cur = self._conn.execute(
                    "INSERT INTO share_permissions (person_id, items, include_notes, include_feedback, purpose, "
                    "end_date, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (person_id, *values, stamp, stamp))
                current = cur.lastrowid
            else:
                self._conn.execute(
                    "UPDATE share_permissions SET items = ?, include_notes = ?, include_feedback = ?, purpose = ?, "
                    "end_date = ?, updated = ? WHERE id = ?", (*values, stamp, current))
            self._activity.record(ActivityKind.PERMISSION_SAVED, current)
        return self.get(current)

    def get(self, permission_id: int) -> SharePermission:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM share_permissions WHERE id = ?",
                                 (permission_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _permission(row)

    def active_for(self, person_id: int) -> SharePermission | None:
        permission_id = self._active_id(person_id)
        return None if permission_id is None else self.get(permission_id)

    def list(self, *, include_revoked: bool = False) -> list[SharePermission]:
        sql = f"SELECT {_COLUMNS} FROM share_permissions"
        if not include_revoked:
            sql += " WHERE revoked_at IS NULL"
        return [_permission(r) for r in self._conn.execute(sql + " ORDER BY person_id, id")]

    def revoke(self, permission_id: int) -> SharePermission:
        """One action: the permission stops applying. The sharing history is not touched."""
        self.get(permission_id)
        with transaction(self._conn):
            self._conn.execute("UPDATE share_permissions SET revoked_at = ?, updated = ? "
                               "WHERE id = ? AND revoked_at IS NULL", (dt_out(now()), dt_out(now()), permission_id))
            self._activity.record(ActivityKind.PERMISSION_REVOKED, permission_id)
        return self.get(permission_id)

    def _active_id(self, person_id: int) -> int | None:
        row = self._conn.execute("SELECT id FROM share_permissions WHERE person_id = ? AND revoked_at IS NULL "
                                 "ORDER BY id DESC LIMIT 1", (person_id,)).fetchone()
        return row[0] if row else None
