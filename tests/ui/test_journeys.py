"""Journeys through the app, driven with the keyboard and mouse as a person would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from survivor_vault.core.vault import Vault
from survivor_vault.model.goals import GoalStatus
from survivor_vault.model.services import Choice
from survivor_vault.ui.vault_area import ABOUT_ME, GOALS, PEOPLE, SERVICES
from tests.ui.helpers import PASS, click, create, open_window, preferences, type_into, unlock, with_modal


def test_create_add_goal_edit_reorder_autolock_unlock(qtbot, tmp_path):
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    assert window.stack.currentWidget() is window.first_run
    create(qtbot, window)
    page = window.area.page(GOALS)

    def fill_new_goal(dialog):
        type_into(qtbot, dialog.title, "Find a safe flat")
        for step in ("Call the housing office", "Visit two flats", "Sign the lease"):
            type_into(qtbot, dialog.new_step, step)
            qtbot.keyClick(dialog.new_step, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton), fill_new_goal)
    assert page.model.rowCount() == 1
    assert page.model.goal_at(0).title == "Find a safe flat"
    page.table.selectRow(0)

    def edit_and_reorder(dialog):
        dialog.title.selectAll()
        type_into(qtbot, dialog.title, "Find a safe flat near my sister")
        dialog.steps.setCurrentIndex(dialog.steps_model.index(2))
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # "Sign the lease" up one
        first = dialog.steps_model.index(0)
        dialog.steps_model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.PAUSED))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton), edit_and_reorder)

    # Auto-lock: the app-wide inactivity timer fires (shortened here from minutes).
    window.inactivity.set_interval_ms(50)
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=5000)
    assert window.stack.currentWidget() is window.unlock_screen
    unlock(qtbot, window)
    goal = window.vault.goals.list()[0]
    assert goal.title == "Find a safe flat near my sister"
    assert goal.status == GoalStatus.PAUSED
    assert [s.text for s in goal.steps] == ["Call the housing office", "Sign the lease", "Visit two flats"]
    assert [s.done for s in goal.steps] == [True, False, False]
    page = window.area.page(GOALS)
    page.filter.setCurrentIndex(page.filter.findData(GoalStatus.PAUSED))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 3)) == "1 of 3 steps"


def test_a_goal_needs_only_a_title_and_says_so_kindly(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    page = window.area.page(GOALS)
    seen = {}

    def save_empty(dialog):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["message"] = dialog.message.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    with_modal(qtbot, lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton), save_empty)
    assert seen["open"] and "title" in seen["message"] and "optional" in seen["message"]
    assert window.vault.goals.count() == 0


def test_put_away_bring_back_and_delete_with_confirmation(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    vault.goals.add("One")
    vault.goals.add("Two")
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    page = window.area.page(GOALS)
    page.table.selectRow(0)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert [page.model.goal_at(r).title for r in range(page.model.rowCount())] == ["Two"]
    page.filter.setCurrentIndex(page.filter.count() - 1)  # "Archived goals"
    assert page.model.goal_at(0).title == "One"
    page.table.selectRow(0)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)  # Bring back
    page.filter.setCurrentIndex(0)
    assert page.model.rowCount() == 2
    page.table.selectRow(1)

    def keep(box: QMessageBox):
        keep_button = next(b for b in box.buttons() if b.text() == "Keep it")
        qtbot.mouseClick(keep_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton), keep)
    assert window.vault.goals.count() == 2

    def delete(box: QMessageBox):
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Delete"), Qt.MouseButton.LeftButton)

    page.table.selectRow(1)
    with_modal(qtbot, lambda: qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton), delete)
    assert [g.title for g in window.vault.goals.list()] == ["One"]


def test_service_choice_round_trip(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    window.area.sidebar.setCurrentRow(SERVICES)
    page = window.area.page(SERVICES)
    housing = next(k for k in window.vault.services.kinds() if k.key == "legal")
    page.select_kind(housing.id)
    panel = page.panel
    assert panel.kind.id == housing.id
    click(qtbot, panel.choice_buttons[Choice.DECLINED])
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Saved."
    # changing my mind later, with details and feedback
    click(qtbot, panel.choice_buttons[Choice.USING])
    type_into(qtbot, panel.provider, "Community Law Centre")
    type_into(qtbot, panel.working, "They listen to me")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    window.lock()
    unlock(qtbot, window)
    choices = window.vault.services.choices(kind_id=housing.id)
    assert [(c.choice, c.provider, c.feedback_working) for c in choices] == [
        (Choice.USING, "Community Law Centre", "They listen to me")]
    page = window.area.page(SERVICES)
    index = page.model.index_of_kind(housing.id)
    assert page.model.data(index.siblingAtColumn(1)) == "I'm using this"


def test_declining_never_asks_why(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    page = window.area.page(SERVICES)
    click(qtbot, page.panel.choice_buttons[Choice.DECLINED])
    qtbot.mouseClick(page.panel.save_button, Qt.MouseButton.LeftButton)
    assert QApplication.activeModalWidget() is None
    labels = " ".join(w.text() for w in page.panel.findChildren(type(page.panel.message)))
    assert "why" not in labels.lower() and "reason" not in labels.lower()


def test_add_own_kind_of_service(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    page = window.area.page(SERVICES)

    def name_it(dialog):
        from PySide6.QtWidgets import QLineEdit

        edit = dialog.findChild(QLineEdit)
        type_into(qtbot, edit, "Choir")
        dialog.accept()

    with_modal(qtbot, lambda: qtbot.mouseClick(page.add_kind_button, Qt.MouseButton.LeftButton), name_it)
    assert page.panel.kind.name == "Choir" and page.panel.kind.custom
    assert "Choir" in [k.name for k in window.vault.services.kinds()]


def test_about_me_round_trip(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    window.area.sidebar.setCurrentRow(ABOUT_ME)
    page = window.area.page(ABOUT_ME)
    type_into(qtbot, page.fields["preferred_name"], "Ana")
    type_into(qtbot, page.fields["strengths"], "I never give up")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    window.lock()
    unlock(qtbot, window)
    page = window.area.page(ABOUT_ME)
    assert page.fields["preferred_name"].text() == "Ana"
    assert page.fields["strengths"].toPlainText() == "I never give up"
    assert page.fields["pronouns"].text() == ""


def test_people_add_edit_delete(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    page = window.area.page(PEOPLE)

    def add(dialog):
        type_into(qtbot, dialog.name, "Maria")
        type_into(qtbot, dialog.organisation, "Legal Aid")
        dialog.save()

    with_modal(qtbot, lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton), add)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)

    def edit(dialog):
        dialog.role.setText("Lawyer")
        dialog.save()

    with_modal(qtbot, lambda: qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton), edit)
    assert window.vault.people.list()[0].role == "Lawyer"
    page.table.selectRow(0)

    def delete(box):
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Delete"), Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton), delete)
    assert window.vault.people.list() == []
