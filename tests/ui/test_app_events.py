"""One filter on the application for every watcher (ui/app_events.py): it must behave as the filters it replaced."""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from survivor_vault.ui.app_events import app_events


class Watcher(QObject):
    def __init__(self, seen: list, name: str, parent=None):
        super().__init__(parent)
        self.seen, self.name = seen, name

    def shown(self, _watched, _event) -> None:
        self.seen.append(self.name)


def test_the_newest_watcher_hears_first_and_one_stopped_hears_nothing(qtbot):
    seen: list[str] = []
    first, second = Watcher(seen, "first"), Watcher(seen, "second")
    app_events().on((QEvent.Type.Show,), first.shown)
    app_events().on((QEvent.Type.Show,), second.shown)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    assert seen[:2] == ["second", "first"]
    app_events().off(first.shown)
    app_events().off(second.shown)
    seen.clear()
    widget.hide()
    widget.show()
    assert seen == []


def test_a_watcher_keeps_nothing_alive_and_one_deleted_with_its_window_is_dropped(qtbot):
    seen: list[str] = []
    window = QWidget()
    watcher = Watcher(seen, "gone", window)
    app_events().on((QEvent.Type.Show,), watcher.shown)
    alive = weakref.ref(watcher)
    shiboken6.delete(window)  # the window and its watcher, as when a closed window is deleted
    del watcher, window
    gc.collect()
    assert alive() is None  # the filter held no reference of its own
    other = QWidget()
    qtbot.addWidget(other)
    other.show()  # and an event after that reaches no dead watcher
    assert seen == []
    assert QApplication.instance() is not None
