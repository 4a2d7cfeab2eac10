"""Driving the app like a person: windows, modal dialogs, waiting for workers."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from survivor_vault.ui.main_window import MainWindow
from survivor_vault.ui.preferences import Preferences

PASS = "four calm words here"


def preferences(tmp_path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, vault_dir, prefs, **kwargs):
    quits: list[int] = []
    window = MainWindow(vault_dir, prefs, quit_app=lambda: quits.append(1), **kwargs)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, quits


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def unlock(qtbot, window, passphrase: str = PASS) -> None:
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    type_into(qtbot, screen.passphrase.edit, passphrase)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=15_000)


def first_run_to_passphrase(qtbot, window, *, helper: bool = False):
    from survivor_vault.ui.first_run import PASSPHRASE

    run = window.first_run
    assert window.stack.currentWidget() is run
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)  # welcome
    if helper:
        click(qtbot, run.with_helper)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)  # helper
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)  # discreet mode
    assert run.step == PASSPHRASE
    return run


def create(qtbot, window, passphrase: str = PASS, *, helper: bool = False) -> None:
    """The whole first run: a passphrase, the recovery key kept (one group typed back), no kit."""
    from survivor_vault.ui.first_run import DONE, KIT, RECOVERY

    run = first_run_to_passphrase(qtbot, window, helper=helper)
    type_into(qtbot, run.first.edit, passphrase)
    type_into(qtbot, run.second.edit, passphrase)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    assert run.step == RECOVERY
    type_into(qtbot, run.recovery_view.check, run.recovery_view.expected_group.lower())
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    assert run.step == KIT
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)  # make my vault
    qtbot.waitUntil(lambda: run.step == DONE, timeout=15_000)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)  # open my vault
    qtbot.waitUntil(lambda: window.area is not None, timeout=5_000)


def when_a_dialog_comes(handle, *, close_after: bool = False) -> dict:
    """Call `handle(dialog)` as soon as a modal dialog is up (it may open later, e.g. inside an unlock).

    Returns a dict that gets "result" (what `handle` returned) or "error"; the dialog is closed after an
    error (so the test fails instead of hanging) or, with `close_after`, in any case.
    """
    seen: dict = {}

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        try:
            seen["result"] = handle(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the caller after the dialog is closed
            seen["error"] = exc
        if ("error" in seen or close_after) and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def with_modal(qtbot, open_it, handle) -> None:
    """Run `open_it()` (which opens a modal dialog) and `handle(dialog)` once the dialog is up."""
    seen = when_a_dialog_comes(handle)
    open_it()
    if "error" in seen:
        raise seen["error"]


def click(qtbot, widget) -> None:
    """Click a button where a person would: radio and check boxes on their indicator, others in the middle."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    if isinstance(widget, QRadioButton | QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@contextmanager
def window_at_test_size(qtbot, tmp_path, *, language: str = "en", sample_data: bool = False,
                        made_from: Path | None = None):
    """A main window on a locked vault at the text size in SVAULT_FIT_SCALE, for the checks that run in a
    process of their own on a screen of the size under test; dialogs are hidden and the app's font put back
    afterwards. `made_from`: a copy of that vault folder (made once by `sample_vault`), not a new vault."""
    import os
    import shutil

    from PySide6.QtWidgets import QDialog

    font = QApplication.font()  # each window scales the app's font from what it finds: start each test afresh
    if made_from is not None:
        shutil.copytree(made_from, tmp_path / "vault")
    else:
        sample_vault(tmp_path / "vault", sample_data)
    prefs = preferences(tmp_path)
    prefs.text_scale = float(os.environ.get("SVAULT_FIT_SCALE", "1.0"))
    prefs.language = language
    # With sample data it is the demo, as a person trying the app sees it: its banner above every screen.
    main = MainWindow(tmp_path / "vault", prefs, quit_app=lambda: None, demo=sample_data)  # at the size it chooses
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog):
                widget.hide()
        QApplication.setFont(font)


def sample_vault(folder: Path, sample_data: bool = True) -> Path:
    """A locked vault in `folder`, with the demo's sample data if asked."""
    from survivor_vault.core import demo_data
    from survivor_vault.core.vault import Vault

    vault = Vault.create(folder, PASS)
    if sample_data:
        demo_data.fill(vault)
    vault.lock()
    return folder


def answer_file_dialogs(monkeypatch, path) -> None:
    """Every file dialog the app opens from now on answers `path`, as if the survivor had chosen it
    (the dialog module is replaced, not attributes of the app's classes)."""
    from survivor_vault.ui import file_dialogs

    for name in ("choose_file_to_open", "choose_file_to_save", "choose_folder"):
        monkeypatch.setattr(file_dialogs, name, lambda *_args, **_kw: str(path))
    monkeypatch.setattr(file_dialogs, "choose_files_to_open", lambda *_args, **_kw: [str(p) for p in (
        path if isinstance(path, list | tuple) else [path])])
