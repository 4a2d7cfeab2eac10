"""Long lists (a vault kept for thirty years: benchmarks/growth.py) are read and laid out a page at a time, and
every row can still be reached: by searching, by Ctrl+End, by typing its name, and by choosing it after a save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView

from survivor_vault.core.vault import Vault
from survivor_vault.ui.models.goals_model import PAGE, GoalsModel
from survivor_vault.ui.vault_area import GOALS, SHARING
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


def test_the_permissions_table_is_emptied_at_once_and_measured_once_not_a_cell_at_a_time(qtbot, window, monkeypatch):
    """Putting an item where one already was makes Qt look for the old one among all the table's items
    (QTableModel::removeItem): refreshing a thousand people's permissions that way took 8 s (benchmarks/growth.py
    at 10x). The page empties the table first, so every item goes into an empty cell."""
    people = 30
    for n in range(people):
        window.vault.people.add(f"Person {n:03d}")
    window.area.show_page(SHARING)
    page = window.area.page(SHARING)
    replaced, measured_each_time = [], []
    put = page.permissions.setItem
    header = page.permissions.horizontalHeader()

    def set_item(row, column, item):
        if page.permissions.item(row, column) is not None:
            replaced.append((row, column))
        if header.sectionResizeMode(2) == QHeaderView.ResizeMode.ResizeToContents:
            measured_each_time.append((row, column))
        put(row, column, item)

    monkeypatch.setattr(page.permissions, "setItem", set_item)
    page.refresh()
    page.refresh()
    assert page.permissions.rowCount() == people and not replaced
    # The Until column is as wide as its widest date: measured once the rows are in, not again for each row put
    # in (that took most of 6 s for a thousand people, visible: benchmarks/growth.py at 10x).
    assert not measured_each_time and header.sectionResizeMode(2) == QHeaderView.ResizeMode.ResizeToContents
    assert page.permissions.item(people - 1, 0).text() == f"Person {people - 1:03d}"


def test_the_sharing_history_reads_a_page_of_records_and_the_rest_as_they_are_reached(qtbot, window):
    from survivor_vault.ui.models.history_model import PAGE as CARDS

    vault = window.vault
    made = [vault.history.add(recipient_name=f"Person {n:03d}", purpose="A purpose", packet_id=f"p{n}",
                              packet_sha256="0" * 64, items=[]).id for n in range(CARDS * 2 + 5)]
    window.area.show_page(SHARING)
    page = window.area.page(SHARING)
    model = page.history_model
    assert model.rowCount() == CARDS and len(model.records) == CARDS  # not all 85 read
    assert page.timeline.timeline is not None and len(page.timeline.timeline.bars) == 8  # the newest eight
    page._choose_record(made[0])  # the oldest, as after withdrawing consent from it
    assert page._selected_record().id == made[0] and model.rowCount() == CARDS * 2 + 5
    page.refresh()
    page.history.setFocus()
    qtbot.keyClicks(page.history, "Person 001")  # typing a name finds it beyond the first page
    assert page._selected_record().recipient_name == "Person 001"


def test_a_search_in_my_papers_reads_the_papers_once_and_keeps_every_reminder(qtbot, window, monkeypatch):
    """Each letter typed read every paper twice (once for the reminders); the reminders need only the papers
    that have one. A reminder of a paper the search leaves out is still shown."""
    from datetime import date, timedelta

    from survivor_vault.storage.papers_repository import PapersRepository
    from survivor_vault.ui.vault_area import PAPERS

    vault = window.vault
    vault.papers.add_bytes(b"%PDF-1.7\n", "visa.pdf", title="Visa", expires=date.today() + timedelta(days=5),
                           remind=30)
    for n in range(5):
        vault.papers.add_bytes(b"%PDF-1.7\n", f"letter-{n}.pdf", title=f"Letter {n}")
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    reads = []
    whole = PapersRepository.list

    def counted(self, search=""):
        reads.append(search)
        return whole(self, search)

    monkeypatch.setattr(PapersRepository, "list", counted)
    page.search.setText("letter 3")
    assert len(reads) == 1
    assert [page.model.paper_at(r).title for r in range(page.model.rowCount())] == ["Letter 3"]
    assert not page.reminders.isHidden() and "Visa" in page.reminders.lines.text()
