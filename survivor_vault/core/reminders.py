"""Which reminders are due today: a decision on calendar days, with no clock and no time zone in it.

A reminder is due from `remind_days` days before its day, and stays due after the day has passed until the item is
marked done (a hearing missed, or a paper that has run out, is not forgotten by the app). A paper's reminder is for
the day it runs out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from survivor_vault.model.dates import DatedItem, DateKind, Reminder
from survivor_vault.model.papers import Paper


def due_reminders(items: Iterable[DatedItem], papers: Iterable[Paper], today: date) -> list[Reminder]:
    """Every reminder due on `today` (the survivor's own calendar day): the days still to come first, soonest
    first, then the days that have passed, the most recent first (papers that ran out years ago had filled the
    list and pushed a hearing tomorrow out of sight: found by an attack)."""
    due: list[Reminder] = []
    for item in items:
        if item.remind_days is not None and not item.done and today >= item.day - timedelta(days=item.remind_days):
            due.append(Reminder(item.title, item.kind, item.day, (item.day - today).days, dated_item_id=item.id,
                                paper_id=item.paper_id))
    for paper in papers:
        if (paper.expires is not None and paper.remind_days is not None
                and today >= paper.expires - timedelta(days=paper.remind_days)):
            due.append(Reminder(paper.title, DateKind.EXPIRY, paper.expires, (paper.expires - today).days,
                                paper_id=paper.id))
    coming = sorted((r for r in due if r.days_left >= 0), key=lambda r: (r.day, r.title))
    passed = sorted((r for r in due if r.days_left < 0), key=lambda r: (-r.days_left, r.title))
    return coming + passed


def first_reminder_day(items: Iterable[DatedItem], papers: Iterable[Paper]) -> date | None:
    """The first calendar day on which any reminder is due (it may be in the past), or None when none is set.
    Kept in memory only, for the opt-in notification while the vault is locked."""
    days = [item.day - timedelta(days=item.remind_days) for item in items
            if item.remind_days is not None and not item.done]
    days += [paper.expires - timedelta(days=paper.remind_days) for paper in papers
             if paper.expires is not None and paper.remind_days is not None]
    return min(days, default=None)
