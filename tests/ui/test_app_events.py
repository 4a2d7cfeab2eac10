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


class ShowWatcher(QObject):
    """Notes each widget shown (a window's own QWindow is shown too: it is not counted)."""

    def __init__(self, seen: list):
        super().__init__()
        self.seen = seen

    def shown(self, watched, _event) -> None:
        if isinstance(watched, QWidget):
            self.seen.append(watched)


def _watching(seen: list):
    watcher = ShowWatcher(seen)
    app_events().on((QEvent.Type.Show,), watcher.shown)
    return watcher


def test_a_page_built_and_shown_crosses_into_python_not_once_and_watching_goes_on_after(qtbot, tmp_path):
    """Building My services called the application's filter ~2,400 times (docs/performance.md)."""
    from survivor_vault.core.vault import Vault
    from survivor_vault.ui.vault_area import SERVICES
    from tests.ui.helpers import PASS, open_window, preferences

    Vault.create(tmp_path / "vault", PASS).lock()
    window, _quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    window.open_vault(Vault.unlock(tmp_path / "vault", PASS))
    seen: list[QWidget] = []
    watcher = _watching(seen)
    window.area.show_page(SERVICES)  # dozens of widgets shown
    assert seen == []
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    assert seen == [other]  # watched again as soon as the page is up
    app_events().off(watcher.shown)
    window.lock()


def test_an_event_loop_waiting_inside_a_pause_is_watched(qtbot):
    """A dialog's own loop reads the survivor's keys: Shift three times must still quit from it."""
    from PySide6.QtCore import QEventLoop, QTimer

    seen: list[QWidget] = []
    watcher = _watching(seen)
    widget = QWidget()
    qtbot.addWidget(widget)
    with app_events().paused(), app_events().paused():  # nested, as a page built inside a page's show would be
        widget.show()
        assert seen == []
        widget.hide()
        loop = QEventLoop()
        QTimer.singleShot(30, widget.show)  # shown while the loop waits for events
        QTimer.singleShot(60, loop.quit)
        loop.exec()
        assert seen == [widget]
    seen.clear()
    widget.hide()
    widget.show()
    assert seen == [widget]  # and after the pause, the filter is there once, not twice
    app_events().off(watcher.shown)
