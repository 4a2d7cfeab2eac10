"""A list of records drawn as cards: a title, the person's own words, small facts, and a state in words.

For lists whose every column mattered and whose table squeezed the longest (the sharing history: seven
columns, the purpose cut to "Housin…" at the largest text). A card wraps its words to the list's width
instead, so nothing is cut and nothing scrolls sideways. Drawn by a delegate on a QListView: the arrow
keys, selection, typing a name to jump to it, and a screen reader's reading of each row (its whole card,
from the model's AccessibleTextRole) are the list view's own.

The model gives each row a `CardText` under `CARD_ROLE`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from survivor_vault.ui.theme import RADIUS, SPACE, TYPE, active_scheme

CARD_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(frozen=True)
class CardText:
    title: str
    words: str  # the survivor's own words (a purpose): plain text, wrapped, never cut
    facts: str  # small print: dates, counts
    state: str = ""  # said in words, in bold; `alarm` draws it in the destructive colour as well
    alarm: bool = False


_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


class CardDelegate(QStyledItemDelegate):
    """Draws each row as a card as wide as the list, as tall as its wrapped words."""

    def __init__(self, view: QListView):
        super().__init__(view)
        self._view = view

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        body = QFont(self._view.font())
        title = QFont(body)
        title.setBold(True)
        small = QFont(body)
        small.setPointSizeF(body.pointSizeF() * TYPE["small"])
        return title, body, small

    def _lines(self, card: CardText) -> list[tuple[str, QFont, str]]:
        """(text, font, what it is) for each line shown, top to bottom."""
        title, body, small = self._fonts()
        lines = [(card.title, title, "title")]
        if card.words:
            lines.append((card.words, body, "words"))
        if card.facts:
            lines.append((card.facts, small, "facts"))
        if card.state:
            lines.append((card.state, title, "state"))
        return lines

    def _text_width(self, width: int) -> int:
        return max(1, width - 2 * SPACE["m"] - 2 * SPACE["xs"])

    def _heights(self, card: CardText, width: int) -> list[int]:
        text_width = self._text_width(width)
        return [QFontMetrics(font).boundingRect(QRect(0, 0, text_width, 100_000), _FLAGS, text).height()
                for text, font, _what in self._lines(card)]

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt API
        card = index.data(CARD_ROLE)
        if card is None:
            return super().sizeHint(option, index)
        width = self._view.viewport().width()  # the card is as wide as the list, and wraps to it
        heights = self._heights(card, width)
        height = sum(heights) + SPACE["xs"] * (len(heights) - 1) + 2 * SPACE["s"] + 2 * SPACE["xs"]
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card = index.data(CARD_ROLE)
        if card is None:
            super().paint(painter, option, index)
            return
        scheme = active_scheme()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(option.direction)  # AlignLeft is the reading side, mirrored in RTL
        frame = option.rect.adjusted(SPACE["xs"], SPACE["xs"], -SPACE["xs"], -SPACE["xs"])
        painter.setBrush(QColor(scheme.highlight if selected else scheme.card))
        ring = focused and self._view.hasFocus()
        painter.setPen(QPen(QColor(scheme.focus_ring if ring else scheme.border), 2 if ring else 1))
        painter.drawRoundedRect(frame, RADIUS["card"], RADIUS["card"])
        ink = {"title": scheme.highlighted_text if selected else scheme.text,
               "words": scheme.highlighted_text if selected else scheme.text,
               "facts": scheme.highlighted_text if selected else scheme.muted_text,
               "state": (scheme.highlighted_text if selected else scheme.destructive if card.alarm
                         else scheme.text)}
        text_width = self._text_width(option.rect.width())
        top = frame.top() + SPACE["s"]
        left = option.rect.left() + SPACE["m"] + SPACE["xs"]
        for (text, font, what), height in zip(self._lines(card), self._heights(card, option.rect.width()),
                                              strict=True):
            painter.setFont(font)
            painter.setPen(QColor(ink[what]))
            painter.drawText(QRect(left, top, text_width, height), _FLAGS, text)
            top += height + SPACE["xs"]
        painter.restore()


class CardList(QListView):
    """A read-only list of cards: one chosen at a time, the arrows move, Tab leaves."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again at the new width
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # a tall card scrolls smoothly
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # never sideways: it wraps
        self.setUniformItemSizes(False)
        self.setItemDelegate(CardDelegate(self))
        self.setProperty("drawsOwnFocus", True)  # the chosen card wears the ring, not the whole list

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Coming in with Tab, the card under the ring is the chosen one: a ring on a card that was not chosen
        left the buttons for it unavailable, and Tab skipped them without a word."""
        super().focusInEvent(event)
        model = self.model()
        if model is not None and model.rowCount() and self.selected_row() is None:
            current = self.currentIndex()
            self.setCurrentIndex(current if current.isValid() else model.index(0, 0))

    def currentChanged(self, current, previous) -> None:  # noqa: N802 - Qt API
        super().currentChanged(current, previous)
        if current.isValid():
            self.show_in_page(current)

    def show_in_page(self, index, below: QWidget | None = None) -> None:
        """Bring the card at `index` into sight in the page that scrolls around this list as well as in the
        list (the arrow keys chose a card below the page's fold, unseen), with `below` (its button) if given."""
        # Next to its button, the card goes to the list's foot: the two are seen together.
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtBottom if below is not None
                      else QAbstractItemView.ScrollHint.EnsureVisible)
        area = self._page_scroll()
        if area is None:
            return
        body = area.widget()
        rect = self.visualRect(index).intersected(self.viewport().rect())
        wanted = QRect(self.viewport().mapTo(body, rect.topLeft()), rect.size())
        if below is not None and below.isVisible():
            button = QRect(below.mapTo(body, below.rect().topLeft()), below.size())
            together = wanted.united(button)
            # Both if they fit; else the button alone, which names the card it acts on.
            wanted = together if together.height() + 2 * SPACE["s"] <= area.viewport().height() else button
        centre = wanted.center()
        area.ensureVisible(centre.x(), centre.y(), wanted.width() // 2 + SPACE["s"],
                           wanted.height() // 2 + SPACE["s"])

    def _page_scroll(self) -> QScrollArea | None:
        widget = self.parentWidget()
        while widget is not None:
            if isinstance(widget, QScrollArea) and widget.widget() is not None and widget.widget().isAncestorOf(self):
                return widget
            widget = widget.parentWidget()
        return None

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """End goes to the last card of all, not the last one laid out so far."""
        if event.key() == Qt.Key.Key_End:
            self._lay_out_all()
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        """Typing a name finds it among all the cards (among those laid out so far, "Zed 005" found "Zed 069")."""
        self._lay_out_all()
        super().keyboardSearch(search)

    def _lay_out_all(self) -> None:
        model = self.model()
        while model is not None and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())

    def select_row(self, row: int) -> None:
        self.setCurrentIndex(self.model().index(row, 0))

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        return rows[0].row() if rows else None

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.scheduleDelayedItemsLayout()  # the cards are as tall as their words at the new size

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # narrower: more lines a card
            self.updateGeometry()

    SHOWN = 6  # cards shown whole before the list scrolls on its own

    def setModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        for change in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            change.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Tall enough for the first few cards whole: the page scrolls, not a small window inside it."""
        hint = super().sizeHint()
        rows = min(self.model().rowCount(), self.SHOWN) if self.model() is not None else 0
        height = sum(self.sizeHintForRow(row) for row in range(rows)) + 2 * self.frameWidth()
        return QSize(hint.width(), max(height, self.minimumHeight()))

    def rows_tall(self, rows: int) -> int:
        """The height that shows `rows` cards of one line each (its least height: never a sliver)."""
        title, body, small = self.itemDelegate()._fonts()
        card = sum(QFontMetrics(f).height() for f in (title, body, small)) + 2 * SPACE["xs"]
        return rows * (card + 2 * SPACE["s"] + 2 * SPACE["xs"]) + 2 * self.frameWidth()
