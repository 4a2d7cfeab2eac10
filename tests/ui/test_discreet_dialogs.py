"""Discreet mode names every dialog "Notes" (title bar, task bar, window switcher), not only the main window."""

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from survivor_vault.core.vault import Vault
from tests.ui.helpers import PASS, open_window, preferences, unlock
from tests.ui.test_quick_exit_everywhere import _dialogs, show_modal

NAMES = ["goal editor", "packet wizard", "someone may know", "new recovery key", "erase", "check a backup",
         "open a packet", "forgot passphrase", "restore", "file dialog", "message box"]


@pytest.fixture
def window_in(qtbot, tmp_path, request):
    Vault.create(tmp_path / "vault", PASS).lock()
    prefs = preferences(tmp_path)
    prefs.discreet = request.param
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    unlock(qtbot, window)
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.hide()
            widget.deleteLater()


@pytest.mark.parametrize("window_in", [True], indirect=True)
@pytest.mark.parametrize("name", NAMES)
def test_in_discreet_mode_every_dialog_is_called_notes(qtbot, window_in, tmp_path, name):
    dialog = show_modal(qtbot, _dialogs(window_in, tmp_path)[name]())
    assert dialog.windowTitle() == "Notes"
    assert window_in.windowTitle() == "Notes"


@pytest.mark.parametrize("window_in", [False], indirect=True)
def test_otherwise_dialogs_keep_their_names(qtbot, window_in, tmp_path):
    dialog = show_modal(qtbot, _dialogs(window_in, tmp_path)["goal editor"]())
    assert dialog.windowTitle() == "New goal"
