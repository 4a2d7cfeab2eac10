"""A double-click on a goal or a person opens its editor once (it opened twice: after Save, again)."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from survivor_vault.core.vault import Vault
from survivor_vault.ui.vault_area import GOALS, PEOPLE
from tests.ui.helpers import PASS, open_window, preferences, unlock


@pytest.mark.parametrize(("page_name", "editor"), [("goals", "GoalEditor"), ("people", "PersonDialog")])
def test_a_double_click_opens_the_editor_once(qtbot, tmp_path, monkeypatch, page_name, editor):
    with Vault.create(tmp_path / "vault", PASS) as vault:
        vault.goals.add("Find a flat")
        vault.people.add("Harbour Housing")
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    module = __import__(f"survivor_vault.ui.pages.{'goals_page' if page_name == 'goals' else 'people_page'}",
                        fromlist=[editor])
    opened = []
    # Each opening is counted and closed at once, as Cancel would (the selection stays as it was).
    monkeypatch.setattr(getattr(module, editor), "exec",
                        lambda self: opened.append(self) or QDialog.DialogCode.Rejected)
    page = window.area.page(GOALS if page_name == "goals" else PEOPLE)
    window.area.pages.setCurrentWidget(page)
    table = page.table
    qtbot.waitExposed(table)
    rect = table.visualRect(table.model().index(0, 0))
    # Through the window, as a mouse does: Qt itself turns two quick clicks into a double-click.
    where = QPoint(table.viewport().mapTo(window, rect.center()))
    QTest.mouseDClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.wait(50)
    assert len(opened) == 1
