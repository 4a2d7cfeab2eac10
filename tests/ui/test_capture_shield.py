"""Keeping the app out of screenshots and screen sharing (ui/capture_shield.py), checked here on Linux.

Windows' user32 and macOS's Objective-C runtime are faked at their edge and handed to the real
`WindowsCapture` / `MacCapture`; the real shield, the real main window and the real Settings page do the rest.
What only a real Windows or Mac can show (that a screenshot is really blank) is said in docs/packaging.md.
"""

import ctypes
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from survivor_vault.ui import capture_shield
from survivor_vault.ui.capture_shield import (
    NS_WINDOW_SHARING_NONE,
    NS_WINDOW_SHARING_READ_ONLY,
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    WDA_NONE,
    CaptureShield,
    MacCapture,
    WindowsCapture,
)
from survivor_vault.ui.main_window import MainWindow
from survivor_vault.ui.vault_area import SETTINGS
from tests.ui.helpers import PASS, click, preferences, unlock


class FakeUser32:
    """SetWindowDisplayAffinity as Windows answers it: a BOOL; Windows 10 before 2004 refuses 0x11."""

    def __init__(self, *, before_2004: bool = False, broken: bool = False):
        self.calls: list[tuple[int, int]] = []
        self.before_2004, self.broken = before_2004, broken

    def SetWindowDisplayAffinity(self, hwnd, affinity):  # noqa: N802 - Windows' own name
        self.calls.append((hwnd, affinity))
        if self.broken:
            raise OSError("exception: access violation writing 0x0000000000000000")
        return 0 if (self.before_2004 and affinity == WDA_EXCLUDEFROMCAPTURE) else 1

    def last_for(self, hwnd) -> int | None:
        return next((a for h, a in reversed(self.calls) if h == hwnd), None)


class FakeFunction:
    """A ctypes foreign function: restype and argtypes are set on it, then it is called."""

    def __init__(self, answer):
        self.answer, self.restype, self.argtypes = answer, None, None

    def __call__(self, *args):
        return self.answer(self, *args)


class FakeObjc:
    """libobjc: every handle is an NSView whose NSWindow is at handle + 8, except those in `not_views`."""

    NSVIEW = 0x5EE

    def __init__(self, not_views=()):
        self.not_views = set(not_views)
        self.names: dict[int, bytes] = {}
        self.sharing: dict[int, int] = {}  # NSWindow -> sharingType
        self.sent: list[bytes] = []
        self.objc_getClass = FakeFunction(lambda f, name: self.NSVIEW if name == b"NSView" else 0)
        self.sel_registerName = FakeFunction(self._selector)

    def _selector(self, _f, name: bytes) -> int:
        number = 0x1000 + len(self.names)
        self.names.setdefault(number, name)
        return number

    def __getitem__(self, name: str) -> FakeFunction:
        assert name == "objc_msgSend"
        return FakeFunction(self._send)

    def _send(self, f: FakeFunction, receiver, selector, *args):
        name = self.names[selector]
        self.sent.append(name)
        if name == b"isKindOfClass:":  # must come back as a BOOL, with the class as third argument
            assert f.restype is ctypes.c_bool and f.argtypes == [ctypes.c_void_p] * 3 and args == (self.NSVIEW,)
            return receiver not in self.not_views
        if name == b"window":
            assert f.restype is ctypes.c_void_p and f.argtypes == [ctypes.c_void_p] * 2 and args == ()
            return receiver + 8
        assert name == b"setSharingType:" and f.restype is None
        assert f.argtypes == [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong]  # NSUInteger, as arm64 needs it
        self.sharing[receiver] = args[0]
        return None


@pytest.fixture
def shield_with(qtbot):
    """Install a shield over a system capture for the test, removed after it."""
    made = []

    def make(system, wanted=lambda: True):
        shield = CaptureShield(system, wanted)
        shield.install()
        made.append(shield)
        return shield

    yield make
    for shield in made:
        shield.uninstall()


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def handle(widget) -> int:
    return int(widget.winId())


def test_every_window_shown_is_kept_out_with_its_own_handle(qtbot, shield_with):
    user32 = FakeUser32()
    shield_with(WindowsCapture(user32))
    main = shown(qtbot, QWidget())
    button = QPushButton("inside", main)
    button.show()  # not a window: nothing to ask for
    later = shown(qtbot, QDialog(main))
    box = QMessageBox(QMessageBox.Icon.Information, "A title", "Some words", QMessageBox.StandardButton.Ok, main)
    box.open()
    qtbot.waitExposed(box)
    handles = {handle(w) for w in (main, later, box)}
    assert len(handles) == 3
    assert {h for h, a in user32.calls if a == WDA_EXCLUDEFROMCAPTURE} == handles
    assert {h for h, _ in user32.calls} == handles  # a child widget is never asked for
    box.done(0)


def test_windows_10_before_2004_falls_back_to_a_black_window(qtbot, shield_with):
    user32 = FakeUser32(before_2004=True)
    shield = shield_with(WindowsCapture(user32))
    window = shown(qtbot, QWidget())
    assert user32.calls[-2:] == [(handle(window), WDA_EXCLUDEFROMCAPTURE), (handle(window), WDA_MONITOR)]
    assert shield.refused == 0


def test_turning_it_off_lets_open_windows_be_captured_again_at_once(qtbot, shield_with):
    user32 = FakeUser32()
    wanted = [True]
    shield = shield_with(WindowsCapture(user32), lambda: wanted[0])
    first, second = shown(qtbot, QWidget()), shown(qtbot, QWidget())
    wanted[0] = False
    shield.apply_to_open_windows()
    assert user32.last_for(handle(first)) == WDA_NONE and user32.last_for(handle(second)) == WDA_NONE
    third = shown(qtbot, QDialog())
    assert user32.last_for(handle(third)) == WDA_NONE


def test_a_failing_request_is_harmless(qtbot, shield_with):
    """An OSError from the system (or an answer of FALSE) never stops a window from showing, and raises nothing
    (pytest-qt's qt_default_raising would fail this test on an exception inside the filter)."""
    shield = shield_with(WindowsCapture(FakeUser32(broken=True)))
    window = shown(qtbot, QWidget())
    dialog = shown(qtbot, QDialog(window))
    assert window.isVisible() and dialog.isVisible() and shield.refused >= 2


def test_macos_sets_the_sharing_type_of_each_windows_own_nswindow(qtbot, shield_with):
    objc = FakeObjc()
    wanted = [True]
    shield = shield_with(MacCapture(objc), lambda: wanted[0])
    window = shown(qtbot, QWidget())
    dialog = shown(qtbot, QDialog(window))
    assert objc.sharing == {handle(window) + 8: NS_WINDOW_SHARING_NONE, handle(dialog) + 8: NS_WINDOW_SHARING_NONE}
    wanted[0] = False
    shield.apply_to_open_windows()
    assert set(objc.sharing.values()) == {NS_WINDOW_SHARING_READ_ONLY}


def test_macos_sends_nothing_to_a_handle_that_is_not_a_view():
    objc = FakeObjc(not_views={0x7000})
    assert MacCapture(objc).keep_out(0x7000, True) is False
    assert objc.sent == [b"isKindOfClass:"] and objc.sharing == {}
    assert MacCapture(objc).keep_out(0, True) is False


def test_the_main_window_its_unlock_screen_and_later_dialogs_are_covered_and_settings_turns_it_off(
        qtbot, tmp_path, monkeypatch):
    from survivor_vault.core.vault import Vault

    Vault.create(tmp_path / "vault", PASS).lock()
    user32 = FakeUser32()
    monkeypatch.setattr(capture_shield, "PLATFORM", "win32")
    monkeypatch.setattr(capture_shield, "system_capture", lambda: WindowsCapture(user32))
    prefs = preferences(tmp_path)
    assert prefs.hide_from_capture  # on by default
    quits: list[int] = []
    window = MainWindow(tmp_path / "vault", prefs, quit_app=lambda: quits.append(1))
    qtbot.addWidget(window)
    window.show()
    # As it is first shown, before its first frame is drawn (the watcher over every window comes right after it:
    # no filter on the application before it, tests/ui/test_first_frame.py).
    assert not window.started and user32.last_for(handle(window)) == WDA_EXCLUDEFROMCAPTURE
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.unlock_screen
    qtbot.waitUntil(lambda: window.started, timeout=5000)
    assert user32.last_for(handle(window)) == WDA_EXCLUDEFROMCAPTURE
    unlock(qtbot, window)
    window.area.show_page(SETTINGS)
    switch = window.area.page(SETTINGS).safety.hide_from_capture
    assert switch.isEnabled() and switch.isChecked()
    seen = {}

    def answer_box():
        box = QApplication.activeModalWidget()
        seen["box"] = user32.last_for(handle(box)) if box is not None else None
        box.done(0)

    QTimer.singleShot(50, answer_box)
    QMessageBox.information(window, "A message", "Opened after unlock")
    assert seen["box"] == WDA_EXCLUDEFROMCAPTURE
    click(qtbot, switch)
    assert not prefs.hide_from_capture and user32.last_for(handle(window)) == WDA_NONE
    qtbot.mouseClick(window.quick_exit_button, Qt.MouseButton.LeftButton)  # quick exit still works with it
    assert not window.isVisible() and quits == [1]


def test_no_request_is_sent_under_a_platform_whose_window_ids_are_made_up(monkeypatch):
    """Offscreen (these tests) and minimal number their windows 1, 2, 3: sent to macOS as an NSView, that crashes."""
    for system in ("win32", "darwin", "linux"):
        monkeypatch.setattr(capture_shield, "PLATFORM", system)
        assert capture_shield.system_capture() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="what Settings says on Linux")
def test_on_linux_settings_says_plainly_that_it_is_not_possible(qtbot, tmp_path):
    from survivor_vault.ui.pages.settings_sections import SafetySection

    assert capture_shield.install_capture_shield(lambda: True, QApplication.instance()) is None
    section = SafetySection(preferences(tmp_path))
    qtbot.addWidget(section)
    assert not section.hide_from_capture.isEnabled() and not section.hide_from_capture.isChecked()
    words = section.findChild(QWidget, "hideFromCaptureHelp").text()
    assert words == ("Your system does not let apps hide from screenshots. Anyone who can see or record the "
                     "screen can see the app.")
    assert section.hide_from_capture.accessibleDescription() == words
