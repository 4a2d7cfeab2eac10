"""A small picture of what was shared with whom and until when: one bar a packet, and a line for today.

Drawn with QPainter (no charting library). The same facts are in the history table beside it; the
picture's accessible description says them in words too. Which state a bar is in shows in its fill and
its ends, not in colour alone: still open is filled, ended is an outline, withdrawn is an outline
crossed at its end.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from survivor_vault.core.placeholders import fill
from survivor_vault.core.sharing_timeline import Bar, BarState, Timeline
from survivor_vault.sharing.date_text import date_text, fitting_date_text
from survivor_vault.ui.theme import SPACE, active_scheme


class SharingTimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sharingTimeline")
        self.setAccessibleName(self.tr("Timeline of what you shared"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timeline: Timeline | None = None

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self.setVisible(timeline is not None)
        self.setAccessibleDescription(self._in_words())
        self.updateGeometry()
        self.update()

    def _state_words(self, bar: Bar) -> str:
        if bar.state is BarState.WITHDRAWN:
            return fill(self.tr("%1: from %2, withdrawn %3"), bar.recipient, date_text(bar.start), date_text(bar.end))
        if bar.state is BarState.ENDED:
            return fill(self.tr("%1: from %2, ended %3"), bar.recipient, date_text(bar.start), date_text(bar.end))
        if bar.no_end_date:
            return fill(self.tr("%1: from %2, no end date"), bar.recipient, date_text(bar.start))
        return fill(self.tr("%1: from %2 until %3"), bar.recipient, date_text(bar.start), date_text(bar.end))

    def _in_words(self) -> str:
        if self.timeline is None:
            return ""
        return "; ".join(self._state_words(bar) for bar in self.timeline.bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + SPACE["s"]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        rows = len(self.timeline.bars) if self.timeline else 0
        # The bars, then the dates under the line (a line's height, the gap above it, and room below).
        return QSize(400, rows * self._row_height() + self.fontMetrics().height() + SPACE["m"] + SPACE["s"])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        if self.timeline is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        names_width = self._names_width()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft  # names on the right, time runs leftwards
        line_width = self.line_width()
        line = QRectF(SPACE["m"] if rtl else names_width + SPACE["s"], 0, line_width, self.height())
        names_left = self.width() - names_width if rtl else 0
        # AlignAbsolute: these are places on the picture, already mirrored (Qt would mirror them again).
        align = ((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
                 | Qt.AlignmentFlag.AlignAbsolute)
        row = self._row_height()
        scheme = active_scheme()
        for index, bar in enumerate(self.timeline.bars):
            top = index * row
            painter.setPen(QColor(scheme.window_text))
            painter.drawText(QRectF(names_left, top, names_width, row), int(align),
                             metrics.elidedText(bar.recipient, Qt.TextElideMode.ElideRight, names_width))
            self._draw_bar(painter, bar, line, top + SPACE["xs"], row - SPACE["s"])
        self._draw_axis(painter, line, len(self.timeline.bars) * row)

    def _x(self, line: QRectF, day) -> float:
        fraction = self.timeline.fraction(day)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            fraction = 1.0 - fraction
        return line.left() + fraction * line.width()

    def _draw_bar(self, painter: QPainter, bar: Bar, line: QRectF, top: float, height: float) -> None:
        scheme = active_scheme()
        left, right = sorted((self._x(line, bar.start), self._x(line, bar.end)))
        rect = QRectF(left, top, max(right - left, height), height)
        colour = QColor(scheme.destructive if bar.state is BarState.WITHDRAWN else scheme.accent)
        painter.setPen(QPen(colour if bar.state is not BarState.ENDED else QColor(scheme.border), 2))
        painter.setBrush(colour if bar.state is BarState.OPEN else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        if bar.state is BarState.WITHDRAWN:  # a cross where consent was withdrawn
            end = rect.right() if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else rect.left()
            middle = rect.center().y()
            half = height / 2
            painter.drawLine(QPointF(end - half, middle - half), QPointF(end + half, middle + half))
            painter.drawLine(QPointF(end - half, middle + half), QPointF(end + half, middle - half))

    def _names_width(self) -> int:
        longest = max(self.fontMetrics().horizontalAdvance(b.recipient) for b in self.timeline.bars)
        return min(self.width() // 3, longest + SPACE["s"])

    def line_width(self) -> int:
        """How wide the time line is drawn, beside the names."""
        return self.width() - self._names_width() - SPACE["s"] - SPACE["m"]

    def axis_dates(self, line_width: float) -> tuple[str, str]:
        """The first and last day under the line, each in the longest form that fits in its half ("14 de
        septiembre de 2026" was cut at the largest text in Spanish; then "14 sep 2026", then "sep 2026")."""
        room = line_width / 2 - SPACE["s"]
        metrics = self.fontMetrics()
        return tuple(fitting_date_text(day, lambda text: metrics.horizontalAdvance(text) <= room)
                     for day in (self.timeline.start, self.timeline.end))

    def _draw_axis(self, painter: QPainter, line: QRectF, bottom: float) -> None:
        scheme = active_scheme()
        metrics = self.fontMetrics()
        painter.setPen(QPen(QColor(scheme.border), 1))
        painter.drawLine(QPointF(line.left(), bottom), QPointF(line.right(), bottom))
        today = self._x(line, self.timeline.today)
        painter.setPen(QPen(QColor(scheme.window_text), 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today, 0), QPointF(today, bottom + SPACE["xs"]))
        painter.setPen(QColor(scheme.muted_text))
        text_top = bottom + SPACE["xs"]
        height = metrics.height() + SPACE["xs"]
        first, last = self.axis_dates(line.width())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            first, last = last, first  # what is drawn on the left, and on the right
        half = line.width() / 2
        painter.drawText(QRectF(line.left(), text_top, half, height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute),
                         first)
        painter.drawText(QRectF(line.left() + half, text_top, half, height),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute),
                         last)
        label = self.tr("Today")
        width = metrics.horizontalAdvance(label) + SPACE["s"]
        left_end = line.left() + metrics.horizontalAdvance(first) + SPACE["s"]
        right_start = line.right() - metrics.horizontalAdvance(last) - SPACE["s"]
        if left_end < today - width / 2 and today + width / 2 < right_start:  # never over a date
            painter.setPen(QColor(scheme.window_text))
            painter.drawText(QRectF(today - width / 2, text_top, width, height), int(Qt.AlignmentFlag.AlignHCenter),
                             label)
