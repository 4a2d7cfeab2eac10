"""One object of a kind for the whole application: the watchers every window shares (a second window, after an
erase or in tests, finds the one already there). Made as a child of the application, so it goes with it."""

from __future__ import annotations

from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

Kind = TypeVar("Kind", bound=QObject)

_made: dict[type, QObject] = {}


def one_per_app(kind: type[Kind]) -> Kind:
    """The application's one `kind(app)`, made the first time it is asked for."""
    app = QApplication.instance()
    made = _made.get(kind)
    if made is None or not shiboken6.isValid(made) or made.parent() is not app:
        made = _made[kind] = kind(app)
    return made  # type: ignore[return-value]


def made_already(kind: type[Kind]) -> Kind | None:
    """The application's `kind`, if it has been made (and not deleted); None, without making one."""
    made = _made.get(kind)
    if made is None or not shiboken6.isValid(made) or made.parent() is not QApplication.instance():
        return None
    return made  # type: ignore[return-value]
