"""Goals and their steps: the survivor's own plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class GoalStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    DONE = "done"
    LET_GO = "let_go"


class GoalArea(StrEnum):
    HOUSING = "housing"
    HEALTH = "health"
    WORK = "work"
    LEARNING = "learning"
    MONEY = "money"
    FAMILY = "family"
    SAFETY = "safety"
    LEGAL = "legal"
    WELLBEING = "wellbeing"
    LEADERSHIP = "leadership"  # leadership & helping others
    OTHER = "other"


@dataclass(frozen=True)
class Step:
    id: int
    goal_id: int
    position: int
    text: str
    done: bool = False
    due: date | None = None


@dataclass(frozen=True)
class StepEdit:
    """A step as the survivor left it in the editor: `id` None for a new one. Saved with its goal, in order."""

    id: int | None
    text: str
    done: bool = False
    due: date | None = None


@dataclass(frozen=True)
class Goal:
    id: int
    title: str
    why: str = ""
    status: GoalStatus = GoalStatus.ACTIVE
    area: GoalArea | None = None
    target_date: date | None = None
    notes: str = ""
    archived: bool = False
    position: int = 0
    created: datetime | None = None
    updated: datetime | None = None
    steps: tuple[Step, ...] = field(default=())

    @property
    def steps_done(self) -> int:
        return sum(1 for s in self.steps if s.done)

    @property
    def progress(self) -> float:
        """Share of steps done, 0.0–1.0 (a goal marked done counts as 1.0)."""
        if self.status == GoalStatus.DONE:
            return 1.0
        if not self.steps:
            return 0.0
        return self.steps_done / len(self.steps)
