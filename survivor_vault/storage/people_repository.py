"""People and agencies."""

from __future__ import annotations

from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import InvalidValue, NotFound
from survivor_vault.model.people import Person
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection, set_columns, transaction
from survivor_vault.storage.row_codecs import dt_in, dt_out, now, text

_COLUMNS = "id, name, organisation, role, contact, notes, created, updated"
_DETAILS = ("organisation", "role", "contact", "notes")


def _person(row) -> Person:
    id_, name, organisation, role, contact, notes, created, updated = row
    return Person(id_, name, organisation, role, contact, notes, dt_in(created), dt_in(updated))


def _name(value: str | None) -> str:
    cleaned = text(value)
    if not cleaned:
        raise InvalidValue("Please give a name, even a first name or a nickname.")
    return cleaned


class PeopleRepository:
    def __init__(self, conn: Connection, activity: ActivityRepository):
        self._conn = conn
        self._activity = activity

    def add(self, name: str, **details: str) -> Person:
        self._check(details)
        stamp = dt_out(now())
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO people (name, organisation, role, contact, notes, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (_name(name), *(text(details.get(d)) for d in _DETAILS), stamp, stamp))
            self._activity.record(ActivityKind.PERSON_ADDED, cur.lastrowid)
        return self.get(cur.lastrowid)

    def get(self, person_id: int) -> Person:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _person(row)

    def list(self, search: str = "") -> list[Person]:
        people = [_person(r) for r in self._conn.execute(f"SELECT {_COLUMNS} FROM people ORDER BY name, id")]
        words = search.casefold().split()
        if words:
            def haystack(p: Person) -> str:
                return "\n".join((p.name, p.organisation, p.role, p.contact, p.notes)).casefold()
            people = [p for p in people if all(w in haystack(p) for w in words)]
        return people

    def update(self, person_id: int, *, name: str | None = None, **details: str) -> Person:
        self._check(details)
        values = {d: text(v) for d, v in details.items()}
        if name is not None:
            values["name"] = _name(name)
        self.get(person_id)
        with transaction(self._conn):
            set_columns(self._conn, "people", person_id, values)
            self._activity.record(ActivityKind.PERSON_CHANGED, person_id)
        return self.get(person_id)

    def delete(self, person_id: int) -> None:
        """Their permissions go too; the sharing history keeps its own copy of the name."""
        self.get(person_id)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            self._activity.record(ActivityKind.PERSON_DELETED, person_id)

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM people").fetchone()[0]

    @staticmethod
    def _check(details: dict) -> None:
        unknown = set(details) - set(_DETAILS)
        if unknown:
            raise TypeError(f"unknown details {sorted(unknown)}")
