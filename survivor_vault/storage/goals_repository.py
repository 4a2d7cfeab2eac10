"""Goals and their ordered steps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import InvalidValue, MissingTitle, NotFound
from survivor_vault.model.goals import Goal, GoalArea, GoalStatus, Step, StepEdit
from survivor_vault.model.permissions import Section
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection, set_columns, transaction
from survivor_vault.storage.permissions_repository import leave_out_of_permissions
from survivor_vault.storage.row_codecs import date_in, date_out, dt_in, dt_out, now, text

_GOAL_COLUMNS = "id, title, why, status, area, target_date, notes, archived, position, created, updated"
_EDITABLE = {"title", "why", "status", "area", "target_date", "notes", "archived", "position"}
_AT_ONCE = 500  # ids in one IN (…): well under SQLite's limit on bound values


def _title(value: str | None) -> str:
    cleaned = text(value)
    if not cleaned:
        raise MissingTitle()
    return cleaned


def _step_text(value: str | None) -> str:
    cleaned = text(value)
    if not cleaned:
        raise InvalidValue("A step needs a few words.")
    return cleaned


def _goal(row, steps: tuple[Step, ...]) -> Goal:
    id_, title, why, status, area, target, notes, archived, position, created, updated = row
    return Goal(id=id_, title=title, why=why, status=GoalStatus(status),
                area=GoalArea(area) if area else None, target_date=date_in(target), notes=notes,
                archived=bool(archived), position=position, created=dt_in(created),
                updated=dt_in(updated), steps=steps)


def _step(row) -> Step:
    id_, goal_id, position, step_text, done, due = row
    return Step(id_, goal_id, position, step_text, bool(done), date_in(due))


class GoalsRepository:
    def __init__(self, conn: Connection, activity: ActivityRepository):
        self._conn = conn
        self._activity = activity

    # --- reading -----------------------------------------------------------------
    def get(self, goal_id: int) -> Goal:
        row = self._conn.execute(f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id = ?", (goal_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _goal(row, self._steps_of(goal_id))

    def _steps_of(self, goal_id: int) -> tuple[Step, ...]:
        rows = self._conn.execute(
            "SELECT id, goal_id, position, text, done, due FROM steps WHERE goal_id = ? "
            "ORDER BY position, id", (goal_id,))
        return tuple(_step(r) for r in rows)

    def list(self, *, status: GoalStatus | Iterable[GoalStatus] | None = None, search: str = "",
             include_archived: bool = False) -> list[Goal]:
        """Goals in the survivor's order, optionally filtered by status and words."""
        where, args = [], []
        if not include_archived:
            where.append("archived = 0")
        if status is not None:
            wanted = [GoalStatus(status)] if isinstance(status, str) else [GoalStatus(s) for s in status]
            where.append(f"status IN ({','.join('?' * len(wanted))})")
            args += [str(s) for s in wanted]
        sql = f"SELECT {_GOAL_COLUMNS} FROM goals"
        if where:
            sql += " WHERE " + " AND ".join(where)
        goal_rows = self._conn.execute(sql + " ORDER BY position, id", args).fetchall()
        steps: dict[int, list[Step]] = {}
        for row in self._conn.execute(
                "SELECT id, goal_id, position, text, done, due FROM steps ORDER BY goal_id, position, id"):
            steps.setdefault(row[1], []).append(_step(row))
        goals = [_goal(r, tuple(steps.get(r[0], ()))) for r in goal_rows]
        words = search.casefold().split()
        if words:
            goals = [g for g in goals if all(w in _haystack(g) for w in words)]
        return goals

    def ids(self, *, status: GoalStatus | None = None, search: str = "", archived: bool = False) -> list[int]:
        """The goals `list` gives (only those put away, if `archived`), as ids in the same order: a long list is
        read whole a page at a time (`many`). A search reads each goal's words, not its steps as objects (a vault
        with 5,000 goals and 50,000 steps took ~170 ms to read whole, on every letter typed)."""
        where, args = "archived = ?", [int(archived)]
        if status is not None:
            where, args = where + " AND status = ?", [*args, str(GoalStatus(status))]
        words = search.casefold().split()
        if not words:
            return [r[0] for r in self._conn.execute(f"SELECT id FROM goals WHERE {where} ORDER BY position, id",
                                                     args)]
        rows = self._conn.execute(
            "SELECT id, title, why, notes, (SELECT group_concat(text, char(10)) FROM steps WHERE goal_id = goals.id) "
            f"FROM goals WHERE {where} ORDER BY position, id", args)
        found = []
        for goal_id, *parts in rows:
            haystack = "\n".join(p for p in parts if p).casefold()  # as _haystack: a word never spans two parts
            if all(w in haystack for w in words):
                found.append(goal_id)
        return found

    def many(self, goal_ids: Sequence[int]) -> list[Goal]:
        """These goals whole, with their steps, in the order given (one gone meanwhile is left out)."""
        found: dict[int, Goal] = {}
        for start in range(0, len(goal_ids), _AT_ONCE):
            part = list(goal_ids[start:start + _AT_ONCE])
            marks = ",".join("?" * len(part))
            steps: dict[int, list[Step]] = {}
            for row in self._conn.execute("SELECT id, goal_id, position, text, done, due FROM steps "
                                          f"WHERE goal_id IN ({marks}) ORDER BY goal_id, position, id", part):
                steps.setdefault(row[1], []).append(_step(row))
            for row in self._conn.execute(f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id IN ({marks})", part):
                found[row[0]] = _goal(row, tuple(steps.get(row[0], ())))
        return [found[i] for i in goal_ids if i in found]

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM goals").fetchone()[0]

    def counts_by_status(self) -> dict[GoalStatus, int]:
        """How many goals (not put away) have each status."""
        counts = {status: 0 for status in GoalStatus}
        for status, number in self._conn.execute(
                "SELECT status, count(*) FROM goals WHERE archived = 0 GROUP BY status"):
            counts[GoalStatus(status)] = number
        return counts

    def soonest(self, status: GoalStatus, limit: int) -> list[Goal]:
        """Up to `limit` goals (not put away) with `status`: the nearest hoped-for date first, then those
        without a date in the survivor's own order. Reads only their steps (for the first page)."""
        rows = self._conn.execute(
            f"SELECT {_GOAL_COLUMNS} FROM goals WHERE archived = 0 AND status = ? "
            "ORDER BY target_date IS NULL, target_date, position, id LIMIT ?", (str(status), limit)).fetchall()
        return [_goal(r, self._steps_of(r[0])) for r in rows]

    # --- writing -----------------------------------------------------------------
    def add(self, title: str, *, why: str = "", status: GoalStatus = GoalStatus.ACTIVE,
            area: GoalArea | None = None, target_date: date | None = None, notes: str = "",
            steps: Iterable[str] = ()) -> Goal:
        stamp = dt_out(now())
        with transaction(self._conn):
            position = self._conn.execute("SELECT coalesce(max(position), -1) + 1 FROM goals").fetchone()[0]
            cur = self._conn.execute(
                "INSERT INTO goals (title, why, status, area, target_date, notes, position, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_title(title), text(why), str(GoalStatus(status)), str(GoalArea(area)) if area else None,
                 date_out(target_date), text(notes), position, stamp, stamp))
            goal_id = cur.lastrowid
            for index, step_text in enumerate(steps):
                self._conn.execute("INSERT INTO steps (goal_id, position, text) VALUES (?, ?, ?)",
                                   (goal_id, index, _step_text(step_text)))
            self._activity.record(ActivityKind.GOAL_ADDED, goal_id)
        return self.get(goal_id)

    def update(self, goal_id: int, **changes) -> Goal:
        """Change any of: title, why, status, area, target_date, notes, archived, position."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise TypeError(f"cannot change {sorted(unknown)}")
        values = {}
        for name, value in changes.items():
            if name == "title":
                value = _title(value)
            elif name in ("why", "notes"):
                value = text(value)
            elif name == "status":
                value = str(GoalStatus(value))
            elif name == "area":
                value = str(GoalArea(value)) if value else None
            elif name == "target_date":
                value = date_out(value)
            elif name == "archived":
                value = int(bool(value))
            values[name] = value
        with transaction(self._conn):
            self._require(goal_id)
            set_columns(self._conn, "goals", goal_id, values)
            self._activity.record(ActivityKind.GOAL_CHANGED, goal_id)
        return self.get(goal_id)

    def save_goal(self, goal_id: int | None, title: str, steps: Iterable[StepEdit], *, why: str = "",
                  status: GoalStatus = GoalStatus.ACTIVE, area: GoalArea | None = None,
                  target_date: date | None = None, notes: str = "") -> Goal:
        """Save a goal as edited — its fields and its steps (kept, changed, new, removed, in this order) —
        in one transaction: a failure anywhere leaves the goal exactly as it was. `goal_id` None adds it."""
        steps = [StepEdit(s.id, _step_text(s.text), bool(s.done), s.due) for s in steps]
        row = (_title(title), text(why), str(GoalStatus(status)), str(GoalArea(area)) if area else None,
               date_out(target_date), text(notes))
        stamp = dt_out(now())
        with transaction(self._conn):
            if goal_id is None:
                position = self._conn.execute("SELECT coalesce(max(position), -1) + 1 FROM goals").fetchone()[0]
                goal_id = self._conn.execute(
                    "INSERT INTO goals (title, why, status, area, target_date, notes, position, created, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (*row, position, stamp, stamp)).lastrowid
                self._activity.record(ActivityKind.GOAL_ADDED, goal_id)
            else:
                self._require(goal_id)
                self._conn.execute("UPDATE goals SET title = ?, why = ?, status = ?, area = ?, target_date = ?, "
                                   "notes = ?, updated = ? WHERE id = ?", (*row, stamp, goal_id))
                self._activity.record(ActivityKind.GOAL_CHANGED, goal_id)
            self._save_steps(goal_id, steps)
        return self.get(goal_id)

    def _save_steps(self, goal_id: int, steps: list[StepEdit]) -> None:
        """Inside save_goal's transaction: the goal's steps become exactly `steps`, in order."""
        existing = {sid for (sid,) in self._conn.execute("SELECT id FROM steps WHERE goal_id = ?", (goal_id,))}
        kept = {s.id for s in steps if s.id is not None}
        if not kept <= existing:
            raise InvalidValue("A step belongs to another goal.")
        for gone in existing - kept:
            self._conn.execute("DELETE FROM steps WHERE id = ?", (gone,))
        for position, step in enumerate(steps):
            values = (position, step.text, int(step.done), date_out(step.due))
            if step.id is None:
                self._conn.execute("INSERT INTO steps (goal_id, position, text, done, due) VALUES (?, ?, ?, ?, ?)",
                                   (goal_id, *values))
            else:
                self._conn.execute("UPDATE steps SET position = ?, text = ?, done = ?, due = ? WHERE id = ?",
                                   (*values, step.id))

    def set_archived(self, goal_id: int, archived: bool = True) -> Goal:
        return self.update(goal_id, archived=archived)

    def delete(self, goal_id: int) -> None:
        with transaction(self._conn):
            self._require(goal_id)
            self._conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,))
            leave_out_of_permissions(self._conn, Section.GOALS, [goal_id])
            self._activity.record(ActivityKind.GOAL_DELETED, goal_id)

    def reorder(self, goal_ids: list[int]) -> None:
        """Put goals in this order (ids not listed keep their place after these)."""
        with transaction(self._conn):
            for position, goal_id in enumerate(goal_ids):
                self._conn.execute("UPDATE goals SET position = ? WHERE id = ?", (position, goal_id))

    # --- steps -------------------------------------------------------------------
    def add_step(self, goal_id: int, step_text: str, due: date | None = None) -> Step:
        with transaction(self._conn):
            self._require(goal_id)
            position = self._conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM steps WHERE goal_id = ?", (goal_id,)).fetchone()[0]
            cur = self._conn.execute("INSERT INTO steps (goal_id, position, text, due) VALUES (?, ?, ?, ?)",
                                     (goal_id, position, _step_text(step_text), date_out(due)))
            self._touch(goal_id)
        return self._step(cur.lastrowid)

    def update_step(self, step_id: int, *, text: str | None = None, done: bool | None = None,
                    due: date | type(...) | None = ...) -> Step:
        step = self._step(step_id)
        new_text = _step_text(text) if text is not None else step.text
        new_done = step.done if done is None else bool(done)
        new_due = step.due if due is ... else due
        with transaction(self._conn):
            self._conn.execute("UPDATE steps SET text = ?, done = ?, due = ? WHERE id = ?",
                               (new_text, int(new_done), date_out(new_due), step_id))
            self._touch(step.goal_id)
        return self._step(step_id)

    def delete_step(self, step_id: int) -> None:
        step = self._step(step_id)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM steps WHERE id = ?", (step_id,))
            self._touch(step.goal_id)

    def move_step(self, step_id: int, new_index: int) -> tuple[Step, ...]:
        """Move a step to `new_index` in its goal's list; returns the new order."""
        step = self._step(step_id)
        ids = [s.id for s in self._steps_of(step.goal_id)]
        ids.remove(step_id)
        ids.insert(max(0, min(new_index, len(ids))), step_id)
        return self.reorder_steps(step.goal_id, ids)

    def reorder_steps(self, goal_id: int, step_ids: list[int]) -> tuple[Step, ...]:
        current = {s.id for s in self._steps_of(goal_id)}
        if set(step_ids) != current or len(step_ids) != len(current):
            raise InvalidValue("The steps to reorder do not match this goal's steps.")
        with transaction(self._conn):
            for position, sid in enumerate(step_ids):
                self._conn.execute("UPDATE steps SET position = ? WHERE id = ?", (position, sid))
            self._touch(goal_id)
        return self._steps_of(goal_id)

    # --- internals ---------------------------------------------------------------
    def _step(self, step_id: int) -> Step:
        row = self._conn.execute("SELECT id, goal_id, position, text, done, due FROM steps WHERE id = ?",
                                 (step_id,)).fetchone()
        if row is None:
            raise NotFound()
        return _step(row)

    def _require(self, goal_id: int) -> None:
        if self._conn.execute("SELECT 1 FROM goals WHERE id = ?", (goal_id,)).fetchone() is None:
            raise NotFound()

    def _touch(self, goal_id: int) -> None:
        self._conn.execute("UPDATE goals SET updated = ? WHERE id = ?", (dt_out(now()), goal_id))
        self._activity.record(ActivityKind.GOAL_CHANGED, goal_id)


def _haystack(goal: Goal) -> str:
    parts = [goal.title, goal.why, goal.notes, *(s.text for s in goal.steps)]
    return "\n".join(parts).casefold()

