"""Every save that touches several rows is one transaction: a goal and its steps are saved whole or not at all.

The failure is injected half-way the way the schema itself would refuse a row (a trigger), after the
goal's own row and some steps were already written in the same save.
"""

import pytest

from survivor_vault.model.errors import VaultError
from survivor_vault.model.goals import GoalStatus, StepEdit

REFUSE_BOOM = ("CREATE TRIGGER refuse_boom BEFORE INSERT ON steps WHEN NEW.text = 'BOOM' "
               "BEGIN SELECT RAISE(ABORT, 'refused'); END")


def _goal(vault):
    goal = vault.goals.add("Find a flat", why="near my sister", steps=["Call the office", "Visit", "Sign"])
    vault.goals.update_step(goal.steps[0].id, done=True)
    return vault.goals.get(goal.id)


def test_a_goal_refused_half_way_is_exactly_as_before(vault):
    before = _goal(vault)
    vault.connection.execute(REFUSE_BOOM)
    first, _second, third = before.steps
    edited = [StepEdit(third.id, "Sign the lease", True), StepEdit(None, "Pack"), StepEdit(None, "BOOM"),
              StepEdit(first.id, "Call again")]
    with pytest.raises(VaultError):
        vault.goals.save_goal(before.id, "Find a flat this month", edited, why="changed", status=GoalStatus.PAUSED)
    assert vault.goals.get(before.id) == before


def test_a_new_goal_refused_half_way_leaves_nothing(vault):
    vault.connection.execute(REFUSE_BOOM)
    with pytest.raises(VaultError):
        vault.goals.save_goal(None, "Learn to drive", [StepEdit(None, "Find a school"), StepEdit(None, "BOOM")])
    assert vault.goals.list() == []


def test_a_step_of_another_goal_is_refused_and_changes_nothing(vault):
    before = _goal(vault)
    other = vault.goals.add("Other", steps=["theirs"])
    with pytest.raises(VaultError):
        vault.goals.save_goal(before.id, "Changed", [StepEdit(other.steps[0].id, "stolen")])
    assert vault.goals.get(before.id) == before and vault.goals.get(other.id) == other


def test_the_whole_edit_lands_in_one_save(vault):
    before = _goal(vault)
    first, second, third = before.steps
    saved = vault.goals.save_goal(before.id, "Find a flat this month", [
        StepEdit(third.id, "Sign the lease", True), StepEdit(None, "Pack"), StepEdit(first.id, "Call again")],
        why="changed", status=GoalStatus.PAUSED)
    assert (saved.title, saved.why, saved.status) == ("Find a flat this month", "changed", GoalStatus.PAUSED)
    assert [(s.text, s.done) for s in saved.steps] == [("Sign the lease", True), ("Pack", False),
                                                       ("Call again", False)]
    assert second.id not in {s.id for s in saved.steps}
