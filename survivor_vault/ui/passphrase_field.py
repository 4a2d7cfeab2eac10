"""A passphrase entry with a show/hide button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class PassphraseField(QWidget):
    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name + "Box")
        self.edit = QLineEdit(self)
        self.edit.setObjectName(object_name)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QPushButton(self.tr("Show"), self)
        self.toggle.setObjectName(object_name + "Show")
        self.toggle.setAccessibleName(self.tr("Show or hide what you typed"))
        self.toggle.setCheckable(True)
        # Out of the Tab order and never the default button: Tab goes from field to field, and neither
        # Return nor a space typed after Tab shows a passphrase in clear. A click (or a screen reader's
        # press action) still shows it.
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle.setAutoDefault(False)
        self.toggle.toggled.connect(self._set_visible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self._least_width()
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _set_visible(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _least_width(self) -> None:
        # Room to see what is typed (about 16 letters): beside a long label (Russian, the largest text, an
        # 800-pixel screen) the field was squeezed to 100 pixels; a form then puts it under its label instead.
        self.edit.setMinimumWidth(16 * self.edit.fontMetrics().averageCharWidth())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._least_width()

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)
