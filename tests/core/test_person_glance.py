"""What the card beside the people list says about one person (core/person_glance), without widgets."""

from datetime import UTC, date, datetime, timedelta

from survivor_vault.core.person_glance import person_glance
from survivor_vault.model.permissions import ItemRef, Section

TODAY = date(2026, 11, 28)


def _packet(vault, person, *, end_in_days, withdraw=False):
    record = vault.history.add(recipient_name=person.name, purpose="p", packet_id=f"{person.id}-{end_in_days}",
                               packet_sha256="0" * 64, items=[], person_id=person.id,
                               end_date=TODAY + timedelta(days=end_in_days),
                               made_at=datetime(2026, 11, 1, tzinfo=UTC))
    if withdraw:
        vault.history.withdraw(record.id)


def test_what_they_may_see_and_what_they_hold_now(vault):
    ana = vault.people.add("Ana")
    sam = vault.people.add("Sam")
    goal = vault.goals.add("A flat")
    vault.permissions.save(ana.id, [ItemRef(Section.GOALS, str(goal.id)), ItemRef(Section.ABOUT_ME, "pronouns"),
                                    ItemRef(Section.ABOUT_ME, "languages")], end_date=TODAY + timedelta(days=30))
    _packet(vault, ana, end_in_days=10)
    _packet(vault, ana, end_in_days=-1)  # ended yesterday
    _packet(vault, ana, end_in_days=40, withdraw=True)
    _packet(vault, sam, end_in_days=5)  # someone else's
    glance = person_glance(vault, ana.id, TODAY)
    assert glance.may_see == {Section.GOALS: 1, Section.ABOUT_ME: 2}
    assert glance.may_see_until == TODAY + timedelta(days=30)
    assert [r.end_date for r in glance.holds] == [TODAY + timedelta(days=10)]
    assert glance.packets_made == 3


def test_someone_new_sees_nothing_and_holds_nothing(vault):
    jo = vault.people.add("Jo")
    glance = person_glance(vault, jo.id, TODAY)
    assert glance.may_see == {} and glance.may_see_until is None and glance.holds == () and glance.packets_made == 0
