"""Which reminders are due: calendar days only, so a year's end or a move to another time zone changes nothing."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from survivor_vault.core.reminders import due_reminders
from survivor_vault.model.dates import DatedItem, DateKind
from survivor_vault.model.papers import Paper


def _item(day: date, remind: int | None, *, done: bool = False, title: str = "Hearing") -> DatedItem:
    return DatedItem(1, title, DateKind.HEARING, day, remind, done=done)


def _paper(expires: date | None, remind: int | None) -> Paper:
    return Paper(7, "Passport", "id", "passport.jpg", "image/jpeg", 10, "0" * 64, expires=expires, remind_days=remind)


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)), remind=st.integers(0, 366),
       offset=st.integers(-400, 400))
def test_a_reminder_is_due_from_n_days_before_until_it_is_done(day, remind, offset):
    today = day + timedelta(days=offset)
    due = due_reminders([_item(day, remind)], [], today)
    assert bool(due) == (offset >= -remind)  # from `remind` days before, and after the day until marked done
    if due:
        assert due[0].days_left == -offset
    assert not due_reminders([_item(day, remind, done=True)], [], today)
    assert not due_reminders([_item(day, None)], [], today)  # no reminder asked for, none given


def test_across_the_end_of_a_year_and_a_leap_day():
    hearing = _item(date(2027, 1, 3), 7)
    assert not due_reminders([hearing], [], date(2026, 12, 26))
    assert due_reminders([hearing], [], date(2026, 12, 27))[0].days_left == 7
    leap = _item(date(2028, 3, 1), 1)
    assert due_reminders([leap], [], date(2028, 2, 29))[0].days_left == 1


def test_a_paper_reminds_of_the_day_it_runs_out_and_stays_once_it_has():
    passport = _paper(date(2027, 6, 30), 90)
    assert not due_reminders([], [passport], date(2027, 3, 31))
    assert due_reminders([], [passport], date(2027, 4, 1))[0].kind is DateKind.EXPIRY
    assert due_reminders([], [passport], date(2027, 8, 1))[0].days_left < 0  # run out: still said
    assert not due_reminders([], [_paper(None, 30)], date(2027, 8, 1))


def test_soonest_first_and_days_that_passed_after_them_the_most_recent_first():
    later, sooner = _item(date(2027, 5, 9), 30, title="Renewal"), _item(date(2027, 5, 2), 30, title="Hearing")
    long_ago = _item(date(2019, 5, 1), 30, title="Old permit")
    last_week = _item(date(2027, 4, 24), 30, title="Appointment")
    due = due_reminders([long_ago, later, last_week, sooner], [], date(2027, 5, 1))
    assert [r.title for r in due] == ["Hearing", "Renewal", "Appointment", "Old permit"]


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time zones are switched with tzset")
def test_a_date_stored_is_the_same_day_in_every_time_zone(vault, monkeypatch):
    item = vault.dates.add("Court hearing", date(2027, 1, 3), kind=DateKind.HEARING, remind=7)
    try:
        for zone in ("Pacific/Kiritimati", "America/Adak", "UTC"):  # +14 and -10: a day apart
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            assert vault.dates.get(item.id).day == date(2027, 1, 3)
    finally:
        monkeypatch.delenv("TZ", raising=False)
        time.tzset()
    assert os.environ.get("TZ") is None
