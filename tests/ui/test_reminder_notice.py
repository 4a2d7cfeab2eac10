"""The opt-in notification: off by default; on, it says only "You have a reminder", once a day, while locked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from survivor_vault.core.reminders import first_reminder_day
from survivor_vault.model.dates import DatedItem, DateKind
from survivor_vault.ui.reminder_notice import ReminderNotice
from tests.ui.helpers import preferences


def test_nothing_is_posted_unless_the_survivor_turned_it_on(qtbot, tmp_path, vault):
    window = QWidget()
    qtbot.addWidget(window)
    posted = []
    notice = ReminderNotice(preferences(tmp_path), window, post=lambda *said: posted.append(said))
    vault.dates.add("Hearing at the family court", date.today(), kind="hearing", remind=3)
    notice.note(vault)
    assert notice.check() is False and posted == []


def test_when_on_it_says_only_you_have_a_reminder_once_a_day_from_the_day_it_is_due(qtbot, tmp_path, vault):
    prefs = preferences(tmp_path)
    prefs.reminder_notifications = True
    window = QWidget()
    window.setWindowTitle("Survivor Vault")  # not discreet: the name must not show either
    qtbot.addWidget(window)
    posted = []
    notice = ReminderNotice(prefs, window, post=lambda *said: posted.append(said))
    today = date.today()
    vault.dates.add("Hearing at the family court", today + timedelta(days=4), kind="hearing", remind=3)
    notice.note(vault)  # as at lock
    vault.lock()
    assert notice.check(today) is False  # due from tomorrow
    assert notice.check(today + timedelta(days=1)) is True
    assert notice.check(today + timedelta(days=1)) is False  # once a day
    assert notice.check(today + timedelta(days=2)) is True
    assert posted == [("", "You have a reminder")] * 2  # never what, when, for whom, or the app's name


def test_what_was_seen_at_unlock_is_not_told_again_that_day(qtbot, tmp_path, vault):
    prefs = preferences(tmp_path)
    prefs.reminder_notifications = True
    window = QWidget()
    qtbot.addWidget(window)
    posted = []
    notice = ReminderNotice(prefs, window, post=lambda *said: posted.append(said))
    vault.dates.add("Renew my permit", date.today(), kind="renewal", remind=0)
    notice.note(vault, seen_now=True)
    assert notice.check() is False
    assert notice.check(date.today() + timedelta(days=1)) is True
    notice.forget()  # erased: nothing kept, not even a day
    assert notice.check(date.today() + timedelta(days=2)) is False


def test_the_first_reminder_day_is_the_earliest_and_ignores_what_is_done():
    today = date(2027, 1, 10)
    items = [DatedItem(1, "a", DateKind.HEARING, today + timedelta(days=10), remind_days=2),
             DatedItem(2, "b", DateKind.RENEWAL, today + timedelta(days=3), remind_days=1, done=True),
             DatedItem(3, "c", DateKind.OTHER, today + timedelta(days=1))]  # no reminder
    assert first_reminder_day(items, []) == today + timedelta(days=8)
    assert first_reminder_day([items[1], items[2]], []) is None
