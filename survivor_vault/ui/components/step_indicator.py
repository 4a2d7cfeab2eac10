"""“Step 3 of 7”, in words and as a row of dots, for the first run and the packet wizard."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.ui.theme import SPACE, active_scheme, set_look


class _Dots(QWidget):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.step, self.total = 1, 1
        self.setAccessibleName("")  # the words beside the dots say it for screen readers

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        size = max(8, self.fontMetrics().height() // 2)
        return QSize(self.total * size * 2, size + 2)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        scheme = active_scheme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = max(8, self.fontMetrics().height() // 2)
        y = self.height() / 2
        for i in range(self.total):
            x = i * size * 2 + size / 2 + 1
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                x = self.width() - x
            done = i < self.step
            painter.setPen(QPen(QColor(scheme.accent if done else scheme.border), 2))  # a 1-px ring read as 2.3:1
            painter.setBrush(QColor(scheme.accent) if done else Qt.BrushStyle.NoBrush)
            radius = size / 2 if i == self.step - 1 else size / 2 - 1
            painter.drawEllipse(QPointF(x, y), radius, radius)


class StepIndicator(QWidget):
    def __init__(self, total: int, parent: QWidget | None = None, name: str = "stepIndicator"):
        super().__init__(parent)
        self.setObjectName(name)
        self.words = set_look(QLabel(self), "small")
        self.words.setObjectName(name + "Words")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.dots = _Dots(self)
        self.dots.total = total
        self.dots.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # every dot whole
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE["s"])
        layout.addWidget(self.words)
        layout.addWidget(self.dots)
        layout.addStretch(1)
        self.set_step(1)

    def set_step(self, step: int) -> None:
        self.dots.step = step
        text = fill(self.tr("Step %1 of %2"), step, self.dots.total)
        self.words.setText(text)
        self.setAccessibleName(text)
        self.dots.updateGeometry()
        self.dots.update()
