"""My dates: hearings, appointments, renewals and other days, each a calendar day with an optional reminder."""

from __future__ import annotations

from datetime import date

from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.dates import DatedItem, DateKind
from survivor_vault.model.errors import InvalidValue, NotFound
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection, set_columns, transaction
from survivor_vault.storage.papers_repository import remind_days
from survivor_vault.storage.row_codecs import date_in, date_out, dt_in, dt_out, now, text

_COLUMNS = "id, title, kind, day, remind_days, paper_id, notes, done, added, updated"


def _item(row) -> DatedItem:
    id_, title, kind, day, remind, paper_id, notes, done, added, updated = row
    return DatedItem(id_, title, DateKind(kind), date_in(day), remind, paper_id, notes, bool(done), dt_in(added),
                     dt_in(updated))


def _title(value: str | None) -> str:
    cleaned = text(value)
    if not cleaned:
        raise InvalidValue("Please say what the date is for, in a few words.")
    return cleaned[:200]


def _kind(value: DateKind | str) -> str:
    kind = DateKind(value)
    if kind is DateKind.EXPIRY:
        raise InvalidValue("The day a paper runs out is kept with the paper.")
    return kind.value


class DatesRepository:
    def __init__(self, conn: Connection, activity: ActivityRepository):
        self._conn = conn
        self._activity = activity

    def add(self, title: str, day: date, *, kind: DateKind | str = DateKind.OTHER, remind: int | None = None,
            paper_id: int | None = None, notes: str = "") -> DatedItem:
        stamp = dt_out(now())
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO dated_items (title, kind, day, remind_days, paper_id, notes, added, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (_title(title), _kind(kind), date_out(day), remind_days(remind), paper_id, text(notes), stamp,
                 stamp))
            self._activity.record(ActivityKind.DATE_ADDED, cur.lastrowid)
        return self.get(cur.lastrowid)

    def get(self, item_id: int) -> DatedItem:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM dated_items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _item(row)

    def list(self, *, include_done: bool = True) -> list[DatedItem]:
        """Soonest first."""
        where = "" if include_done else " WHERE done = 0"
        return [_item(r) for r in self._conn.execute(f"SELECT {_COLUMNS} FROM dated_items{where} ORDER BY day, id")]

    def update(self, item_id: int, *, title: str | None = None, day: date | None = None,
               kind: DateKind | str | None = None, remind: int | type(...) | None = ..., notes: str | None = None,
               done: bool | None = None, paper_id: int | type(...) | None = ...) -> DatedItem:
        self.get(item_id)
        values: dict[str, object] = {}
        if title is not None:
            values["title"] = _title(title)
        if day is not None:
            values["day"] = date_out(day)
        if kind is not None:
            values["kind"] = _kind(kind)
        if remind is not ...:
            values["remind_days"] = remind_days(remind)
        if notes is not None:
            values["notes"] = text(notes)
        if done is not None:
            values["done"] = int(done)
        if paper_id is not ...:
            values["paper_id"] = paper_id
        with transaction(self._conn):
            set_columns(self._conn, "dated_items", item_id, values)
            self._activity.record(ActivityKind.DATE_CHANGED, item_id)
        return self.get(item_id)

    def delete(self, item_id: int) -> None:
        self.get(item_id)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM dated_items WHERE id = ?", (item_id,))
            self._activity.record(ActivityKind.DATE_DELETED, item_id)
