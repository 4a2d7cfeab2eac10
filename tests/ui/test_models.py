"""Item models checked against Qt's contract (pytest-qt's qtmodeltester) on a real vault."""

from PySide6.QtCore import QModelIndex, Qt

from survivor_vault.core import demo_data
from survivor_vault.model.goals import GoalStatus
from survivor_vault.ui.models.activity_model import PAGE, ActivityModel
from survivor_vault.ui.models.goals_model import GoalsModel
from survivor_vault.ui.models.people_model import PeopleModel
from survivor_vault.ui.models.services_model import ServicesModel
from survivor_vault.ui.models.steps_model import DraftStep, StepsModel
from tests.ui.shown_text import shown_in_tooltip


def test_goals_model(qtmodeltester, vault):
    demo_data.fill(vault)
    model = GoalsModel(vault.goals)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == len(vault.goals.list())
    model.set_filter(GoalStatus.DONE, False, "")
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Get my ID card renewed"]
    model.set_filter(None, False, "english")
    assert model.rowCount() == 1
    assert model.data(model.index(0, GoalsModel.PROGRESS)) == "2 of 3 steps"
    qtmodeltester.check(model)


def test_goals_model_shows_archived_only_in_archive(qtmodeltester, vault):
    a = vault.goals.add("kept")
    b = vault.goals.add("put away")
    vault.goals.set_archived(b.id)
    model = GoalsModel(vault.goals)
    model.set_filter(None, False, "")
    assert [model.goal_at(r).id for r in range(model.rowCount())] == [a.id]
    model.set_filter(None, True, "")
    assert [model.goal_at(r).id for r in range(model.rowCount())] == [b.id]


def test_steps_model_edit_check_move(qtmodeltester):
    model = StepsModel([DraftStep(1, "one"), DraftStep(2, "two"), DraftStep(3, "three")])
    qtmodeltester.check(model)
    assert model.move(0, +1) == 1
    assert [s.text for s in model.steps] == ["two", "one", "three"]
    assert model.move(2, -1) == 1
    assert [s.text for s in model.steps] == ["two", "three", "one"]
    assert model.move(0, -1) == 0  # cannot move past the top
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.steps[0].done
    assert not model.setData(model.index(0), "   ", Qt.ItemDataRole.EditRole)
    model.add("four")
    model.remove(0)
    assert [s.text for s in model.steps] == ["three", "one", "four"]
    qtmodeltester.check(model)


def test_services_model(qtmodeltester, vault):
    demo_data.fill(vault)
    model = ServicesModel(vault.services)
    model.reload()
    qtmodeltester.check(model)
    housing = next(k for k in vault.services.kinds() if k.key == "housing")
    index = model.index_of_kind(housing.id)
    assert model.kind_at(index).id == housing.id
    assert model.data(index.siblingAtColumn(ServicesModel.CHOICE)) == "I'm using this"
    assert model.data(index.siblingAtColumn(ServicesModel.PROVIDER)) == "Safe Homes Project"
    groups = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "My own" in groups
    kinds_shown = sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount()))
    assert kinds_shown == len(vault.services.kinds())
    assert model.rowCount(model.index(0, 1)) == 0


def test_people_model(qtmodeltester, vault):
    demo_data.fill(vault)
    model = PeopleModel(vault.people)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.search = "clinic"
    model.reload()
    assert model.data(model.index(0, 0)) == "Dr Lee"


def test_activity_model_pages(qtmodeltester, vault):
    conn = vault.connection
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO activity (at, kind) VALUES (?, 'goal_changed')",
                     [(f"2021-01-01T00:00:00.{i:06d}+00:00",) for i in range(PAGE * 2 + 10)])
    conn.execute("COMMIT")
    model = ActivityModel(vault.activity)
    model.reload()
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == vault.activity.count()
    assert "You made your vault" in model.data(model.index(0)) or "Goal" in model.data(model.index(0))


def test_cut_off_text_is_available_as_a_tooltip(vault):
    from survivor_vault.model.goals import GoalArea

    vault.goals.add("Lead the group", why="Because I can", area=GoalArea.LEADERSHIP)
    model = GoalsModel(vault.goals)
    model.reload()
    def tip(m, index):
        return shown_in_tooltip(m.data(index, Qt.ItemDataRole.ToolTipRole))

    assert tip(model, model.index(0, GoalsModel.AREA)) == "Leadership & helping others"
    assert tip(model, model.index(0, GoalsModel.TITLE)) == "Lead the group\nBecause I can"
    services = ServicesModel(vault.services)
    services.reload()
    first = services.index(0, 0, services.index(0, 0))
    assert tip(services, first).startswith("Housing and shelter\n")


def test_the_history_lays_out_its_newest_cards_first_and_more_as_they_are_scrolled_to(qtbot, qtmodeltester, tmp_path):
    """Each card is measured for its own height: 2,000 of them took a second to lay out on the ten-year vault.
    The newest forty come first (read, and laid out), more as the survivor reaches the end; the timeline draws
    the newest eight."""
    from survivor_vault.core.vault import Vault
    from survivor_vault.ui.models.history_model import PAGE as CARDS
    from survivor_vault.ui.models.history_model import HistoryModel

    vault = Vault.create(tmp_path / "v", "x" * 20)
    for n in range(CARDS * 2 + 5):
        vault.history.add(recipient_name=f"Person {n}", purpose="A purpose", packet_id=f"p{n}",
                          packet_sha256="0" * 64, items=[])
    model = HistoryModel(vault.history)
    model.reload()
    assert model.rowCount() == CARDS and len(model.records) == CARDS and model.canFetchMore()  # read as shown
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == CARDS * 2 + 5 and not model.canFetchMore()
    assert model.record_at(CARDS * 2 + 4) is not None and model.record_at(CARDS * 2 + 5) is None
    qtmodeltester.check(model)
    vault.lock()
