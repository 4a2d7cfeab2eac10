"""Long lists (a vault kept for thirty years: benchmarks/growth.py) are read and laid out a page at a time, and
every row can still be reached: by searching, by Ctrl+End, by typing its name, and by choosing it after a save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from survivor_vault.core.vault import Vault
from survivor_vault.ui.models.goals_model import PAGE, GoalsModel
from survivor_vault.ui.vault_area import GOALS
from tests.ui.helpers import PASS, open_window, preferences, unlock

MANY = PAGE * 2 + 15


@pytest.fixture
def window(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    vault.lock()
    main, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, main)
    yield main
    if main.vault is not None:
        main.lock()


def test_the_goals_model_reads_a_page_of_goals_and_the_rest_as_they_are_reached(qtmodeltester, vault):
    ids = [vault.goals.add(f"Goal {n:03d}", steps=["one", "two"]).id for n in range(MANY)]
    model = GoalsModel(vault.goals)
    model.reload()
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    assert model.goal_at(0).steps and model.data(model.index(0, GoalsModel.PROGRESS)) == "0 of 2 steps"
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.goal_at(r).id for r in range(model.rowCount())] == ids == [g.id for g in vault.goals.list()]
    assert model.row_of(ids[-1]) == MANY - 1
    qtmodeltester.check(model)


def test_a_goal_far_down_the_list_is_chosen_after_a_save_found_by_search_and_reached_with_end(qtbot, window):
    vault = window.vault
    ids = [vault.goals.add(f"Goal {n:03d}", steps=[f"step of {n}"]).id for n in range(MANY)]
    vault.goals.update(ids[-1], notes="ring the zebra office")
    window.area.show_page(GOALS)
    page = window.area.page(GOALS)
    assert page.model.rowCount() == PAGE  # the rest as the table scrolls to its end
    page.refresh(select_goal_id=ids[-1])  # as after saving it in the editor
    assert page.selected_goal().title == f"Goal {MANY - 1:03d}"
    page.search.setText("zebra")
    assert [page.model.goal_at(r).id for r in range(page.model.rowCount())] == [ids[-1]]
    page.search.setText("of 90")  # a step's words
    assert [page.model.goal_at(r).title for r in range(page.model.rowCount())] == ["Goal 090"]
    page.search.clear()
    page.table.setFocus()
    page.table.selectRow(3)
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # a table's top
    assert page.selected_goal().title == "Goal 000" and page.model.rowCount() == PAGE
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_goal().title == f"Goal {MANY - 1:03d}" and page.model.rowCount() == MANY
    page.refresh()
    page.table.selectRow(0)
    assert page.model.rowCount() == PAGE
    qtbot.keyClicks(page.table, f"Goal {MANY - 2:03d}")  # typing a name finds it beyond the first page
    assert page.selected_goal().title == f"Goal {MANY - 2:03d}"
