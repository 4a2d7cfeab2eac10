"""Service kinds (catalogue + the survivor's own) and the survivor's service choices."""

from __future__ import annotations

from collections.abc import Iterable

from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import InvalidValue, NotFound
from survivor_vault.model.permissions import Section
from survivor_vault.model.service_catalogue import CatalogueEntry
from survivor_vault.model.services import Choice, ServiceChoice, ServiceKind
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection, set_columns, transaction
from survivor_vault.storage.permissions_repository import leave_out_of_permissions
from survivor_vault.storage.row_codecs import dt_in, dt_out, now, text

_KIND_COLUMNS = "id, name, group_name, description, catalogue_key, custom, position"
_CHOICE_COLUMNS = ("id, kind_id, choice, provider, contact, notes, feedback_working, "
                   "feedback_not_working, created, updated")
_CHOICE_TEXT = ("provider", "contact", "notes", "feedback_working", "feedback_not_working")


def _kind(row) -> ServiceKind:
    id_, name, group, description, key, custom, position = row
    return ServiceKind(id_, name, group, description, key, bool(custom), position)


def _choice(row) -> ServiceChoice:
    id_, kind_id, choice, provider, contact, notes, working, not_working, created, updated = row
    return ServiceChoice(id_, kind_id, Choice(choice), provider, contact, notes, working, not_working,
                         dt_in(created), dt_in(updated))


class ServicesRepository:
    def __init__(self, conn: Connection, activity: ActivityRepository):
        self._conn = conn
        self._activity = activity

    # --- kinds -------------------------------------------------------------------
    def sync_catalogue(self, entries: Iterable[CatalogueEntry]) -> int:
        """Add catalogue kinds the vault does not have yet; returns how many were added."""
        added = 0
        with transaction(self._conn):
            for position, entry in enumerate(entries):
                cur = self._conn.execute(
                    "INSERT OR IGNORE INTO service_kinds (catalogue_key, name, group_name, description, "
                    "custom, position) VALUES (?, ?, ?, ?, 0, ?)",
                    (entry.key, entry.name, entry.group, entry.description, position))
                added += cur.rowcount
        return added

    def kinds(self) -> list[ServiceKind]:
        rows = self._conn.execute(f"SELECT {_KIND_COLUMNS} FROM service_kinds ORDER BY custom, position, id")
        return [_kind(r) for r in rows]

    def kind(self, kind_id: int) -> ServiceKind:
        row = self._conn.execute(f"SELECT {_KIND_COLUMNS} FROM service_kinds WHERE id = ?", (kind_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _kind(row)

    def add_kind(self, name: str, *, group: str = "", description: str = "") -> ServiceKind:
        """The survivor's own kind of service."""
        cleaned = text(name)
        if not cleaned:
            raise InvalidValue("A kind of service needs a name.")
        with transaction(self._conn):
            position = self._conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM service_kinds WHERE custom = 1").fetchone()[0]
            cur = self._conn.execute(
                "INSERT INTO service_kinds (name, group_name, description, custom, position) VALUES (?, ?, ?, 1, ?)",
                (cleaned, text(group), text(description), position))
            self._activity.record(ActivityKind.SERVICE_KIND_ADDED, cur.lastrowid)
        return self.kind(cur.lastrowid)

    def delete_kind(self, kind_id: int) -> None:
        """Only the survivor's own kinds can be deleted (with their choices)."""
        kind = self.kind(kind_id)
        if not kind.custom:
            raise InvalidValue("Kinds from the built-in list cannot be deleted.")
        with transaction(self._conn):
            choices = [r[0] for r in self._conn.execute("SELECT id FROM service_choices WHERE kind_id = ?", (kind_id,))]
            self._conn.execute("DELETE FROM service_kinds WHERE id = ?", (kind_id,))
            leave_out_of_permissions(self._conn, Section.SERVICES, choices)

    # --- choices -----------------------------------------------------------------
    def add_choice(self, kind_id: int, choice: Choice = Choice.INTERESTED, **details: str) -> ServiceChoice:
        self._check_details(details)
        self.kind(kind_id)
        stamp = dt_out(now())
        values = {name: text(details.get(name)) for name in _CHOICE_TEXT}
        with transaction(self._conn):
            cur = self._conn.execute(
                f"INSERT INTO service_choices (kind_id, choice, {', '.join(_CHOICE_TEXT)}, created, updated) "
                f"VALUES (?, ?, {', '.join('?' * len(_CHOICE_TEXT))}, ?, ?)",
                (kind_id, str(Choice(choice)), *values.values(), stamp, stamp))
            self._activity.record(ActivityKind.SERVICE_CHOICE_ADDED, cur.lastrowid)
        return self.choice(cur.lastrowid)

    def choice(self, choice_id: int) -> ServiceChoice:
        row = self._conn.execute(f"SELECT {_CHOICE_COLUMNS} FROM service_choices WHERE id = ?",
                                 (choice_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _choice(row)

    def choices(self, *, kind_id: int | None = None, choice: Choice | None = None) -> list[ServiceChoice]:
        where, args = [], []
        if kind_id is not None:
            where.append("kind_id = ?")
            args.append(kind_id)
        if choice is not None:
            where.append("choice = ?")
            args.append(str(Choice(choice)))
        sql = f"SELECT {_CHOICE_COLUMNS} FROM service_choices"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_choice(r) for r in self._conn.execute(sql + " ORDER BY kind_id, id", args)]

    def choice_summary(self) -> tuple[dict[Choice, int], dict[Choice, list[int]]]:
        """How many services carry each choice, and the kinds (ids) with each, in the order of `choices()`:
        counted by the database, not read whole (900 choices at thirty years, on the first page after unlock)."""
        counts = {choice: 0 for choice in Choice}
        for choice, number in self._conn.execute("SELECT choice, count(*) FROM service_choices GROUP BY choice"):
            counts[Choice(choice)] = number
        kinds: dict[Choice, list[int]] = {choice: [] for choice in Choice}
        for choice, kind_id in self._conn.execute(
                "SELECT DISTINCT choice, kind_id FROM service_choices ORDER BY kind_id"):
            kinds[Choice(choice)].append(kind_id)
        return counts, kinds

    def update_choice(self, choice_id: int, *, choice: Choice | None = None, **details: str) -> ServiceChoice:
        self._check_details(details)
        values: dict[str, object] = {name: text(value) for name, value in details.items()}
        if choice is not None:
            values["choice"] = str(Choice(choice))
        self.choice(choice_id)
        with transaction(self._conn):
            set_columns(self._conn, "service_choices", choice_id, values)
            self._activity.record(ActivityKind.SERVICE_CHOICE_CHANGED, choice_id)
        return self.choice(choice_id)

    def delete_choice(self, choice_id: int) -> None:
        self.choice(choice_id)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM service_choices WHERE id = ?", (choice_id,))
            leave_out_of_permissions(self._conn, Section.SERVICES, [choice_id])
            self._activity.record(ActivityKind.SERVICE_CHOICE_DELETED, choice_id)

    @staticmethod
    def _check_details(details: dict) -> None:
        unknown = set(details) - set(_CHOICE_TEXT)
        if unknown:
            raise TypeError(f"unknown service details {sorted(unknown)}")
