"""Share permissions: per person, what may go into a packet. Default: nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Section(StrEnum):
    GOALS = "goals"
    SERVICES = "services"
    ABOUT_ME = "about_me"
    PAPERS = "papers"


@dataclass(frozen=True, order=True)
class ItemRef:
    """One item inside a section: a goal, service-choice or paper id, or an about-me field name."""

    section: Section
    key: str


@dataclass(frozen=True)
class SharePermission:
    id: int
    person_id: int
    items: frozenset[ItemRef] = field(default_factory=frozenset)
    include_notes: bool = False
    include_feedback: bool = False
    purpose: str = ""
    end_date: date | None = None
    revoked_at: datetime | None = None
    created: datetime | None = None
    updated: datetime | None = None

    @property
    def sections(self) -> frozenset[Section]:
        return frozenset(ref.section for ref in self.items)

    @property
    def active(self) -> bool:
        return self.revoked_at is None
