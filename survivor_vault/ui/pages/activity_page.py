"""Activity: the survivor's own log of what happened in the vault, newest first."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.ui import wording
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.models.activity_model import ActivityModel
from survivor_vault.ui.theme import SPACE, TYPE, active_scheme


class WhatThenWhen(QStyledItemDelegate):
    """What happened on one line, when under it in small print. (On one line, "28 de noviembre de 2026 8:46 —
    Paquete para compartir…" was cut in every row at the largest text: the date took half the width.)"""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * TYPE["small"])
        return option.font, small

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt API
        body, small = self._fonts(option)
        height = QFontMetrics(body).height() + QFontMetrics(small).height() + 2 * SPACE["xs"] + SPACE["xs"] // 2
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # the frame, selection and focus as the style draws them; the words drawn below
        style = plain.widget.style() if plain.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        scheme = active_scheme()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        body, small = self._fonts(option)
        rect = option.rect.adjusted(SPACE["s"], SPACE["xs"], -SPACE["s"], -SPACE["xs"])
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.save()
        painter.setLayoutDirection(option.direction)
        for text, font, colour in ((index.data(ActivityModel.WhatRole) or "", body,
                                    scheme.highlighted_text if selected else scheme.text),
                                   (index.data(ActivityModel.WhenRole) or "", small,
                                    scheme.highlighted_text if selected else scheme.muted_text)):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(rect, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
            rect.setTop(rect.top() + metrics.height() + SPACE["xs"] // 2)
        painter.restore()


class ActivityPage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityPage")
        self.model = ActivityModel(vault.activity, self)
        header = PageHeader(
            self.tr("Activity"),
            self.tr("What happened in your vault, newest first. Only you can see this."), self)
        self.list = QListView(self)
        self.list.setObjectName("activityList")
        self.list.setAccessibleName(self.tr("Activity"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # thousands of rows over ten years: all one height, laid out fast
        self.list.setItemDelegate(WhatThenWhen(self.list))
        self.message = QLabel(self)
        self.message.setObjectName("activityMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        wording.attempt(self.model.reload, self.message.setText)
