"""The goal editor saves a goal and its steps whole or not at all, and says so kindly when it cannot.

(It used to save in four to six transactions: the title landed, a refused step did not, and the goal
was left half-saved.)
"""

from PySide6.QtWidgets import QPushButton

from tests.ui.helpers import click, type_into

# The schema refusing one row, as a trigger: the same as in tests/storage/test_one_transaction_per_save.py
REFUSE_BOOM = ("CREATE TRIGGER refuse_boom BEFORE INSERT ON steps WHEN NEW.text = 'BOOM' "
               "BEGIN SELECT RAISE(ABORT, 'refused'); END")


def test_a_refused_step_leaves_the_goal_as_it_was_and_the_editor_open(qtbot, vault):
    from survivor_vault.ui.pages.goal_editor import GoalEditor

    goal = vault.goals.add("Find a flat", steps=["Call the office"])
    before = vault.goals.get(goal.id)
    vault.connection.execute(REFUSE_BOOM)
    editor = GoalEditor(vault.goals, before)
    qtbot.addWidget(editor)
    editor.show()
    editor.title.setText("Find a flat this month")
    type_into(qtbot, editor.new_step, "BOOM")
    click(qtbot, editor.findChild(QPushButton, "saveGoal"))
    assert vault.goals.get(goal.id) == before
    assert editor.isVisible() and editor.message.text()  # kind words, the typed goal still on screen
    assert editor.title.text() == "Find a flat this month"
