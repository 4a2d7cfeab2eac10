"""Every class of the Qt modules the app has loaded, made before the application's event filter sees an event.

PySide6 (6.8 and later) makes a Python class the first time it is needed. When Python meets a Qt object it did not
make (a window's private parts, a dialog still being built), shiboken walks the tree of classes below the one it
knows to find the best one (`Graph::identifyType` in libshiboken's bindingmanager.cpp), and makes each class it
passes that does not exist yet. Making a class adds it to that same tree, while the walk holds a reference into
one of its lists: when the list grows, the walk reads memory that was freed. The application's event filter meets
such objects in the thousands (every event of every widget), so the walk ran with the app's very first events.
The test suite died of it in `OpenPacketDialog.__init__` (a segmentation fault inside `QDialog`'s constructor,
where Qt sends the half-built dialog its first event); others have hit the same walk (TiLiA's fix: "incarnate
QProxyStyle before installing app-wide event filters").

So every class of each loaded Qt module is made at once, each asked for by name (as an import does, from no
walk), before the filter is installed, and for a module loaded later (QtSvg, for the icons) as soon as it is
loaded. Then the walk never makes a class: it only reads. ~30-70 ms a module, after the first frame.
"""

from __future__ import annotations

import sys

_made: set[str] = set()


def _loaded() -> list[str]:
    return sorted(name for name in sys.modules if name.startswith("PySide6.Qt") and name.count(".") == 1)


def not_yet_made() -> list[str]:
    """The loaded Qt modules with classes PySide has not made yet (named by `dir()`, not in the module)."""
    remaining = []
    for name in _loaded():
        module = sys.modules[name]
        if set(dir(module)) - set(vars(module)):
            remaining.append(name)
    return remaining


def make_qt_classes(*, one_module: bool = False) -> bool:
    """Make every class of the loaded Qt modules (or of one of them: each takes ~30-70 ms, one per turn of the
    event loop keeps the window answering). True while a loaded module is still to be made."""
    for name in _loaded():
        if name in _made:
            continue
        module = sys.modules[name]
        for attribute in dir(module):  # dir() names the classes not made yet; asking for each makes it
            getattr(module, attribute)
        _made.add(name)
        if one_module:
            return any(other not in _made for other in _loaded())
    return False
