"""The plan at a glance, for the first page after unlock: goals under way and their next step, the survivor's
service choices, who holds a packet now, the last packet, and whether a backup is due. It only reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from survivor_vault.core.backup_reminder import backup_due
from survivor_vault.core.reminders import due_reminders
from survivor_vault.model.dates import DatedItem, Reminder
from survivor_vault.model.goals import Goal, GoalStatus
from survivor_vault.model.services import Choice, ServiceKind
from survivor_vault.model.sharing_history import SharingRecord

GOALS_SHOWN = 3
PACKETS_SHOWN = 4
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
    open_packets: tuple[SharingRecord, ...]  # a few packets not withdrawn and not past their end date, newest first
    open_count: int  # how many there are in all
    last_packet: SharingRecord | None
    last_backup: datetime | None
    backup_due: bool
    reminders: tuple[Reminder, ...] = ()  # due today, soonest first (core/reminders.py)
    next_date: DatedItem | None = None  # the next date of the survivor's own not done yet, today or later
    papers: int = 0  # how many papers the vault keeps


def _goal_glance(goal: Goal) -> GoalGlance:
    next_step = next((s.text for s in goal.steps if not s.done), "")
    return GoalGlance(goal.id, goal.title, goal.steps_done, len(goal.steps), next_step, goal.target_date)


def _goals(vault) -> tuple[tuple[GoalGlance, ...], int, int]:
    """A few goals under way (the nearest hoped-for date first; goals without one keep the survivor's own
    order after them), how many are under way, how many are done. Only the goals shown are read whole: a
    ten-year vault's 500 goals and 5,000 steps took 40 ms to read, on the page that opens first."""
    counts = vault.goals.counts_by_status()
    soonest = vault.goals.soonest(GoalStatus.ACTIVE, GOALS_SHOWN)
    return tuple(_goal_glance(g) for g in soonest), counts[GoalStatus.ACTIVE], counts[GoalStatus.DONE]


def _services(vault) -> tuple[dict[Choice, int], dict[Choice, tuple[ServiceKind, ...]]]:
    """How many services carry each choice, and a few kinds for each (one kind once, however many providers)."""
    counts, kind_ids = vault.services.choice_summary()
    kinds = {kind.id: kind for kind in vault.services.kinds()}
    named = {choice: tuple(kinds[k] for k in ids[:KINDS_SHOWN] if k in kinds) for choice, ids in kind_ids.items()}
    return counts, named


def plan_glance(vault, backup_weeks: int, today: date | None = None) -> PlanGlance:
    """What the survivor's plan looks like today, read from the open vault."""
    today = today or date.today()
    goals, under_way, done = _goals(vault)
    counts, kinds = _services(vault)
    latest = vault.history.list(limit=1)
    items = vault.dates.list(include_done=False)
    return PlanGlance(
        goals=goals, goals_under_way=under_way, goals_done=done, choices=counts, using=kinds[Choice.USING],
        wanted=kinds[Choice.INTERESTED], open_packets=tuple(vault.history.still_open(today, PACKETS_SHOWN)),
        open_count=vault.history.count_still_open(today),
        last_packet=latest[0] if latest else None, last_backup=vault.last_backup,
        backup_due=backup_due(vault, backup_weeks, today),
        reminders=tuple(due_reminders(items, vault.papers.with_reminders(), today)),
        next_date=next((i for i in items if i.day >= today), None), papers=vault.papers.count(),
    )
