"""The plan at a glance, for the first page after unlock: goals under way and their next step, the survivor's
service choices, who holds a packet now, the last packet, and whether a backup is due. It only reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from survivor_vault.core.backup_reminder import backup_due
from survivor_vault.model.goals import Goal, GoalStatus
from survivor_vault.model.services import Choice, ServiceKind
from survivor_vault.model.sharing_history import SharingRecord

GOALS_SHOWN = 3
KINDS_SHOWN = 3


@dataclass(frozen=True)
class GoalGlance:
    id: int
    title: str
    steps_done: int
    steps: int
    next_step: str  # the first step not done yet ("" when there is none)
    target_date: date | None


@dataclass(frozen=True)
class PlanGlance:
    goals: tuple[GoalGlance, ...]  # a few of the goals under way: the nearest hoped-for date first
    goals_under_way: int
    goals_done: int
    choices: dict[Choice, int]  # how many services the survivor marked with each choice
    using: tuple[ServiceKind, ...]  # a few kinds of service in use now
    wanted: tuple[ServiceKind, ...]  # a few the survivor wants
    open_packets: tuple[SharingRecord, ...]  # packets not withdrawn and not past their end date, newest first
    last_packet: SharingRecord | None
    last_backup: datetime | None
    backup_due: bool


def _goal_glance(goal: Goal) -> GoalGlance:
    next_step = next((s.text for s in goal.steps if not s.done), "")
    return GoalGlance(goal.id, goal.title, goal.steps_done, len(goal.steps), next_step, goal.target_date)


def _still_open(record: SharingRecord, today: date) -> bool:
    return not record.withdrawn and (record.end_date is None or record.end_date >= today)


def _goals(vault) -> tuple[tuple[GoalGlance, ...], int, int]:
    """A few goals under way (the nearest hoped-for date first; goals without one keep the survivor's own
    order after them), how many are under way, how many are done."""
    goals = vault.goals.list(status=(GoalStatus.ACTIVE, GoalStatus.DONE))
    under_way = [g for g in goals if g.status == GoalStatus.ACTIVE]
    soonest = sorted(under_way, key=lambda g: (g.target_date is None, g.target_date or date.max))
    return tuple(_goal_glance(g) for g in soonest[:GOALS_SHOWN]), len(under_way), len(goals) - len(under_way)


def _services(vault) -> tuple[dict[Choice, int], dict[Choice, tuple[ServiceKind, ...]]]:
    """How many services carry each choice, and a few kinds for each (one kind once, however many providers)."""
    counts = {choice: 0 for choice in Choice}
    kind_ids: dict[Choice, list[int]] = {choice: [] for choice in Choice}
    for entry in vault.services.choices():
        counts[entry.choice] += 1
        if entry.kind_id not in kind_ids[entry.choice]:
            kind_ids[entry.choice].append(entry.kind_id)
    kinds = {kind.id: kind for kind in vault.services.kinds()}
    named = {choice: tuple(kinds[k] for k in ids[:KINDS_SHOWN] if k in kinds) for choice, ids in kind_ids.items()}
    return counts, named


def plan_glance(vault, backup_weeks: int, today: date | None = None) -> PlanGlance:
    """What the survivor's plan looks like today, read from the open vault."""
    today = today or date.today()
    goals, under_way, done = _goals(vault)
    counts, kinds = _services(vault)
    history = vault.history.list()
    return PlanGlance(
        goals=goals, goals_under_way=under_way, goals_done=done, choices=counts, using=kinds[Choice.USING],
        wanted=kinds[Choice.INTERESTED], open_packets=tuple(r for r in history if _still_open(r, today)),
        last_packet=history[0] if history else None, last_backup=vault.last_backup,
        backup_due=backup_due(vault, backup_weeks, today),
    )
