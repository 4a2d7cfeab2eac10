"""What the 'My plan' page shows is decided from the vault alone (core/plan_glance), tested without widgets."""

from datetime import UTC, date, datetime, timedelta

from survivor_vault.core.plan_glance import GOALS_SHOWN, PACKETS_SHOWN, plan_glance
from survivor_vault.model.goals import GoalStatus
from survivor_vault.model.services import Choice

TODAY = date(2026, 11, 28)


def _record(vault, name, *, made_days_ago, end_in_days, withdraw=False):
    made = datetime(2026, 11, 28, 9, tzinfo=UTC) - timedelta(days=made_days_ago)
    end = None if end_in_days is None else TODAY + timedelta(days=end_in_days)
    record = vault.history.add(recipient_name=name, purpose="p", packet_id=name, packet_sha256="0" * 64, items=[],
                               end_date=end, made_at=made)
    if withdraw:
        vault.history.withdraw(record.id)
    return record


def test_goals_under_way_come_nearest_date_first_with_their_next_step(vault):
    later = vault.goals.add("Later", target_date=TODAY + timedelta(days=90), steps=["a", "b"])
    vault.goals.update_step(later.steps[0].id, done=True)
    vault.goals.add("No date", steps=["first"])
    vault.goals.add("Soon", target_date=TODAY + timedelta(days=3))
    vault.goals.add("Sooner", target_date=TODAY + timedelta(days=1))
    paused = vault.goals.add("Paused one", target_date=TODAY)
    vault.goals.update(paused.id, status=GoalStatus.PAUSED)
    done = vault.goals.add("Done one")
    vault.goals.update(done.id, status=GoalStatus.DONE)
    glance = plan_glance(vault, 4, TODAY)
    assert [g.title for g in glance.goals] == ["Sooner", "Soon", "Later"][:GOALS_SHOWN]
    assert glance.goals_under_way == 4 and glance.goals_done == 1  # the paused goal is neither
    later_glance = glance.goals[2]
    assert (later_glance.steps_done, later_glance.steps, later_glance.next_step) == (1, 2, "b")
    assert glance.goals[0].next_step == ""


def test_service_choices_are_counted_and_named(vault):
    kinds = {k.key: k for k in vault.services.kinds()}
    vault.services.add_choice(kinds["housing"].id, Choice.USING)
    vault.services.add_choice(kinds["housing"].id, Choice.USING, provider="a second provider")
    vault.services.add_choice(kinds["legal"].id, Choice.INTERESTED)
    vault.services.add_choice(kinds["medical"].id, Choice.DECLINED)
    glance = plan_glance(vault, 4, TODAY)
    assert glance.choices[Choice.USING] == 2 and glance.choices[Choice.DECLINED] == 1
    assert [k.key for k in glance.using] == ["housing"]  # one kind, though two providers
    assert [k.key for k in glance.wanted] == ["legal"]


def test_only_packets_still_open_count_as_held(vault):
    _record(vault, "ended", made_days_ago=60, end_in_days=-1)
    _record(vault, "withdrawn", made_days_ago=20, end_in_days=30, withdraw=True)
    _record(vault, "no end date", made_days_ago=10, end_in_days=None)
    _record(vault, "ends today", made_days_ago=5, end_in_days=0)
    glance = plan_glance(vault, 4, TODAY)
    assert [r.recipient_name for r in glance.open_packets] == ["ends today", "no end date"]
    assert glance.open_count == 2
    assert glance.last_packet.recipient_name == "ends today"


def test_an_empty_vault_has_nothing_to_show_and_no_backup_is_due_yet(vault):
    glance = plan_glance(vault, 4, date.today())
    assert glance.goals == () and glance.open_packets == () and glance.last_packet is None
    assert not any(glance.choices.values()) and glance.last_backup is None and not glance.backup_due
    assert plan_glance(vault, 4, date.today() + timedelta(weeks=5)).backup_due
    assert not plan_glance(vault, 0, date.today() + timedelta(weeks=500)).backup_due  # reminders off


def test_only_a_few_open_packets_are_read_and_the_rest_are_counted(vault):
    for n in range(PACKETS_SHOWN + 3):
        _record(vault, f"r{n}", made_days_ago=30 - n, end_in_days=10)
    glance = plan_glance(vault, 4, TODAY)
    assert len(glance.open_packets) == PACKETS_SHOWN and glance.open_count == PACKETS_SHOWN + 3
    assert glance.open_packets[0].recipient_name == f"r{PACKETS_SHOWN + 2}"  # the newest first


def test_the_plan_reads_counts_and_the_few_rows_it_shows_not_every_choice_or_paper(vault, monkeypatch):
    """A thirty-year vault has 900 service choices and 900 papers: My plan read them all, each time it was
    shown, to count the choices and to find the few papers with a reminder (benchmarks/growth.py)."""
    from survivor_vault.storage.papers_repository import PapersRepository
    from survivor_vault.storage.services_repository import ServicesRepository

    kinds = vault.services.kinds()
    for kind in (kinds[2], kinds[0], kinds[2], kinds[1]):
        vault.services.add_choice(kind.id, Choice.USING)
    vault.services.add_choice(kinds[3].id, Choice.INTERESTED)
    soon = vault.papers.add_bytes(b"%PDF-1.7\n", "a.pdf", title="Visa", expires=TODAY + timedelta(days=5), remind=30)
    vault.papers.add_bytes(b"%PDF-1.7\n", "b.pdf", title="No reminder", expires=TODAY + timedelta(days=5))
    vault.papers.add_bytes(b"%PDF-1.7\n", "c.pdf", title="No date")
    expected = plan_glance(vault, 4, TODAY)

    def read_all(*_a, **_k):
        raise AssertionError("read every row")

    monkeypatch.setattr(ServicesRepository, "choices", read_all)
    monkeypatch.setattr(PapersRepository, "list", read_all)
    glance = plan_glance(vault, 4, TODAY)
    assert glance == expected
    assert glance.choices[Choice.USING] == 4 and set(glance.using) == set(kinds[:3])
    assert [r.paper_id for r in glance.reminders] == [soon.id] and glance.papers == 3
