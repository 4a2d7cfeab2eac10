"""My dates: hearings, appointments, renewals, and the day each paper runs out, with an optional reminder.

A date is a calendar day (no time, no time zone). Reminders are shown inside the app after unlock, never as a
notification from the operating system (a notification on a shared screen is a leak).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class DateKind(StrEnum):
    HEARING = "hearing"
    APPOINTMENT = "appointment"
    RENEWAL = "renewal"
    EXPIRY = "expiry"  # the day a paper runs out (the paper's own date, not a dated item)
    OTHER = "other"


@dataclass(frozen=True)
class DatedItem:
    id: int
    title: str
    kind: DateKind
    day: date
    remind_days: int | None = None  # remind this many days before; None: no reminder
    paper_id: int | None = None  # the paper it belongs to, if any
    notes: str = ""
    done: bool = False
    added: datetime | None = None
    updated: datetime | None = None


@dataclass(frozen=True)
class Reminder:
    title: str
    kind: DateKind
    day: date
    days_left: int  # 0 today, negative when the day has passed
    dated_item_id: int | None = None
    paper_id: int | None = None
