from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from survivor_vault.core.vault import Vault
from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import InvalidValue, NotFound
from survivor_vault.model.goals import GoalArea, GoalStatus
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.service_catalogue import default_catalogue
from survivor_vault.model.services import Choice
from survivor_vault.model.sharing_history import SharedItem
from tests.conftest import PASSPHRASE


# --- goals -----------------------------------------------------------------------------
def test_goal_needs_only_a_title(vault):
    goal = vault.goals.add("  Find a safe flat  ")
    assert goal.title == "Find a safe flat"
    assert goal.status == GoalStatus.ACTIVE and goal.area is None and goal.steps == ()
    with pytest.raises(InvalidValue):
        vault.goals.add("   ")
    with pytest.raises(InvalidValue):
        vault.goals.update(goal.id, title="")


def test_goal_round_trip_with_every_field(vault, vault_dir):
    goal = vault.goals.add("Start a course", why="I love cooking", area=GoalArea.LEARNING,
                           target_date=date(2027, 3, 1), notes="ask about evenings",
                           steps=["find a college", "apply"])
    vault.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        again = v.goals.get(goal.id)
    assert again.why == "I love cooking" and again.area == GoalArea.LEARNING
    assert again.target_date == date(2027, 3, 1) and again.notes == "ask about evenings"
    assert [s.text for s in again.steps] == ["find a college", "apply"]


def test_steps_checklist_progress_and_reorder(vault):
    goal = vault.goals.add("Move", steps=["pack", "van", "keys"])
    pack, van, keys = goal.steps
    vault.goals.update_step(van.id, done=True)
    assert vault.goals.get(goal.id).progress == pytest.approx(1 / 3)
    order = vault.goals.move_step(keys.id, 0)
    assert [s.text for s in order] == ["keys", "pack", "van"]
    order = vault.goals.move_step(keys.id, 99)
    assert [s.text for s in order] == ["pack", "van", "keys"]
    added = vault.goals.add_step(goal.id, "say goodbye", due=date(2027, 1, 1))
    vault.goals.update_step(added.id, text="say goodbye to friends", due=None)
    vault.goals.delete_step(pack.id)
    steps = vault.goals.get(goal.id).steps
    assert [s.text for s in steps] == ["van", "keys", "say goodbye to friends"]
    assert steps[2].due is None
    with pytest.raises(InvalidValue):
        vault.goals.reorder_steps(goal.id, [van.id])


def test_goal_status_filter_search_archive_delete(vault):
    a = vault.goals.add("Find work", steps=["update my CV"])
    b = vault.goals.add("See a dentist")
    c = vault.goals.add("Learn Spanish")
    vault.goals.update(b.id, status=GoalStatus.DONE)
    vault.goals.update(c.id, status=GoalStatus.LET_GO)
    assert [g.id for g in vault.goals.list(status=GoalStatus.ACTIVE)] == [a.id]
    assert {g.id for g in vault.goals.list(status=[GoalStatus.DONE, GoalStatus.LET_GO])} == {b.id, c.id}
    assert [g.id for g in vault.goals.list(search="cv")] == [a.id]  # matches a step, any case
    assert [g.id for g in vault.goals.list(search="SPANISH learn")] == [c.id]
    vault.goals.set_archived(a.id)
    assert a.id not in [g.id for g in vault.goals.list()]
    assert a.id in [g.id for g in vault.goals.list(include_archived=True)]
    vault.goals.delete(b.id)
    with pytest.raises(NotFound):
        vault.goals.get(b.id)


def test_search_is_unicode_case_insensitive(vault):
    vault.goals.add("ÉCOLE pour mes enfants")
    assert len(vault.goals.list(search="école")) == 1


def test_goals_keep_the_survivors_order(vault):
    ids = [vault.goals.add(t).id for t in ("one", "two", "three")]
    vault.goals.reorder([ids[2], ids[0], ids[1]])
    assert [g.title for g in vault.goals.list()] == ["three", "one", "two"]


# --- services --------------------------------------------------------------------------
def test_catalogue_is_seeded_in_plain_language(vault):
    kinds = vault.services.kinds()
    catalogue = default_catalogue()
    assert len(catalogue) >= 15
    assert [k.key for k in kinds] == [e.key for e in catalogue]
    for must in ("housing", "legal", "immigration", "medical", "mental_health", "substance_use",
                 "case_management", "employment", "education", "financial", "childcare", "transportation",
                 "interpretation", "safety_planning", "peer_support"):
        assert must in {k.key for k in kinds}


def test_catalogue_sync_is_idempotent(vault, vault_dir):
    count = len(vault.services.kinds())
    vault.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert len(v.services.kinds()) == count


def test_service_choices_in_all_five_states(vault):
    housing = next(k for k in vault.services.kinds() if k.key == "housing")
    made = {c: vault.services.add_choice(housing.id, c) for c in Choice}
    for state, choice in made.items():
        assert vault.services.choice(choice.id).choice == state
    # declining asks nothing: no reason field exists, and none is needed
    declined = vault.services.update_choice(made[Choice.INTERESTED].id, choice=Choice.DECLINED)
    assert declined.choice == Choice.DECLINED and declined.notes == ""
    assert len(vault.services.choices(choice=Choice.DECLINED)) == 2


def test_service_choice_details_and_feedback(vault):
    legal = next(k for k in vault.services.kinds() if k.key == "legal")
    choice = vault.services.add_choice(legal.id, Choice.USING, provider="Law Centre", contact="Tue 10-12",
                                       feedback_working="They listen", feedback_not_working="Long waits")
    choice = vault.services.update_choice(choice.id, notes="bring letters")
    assert (choice.provider, choice.contact, choice.feedback_working, choice.feedback_not_working,
            choice.notes) == ("Law Centre", "Tue 10-12", "They listen", "Long waits", "bring letters")
    vault.services.delete_choice(choice.id)
    with pytest.raises(NotFound):
        vault.services.choice(choice.id)


def test_survivor_can_add_their_own_kind(vault):
    own = vault.services.add_kind("Art group", description="Painting on Thursdays")
    assert own.custom and own.key is None
    vault.services.add_choice(own.id, Choice.USING)
    with pytest.raises(InvalidValue):
        vault.services.add_kind(" ")
    builtin = vault.services.kinds()[0]
    with pytest.raises(InvalidValue):
        vault.services.delete_kind(builtin.id)
    vault.services.delete_kind(own.id)
    assert vault.services.choices(kind_id=own.id) == []


# --- about me, people ------------------------------------------------------------------
def test_about_me_all_optional(vault, vault_dir):
    assert vault.about_me.get() == AboutMe() and AboutMe().is_empty()
    saved = vault.about_me.save(AboutMe(preferred_name="Ana", pronouns="she/her",
                                        strengths="I am good with people"))
    assert saved.preferred_name == "Ana"
    saved = vault.about_me.save(AboutMe(preferred_name="Ana"))  # clearing a field removes it
    assert saved.strengths == ""
    vault.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert v.about_me.get().preferred_name == "Ana"


def test_people_add_edit_delete_and_search(vault):
    p = vault.people.add("Maria", organisation="City Legal Aid", role="Lawyer", contact="0100 000")
    q = vault.people.add("Sam", organisation="Housing First")
    assert [x.name for x in vault.people.list(search="legal")] == ["Maria"]
    p = vault.people.update(p.id, role="Solicitor")
    assert p.role == "Solicitor" and p.organisation == "City Legal Aid"
    with pytest.raises(InvalidValue):
        vault.people.update(q.id, name=" ")
    vault.people.delete(q.id)
    assert [x.name for x in vault.people.list()] == ["Maria"]


# --- permissions and history -------------------------------------------------------------
def test_permissions_default_to_nothing_and_revoke_is_one_action(vault):
    person = vault.people.add("Case worker at shelter")
    assert vault.permissions.active_for(person.id) is None
    goal = vault.goals.add("Housing")
    perm = vault.permissions.save(person.id, {ItemRef(Section.GOALS, str(goal.id))}, purpose="to find housing",
                                  end_date=date(2027, 1, 31))
    assert perm.sections == {Section.GOALS} and perm.active and not perm.include_notes
    perm2 = vault.permissions.save(person.id, {ItemRef(Section.ABOUT_ME, "pronouns")}, include_notes=True)
    assert perm2.id == perm.id and perm2.sections == {Section.ABOUT_ME}
    revoked = vault.permissions.revoke(perm.id)
    assert not revoked.active
    assert vault.permissions.active_for(person.id) is None
    assert vault.permissions.list() == [] and len(vault.permissions.list(include_revoked=True)) == 1


def test_sharing_history_is_kept_when_permissions_or_people_change(vault):
    person = vault.people.add("Dr Lee", organisation="Clinic")
    perm = vault.permissions.save(person.id, {ItemRef(Section.ABOUT_ME, "languages")})
    record = vault.history.add(recipient_name="Dr Lee", recipient_organisation="Clinic", purpose="first visit",
                               packet_id="pkt-1", packet_sha256="ab" * 32, person_id=person.id,
                               items=[SharedItem(Section.ABOUT_ME, "languages", "cd" * 32)],
                               end_date=date(2027, 2, 1))
    vault.permissions.revoke(perm.id)
    vault.people.delete(person.id)
    again = vault.history.get(record.id)
    summary = vault.history.list()[0]
    assert summary.item_count == 1 and summary.items == () and summary.id == record.id
    assert vault.history.list(with_items=True)[0].items == again.items
    assert again.recipient_name == "Dr Lee" and again.person_id is None
    assert again.items == (SharedItem(Section.ABOUT_ME, "languages", "cd" * 32),)
    withdrawn = vault.history.withdraw(record.id, "changed my mind")
    assert withdrawn.withdrawn and withdrawn.withdrawal_note == "changed my mind"
    first_time = withdrawn.withdrawn_at
    assert vault.history.withdraw(record.id).withdrawn_at == first_time


def test_activity_log_is_newest_first_and_holds_no_content(vault):
    goal = vault.goals.add("PRIVATE-TITLE")
    vault.goals.update(goal.id, notes="x")
    vault.people.add("Someone")
    kinds = [e.kind for e in vault.activity.list()]
    assert kinds[:3] == [ActivityKind.PERSON_ADDED, ActivityKind.GOAL_CHANGED, ActivityKind.GOAL_ADDED]
    assert kinds[-1] == ActivityKind.VAULT_CREATED
    rows = vault.connection.execute("SELECT * FROM activity").fetchall()
    assert "PRIVATE" not in repr(rows)
    assert len(vault.activity.list(limit=2)) == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(min_size=1, max_size=200).filter(lambda t: t.strip()),
       notes=st.text(max_size=500))
def test_any_text_round_trips(vault, title, notes):
    from survivor_vault.storage.row_codecs import text

    if not text(title):
        with pytest.raises(InvalidValue):
            vault.goals.add(title, notes=notes)
        return
    goal = vault.goals.add(title, notes=notes)
    again = vault.goals.get(goal.id)
    assert again.title == text(title) and again.notes == text(notes)
    assert "\x00" not in again.title
