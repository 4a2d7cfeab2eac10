"""Layouts under pseudo-localisation (long strings, right-to-left), and the main journeys by keyboard alone."""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from survivor_vault.core.vault import Vault
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.services import Choice
from survivor_vault.ui.vault_area import GOALS, PLAN, SERVICES, SHARING
from tests.ui.helpers import PASS, answer_file_dialogs, create, open_window, preferences, type_into, with_modal


@pytest.fixture(params=["long", "rtl"])
def pseudo(request, qapp, monkeypatch):
    from survivor_vault.ui import language

    monkeypatch.setenv("SVAULT_PSEUDO", request.param)
    language.install("en")
    yield request.param
    monkeypatch.delenv("SVAULT_PSEUDO")
    language.install("en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_main_journeys_under_pseudo_localisation(qtbot, tmp_path, pseudo):
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    window.resize(800, 600)
    assert "⟦" in window.quick_exit_button.text()
    if pseudo == "rtl":
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    create(qtbot, window)
    goals = window.area.page(GOALS)

    def add(dialog):
        type_into(qtbot, dialog.title, "Goal under pseudo")
        type_into(qtbot, dialog.new_step, "a step")
        qtbot.keyClick(dialog.new_step, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(goals.add_button, Qt.MouseButton.LeftButton), add)
    window.area.show_page(SERVICES)
    services = window.area.page(SERVICES)
    services.panel.choice_buttons[Choice.USING].click()
    services.panel.save_button.click()
    person = window.vault.people.add("Pseudo person")
    goal = window.vault.goals.list()[0]
    window.area.show_page(SHARING)
    sharing = window.area.page(SHARING)
    sharing.refresh()

    def wizard(w):
        w.recipient_page.reload(person.id)
        w.next()
        w.content_page.chooser.item(ItemRef(Section.GOALS, str(goal.id))).setCheckState(0, Qt.CheckState.Checked)
        w.next()
        w.purpose_page.purpose.setText("pseudo")
        w.next()
        qtbot.waitUntil(lambda: w.packet.preview is not None, timeout=15_000)
        w.reject()

    with_modal(qtbot, sharing.make_packet, wizard)
    if pseudo == "long":
        window.grab().save(str(tmp_path / "pseudo.png"))  # kept only for this run; see docs/translating.md
    window.lock()
    assert window.unlock_screen.isVisible()


class _NoMouse(QObject):
    """Fails the test if any mouse event reaches the app: these journeys are keyboard only."""

    def __init__(self):
        super().__init__()
        self.seen = []

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                            QEvent.Type.MouseButtonDblClick):
            self.seen.append(event.type())
        return False


def test_main_journeys_by_keyboard_only(monkeypatch, qtbot, tmp_path):
    """Every step is a key press sent to the control a keyboard user would be on; no mouse event at all."""
    Vault.create(tmp_path / "vault", PASS).lock()
    watcher = _NoMouse()
    QApplication.instance().installEventFilter(watcher)
    try:
        window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
        field = window.unlock_screen.passphrase.edit
        qtbot.keyClicks(field, PASS)
        qtbot.keyClick(field, Qt.Key.Key_Return)  # unlock
        qtbot.waitUntil(lambda: window.area is not None, timeout=15_000)
        assert window.area.pages.currentIndex() == PLAN  # "My plan" comes first; the goals are one key down
        qtbot.keyClick(window.area.sidebar, Qt.Key.Key_Down)
        assert window.area.pages.currentIndex() == GOALS
        goals = window.area.page(GOALS)

        def goal_by_keys(dialog):
            qtbot.keyClicks(dialog.title, "Find work")
            for step in ("Write my CV", "Ask a friend"):
                qtbot.keyClicks(dialog.new_step, step)
                qtbot.keyClick(dialog.new_step, Qt.Key.Key_Return)  # adds the step, does not save
            assert dialog.isVisible()
            qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Return in the title saves the goal

        with_modal(qtbot, lambda: qtbot.keyClick(goals.add_button, Qt.Key.Key_Space), goal_by_keys)
        goal = window.vault.goals.list()[0]
        assert goal.title == "Find work" and [s.text for s in goal.steps] == ["Write my CV", "Ask a friend"]

        sidebar = window.area.sidebar
        qtbot.keyClick(sidebar, Qt.Key.Key_Down)  # arrow keys move through the parts of the vault
        assert window.area.pages.currentIndex() == SERVICES
        panel = window.area.page(SERVICES).panel
        qtbot.keyClick(panel.choice_buttons[Choice.INTERESTED], Qt.Key.Key_Space)
        qtbot.keyClick(panel.save_button, Qt.Key.Key_Space)
        assert [c.choice for c in window.vault.services.choices()] == [Choice.INTERESTED]

        person = window.vault.people.add("Jo")
        for _ in range(SHARING - SERVICES):
            qtbot.keyClick(sidebar, Qt.Key.Key_Down)
        assert window.area.pages.currentIndex() == SHARING
        sharing = window.area.page(SHARING)

        def packet_by_keys(wizard):
            wizard.recipient_page.reload(person.id)
            next_button = wizard.button(wizard.WizardButton.NextButton)
            qtbot.keyClick(next_button, Qt.Key.Key_Space)
            chooser = wizard.content_page.chooser
            chooser.setCurrentItem(chooser.item(ItemRef(Section.GOALS, str(goal.id))))
            qtbot.keyClick(chooser, Qt.Key.Key_Space)  # tick the goal
            assert chooser.chosen()
            qtbot.keyClick(next_button, Qt.Key.Key_Space)
            qtbot.keyClicks(wizard.purpose_page.purpose, "Planning")
            qtbot.keyClick(next_button, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: wizard.packet.preview is not None, timeout=15_000)
            qtbot.keyClick(next_button, Qt.Key.Key_Space)  # past the preview
            qtbot.keyClick(next_button, Qt.Key.Key_Space)  # protection: a share code, the default
            answer_file_dialogs(monkeypatch, str(tmp_path / "kbd.pdf"))
            qtbot.keyClick(wizard.save_page.save_button, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: wizard.save_page.saved, timeout=15_000)
            qtbot.keyClick(next_button, Qt.Key.Key_Space)
            qtbot.keyClick(wizard.button(wizard.WizardButton.FinishButton), Qt.Key.Key_Space)

        with_modal(qtbot, lambda: qtbot.keyClick(sharing.make_button, Qt.Key.Key_Space), packet_by_keys)
        assert (tmp_path / "kbd.pdf").exists() and window.vault.history.count() == 1
        qtbot.keyClick(window.lock_button, Qt.Key.Key_Space)  # the Lock button, reached with Tab
        assert not window.is_unlocked
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.seen == []


def test_tab_order_on_the_goal_editor_follows_the_form(qtbot, tmp_path):
    """Tab follows the focus chain; walk it and check every control is on it, in reading order."""
    from PySide6.QtCore import Qt as _Qt

    from survivor_vault.ui.pages.goal_editor import GoalEditor

    vault = Vault.create(tmp_path / "vault", PASS)
    try:
        editor = GoalEditor(vault.goals)
        qtbot.addWidget(editor)
        seen = []
        widget = editor.title
        for _ in range(200):
            if widget.focusPolicy() & _Qt.FocusPolicy.TabFocus and widget.objectName():
                seen.append(widget.objectName())
            widget = widget.nextInFocusChain()
            if widget is editor.title:
                break
        for name in ("goalTitle", "goalWhy", "goalArea", "goalStatus", "goalHasDate", "goalSteps", "newStep",
                     "addStep", "stepUp", "goalNotes", "saveGoal", "cancelGoal"):
            assert name in seen, name
        assert seen.index("goalTitle") < seen.index("goalWhy") < seen.index("goalArea") < seen.index("goalNotes")
        assert seen.index("goalNotes") < seen.index("saveGoal")
    finally:
        vault.lock()
