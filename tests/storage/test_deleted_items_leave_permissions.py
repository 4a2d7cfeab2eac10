"""A deleted record leaves every saved "What they may see": its id may be given to the next record, and a saved
permission must never tick a record the survivor did not choose for that person (found by an attack: a deleted
birth certificate's permission ticked the asylum interview notes added after it)."""

from __future__ import annotations

from datetime import date

from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.services import Choice


def _may_see(vault, person_id):
    return vault.permissions.active_for(person_id).items


def test_a_deleted_paper_leaves_the_permission_and_its_id_is_never_given_again(vault):
    jo = vault.people.add("Jo")
    first = vault.papers.add_bytes(b"%PDF-1.4 birth certificate", "birth.pdf")
    vault.permissions.save(jo.id, {ItemRef(Section.PAPERS, str(first.id))}, end_date=date(2030, 1, 1))
    vault.papers.delete(first.id)
    assert _may_see(vault, jo.id) == frozenset()
    second = vault.papers.add_bytes(b"%PDF-1.4 interview notes", "notes.pdf")
    assert second.id != first.id
    assert ItemRef(Section.PAPERS, str(second.id)) not in _may_see(vault, jo.id)


def test_a_deleted_goal_leaves_the_permission_before_its_id_is_given_again(vault):
    jo = vault.people.add("Jo")
    goal = vault.goals.add("Find a flat")
    other = vault.goals.add("Learn to drive")
    vault.permissions.save(jo.id, {ItemRef(Section.GOALS, str(goal.id)), ItemRef(Section.GOALS, str(other.id))},
                           end_date=date(2030, 1, 1))
    vault.goals.delete(other.id)
    again = vault.goals.add("Something private")
    assert again.id == other.id  # SQLite gives the largest id again once it is free
    assert _may_see(vault, jo.id) == {ItemRef(Section.GOALS, str(goal.id))}


def test_deleted_service_choices_leave_the_permission_also_with_their_own_kind(vault):
    jo = vault.people.add("Jo")
    kinds = vault.services.kinds()
    kept = vault.services.add_choice(kinds[0].id, Choice.USING)
    gone = vault.services.add_choice(kinds[1].id, Choice.USING)
    own = vault.services.add_kind("Sewing group")
    with_kind = vault.services.add_choice(own.id, Choice.USING)
    vault.permissions.save(jo.id, {ItemRef(Section.SERVICES, str(c.id)) for c in (kept, gone, with_kind)},
                           end_date=date(2030, 1, 1))
    vault.services.delete_choice(gone.id)
    vault.services.delete_kind(own.id)
    assert _may_see(vault, jo.id) == {ItemRef(Section.SERVICES, str(kept.id))}
