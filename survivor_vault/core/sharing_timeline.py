"""What the sharing timeline draws: the latest packets as bars, from the day each was made to its end date
(or the day consent was withdrawn), on one time line that includes today. It decides; the widget paints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from survivor_vault.model.sharing_history import SharingRecord

MOST_BARS = 8


class BarState(StrEnum):
    OPEN = "open"  # they may still use it
    ENDED = "ended"  # its end date has passed
    WITHDRAWN = "withdrawn"  # the survivor withdrew consent


@dataclass(frozen=True)
class Bar:
    record_id: int
    recipient: str
    start: date
    end: date  # the end date, the day of withdrawal, or the line's right edge when it has no end date
    state: BarState
    no_end_date: bool


@dataclass(frozen=True)
class Timeline:
    start: date
    end: date
    today: date
    bars: tuple[Bar, ...]  # newest first, as in the history

    def fraction(self, day: date) -> float:
        """Where `day` falls on the line, 0.0 (start) to 1.0 (end)."""
        span = max(1, (self.end - self.start).days)
        return min(1.0, max(0.0, (day - self.start).days / span))


def packet_state(record: SharingRecord, today: date) -> BarState:
    """Whether they may still use a packet, it has ended, or consent was withdrawn (the bar and the card)."""
    if record.withdrawn:
        return BarState.WITHDRAWN
    if record.end_date is not None and record.end_date < today:
        return BarState.ENDED
    return BarState.OPEN


def _bar(record: SharingRecord, today: date, right_edge: date) -> Bar:
    start = record.made_at.astimezone().date()
    state = packet_state(record, today)
    if state is BarState.WITHDRAWN:
        end = record.withdrawn_at.astimezone().date()
    elif state is BarState.ENDED:
        end = record.end_date
    else:
        end = record.end_date or right_edge
    return Bar(record.id, record.recipient_name, start, max(start, end), state, record.end_date is None)


def sharing_timeline(records: list[SharingRecord], today: date, most: int = MOST_BARS) -> Timeline | None:
    """The latest `most` packets on one line; None when there is nothing to draw."""
    latest = records[:most]
    if not latest:
        return None
    starts = [r.made_at.astimezone().date() for r in latest]
    ends = [d for r in latest for d in (r.end_date, r.withdrawn_at.astimezone().date() if r.withdrawn else None)
            if d is not None]
    start = min([*starts, today])
    end = max([*ends, today])
    end = max(end, start + timedelta(days=14))  # a line of at least two weeks, so a bar is never a dot
    end += timedelta(days=max(1, (end - start).days // 10))  # room after the last end, for "no end date"
    return Timeline(start, end, today, tuple(_bar(r, today, end) for r in latest))
