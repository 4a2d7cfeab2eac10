"""The demo vault reads as a believable life: a goal that is done has every step done."""

from survivor_vault.core.demo_data import fill
from survivor_vault.core.vault import Vault
from survivor_vault.model.goals import GoalStatus


def test_every_goal_marked_done_has_all_its_steps_done(tmp_path):
    with Vault.create(tmp_path / "demo", "demo") as vault:
        fill(vault)
        done = [g for g in vault.goals.list() if g.status == GoalStatus.DONE]
        assert done
        for goal in done:
            assert all(step.done for step in goal.steps), goal.title
