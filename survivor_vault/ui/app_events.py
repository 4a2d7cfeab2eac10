"""One event filter on the whole application, for everything that watches every window.

Shift three times, Quick exit in every dialog, discreet titles and auto-lock each need to see events for every
widget. As four Python event filters, each event crossed from Qt into Python four times: ~6,000 calls while one
page was built (docs/performance.md). Here it crosses once, and only the watchers of its kind are called.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject
from PySide6.QtWidgets import QApplication

from survivor_vault.ui.one_per_app import made_already, one_per_app

Handler = Callable[[QObject, QEvent], object]


class AppEvents(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self._handlers: dict[QEvent.Type, list[weakref.WeakMethod]] = {}
        self._paused = 0  # how many paused() are open
        self._watching = True  # installed on the application (not paused, or an event loop waited in a pause)
        app.installEventFilter(self)

    def on(self, kinds: Iterable[QEvent.Type], handler: Handler) -> None:
        """Call the method `handler(watched, event)` for every event of these kinds, anywhere in the app.

        Held weakly, as Qt holds an event filter: a watcher lives as long as its window keeps it, not because it
        watches (a window closed by a quick exit was kept alive here, with all its watchers, for good). The newest
        handler is called first, as Qt calls the newest event filter first: a second window's watchers come
        before the first's (its Quick exit is the one put in a dialog)."""
        for kind in kinds:
            handlers = self._handlers.setdefault(kind, [])
            if not any(ref() == handler for ref in handlers):
                handlers.insert(0, weakref.WeakMethod(handler))

    def off(self, handler: Handler) -> None:
        for handlers in self._handlers.values():
            handlers[:] = [ref for ref in handlers if ref() is not None and ref() != handler]

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Nothing crosses into Python while a page is built and shown: it shows no window of its own and reads no
        input (clicks and keys wait in Qt's queue until it is done). The filter was called ~2,400 times to build
        My services, a quarter of the time it took (docs/performance.md). Should anything in the pause wait for
        input all the same (a dialog's own event loop), watching starts again at once, before it waits."""
        self._paused += 1
        if self._paused == 1 and self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False
            QAbstractEventDispatcher.instance().aboutToBlock.connect(self._watch_again)
        try:
            yield
        finally:
            self._paused -= 1
            if self._paused == 0:
                self._watch_again()

    def _watch_again(self) -> None:
        if self._watching:
            return
        QAbstractEventDispatcher.instance().aboutToBlock.disconnect(self._watch_again)
        QApplication.instance().installEventFilter(self)
        self._watching = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        handlers = self._handlers.get(event.type())
        if handlers:
            for ref in tuple(handlers):  # a handler may stop watching (a quick exit stops auto-lock)
                handler = ref()
                if handler is None or not shiboken6.isValid(handler.__self__):
                    # Its watcher is gone with its window: as a filter of its own it would have gone with it.
                    if ref in handlers:
                        handlers.remove(ref)
                    continue
                handler(watched, event)
        return False  # watchers never take an event away from the app


def app_events() -> AppEvents:
    """The application's one AppEvents (a second window, after an erase or in tests, shares it)."""
    return one_per_app(AppEvents)


@contextmanager
def watching_paused() -> Iterator[None]:
    """`AppEvents.paused()` where the application is watched; nothing where it is not yet (a page built before the
    window's first frame, or in a test without a window)."""
    watcher = made_already(AppEvents)
    if watcher is None:
        yield
        return
    with watcher.paused():
        yield
