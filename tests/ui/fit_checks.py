"""Checks run by test_fits_the_screen.py in a process of its own, whose (offscreen) screen has the
size under test and whose text size comes from SVAULT_FIT_SCALE: every window and dialog fits the
screen's free area, none is off it, and no visible button lies outside the screen. SVAULT_FIT_SCHEME=dark
draws in the dark scheme (the layout must not depend on the colours; one run checks it does not)."""

import os

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.ui.helpers import unlock, window_at_test_size
from tests.ui.test_quick_exit_everywhere import _dialogs, show_modal

NAMES = ["goal editor", "person dialog", "paper details", "paper viewer", "date dialog", "delete originals",
         "packet wizard",
         "someone may know", "new recovery key", "erase", "check a backup", "open a packet", "forgot passphrase",
         "restore", "file dialog", "message box"]


def free_area():
    return QGuiApplication.primaryScreen().availableGeometry()


def assert_no_label_squeezed(window):
    """Every line of wrapped text shows (at large text sizes labels were squeezed over the fields)."""
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed - 2, (type(window).__name__, label.text()[:60], label.height(), needed)


def assert_fits(window):
    free = free_area()
    assert free.contains(window.frameGeometry()), (type(window).__name__, window.frameGeometry(), free)
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            # What shows of it: a button in a scroll area may be partly scrolled out of view (it is reached by
            # scrolling), but what shows must be on the screen.
            shown = button.visibleRegion().boundingRect()
            if shown.isEmpty():
                continue
            rect = shown.translated(button.mapToGlobal(QPoint(0, 0)))
            assert free.contains(rect), (type(window).__name__, button.text(), rect, free)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    if os.environ.get("SVAULT_FIT_SCHEME") == "dark":  # as if the desktop were dark
        from survivor_vault.ui import theme

        monkeypatch.setattr(theme, "system_scheme", lambda: theme.DARK)
    with window_at_test_size(qtbot, tmp_path) as main:
        yield main


def test_the_main_window_opens_within_a_small_screen(window):
    assert_fits(window)


@pytest.mark.parametrize("name", NAMES)
def test_every_dialog_fits_a_small_screen(qtbot, window, tmp_path, name):
    unlock(qtbot, window)
    dialog = show_modal(qtbot, _dialogs(window, tmp_path)[name]())
    QApplication.processEvents()
    assert_fits(dialog)
    if name not in ("file dialog", "packet wizard"):  # Qt's own layouts; the wizard's pages scroll
        assert_no_label_squeezed(dialog)


def test_every_packet_wizard_step_fits_a_small_screen(qtbot, window, tmp_path):
    """Each step, not only the first: QWizard grows to its largest page as the steps go by."""
    from survivor_vault.model.permissions import ItemRef, Section
    from survivor_vault.ui.pages.packet_wizard import PacketWizard

    unlock(qtbot, window)
    window.vault.people.add("Rosa", organisation="Legal clinic")
    goal = window.vault.goals.add("Find a flat near my sister", steps=["Call the housing office"])
    wizard = show_modal(qtbot, PacketWizard(window.vault, None, window))
    assert_fits(wizard)
    wizard.next()
    wizard.content_page.chooser.set_chosen(frozenset({ItemRef(Section.GOALS, str(goal.id))}))
    assert_fits(wizard)
    wizard.next()
    wizard.purpose_page.purpose.setText("To plan housing support with me")
    QApplication.processEvents()
    assert_fits(wizard)
    wizard.next()  # the preview is built on a worker
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20_000)
    QApplication.processEvents()
    assert_fits(wizard)
    wizard.next()
    QApplication.processEvents()
    assert_fits(wizard)


def test_an_opened_packet_with_papers_fits_a_small_screen(qtbot, window, tmp_path):
    """With papers attached, the dialog grew taller than an 800x600 screen at the largest text: Close fell below
    it and the warning that saved copies are not protected was drawn over the list of papers."""
    from PySide6.QtCore import QRect

    from survivor_vault.ui.open_packet_dialog import OpenPacketDialog
    from tests.sharing.packet_fixtures import add_papers, fill_markers, make_packet, scope_for

    unlock(qtbot, window)
    refs = fill_markers(window.vault)
    refs.update(add_papers(window.vault, tmp_path / "originals"))
    built, _ = make_packet(window.vault, scope_for(refs, ["goal_a", "name", "photo", "scan", "letter", "form"]),
                           tmp_path / "packet.pdf")
    dialog = show_modal(qtbot, OpenPacketDialog(window))
    dialog.set_file(tmp_path / "packet.pdf")
    dialog.code.setText(built.code)
    dialog.open_packet()
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=20_000)
    QApplication.processEvents()
    assert dialog.papers.isVisible()
    assert_fits(dialog)
    assert_no_label_squeezed(dialog)
    box = dialog.papers

    def inside_box(widget) -> QRect:
        return widget.geometry().translated(widget.parentWidget().mapTo(box, QPoint(0, 0)))

    parts = [box.list, box.warning, box.save_one, box.save_all]
    for index, part in enumerate(parts):  # nothing drawn over anything else
        for other in parts[index + 1:]:
            assert not inside_box(part).intersects(inside_box(other)), (part.objectName(), other.objectName())
        assert box.rect().contains(inside_box(part)), part.objectName()
