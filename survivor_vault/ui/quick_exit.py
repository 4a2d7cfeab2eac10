"""Quick exit: Shift pressed three times in a row (left or right, GOV.UK's "exit this page"), and a red
Quick exit button in every window — also in every dialog, which would otherwise block the main window's."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QGridLayout, QPushButton, QSizePolicy, QSpacerItem

from survivor_vault.ui.app_events import app_events

WINDOW_SECONDS = 2.0  # three presses within this, with no other key between
LAYOUT_SWITCH_KEYS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


class ShiftTripleDetector(QObject):
    triggered = Signal()

    def __init__(self, parent: QObject | None = None, clock=time.monotonic):
        super().__init__(parent)
        self._presses: list[float] = []
        self._clock = clock

    def install(self) -> None:
        app_events().on((QEvent.Type.KeyPress,), self._key_pressed)

    def uninstall(self) -> None:
        app_events().off(self._key_pressed)

    def _key_pressed(self, watched: QObject, event: QEvent) -> None:
        if not watched.isWidgetType() or event.isAutoRepeat():
            return
        # An unhandled key bubbles from the focus widget up to its parents, passing this filter
        # each time: count it only where it starts.
        # A menu or a list that is open takes the keys itself (it is not the focus widget).
        target = QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
        starts_here = watched is target if target is not None else watched.isWindow()
        if starts_here:
            self.feed(event.key(), event.modifiers())

    def feed(self, key: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        now = self._clock()
        # Alt+Shift and Ctrl+Shift switch the keyboard's language on Windows: someone who writes in
        # Arabic or Russian presses them all day, and holding Alt while pressing Shift three times
        # goes round three layouts. Shift counts only on its own.
        if key != Qt.Key.Key_Shift or modifiers & LAYOUT_SWITCH_KEYS:
            self._presses.clear()
            return
        self._presses = [t for t in self._presses if now - t <= WINDOW_SECONDS]
        if self._presses and self._presses[-1] == now:
            return
        self._presses.append(now)
        if len(self._presses) >= 3:
            self._presses.clear()
            self.triggered.emit()


BUTTON_NAME = "quickExitButton"  # the same name (and so the same red style) as the main window's


class DialogQuickExit(QObject):
    """Puts a red Quick exit button in the top-right corner of every dialog as it is shown (and makes the
    dialog tall enough for its text, and no larger than the screen).

    A modal dialog (ours, Qt's file dialog, a message box, the packet wizard) blocks clicks on every
    other window, so the main window's button cannot be pressed while one is open: a frightened
    person presses the red button and nothing happens. Each dialog therefore gets its own, above its
    content (its layout's top margin is widened to make room), wired to the same quick exit.
    """

    def __init__(self, on_quick_exit: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_quick_exit = on_quick_exit

    def install(self) -> None:
        app_events().on((QEvent.Type.Show, QEvent.Type.Resize), self._shown_or_resized)

    def uninstall(self) -> None:
        app_events().off(self._shown_or_resized)

    def _shown_or_resized(self, watched: QObject, event: QEvent) -> None:
        kind = event.type()
        if isinstance(watched, QDialog) and watched.isWindow():
            button = watched.findChild(QPushButton, BUTTON_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
            if button is None:
                button = self._add_button(watched)
            # At the end the title does not start from: top right, or top left in Arabic (where a dialog's title
            # stands at the right, and the button hid the packet wizard's step titles).
            right_to_left = watched.layoutDirection() == Qt.LayoutDirection.RightToLeft
            button.move(8 if right_to_left else max(0, watched.width() - button.width() - 8), 6)
            button.raise_()
            if kind == QEvent.Type.Show:
                grow_to_fit(watched)
                fit_on_screen(watched)

    def _add_button(self, dialog: QDialog) -> QPushButton:
        button = QPushButton(QCoreApplication.translate("MainWindow", "Quick exit"), dialog)
        button.setObjectName(BUTTON_NAME)
        button.setAccessibleName(QCoreApplication.translate("MainWindow", "Quick exit: hide and close the app now"))
        button.setToolTip(QCoreApplication.translate(
            "MainWindow", "Hide and close the app at once. Or press Shift three times."))
        button.setAutoDefault(False)  # Return in a field never quits
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nor a Tab then a space typed in a hurry
        button.clicked.connect(self._on_quick_exit)
        button.adjustSize()
        layout = dialog.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            layout.setContentsMargins(margins.left(), margins.top() + button.height() + 6, margins.right(),
                                      margins.bottom())
        # Never narrower than the button (a short message box in Spanish at large text cut it at the side).
        wide_enough = button.width() + 16
        if isinstance(layout, QGridLayout):  # a message box: it sets its own fixed size from its layout
            layout.addItem(QSpacerItem(wide_enough, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed),
                           layout.rowCount(), 0, 1, max(1, layout.columnCount()))
        dialog.setMinimumWidth(max(dialog.minimumWidth(), wide_enough))
        button.show()
        return button


def grow_to_fit(window) -> None:
    """Tall enough for its wrapped text at its width. A window's minimum size ignores that wrapped text
    needs more lines when narrow, so at large text sizes labels and fields were squeezed over each other."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def fit_on_screen(window) -> None:
    """Never larger than the screen's free area, and wholly on it: buttons must never be off screen."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), free.width() - extra_w)
    height = min(window.height(), free.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    frame = window.frameGeometry()
    x = min(max(frame.x(), free.x()), free.right() - frame.width() + 1)
    y = min(max(frame.y(), free.y()), free.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
