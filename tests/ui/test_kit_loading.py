"""Issue 9, item 6: a setup kit is read on a worker, so the window, and Quick exit, keep working meanwhile."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from survivor_vault.core import kit_parts, setup_kit
from survivor_vault.ui.background_task import wait_for_background_work
from tests.core.hostile_kits import one_member_listed_as
from tests.ui.helpers import PASS, answer_file_dialogs, first_run_to_passphrase, open_window, preferences, type_into


def _to_kit_step(qtbot, window):
    from survivor_vault.ui.first_run import KIT

    run = first_run_to_passphrase(qtbot, window)
    type_into(qtbot, run.first.edit, PASS)
    type_into(qtbot, run.second.edit, PASS)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, run.recovery_view.check, run.recovery_view.expected_group)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    assert run.step == KIT
    return run


@pytest.fixture
def held_kit(monkeypatch):
    """A kit that takes as long as the test wants to read: the worker waits until `release()`.

    Then the real reader runs with the app's budget, so a reading the app stopped ends as the
    real one would (no sleeping, no timing: the test decides when the reading ends).
    """
    gate = threading.Event()
    state = {"started": threading.Event()}
    real_read = setup_kit.read_kit

    def read_kit(path, budget=None):
        state["budget"] = budget
        state["started"].set()
        gate.wait(30)
        try:
            state["result"] = real_read(path, budget)
        except kit_parts.SetupKitError as error:
            state["result"] = error
            raise
        return state["result"]

    monkeypatch.setattr(setup_kit, "read_kit", read_kit)
    state["release"] = gate.set
    yield state
    gate.set()
    wait_for_background_work()


@pytest.mark.parametrize("how", ["button", "shift", "close"])
def test_quick_exit_while_a_kit_is_read(qtbot, tmp_path, held_kit, how):
    (tmp_path / "kit.json").write_bytes(b'{"format": "svault-setup-kit", "version": 1, '
                                        b'"agency": {"name": "Ana Costa"}, "services": []}')
    window, quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = _to_kit_step(qtbot, window)
    run.load_kit(tmp_path / "kit.json")
    assert held_kit["started"].wait(10)
    # The UI thread is free while the kit is read: a timer ticks, and the survivor sees it is busy.
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5_000)
    timer.stop()
    assert run.reading_kit and run.kit_busy.isVisible() and not run.next_button.isEnabled()
    assert "Reading the setup kit" in run.kit_summary.text()

    if how == "button":
        qtbot.mouseClick(window.quick_exit_button, Qt.MouseButton.LeftButton)
    elif how == "shift":
        target = run.clear_kit_button
        target.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=5_000)
        for _ in range(3):
            qtbot.keyClick(target, Qt.Key.Key_Shift)
    else:
        window.close()
    assert not window.isVisible()
    assert quits == ([] if how == "close" else [1])
    assert held_kit["budget"].stopped  # the worker is told to stop, not left to run out its time
    assert not run.reading_kit or not shiboken6.isValid(run)

    held_kit["release"]()
    assert wait_for_background_work()
    for _ in range(3):
        QCoreApplication.processEvents()  # the answer arrives, and is dropped
    assert isinstance(held_kit["result"], kit_parts.KitReadingStopped)
    if shiboken6.isValid(run):
        assert run.kit is None and "Ana Costa" not in run.kit_summary.text()
    fresh = window.first_run  # the first run shown after quick exit starts clean
    assert fresh is not run and fresh.kit is None and not fresh.reading_kit


def test_a_second_kit_replaces_one_still_being_read(qtbot, tmp_path, held_kit):
    (tmp_path / "kit.json").write_bytes(b'{"format": "svault-setup-kit", "version": 1, "services": []}')
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = _to_kit_step(qtbot, window)
    run.load_kit(tmp_path / "kit.json")
    assert held_kit["started"].wait(10)
    first = held_kit["budget"]
    qtbot.mouseClick(run.clear_kit_button, Qt.MouseButton.LeftButton)  # "Do not use this kit" stops it
    assert first.stopped and not run.reading_kit and run.next_button.isEnabled()
    assert run.kit_button.isEnabled() and not run.clear_kit_button.isVisible()
    held_kit["release"]()
    assert wait_for_background_work()
    QCoreApplication.processEvents()
    assert run.kit is None and run.kit_summary.text() == ""


def test_hostile_zips_are_refused_in_the_first_run_with_a_message(monkeypatch, qtbot, tmp_path):
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = _to_kit_step(qtbot, window)
    for name, data in (("bomb.zip", one_member_listed_as(["services.csv"] * 20_000)),
                       ("overlap.zip", one_member_listed_as(["services.csv", "phones.csv"], member=b"id,name\n"))):
        (tmp_path / name).write_bytes(data)
        answer_file_dialogs(monkeypatch, str(tmp_path / name))
        qtbot.mouseClick(run.kit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not run.reading_kit, timeout=15_000)
        assert "could not be read" in run.kit_summary.text() and run.kit is None
        assert run.next_button.isEnabled() and run.kit_button.isEnabled()
