"""A ring around whichever field has the keyboard: 2 px, in the focus colour, in every window.

Fusion marks a focused field, list or tick box with a 1 px line in a colour close to its edge (1.2:1 to
1.9:1 against it, measured), lost to low vision, in the dark scheme most of all. A style sheet rule would
give a ring too, but it takes the drawing of spin boxes and drop-downs away from Fusion (their arrows
broke). So the ring is drawn by a small see-through widget laid over the field's edge, on the field's
parent: the field itself is drawn as before. Buttons, the sidebar and cards draw their own rings.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from survivor_vault.ui.theme import SPACE, active_scheme

RINGED = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QCheckBox, QRadioButton, QTableView,
          QTreeView, QListView, QScrollArea)  # a scroll area takes the keyboard only to scroll (the preview)
OWN_RING = "drawsOwnFocus"  # a property: the sidebar and the card lists ring their current item themselves
WIDTH = 2
GAP = 1  # between the field's edge and the ring


def ringed_widget(widget: QWidget | None) -> QWidget | None:
    """The widget to ring when `widget` has the keyboard (the spin box or drop-down around an inner line edit),
    or None for those that draw their own."""
    while widget is not None and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        widget = widget.parentWidget()
    return widget if isinstance(widget, RINGED) and not widget.property(OWN_RING) else None


class _Ring(QWidget):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(active_scheme().focus_ring), WIDTH))
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)

    def paint_only_the_edge(self) -> None:
        """Clicks pass through anyway; the inside is left to the field (a mask keeps only the ring drawn)."""
        from PySide6.QtGui import QRegion

        outer = QRegion(self.rect())
        inner = QRegion(self.rect().adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH))
        self.setMask(outer.subtracted(inner))


class FocusRing(QObject):
    """Follows the keyboard's focus across the app's windows and keeps the ring on the focused field."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._field: QWidget | None = None
        self._ring: _Ring | None = None
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        self._leave()
        if new is not None:
            bring_into_sight(new)
            # Again once the window has laid itself out: a wizard's new page has the focus before its layout is
            # done, and its scroll area (12 pixels tall then) was scrolled as if it were that small.
            QTimer.singleShot(0, lambda: bring_into_sight(new) if shiboken6.isValid(new) and new.hasFocus() else None)
        field = ringed_widget(new)
        host = _host(field) if field is not None else None
        if field is None or host is None:
            return
        self._field = field
        self._ring = _Ring(host)
        # The field and what lies between it and the ring's host: any of them moving moves the field.
        widget = field
        while widget is not None and widget is not host:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._place()

    def _leave(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        if self._ring is not None and shiboken6.isValid(self._ring):
            self._ring.hide()
            self._ring.deleteLater()
        self._field, self._ring, self._watched = None, None, []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
                            QEvent.Type.ParentChange):
            self._place()
        return False

    def _place(self) -> None:
        field, ring = self._field, self._ring
        if field is None or ring is None or not shiboken6.isValid(ring) or not shiboken6.isValid(field):
            return
        host = ring.parentWidget()
        if host is None or not host.isAncestorOf(field) or not field.isVisible():
            ring.hide()
            return
        out = WIDTH + GAP
        ring.setGeometry(QRect(field.mapTo(host, QPoint(0, 0)), field.size()).adjusted(-out, -out, out, out))
        ring.paint_only_the_edge()
        ring.raise_()
        ring.show()


def bring_into_sight(widget: QWidget) -> None:
    """Scroll every area around the widget that has the keyboard so that it is seen. (Qt does so only when Tab
    moves within the area: coming from the list beside it, or with the arrow keys between the service choices,
    a choice could be made while wholly out of sight.)"""
    inner = widget
    area = widget.parentWidget()
    while area is not None:
        if isinstance(area, QScrollArea) and area.widget() is not None and area.widget().isAncestorOf(inner):
            whole = _kept_whole(inner, area.widget())
            if whole is not None:  # the code a Copy button belongs to comes into sight with it, where it fits
                area.ensureWidgetVisible(whole, 0, 0)
            area.ensureWidgetVisible(inner, SPACE["s"], SPACE["s"])
            inner = area
        area = area.parentWidget()


def _host(field: QWidget) -> QWidget | None:
    """Where the ring is drawn: the nearest widget around the field with room for the whole ring (a field
    filling a small widget of its own, a passphrase box with its Show button, had its ring cut away), never
    beyond a scrolled area's viewport or the window."""
    out = WIDTH + GAP
    host = field.parentWidget()
    while host is not None:
        rect = QRect(field.mapTo(host, QPoint(0, 0)), field.size()).adjusted(-out, -out, out, out)
        if host.rect().contains(rect) or host.isWindow() or host.objectName() == "qt_scrollarea_viewport":
            return host
        host = host.parentWidget()
    return None


def install_focus_ring(app: QApplication) -> FocusRing:
    """The one FocusRing of the app (a second window, after an erase or in tests, shares it)."""
    from survivor_vault.ui.one_per_app import one_per_app

    ring = one_per_app(FocusRing)
    ring._focus_changed(None, app.focusWidget())  # installed after the first frame: ring what has it now
    return ring


def _kept_whole(widget: QWidget, top: QWidget) -> QWidget | None:
    """The nearest widget around `widget`, below `top`, that asks to be seen whole (a CodeBlock)."""
    from survivor_vault.ui.components.code_block import KEEP_IN_SIGHT_WHOLE

    while widget is not None and widget is not top:
        if widget.property(KEEP_IN_SIGHT_WHOLE):
            return widget
        widget = widget.parentWidget()
    return None
