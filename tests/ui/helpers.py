"""Driving the app like a person: windows, modal dialogs, waiting for workers."""

from __future__ import annotations

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


def create(qtbot, window, passphrase: str = PASS) -> None:
    screen = window.create_screen
    type_into(qtbot, screen.first.edit, passphrase)
    type_into(qtbot, screen.second.edit, passphrase)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=15_000)


def with_modal(qtbot, open_it, handle) -> None:
    """Run `open_it()` (which opens a modal dialog) and `handle(dialog)` once the dialog is up.

    If `handle` fails, the dialog is closed so the test fails instead of hanging.
    """
    errors: list[BaseException] = []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        try:
            handle(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised after the dialog is closed
            errors.append(exc)
            if shiboken6.isValid(dialog):
                dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    if errors:
        raise errors[0]


def click(qtbot, widget) -> None:
    """Click a button where a person would: radio and check boxes on their indicator, others in the middle."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    if isinstance(widget, QRadioButton | QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
