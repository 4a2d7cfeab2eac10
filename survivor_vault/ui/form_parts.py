"""Small building blocks shared by the pages: labelled fields that say when they are optional."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.placeholders import fill


def optional_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A label like "Pronouns (optional)" tied to its field, for sight and screen readers."""
    label = QLabel(fill(QCoreApplication.translate("Form", "%1 (optional)"), text), parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    buddy.setAccessibleName(text)
    buddy.setAccessibleDescription(QCoreApplication.translate("Form", "Optional"))
    return label


def centred_column(parent: QWidget, box: QWidget, max_width: int) -> None:
    """Lay `box` out in the middle of `parent`, at most `max_width` wide, with wrapped text fully shown.

    (Centring with an alignment flag gives wrapped labels their narrowest width and clips them.)
    """
    box.setMaximumWidth(max_width)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box, 100)
    row.addStretch(1)
    outer = QVBoxLayout(parent)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def line_edit(object_name: str, parent: QWidget, max_length: int = 500) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setMaxLength(max_length)
    return edit


def text_box(object_name: str, parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * (lines + 1))
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * (lines + 4))
    return box
