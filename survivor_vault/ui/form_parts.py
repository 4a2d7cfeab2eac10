"""Small building blocks shared by the pages: labelled fields, named buttons, Save/Cancel, confirmations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # each Qt class a module names is built (with its enums) when the module loads: these,
    # which the unlock screen does not use, are loaded where they are used, after the first frame.
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QTableView

from survivor_vault.core.placeholders import fill
from survivor_vault.ui.theme import set_look


class WrappingLabel(QLabel):
    """A label on one line where there is room, wrapped where there is not.

    (A word-wrapped QLabel asks for a narrow, golden-ratio width, so forms wrapped even short labels;
    an unwrapped one widened its panel past the screen in long languages at large text.)
    """

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def sizeHint(self):  # noqa: N802 - Qt API
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        margins = self.contentsMargins()
        longest = max((self.fontMetrics().horizontalAdvance(word) for word in self.text().split()), default=0)
        width = longest + margins.left() + margins.right() + 2
        return QSize(width, self.heightForWidth(width))


def optional_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A label like "Pronouns (optional)" tied to its field, for sight and screen readers."""
    label = WrappingLabel(fill(QCoreApplication.translate("Form", "%1 (optional)"), text), parent)
    label.setBuddy(buddy)
    buddy.setAccessibleName(text)
    buddy.setAccessibleDescription(QCoreApplication.translate("Form", "Optional"))
    return label


def stacked_row(form, label: QWidget, field: QWidget) -> None:
    """A label on a row of its own above its field, both the form's full width (so the label wraps, if it
    must, at the width there is, instead of pushing the form wider than its scroll area)."""
    form.addRow(label)
    form.addRow(field)


def centred_column(parent: QWidget, box: QWidget, max_width: int, *, scrolled: bool = False) -> None:
    """Lay `box` out in the middle of `parent`, at most `max_width` wide at the normal text size (wider as the
    text grows), with wrapped text fully shown; `scrolled`: in a scroll area, so a small screen at the
    largest text scrolls the column instead of squeezing its lines into each other.

    (Centring with an alignment flag gives wrapped labels their narrowest width and clips them.)
    """
    from survivor_vault.ui.theme import MIN_BASE_POINT_SIZE

    box.setMaximumWidth(round(max_width * max(1.0, box.font().pointSizeF() / MIN_BASE_POINT_SIZE)))
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    holder = parent
    if scrolled:
        from PySide6.QtWidgets import QScrollArea

        holder = QWidget()
        scroll = QScrollArea(parent)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside, not to an unseen frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        around = QVBoxLayout(parent)
        around.setContentsMargins(0, 0, 0, 0)
        around.addWidget(scroll)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box, 100)
    row.addStretch(1)
    outer = QVBoxLayout(holder)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def line_edit(object_name: str, parent: QWidget, max_length: int = 500) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setMaxLength(max_length)
    return edit


def text_box(object_name: str, parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    from PySide6.QtWidgets import QPlainTextEdit

    box = QPlainTextEdit(parent)
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * (lines + 1))
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * (lines + 4))
    return box


_ICON, _ICON_LOOK = "svaultIcon", "svaultIconLook"


def tint_button_icon(push: QPushButton) -> bool:
    """Draw a button's icon (given by `button`) in the colour of its text in the scheme now showing; again
    when the desktop turns dark or light. False for a button without one."""
    icon_name = push.property(_ICON)
    if not icon_name:
        return False
    from survivor_vault.ui import icons, theme

    scheme = theme.active_scheme()
    look = push.property(_ICON_LOOK)
    colour = {"destructive": scheme.on_destructive, "primary": scheme.on_accent}.get(look, scheme.button_text)
    push.setIcon(icons.icon(icon_name, colour))
    return True


def button(text: str, object_name: str, slot, parent: QWidget, *, look: str | None = None,
           icon_name: str | None = None) -> QPushButton:
    """A push button with its name for tests and screen readers, wired to `slot`; `look` from ui/theme
    ("primary", or "destructive" for what cannot be undone: Erase, Delete, Withdraw, Remove permission) and an
    icon from ui/icons, drawn in the colour of the button's text."""
    push = QPushButton(text, parent)
    if icon_name is not None:
        push.setProperty(_ICON, icon_name)
        push.setProperty(_ICON_LOOK, look or "")
        tint_button_icon(push)
        side = max(16, round(push.fontMetrics().height() * 0.85))  # grows with the text size
        push.setIconSize(QSize(side, side))
    push.setObjectName(object_name)
    push.setAccessibleName(text)
    push.clicked.connect(slot)
    if look is not None:
        set_look(push, look)
    return push


def save_cancel(dialog: QDialog, save_name: str, cancel_name: str, on_save, *,
                close: bool = False) -> QDialogButtonBox:
    """Save / Cancel for a dialog: Save calls `on_save` (which accepts when all is well).

    `close`: the form keeps a draft when it goes without Save, so the other button is "Close", not "Cancel".
    """
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(dialog)
    save = box.addButton(QCoreApplication.translate("Form", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
    save.setObjectName(save_name)
    save.setAccessibleName(save.text())
    save.setDefault(True)
    set_look(save, "primary")
    other = QCoreApplication.translate("Form", "Close") if close else QCoreApplication.translate("Form", "Cancel")
    cancel = box.addButton(other, QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName(cancel_name)
    cancel.setAccessibleName(cancel.text())
    box.accepted.connect(on_save)
    box.rejected.connect(dialog.reject)
    return box


def message_box(parent: QWidget, object_name: str, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that shows `text` as written: it may hold a person's or a kit's words, never markup or links."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName(object_name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setOpenExternalLinks(False)  # Qt opens links from its message boxes by default
    return box


def question_box(parent: QWidget, object_name: str, title: str, text: str, yes: str,
                 no: str) -> tuple[QMessageBox, QPushButton]:
    """The box `confirm` asks with, and its yes button: the safe answer is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, object_name, QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    return box, yes_button


def confirm(parent: QWidget, object_name: str, title: str, text: str, yes: str, no: str) -> bool:
    """Ask before something that cannot be undone. The safe answer is the default."""
    box, yes_button = question_box(parent, object_name, title, text, yes, no)
    box.exec()
    if not shiboken6.isValid(box):  # closed by a lock or Quick exit while it asked: that is no answer
        return False
    return box.clickedButton() is yes_button


def row_table(view: QTableView, object_name: str, accessible_name: str) -> None:
    """A read-only table of records: whole rows selected, one at a time, rows of one height."""
    view.setObjectName(object_name)
    view.setAccessibleName(accessible_name)
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move in it): no keyboard trap
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)


class _WholeWidth(QObject):
    """Keeps a scroll area that never scrolls sideways at least as wide as what it holds can be, so the
    window around it grows (up to the screen) instead of cutting the content at the side."""

    def __init__(self, scroll, body: QWidget):
        super().__init__(scroll)
        self._scroll, self._body = scroll, body
        body.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self._body and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            bar = self._scroll.verticalScrollBar().sizeHint().width()
            self._scroll.setMinimumWidth(self._body.minimumSizeHint().width() + bar)
        return False


def scrolled_body(owner: QWidget) -> QWidget:
    """A widget inside a frameless scroll area that fills `owner`: lay the owner's content out on it, and a
    screen too small for it (800x600 at the largest text) scrolls it instead of pushing buttons off screen.
    It scrolls up and down only; the owner is kept as wide as the content needs."""
    from PySide6.QtWidgets import QScrollArea

    body = QWidget()
    scroll = QScrollArea(owner)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside, not to an unseen frame
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll sideways
    scroll.setWidget(body)
    _WholeWidth(scroll, body)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return body


def scrolled_part(owner: QWidget, name: str, whole_width: bool = False) -> tuple[QWidget, QVBoxLayout]:
    """The part of a page that scrolls when the window is small (800x600 at the largest text): a frameless
    scroll area (add it to the page's layout) and the layout to put that part in. What stays in sight (the
    page's buttons) goes outside it. `whole_width`: the window grows (up to the screen) to the part's width,
    as for scrolled_body, rather than cutting it at the side."""
    from PySide6.QtWidgets import QScrollArea

    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(owner)
    scroll.setObjectName(name)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside, not to an unseen frame
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    if whole_width:
        _WholeWidth(scroll, body)
    return scroll, layout


def available_when(buttons, available: bool, hint: str) -> None:
    """Buttons that act on the chosen row: unavailable until one is chosen, and then saying why (on hover, and
    to screen readers) instead of only looking faint."""
    for push in buttons:
        push.setEnabled(available)
        push.setToolTip("" if available else hint)
        push.setAccessibleDescription("" if available else hint)


def rows_height(view: QTableView, rows: int) -> int:
    """How tall a table is with `rows` rows, its column titles and a sideways scroll bar."""
    frame = view.frameWidth() * 2
    header = view.horizontalHeader().sizeHint().height()
    bar = view.horizontalScrollBar().sizeHint().height()
    return frame + header + bar + rows * view.verticalHeader().defaultSectionSize()


def show_rows(view: QTableView, rows: int) -> None:
    """At least `rows` rows of a table stay visible, with its column titles and a sideways scroll bar."""
    view.setMinimumHeight(rows_height(view, rows))


def language_choice(parent: QWidget, current: str) -> QComboBox:
    """Every language we have, each named in itself, so anyone can find their own."""
    from survivor_vault.ui.language import available

    combo = QComboBox(parent)
    combo.setObjectName("languageChoice")
    combo.setAccessibleName(QCoreApplication.translate("Form", "Language"))
    for code, name in available().items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


GLOBE = "\N{GLOBE WITH MERIDIANS} "


def language_row(parent: QWidget, preference: str, on_chosen) -> tuple[QHBoxLayout, QComboBox]:
    """"Language" and the list of languages, for the first screens; `on_chosen(code)` when one is picked."""
    from survivor_vault.ui.language import resolve

    combo = language_choice(parent, resolve(preference))
    combo.activated.connect(lambda index: on_chosen(combo.itemData(index)))
    # The globe says "language" to someone who cannot read the word yet (the app starts in the computer's
    # language, which may not be theirs); the list names each language in itself.
    words = QCoreApplication.translate("Form", "Language")
    label = QLabel(GLOBE + words, parent)
    label.setAccessibleName(words)
    label.setBuddy(combo)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(combo)
    row.addStretch(1)
    return row, combo


def new_passphrase_problem(new: str, again: str) -> str | None:
    """What is wrong with a new passphrase typed twice (core.passphrase_rules), in kind words; None if nothing."""
    from survivor_vault.core.passphrase_rules import check_new_passphrase
    from survivor_vault.model.errors import PassphraseRejected
    from survivor_vault.ui.error_words import words_for

    try:
        check_new_passphrase(new, again)
    except PassphraseRejected as problem:
        return words_for(problem)
    return None


def reserve_lines(label, lines: int = 3) -> None:
    """Keep room for a message of up to `lines` lines, so buttons below never jump when it appears
    (a click aimed at a button then lands on it)."""
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines + 4)


def busy_bar(parent: QWidget, name: str, accessible: str) -> QProgressBar:
    """A thin "working…" bar, hidden until slow work runs on a worker."""
    bar = QProgressBar(parent)
    bar.setObjectName(name)
    bar.setAccessibleName(accessible)
    bar.setRange(0, 0)
    bar.setMaximumHeight(8)
    bar.setTextVisible(False)
    bar.hide()
    return bar


class _WrappedLabel(QLabel):
    """A wrapped label that may be as narrow as its longest word. (A word-wrapped QLabel asks for a minimum
    width from its whole text, up to about 80 letters: at the largest text that pushed a whole Settings
    section wider than its scroll area, and the section was cut at the side.)"""

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        longest = max((self.fontMetrics().horizontalAdvance(word) for word in self.text().split()), default=0)
        # Only the width: the height it needs at the width it is given comes from heightForWidth (asking for
        # the height at its narrowest made a whole wizard page too tall for the screen).
        return QSize(min(hint.width(), longest + margins.left() + margins.right() + 2), hint.height())


def message_label(parent: QWidget, name: str) -> QLabel:
    """A label for kind messages: plain text (never rich), wrapped."""
    label = _WrappedLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ButtonRow(QObject):
    """A row of buttons that wraps onto more lines when the space it lives in is too narrow for it.

    (Two long buttons side by side made a whole panel wider than its scroll area at large text, and
    the panel's right side was cut off; a row that became a column of full-width buttons instead left
    the list above it two rows tall. Buttons cannot wrap their words; the row can.)
    """

    def __init__(self, buttons: list[QWidget], space: QWidget):
        super().__init__(space)
        from survivor_vault.ui.components.flow_layout import FlowLayout

        self.layout = FlowLayout()
        self._buttons = buttons
        for b in buttons:
            self.layout.addWidget(b)


def size_to_content(dialog: QDialog, body: QWidget, buttons: QWidget, least_letters: int = 60) -> None:
    """A dialog whose form scrolls (scrolled_body) made as tall as its form at its width, so it scrolls only
    where the screen is too small (fit_on_screen then takes it down to the screen)."""
    from survivor_vault.ui.theme import SPACE

    width = max(least_letters * dialog.fontMetrics().averageCharWidth(), body.sizeHint().width() + SPACE["m"])
    layout = body.layout()
    height = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
    height = max(height, body.sizeHint().height())
    quick_exit_row = 2 * dialog.fontMetrics().height() + SPACE["m"]  # added above the content when shown
    dialog.resize(width, height + buttons.sizeHint().height() + quick_exit_row + 4 * SPACE["s"])
