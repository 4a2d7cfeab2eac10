"""Checks run by test_no_text_cut.py in a process of its own (screen size, text size and language from the
environment): on every page and dialog, no text is cut — or, where a list must cut a long entry, the
whole text is one hover away (a tooltip) and read out by screen readers.

What "cut" means, per kind of widget:
- a label that does not wrap: its text is wider than the label;
- a button, radio button or check box: narrower than its own size hint (its text is clipped);
- a list, tree or table cell, or a column title: its text is wider than the cell, and the cell has no
  tooltip holding the whole text;
- the sidebar: any entry wider than the sidebar;
- any label: lower than its text needs at its width (squeezed: its last line, or a line below it, is cut or
  drawn over — a recovery key's second line hid under its own Print button this way).
"""

import html
import os
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QTreeView,
    QWidget,
)

from survivor_vault.ui import language
from survivor_vault.ui.vault_area import (
    ABOUT_ME,
    ACTIVITY,
    DATES,
    GOALS,
    PAPERS,
    PEOPLE,
    PLAN,
    SERVICES,
    SETTINGS,
    SHARING,
)
from tests.ui.helpers import sample_vault, unlock, window_at_test_size
from tests.ui.test_quick_exit_everywhere import _dialogs, show_modal

PAGES = {"plan": PLAN, "goals": GOALS, "services": SERVICES, "papers": PAPERS, "dates": DATES, "about me": ABOUT_ME,
         "people": PEOPLE, "sharing": SHARING, "activity": ACTIVITY, "settings": SETTINGS}
DIALOGS = ["goal editor", "person dialog", "paper details", "paper viewer", "date dialog", "delete originals",
           "packet wizard",
           "someone may know", "new recovery key", "erase", "check a backup", "open a packet", "forgot passphrase",
           "restore", "message box"]


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _cut_labels_and_buttons(root: QWidget) -> list[str]:
    cut = []
    for label in root.findChildren(QLabel):
        if not _shown(label) or label.wordWrap() or not label.text() or (label.pixmap() and not label.text()):
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "\n" in label.text():
            continue
        needed = QFontMetrics(label.font()).horizontalAdvance(label.text())
        if needed > label.contentsRect().width() + 1:
            cut.append(f"label “{label.text()}”: {needed} > {label.contentsRect().width()}")
    for button in root.findChildren(QAbstractButton):
        if not _shown(button) or not button.text() or button.parent() is None:
            continue
        if isinstance(button.parent(), QHeaderView) or button.objectName().startswith("qt_"):
            continue
        hint = button.sizeHint().width()
        if button.width() + 1 < hint:
            cut.append(f"button “{button.text()}”: {button.width()} < {hint}")
    return cut


def _indexes(model, parent=QModelIndex()):  # noqa: B008
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private in PySide6, and have no children
        columns = 1
    if columns == 1 and parent.isValid():
        return
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and columns > 1 and model.rowCount(index):
                yield from _indexes(model, index)


def _tip_text(tip) -> str:
    """A tooltip as a person reads it (ours are escaped plain text inside a paragraph)."""
    return html.unescape(re.sub(r"<[^>]+>", "", str(tip or "")))


def _whole_text_reachable(model, index, text: str) -> bool:
    return text in _tip_text(model.data(index, Qt.ItemDataRole.ToolTipRole))


def _cut_cells(root: QWidget) -> list[str]:
    cut = []
    for view in root.findChildren(QAbstractItemView):
        if not _shown(view) or not isinstance(view, QListView | QTreeView | QTableView) or view.model() is None:
            continue
        model = view.model()
        for index in _indexes(model):
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            rect = view.visualRect(index)
            if rect.isEmpty():
                continue
            needed = view.sizeHintForIndex(index).width()  # what the item's delegate needs to draw it whole
            if isinstance(view, QTreeView) and index.column() == 0 and index.parent().isValid():
                needed += view.indentation()
            if view.objectName() == "sidebar":
                if needed > view.viewport().width():
                    cut.append(f"sidebar “{text}”: {needed} > {view.viewport().width()}")
                continue
            if needed > rect.width() and not _whole_text_reachable(model, index, text):
                cut.append(f"{view.objectName()} cell “{text[:40]}”: {needed} > {rect.width()}, no tooltip")
        headers = []
        if isinstance(view, QTreeView):
            headers.append((view.header(), Qt.Orientation.Horizontal))
        if isinstance(view, QTableView):
            headers.append((view.horizontalHeader(), Qt.Orientation.Horizontal))
        for header, orientation in headers:
            if header.isHidden():
                continue
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                title = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
                if not title:
                    continue
                needed = header.sectionSizeFromContents(section).width()
                tip = _tip_text(model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole))
                if needed > header.sectionSize(section) + 1 and title not in tip:
                    cut.append(f"{view.objectName()} column “{title}”: {needed} > {header.sectionSize(section)}")
    return cut


def _cut_off_at_the_side(root: QWidget) -> list[str]:
    """Text pushed past the right (or left) edge of what holds it: a panel wider than its scroll area that
    never scrolls sideways. (Past the bottom is fine: that scrolls.)"""
    cut = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not _shown(widget) or not widget.text() or isinstance(widget.parent(), QHeaderView):
            continue
        seen = widget.visibleRegion().boundingRect()
        if seen.isEmpty():
            continue  # scrolled out of view (up or down)
        if seen.width() < widget.width() - 1:
            cut.append(f"“{widget.text()[:50]}” cut at the side: {seen.width()} of {widget.width()} shown")
    return cut


def _squeezed(root: QWidget) -> list[str]:
    """Labels given less height than their text needs at the width they have."""
    cut = []
    for label in root.findChildren(QLabel):
        if not _shown(label) or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.minimumSizeHint().height()
        if label.height() + 1 < needed:
            cut.append(f"“{label.text()[:50]}” squeezed: {label.height()} of {needed} px high")
    return cut


def _narrow_passphrase_fields(root: QWidget) -> list[str]:
    """A passphrase field too narrow to see what is typed (Russian Settings: 100 pixels beside a long label)."""
    from PySide6.QtWidgets import QLineEdit

    narrow = []
    for edit in root.findChildren(QLineEdit):
        secret = _shown(edit) and edit.echoMode() == QLineEdit.EchoMode.Password
        if secret and edit.width() < 12 * edit.fontMetrics().averageCharWidth():
            narrow.append(f"passphrase field {edit.objectName()!r} only {edit.width()} px wide")
    return narrow


def cut_texts(root: QWidget) -> list[str]:
    return (_cut_labels_and_buttons(root) + _cut_cells(root) + _cut_off_at_the_side(root) + _squeezed(root)
            + _narrow_passphrase_fields(root))


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The demo's vault, made once; each test opens a copy of it (making and filling one took half its time)."""
    return sample_vault(tmp_path_factory.mktemp("sample") / "vault")


@pytest.fixture
def window(qtbot, tmp_path, sample):
    code = os.environ.get("SVAULT_CUT_LANGUAGE", "en")
    language.install(code)
    with window_at_test_size(qtbot, tmp_path, language=code, sample_data=True, made_from=sample) as main:
        yield main


def test_unlock_screen(window):
    for _ in range(3):  # as a person sees it: after its first frames
        QApplication.processEvents()
    problems = cut_texts(window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", list(PAGES))
def test_pages(qtbot, window, page):
    if os.environ.get("SVAULT_CUT_PAGES") == "no":
        pytest.skip("this language is checked on the first run and the dialogs (tests/ui/test_no_text_cut.py)")
    unlock(qtbot, window)
    window.area.show_page(PAGES[page])
    for _ in range(3):  # what the page shows after its first frames (cards are laid out by posted events)
        QApplication.processEvents()
    problems = cut_texts(window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DIALOGS)
def test_dialogs(qtbot, window, tmp_path, name):
    unlock(qtbot, window)
    dialog = show_modal(qtbot, _dialogs(window, tmp_path)[name]())
    QApplication.processEvents()
    problems = cut_texts(dialog)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("step", range(7))
def test_first_run_steps(qtbot, tmp_path, step):
    """Every step of the first run, as a new survivor meets it."""
    from survivor_vault.ui.main_window import MainWindow
    from tests.ui.helpers import preferences

    code = os.environ.get("SVAULT_CUT_LANGUAGE", "en")
    language.install(code)
    prefs = preferences(tmp_path)
    prefs.text_scale = float(os.environ.get("SVAULT_FIT_SCALE", "1.0"))
    prefs.language = code
    font = QApplication.font()
    window = MainWindow(tmp_path / "new", prefs, quit_app=lambda: None)
    qtbot.addWidget(window)
    window.show()
    try:
        window.first_run.go(step)
        for _ in range(3):
            QApplication.processEvents()
        problems = cut_texts(window)
        assert not problems, "\n".join(problems)
    finally:
        QApplication.setFont(font)
