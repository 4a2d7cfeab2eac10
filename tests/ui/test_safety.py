"""Safety controls: quick exit, Shift x3, auto-lock forgets everything, unlock messages, demo mode."""

import os
import subprocess
import sys
import tempfile

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from survivor_vault.core.vault import Vault
from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.errors import VaultLocked
from survivor_vault.ui import unlock_screen as unlock_module
from survivor_vault.ui.quick_exit import ShiftTripleDetector
from survivor_vault.ui.secret_clipboard import CONCEALED_HINTS, SecretClipboard
from survivor_vault.ui.vault_area import ABOUT_ME, ACTIVITY, GOALS, PEOPLE, SERVICES, SETTINGS, SHARING
from tests.ui.helpers import PASS, open_window, preferences, type_into, unlock, with_modal

MARKER = "ZQVISIBLE"


def _vault_with_markers(path):
    vault = Vault.create(path, PASS)
    goal = vault.goals.add(f"{MARKER} goal", why=f"{MARKER} why", steps=[f"{MARKER} step"])
    kind = next(k for k in vault.services.kinds() if k.key == "housing")
    vault.services.add_choice(kind.id, provider=f"{MARKER} provider", notes=f"{MARKER} notes")
    vault.about_me.save(AboutMe(preferred_name=f"{MARKER} name", strengths=f"{MARKER} strengths"))
    vault.people.add(f"{MARKER} person", organisation=f"{MARKER} org")
    vault.lock()
    return goal


def _texts_in_widgets() -> list[str]:
    """Every piece of text any live widget could show, including what item views hold."""
    texts = []
    for widget in QApplication.allWidgets():
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            stack = [model.index(-1, -1).parent()]
            while stack:
                parent = stack.pop()
                try:
                    columns = model.columnCount(parent)
                except TypeError:  # list models keep columnCount private in PySide6
                    columns = 1
                for r in range(model.rowCount(parent)):
                    for c in range(columns):
                        index = model.index(r, c, parent)
                        texts.append(str(model.data(index)))
                        stack.append(index) if c == 0 else None
    return texts


def test_lock_leaves_no_content_in_any_widget_even_with_a_dialog_open(qtbot, tmp_path):
    _vault_with_markers(tmp_path / "vault")
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    window.vault.history.add(recipient_name=f"{MARKER} recipient", purpose=f"{MARKER} purpose", packet_id="p",
                             packet_sha256="0" * 64, items=[])
    for page in (GOALS, SERVICES, ABOUT_ME, PEOPLE, SHARING, ACTIVITY, SETTINGS):
        window.area.show_page(page)
    goals = window.area.page(GOALS)
    goals.table.selectRow(0)
    assert any(MARKER in t for t in _texts_in_widgets())  # the scan can see content while unlocked
    vault = window.vault
    seen = {}

    def autolock_while_editing(dialog):
        seen["title"] = dialog.title.text()
        window.inactivity.set_interval_ms(30)
        qtbot.waitUntil(lambda: not window.is_unlocked, timeout=5000)
        seen["visible_after_lock"] = shiboken6.isValid(dialog) and dialog.isVisible()

    with_modal(qtbot, goals.edit_selected, autolock_while_editing)
    assert MARKER in seen["title"] and seen["visible_after_lock"] is False
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        vault.goals.list()
    leftovers = [t for t in _texts_in_widgets() if MARKER in t]
    assert leftovers == []
    assert window.stack.currentWidget() is window.unlock_screen


def test_quick_exit_button_hides_locks_and_quits(qtbot, tmp_path):
    _vault_with_markers(tmp_path / "vault")
    window, quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    vault = window.vault
    qtbot.mouseClick(window.quick_exit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert vault.is_locked and window.vault is None
    assert quits == [1]
    assert [t for t in _texts_in_widgets() if MARKER in t] == []


@pytest.mark.parametrize("keys", [
    [Qt.Key.Key_Shift] * 3,
])
def test_shift_three_times_quick_exits_from_any_field(qtbot, tmp_path, keys):
    _vault_with_markers(tmp_path / "vault")
    window, quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    page = window.area.page(GOALS)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Shift)
    qtbot.keyClick(page.search, Qt.Key.Key_Shift)
    assert quits == []
    qtbot.keyClick(page.search, Qt.Key.Key_Shift)
    assert quits == [1] and not window.isVisible() and window.vault is None


def test_shift_used_for_capitals_does_not_quit():
    clock = [0.0]
    detector = ShiftTripleDetector(clock=lambda: clock[0])
    fired = []
    detector.triggered.connect(lambda: fired.append(1))
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_A, Qt.Key.Key_Shift, Qt.Key.Key_B, Qt.Key.Key_Shift, Qt.Key.Key_C):
        clock[0] += 0.1
        detector.feed(key)
    assert fired == []
    for _ in range(2):
        clock[0] += 0.3
        detector.feed(Qt.Key.Key_Shift)
    clock[0] += 5  # too slow: starts again
    detector.feed(Qt.Key.Key_Shift)
    assert fired == []
    for _ in range(2):
        clock[0] += 0.3
        detector.feed(Qt.Key.Key_Shift)
    assert fired == [1]


def test_shift_with_alt_or_ctrl_held_switches_the_keyboard_and_does_not_quit(qtbot, tmp_path):
    """Alt+Shift and Ctrl+Shift change the keyboard's language on Windows; holding Alt and pressing
    Shift three times goes round three layouts. Through the real window and its event filter."""
    _vault_with_markers(tmp_path / "vault")
    window, quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    page = window.area.page(GOALS)
    page.search.setFocus()
    shift = Qt.KeyboardModifier.ShiftModifier
    for held_key, held in ((Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier),
                           (Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_Meta, Qt.KeyboardModifier.MetaModifier)):
        QApplication.sendEvent(page.search, QKeyEvent(QEvent.Type.KeyPress, held_key, held))
        for _ in range(3):  # held down all along, as a person going round three layouts
            QApplication.sendEvent(page.search, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, held | shift))
            QApplication.sendEvent(page.search, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, held))
        QApplication.sendEvent(page.search, QKeyEvent(QEvent.Type.KeyRelease, held_key, Qt.KeyboardModifier.NoModifier))
        assert quits == [] and window.vault is not None
    for _ in range(3):  # Shift on its own still quits, even as Qt reports Shift itself held
        QApplication.sendEvent(page.search, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, shift))
        QApplication.sendEvent(page.search, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, shift))
    assert quits == [1] and window.vault is None


@pytest.mark.skipif(os.name != "posix", reason="process signals")
def test_quick_exit_ends_the_process_and_releases_the_vault(tmp_path):
    _vault_with_markers(tmp_path / "vault")
    script = f"""
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from survivor_vault.core.vault import Vault
from survivor_vault.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow({str(tmp_path / 'vault')!r})
window.show()
window.open_vault(Vault.unlock({str(tmp_path / 'vault')!r}, {PASS!r}))
def press():
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Shift)
QTimer.singleShot(100, press)
QTimer.singleShot(20000, lambda: (print("still running"), app.exit(9)))
code = app.exec()
print("exited", code, window.vault is None, window.isVisible(), flush=True)
sys.exit(code)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "exited 0 True False" in proc.stdout
    Vault.unlock(tmp_path / "vault", PASS).lock()  # the process let go of the vault


def test_wrong_passphrase_kind_message_then_a_growing_wait(qtbot, tmp_path, monkeypatch):
    Vault.create(tmp_path / "vault", PASS).lock()
    monkeypatch.setattr(unlock_module.UnlockScreen, "tick_ms", 20)
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    screen = window.unlock_screen
    assert unlock_module.wait_after(1) == 0 and unlock_module.wait_after(3) == 2
    assert unlock_module.wait_after(4) == 4 and unlock_module.wait_after(50) == 30
    for attempt in range(1, 4):
        type_into(qtbot, screen.passphrase.edit, "not my passphrase")
        qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not screen.busy.isVisible(), timeout=10_000)
        if attempt < 3:
            assert "did not open" in screen.message.text() and not screen.waiting
            assert screen.passphrase.text() == ""  # never left in the field
    assert screen.waiting and not screen.unlock_button.isEnabled()
    assert "Seconds left: 2" in screen.message.text()
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=5000)
    assert "try again now" in screen.message.text()
    unlock(qtbot, window)
    assert window.vault.goals.count() == 0


def test_damaged_vault_has_its_own_message(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    (tmp_path / "vault" / "vault.db").write_bytes(b"\x00" * 8192)
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    type_into(qtbot, window.unlock_screen.passphrase.edit, PASS)
    qtbot.keyClick(window.unlock_screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlock_screen.message.isVisible(), timeout=10_000)
    assert "damaged" in window.unlock_screen.message.text() and "backup" in window.unlock_screen.message.text()
    assert not window.is_unlocked


def test_vault_in_use_has_its_own_message(qtbot, tmp_path):
    holder = Vault.create(tmp_path / "vault", PASS)
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    type_into(qtbot, window.unlock_screen.passphrase.edit, PASS)
    qtbot.keyClick(window.unlock_screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlock_screen.message.isVisible(), timeout=10_000)
    assert "already open" in window.unlock_screen.message.text()
    holder.lock()
    window.unlock_screen.reset()
    unlock(qtbot, window)


def test_window_title_never_shows_content_and_discreet_mode_applies_before_unlock(qtbot, tmp_path):
    _vault_with_markers(tmp_path / "vault")
    prefs = preferences(tmp_path)
    prefs.discreet = True
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    assert window.windowTitle() == "Notes"
    unlock(qtbot, window)
    for page in (GOALS, SERVICES, ABOUT_ME, PEOPLE):
        window.area.show_page(page)
        assert MARKER not in window.windowTitle()
    settings = window.area.page(SETTINGS)
    settings.discreet.setChecked(False)
    assert window.windowTitle() == "Survivor Vault"
    assert prefs.discreet is False


def test_text_size_scales_the_whole_app(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    prefs = preferences(tmp_path)
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    base = QApplication.font().pointSizeF()
    unlock(qtbot, window)
    try:
        area = window.area
        area.page(SETTINGS).text_size.setCurrentIndex(2)
        qtbot.waitUntil(lambda: window.area not in (None, area))  # the pages made again at the new size
        assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
        assert prefs.text_scale == 1.5
        assert window.area.page(GOALS).table.font().pointSizeF() == pytest.approx(base * 1.5)
    finally:
        area = window.area
        area.page(SETTINGS).text_size.setCurrentIndex(0)
        qtbot.waitUntil(lambda: window.area not in (None, area))
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_auto_lock_minutes_setting(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    prefs = preferences(tmp_path)
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    unlock(qtbot, window)
    assert window.inactivity._timer.interval() == 5 * 60_000  # the default: 5 minutes
    window.area.page(SETTINGS).auto_lock.setValue(2)
    assert prefs.auto_lock_minutes == 2 and window.inactivity._timer.interval() == 2 * 60_000


def test_activity_restarts_the_idle_timer(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    window.inactivity.set_interval_ms(60_000)
    timer = window.inactivity._timer
    qtbot.waitUntil(lambda: timer.remainingTime() < 60_000 - 150, timeout=5000)  # some idle time passes
    qtbot.keyClick(window.area.page(GOALS).search, Qt.Key.Key_A)  # then the survivor types
    assert timer.remainingTime() > 60_000 - 100


def test_change_passphrase_in_settings(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    page = window.area.page(SETTINGS)
    type_into(qtbot, page.current.edit, "wrong one")
    type_into(qtbot, page.new.edit, "a brand new passphrase")
    type_into(qtbot, page.again.edit, "a brand new passphrase")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.change_button.isEnabled(), timeout=10_000)
    assert "not right" in page.message.text()
    type_into(qtbot, page.current.edit, PASS)
    type_into(qtbot, page.new.edit, "a brand new passphrase")
    type_into(qtbot, page.again.edit, "a brand new passphrase")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.change_button.isEnabled(), timeout=10_000)
    assert "Done" in page.message.text()
    window.lock()
    unlock(qtbot, window, "a brand new passphrase")


def test_secret_clipboard_is_concealed_and_cleared_only_if_still_ours(qtbot):
    clip = SecretClipboard(clear_after_ms=30)
    clip.copy("ABCD-EFGH")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "ABCD-EFGH"
    for fmt in CONCEALED_HINTS:
        assert mime.hasFormat(fmt)
    assert mime.data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.waitUntil(lambda: not clip.pending, timeout=2000)
    assert QGuiApplication.clipboard().text() == ""
    clip.copy("SECRET-2")
    QGuiApplication.clipboard().setText("something the survivor copied later")
    qtbot.waitUntil(lambda: not clip.pending, timeout=2000)
    assert QGuiApplication.clipboard().text() == "something the survivor copied later"


def test_demo_mode_leaves_nothing_behind(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer

    from survivor_vault.ui import app as app_module

    demo_tmp = tmp_path / "tmp"
    demo_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(demo_tmp))
    seen = {}

    def look_then_leave():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
        seen["badge"] = window.demo_badge.isVisible()
        seen["goals"] = window.vault.goals.count()
        seen["folders"] = [p.name for p in demo_tmp.iterdir()]
        window.quick_exit()

    QTimer.singleShot(50, look_then_leave)
    assert app_module.run(demo=True) == 0
    assert seen["badge"] and seen["goals"] >= 5
    assert len(seen["folders"]) == 1 and seen["folders"][0].startswith("svault-demo-")
    assert list(demo_tmp.iterdir()) == []


def test_every_window_and_field_has_an_accessible_name(qtbot, tmp_path):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QDateEdit,
    )

    _vault_with_markers(tmp_path / "vault")
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    for page in (GOALS, SERVICES, ABOUT_ME, PEOPLE, SHARING, ACTIVITY, SETTINGS):
        window.area.show_page(page)
    missing = []

    def check(root: QWidget):
        for w in root.findChildren(QWidget):
            if w.objectName().startswith("qt_") or isinstance(w.parent(), QAbstractSpinBox | QComboBox | QDateEdit):
                continue
            built_by_qt = type(w).__name__ in ("QHeaderView", "QScrollBar")
            if isinstance(w.parent(), QAbstractItemView | QLineEdit) or built_by_qt:
                continue  # parts Qt builds inside its own widgets (headers, a search box's clear button)
            if w.window() is not root.window():
                continue  # a combo box's drop-down list is its own little window, built by Qt
            interactive = isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox
                                     | QAbstractItemView)
            if not interactive:
                continue
            name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
            if not w.objectName() or not name:
                missing.append(f"{type(w).__name__} {w.objectName()!r} {name!r} parent {w.parent().objectName()!r}")

    check(window)
    goals = window.area.page(GOALS)
    goals.table.selectRow(0)
    with_modal(qtbot, goals.edit_selected, lambda d: (check(d), d.reject()))
    people = window.area.page(PEOPLE)
    people.table.selectRow(0)
    with_modal(qtbot, people.edit_selected, lambda d: (check(d), d.reject()))
    sharing = window.area.page(SHARING)
    sharing.permissions.selectRow(0)
    with_modal(qtbot, sharing.set_permission, lambda d: (check(d), d.reject()))

    def walk_wizard(wizard):
        for _ in range(3):
            check(wizard)
            wizard.currentPage().findChild(QWidget)  # touch the page
            if wizard.currentId() == 1:
                next(iter(wizard.content_page.chooser._items.values())).setCheckState(0, Qt.CheckState.Checked)
            if wizard.currentId() == 2:
                wizard.purpose_page.purpose.setText("x")
            wizard.next()
        check(wizard)
        wizard.reject()

    with_modal(qtbot, sharing.make_packet, walk_wizard)
    window.lock()
    with_modal(qtbot, window.open_packet, lambda d: (check(d), d.reject()))
    assert missing == [], "\n".join(missing)


def test_demo_folders_left_by_a_killed_demo_are_removed_next_time(tmp_path, monkeypatch):
    import os
    import time

    from survivor_vault.ui import app as app_module

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = tmp_path / "svault-demo-old"
    old.mkdir()
    (old / "vault").mkdir()
    recent = tmp_path / "svault-demo-running"
    recent.mkdir()
    other = tmp_path / "not-ours"
    other.mkdir()
    past = time.time() - 7 * 3600
    os.utime(old, (past, past))
    assert app_module.remove_stale_demos() == 1
    assert not old.exists() and recent.exists() and other.exists()


def test_new_passphrase_problems():
    from survivor_vault.ui.form_parts import new_passphrase_problem

    assert "empty" in new_passphrase_problem("  ", "  ")
    assert "not the same" in new_passphrase_problem("one two three", "one two there")
    assert new_passphrase_problem("one two three", "one two three") is None
