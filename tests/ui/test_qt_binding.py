"""Guards against a known fault in the Qt binding: it must not be installed.

PySide6-Essentials 6.12.0 drops a reference to True/False each time a bool signal (toggled,
a custom Signal(bool)) reaches a Python bound method or a custom signal is emitted with a
bool; after enough toggles the interpreter aborts ("deallocating True or False"). The app
connects such signals everywhere, so pyproject.toml keeps the binding below 6.12. If you
raise that bound, this test tells you whether the new version is safe.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox


class _Slots:
    def taking_bool(self, _on: bool) -> None:
        pass


class _Emitter(QObject):
    changed = Signal(bool)


def test_bool_signals_do_not_leak_references_to_true_and_false(qtbot):
    box = QCheckBox()
    slots = _Slots()
    box.toggled.connect(slots.taking_bool)
    emitter = _Emitter()
    emitter.changed.connect(lambda _on: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(50):  # few enough never to reach zero, enough to measure
        box.setChecked(not box.isChecked())
        emitter.changed.emit(True)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
