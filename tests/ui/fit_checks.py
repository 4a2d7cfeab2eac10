"""Checks run by test_fits_the_screen.py in a process of its own, whose (offscreen) screen has the
size under test and whose text size comes from SVAULT_FIT_SCALE: every window and dialog fits the
screen's free area, none is off it, and no visible button lies outside the screen."""

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from survivor_vault.core.vault import Vault
from survivor_vault.ui.main_window import MainWindow
from tests.ui.helpers import PASS, preferences, unlock
from tests.ui.test_quick_exit_everywhere import _dialogs

NAMES = ["goal editor", "packet wizard", "someone may know", "new recovery key", "erase", "check a backup",
         "open a packet", "forgot passphrase", "restore", "file dialog", "message box"]


def free_area():
    return QGuiApplication.primaryScreen().availableGeometry()


def assert_no_label_squeezed(window):
    """Every line of wrapped text shows (at large text sizes labels were squeezed over the fields)."""
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed - 2, (type(window).__name__, label.text()[:60], label.height(), needed)


def assert_fits(window):
    free = free_area()
    assert free.contains(window.frameGeometry()), (type(window).__name__, window.frameGeometry(), free)
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            corner = button.mapToGlobal(QPoint(0, 0))
            rect = button.rect().translated(corner)
            assert free.contains(rect), (type(window).__name__, button.text(), rect, free)


@pytest.fixture
def window(qtbot, tmp_path):
    font = QApplication.font()  # each window scales the app's font from what it finds: start each test afresh
    Vault.create(tmp_path / "vault", PASS).lock()
    prefs = preferences(tmp_path)
    prefs.text_scale = float(os.environ.get("SVAULT_FIT_SCALE", "1.0"))
    main = MainWindow(tmp_path / "vault", prefs, quit_app=lambda: None)  # at the size it chooses itself
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.hide()
    QApplication.setFont(font)


def test_the_main_window_opens_within_a_small_screen(window):
    assert_fits(window)


@pytest.mark.parametrize("name", NAMES)
def test_every_dialog_fits_a_small_screen(qtbot, window, tmp_path, name):
    unlock(qtbot, window)
    dialog = _dialogs(window, tmp_path)[name]()
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert_fits(dialog)
    if name not in ("file dialog", "packet wizard"):  # Qt's own layouts; the wizard's pages scroll
        assert_no_label_squeezed(dialog)
