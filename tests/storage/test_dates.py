"""My dates in storage: a calendar day each, a reminder in days, tied to a paper or not."""

from __future__ import annotations

from datetime import date

import pytest

from survivor_vault.model.dates import DateKind
from survivor_vault.model.errors import InvalidValue, NotFound


def test_a_date_is_kept_changed_marked_done_and_deleted(vault):
    item = vault.dates.add("Immigration appointment", date(2027, 2, 14), kind=DateKind.APPOINTMENT, remind=3)
    assert (item.title, item.kind, item.day, item.remind_days, item.done) == (
        "Immigration appointment", DateKind.APPOINTMENT, date(2027, 2, 14), 3, False)
    vault.dates.add("Renew benefits", date(2027, 1, 9), kind="renewal")
    assert [i.title for i in vault.dates.list()] == ["Renew benefits", "Immigration appointment"]  # soonest first
    changed = vault.dates.update(item.id, remind=None, done=True)
    assert changed.remind_days is None and changed.done
    assert [i.title for i in vault.dates.list(include_done=False)] == ["Renew benefits"]
    vault.dates.delete(item.id)
    with pytest.raises(NotFound):
        vault.dates.get(item.id)


@pytest.mark.parametrize("remind", [-1, 367, True, 2.5])
def test_a_reminder_is_a_whole_number_of_days_within_a_year(vault, remind):
    with pytest.raises(InvalidValue):
        vault.dates.add("Hearing", date(2027, 1, 1), remind=remind)
    assert not vault.dates.list()


def test_a_date_needs_words_and_a_paper_keeps_its_own_expiry(vault):
    with pytest.raises(InvalidValue):
        vault.dates.add("   ", date(2027, 1, 1))
    with pytest.raises(InvalidValue):
        vault.dates.add("Passport runs out", date(2027, 1, 1), kind=DateKind.EXPIRY)


def test_a_date_tied_to_a_paper_stays_when_the_paper_is_deleted(vault, tmp_path):
    """A hearing is not over because its paper was deleted: it stays, no longer tied to a paper."""
    (tmp_path / "order.pdf").write_bytes(b"%PDF-1.4 protection order")
    paper = vault.papers.add_from_file(tmp_path / "order.pdf", kind="court")
    vault.dates.add("Hearing about the order", date(2027, 3, 1), kind=DateKind.HEARING, paper_id=paper.id)
    vault.papers.delete(paper.id)
    [hearing] = vault.dates.list()
    assert hearing.title == "Hearing about the order" and hearing.paper_id is None
