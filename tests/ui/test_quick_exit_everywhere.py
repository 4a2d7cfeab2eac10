"""The red Quick exit button works from every dialog, clicked the way a mouse does: the click goes to
the window (through Qt's window-system path, which applies modality), not straight to the widget.

A modal dialog blocks every other window, so the main window's own button cannot be clicked while one
is open (the first test shows that); each dialog must carry its own.
"""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton

from survivor_vault.core.vault import Vault
from survivor_vault.ui.quick_exit import BUTTON_NAME
from tests.ui.helpers import PASS, open_window, preferences, unlock


def click_through_window(qtbot, widget) -> None:
    """A left click on `widget`, delivered to its top-level window at the widget's place."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    centre = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre))
    QApplication.processEvents()


@pytest.fixture
def unlocked(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    yield window, quits
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.hide()
            widget.deleteLater()


def show_modal(qtbot, dialog: QDialog) -> QDialog:
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() shows it
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def own_button(dialog: QDialog) -> QPushButton:
    button = dialog.findChild(QPushButton, BUTTON_NAME)
    assert button is not None and button.isVisible(), f"{type(dialog).__name__} has no Quick exit button"
    return button


def test_a_modal_dialog_blocks_a_click_on_the_main_windows_button(qtbot, unlocked):
    window, quits = unlocked
    show_modal(qtbot, QMessageBox(QMessageBox.Icon.Question, "Title", "A question?",
                                  QMessageBox.StandardButton.Yes, window))
    click_through_window(qtbot, window.quick_exit_button)
    assert quits == []  # why every dialog needs a button of its own


def _dialogs(window, tmp_path):
    """Every kind of dialog the app shows, made the way the app makes it."""
    from survivor_vault.ui.key_change import SomeoneMayKnowDialog
    from survivor_vault.ui.open_packet_dialog import OpenPacketDialog
    from survivor_vault.ui.pages.date_dialog import DateDialog
    from survivor_vault.ui.pages.goal_editor import GoalEditor
    from survivor_vault.ui.pages.packet_wizard import PacketWizard
    from survivor_vault.ui.pages.paper_dialog import PaperDialog
    from survivor_vault.ui.pages.paper_viewer import PaperViewer
    from survivor_vault.ui.pages.people_page import PersonDialog
    from survivor_vault.ui.pages.safekeeping import CheckBackupDialog, EraseDialog, NewRecoveryKeyDialog
    from survivor_vault.ui.recovery_dialogs import ForgotPassphraseDialog, RestoreDialog
    from survivor_vault.ui.vault_area import PAPERS

    vault = window.vault

    def a_paper():
        from survivor_vault.core.demo_papers import demo_pdf

        papers = vault.papers.list()
        return papers[0] if papers else vault.papers.add_bytes(demo_pdf(["A letter"]), "letter.pdf")

    return {
        "goal editor": lambda: GoalEditor(vault, None, window),
        "person dialog": lambda: PersonDialog(vault.people, None, window),
        "paper details": lambda: PaperDialog(vault.papers, a_paper(), window),
        "paper viewer": lambda: PaperViewer(vault, a_paper(), window),
        "date dialog": lambda: DateDialog(vault, None, window),
        "delete originals": lambda: window.area.page(PAPERS).originals_question()[0],
        "packet wizard": lambda: PacketWizard(vault, None, window),
        "someone may know": lambda: SomeoneMayKnowDialog(vault, window),
        "new recovery key": lambda: NewRecoveryKeyDialog(vault, window),
        "erase": lambda: EraseDialog(vault, window),
        "check a backup": lambda: CheckBackupDialog(vault, str(tmp_path / "x.svbackup"), window),
        "open a packet": lambda: OpenPacketDialog(window),
        "forgot passphrase": lambda: ForgotPassphraseDialog(tmp_path / "vault", window),
        "restore": lambda: RestoreDialog(tmp_path / "vault", window),
        "file dialog": lambda: QFileDialog(window, "Choose"),
        "message box": lambda: QMessageBox(QMessageBox.Icon.Warning, "Title", "Sure?",
                                           QMessageBox.StandardButton.Ok, window),
    }


@pytest.mark.parametrize("name", ["goal editor", "person dialog", "paper details", "paper viewer", "date dialog",
                                  "delete originals",
                                  "packet wizard", "someone may know",
                                  "new recovery key", "erase", "check a backup", "open a packet",
                                  "forgot passphrase", "restore", "file dialog", "message box"])
def test_quick_exit_clicked_in_any_dialog_hides_everything_and_quits(qtbot, unlocked, tmp_path, name):
    window, quits = unlocked
    dialog = show_modal(qtbot, _dialogs(window, tmp_path)[name]())
    button = own_button(dialog)
    assert dialog.rect().contains(button.geometry())  # inside the dialog, at its top
    for other in dialog.findChildren(QPushButton):  # covering nothing the dialog shows
        if other is not button and other.isVisible():
            assert not button.geometry().intersects(other.geometry().translated(
                other.parentWidget().mapTo(dialog, QPoint(0, 0)))), other.text()
    click_through_window(qtbot, button)
    assert quits == [1]
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert window.vault is None  # locked: the key is gone


def heavy_pdf(shapes: int) -> bytes:
    """A valid one-page PDF of `shapes` small filled squares: PDFium takes seconds to draw it."""
    from survivor_vault.core.demo_papers import one_page_pdf

    rows = [f"{(i % 500) * 1.1:.1f} {(i // 500) % 700 * 1.1:.1f} 1 1 re f" for i in range(shapes)]
    return one_page_pdf("\n".join(rows).encode("ascii"), compressed=True)


def test_quick_exit_answers_while_a_heavy_page_is_still_being_drawn(qtbot, unlocked):
    """PDFium drew a page of three million shapes for 40 s on the UI thread, and Quick exit waited for it (found by
    an attack). Pages are drawn on a worker now: the click is answered while the drawing still runs."""
    from survivor_vault.ui.pages.paper_viewer import PaperViewer

    window, quits = unlocked
    paper = window.vault.papers.add_bytes(heavy_pdf(400_000), "heavy.pdf")
    viewer = show_modal(qtbot, PaperViewer(window.vault, paper, window))
    qtbot.waitUntil(lambda: viewer._drawing, timeout=10_000)  # the page is being drawn now
    click_through_window(qtbot, own_button(viewer))
    assert quits == [1] and window.vault is None
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert shiboken_gone(viewer) or viewer._drawn is None  # answered before the page was drawn (about 1 s here)


def shiboken_gone(widget) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget)
