"""Sharing history: consent records. Added once per packet; only withdrawal changes one."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import NotFound
from survivor_vault.model.permissions import Section
from survivor_vault.model.sharing_history import SharedItem, SharingRecord
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection, transaction
from survivor_vault.storage.row_codecs import date_in, date_out, dt_in, dt_out, now, text

_COLUMNS = ("id, made_at, person_id, recipient_name, recipient_organisation, purpose, end_date, items, "
            "packet_id, packet_sha256, protected, signed, withdrawn_at, withdrawal_note, language")
_SELECT = f"SELECT {_COLUMNS}, json_array_length(items) FROM sharing_records"
_OPEN = "withdrawn_at IS NULL AND (end_date IS NULL OR end_date >= ?)"  # still theirs to use on a given day


def _items_json(items: Iterable[SharedItem]) -> str:
    return json.dumps([{"section": str(i.section), "key": i.key, "sha256": i.sha256} for i in items])


def _items(data: str) -> tuple[SharedItem, ...]:
    return tuple(SharedItem(Section(i["section"]), i["key"], i["sha256"]) for i in json.loads(data))


def _record(row, with_items: bool = True) -> SharingRecord:
    (id_, made_at, person_id, name, organisation, purpose, end, items, packet_id, sha, protected, signed,
     withdrawn, note, language, count) = row
    return SharingRecord(id=id_, made_at=dt_in(made_at), recipient_name=name, purpose=purpose,
                         packet_id=packet_id, packet_sha256=sha, person_id=person_id,
                         recipient_organisation=organisation, end_date=date_in(end),
                         items=_items(items) if with_items else (),
                         protected=bool(protected), signed=bool(signed), withdrawn_at=dt_in(withdrawn),
                         withdrawal_note=note, language=language, item_count=count)


class SharingHistoryRepository:
    def __init__(self, conn: Connection, activity: ActivityRepository):
        self._conn = conn
        self._activity = activity

    def add(self, *, recipient_name: str, purpose: str, packet_id: str, packet_sha256: str,
            items: Iterable[SharedItem], person_id: int | None = None, recipient_organisation: str = "",
            end_date: date | None = None, protected: bool = True, signed: bool = True,
            made_at: datetime | None = None, language: str | None = None) -> SharingRecord:
        """`language`: the one the packet was made in (None: not known, as for packets made before it was kept)."""
        with transaction(self._conn):
            cur = self._conn.execute(
                f"INSERT INTO sharing_records ({_COLUMNS.replace('id, ', '', 1)}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?)",
                (dt_out(made_at or now()), person_id, text(recipient_name), text(recipient_organisation),
                 text(purpose), date_out(end_date), _items_json(items), packet_id, packet_sha256,
                 int(protected), int(signed), language))
            self._activity.record(ActivityKind.PACKET_MADE, cur.lastrowid)
        return self.get(cur.lastrowid)

    def get(self, record_id: int) -> SharingRecord:
        row = self._conn.execute(f"{_SELECT} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _record(row)

    def list(self, limit: int | None = None, *, offset: int = 0, with_items: bool = False) -> list[SharingRecord]:
        """Newest first (from the `offset`-th). Summaries by default (`items` empty, `item_count` set); `get` has
        the items."""
        rows = self._conn.execute(f"{_SELECT} ORDER BY made_at DESC, id DESC LIMIT ? OFFSET ?",
                                  (-1 if limit is None else limit, offset))
        return [_record(r, with_items) for r in rows]

    def still_open(self, today: date, limit: int | None = None, *, person_id: int | None = None
                   ) -> list[SharingRecord]:
        """Summaries of the packets not withdrawn and not past their end date on `today`, newest first (only
        those made for `person_id`, if given)."""
        whose, args = ("", ()) if person_id is None else (" AND person_id = ?", (person_id,))
        # "+withdrawn_at": newest first by records_by_time, stopping at `limit`, not all open ones by
        # records_still_open and then sorted (which took 530 ms for 20,000).
        rows = self._conn.execute(
            f"{_SELECT} WHERE +{_OPEN}{whose} ORDER BY made_at DESC, id DESC LIMIT ?",
            (date_out(today), *args, -1 if limit is None else limit))
        return [_record(r, False) for r in rows]

    def count_for(self, person_id: int) -> int:
        """How many packets were made for this person (withdrawn and ended ones too)."""
        return self._conn.execute("SELECT count(*) FROM sharing_records WHERE person_id = ?",
                                  (person_id,)).fetchone()[0]

    def count_still_open(self, today: date) -> int:
        return self._conn.execute(f"SELECT count(*) FROM sharing_records WHERE {_OPEN}",
                                  (date_out(today),)).fetchone()[0]

    def withdraw(self, record_id: int, note: str = "") -> SharingRecord:
        """Mark consent for this packet as withdrawn (once; later calls change nothing)."""
        self.get(record_id)
        with transaction(self._conn):
            cur = self._conn.execute("UPDATE sharing_records SET withdrawn_at = ?, withdrawal_note = ? "
                                     "WHERE id = ? AND withdrawn_at IS NULL", (dt_out(now()), text(note), record_id))
            if cur.rowcount:
                self._activity.record(ActivityKind.CONSENT_WITHDRAWN, record_id)
        return self.get(record_id)

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM sharing_records").fetchone()[0]
