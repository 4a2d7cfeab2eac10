"""A thin bar that shows how far something has come ("2 of 5 steps"); the words beside it say the same."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from survivor_vault.ui.theme import set_look


def progress_line(parent: QWidget, done: int, total: int, accessible: str) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setObjectName("progressLine")
    bar.setRange(0, max(total, 1))
    bar.setValue(min(done, max(total, 1)))
    bar.setTextVisible(False)
    bar.setFixedHeight(8)
    bar.setAccessibleName(accessible)
    return set_look(bar, "thin")
