"""Keep the app's windows out of screenshots and screen sharing, where the system allows it (on by default).

Windows (10 version 2004 and later): `SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE)` leaves a window out of
screenshots, recordings and shared screens; on older Windows 10 `WDA_MONITOR` makes it show black there instead.
macOS: `NSWindow.sharingType = NSWindowSharingNone`; Apple no longer promises it is honoured on macOS 15 and later,
where some recording and sharing tools still see the window. Linux (X11, Wayland): there is no such request; the
Settings page says so. A camera pointed at the screen sees everything, everywhere.

One watcher on the application (ui/app_events.py) asks for every top-level window as it is shown (the main
window with its unlock screen, every dialog, message box, menu and tooltip), so no window can be forgotten.
The system's calls come in through `WindowsCapture(user32)` and `MacCapture(objc)`, so tests give them fakes of
those libraries; ctypes is imported only on Windows and macOS, and on Linux nothing is installed at all.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from survivor_vault.ui.app_events import app_events

WDA_NONE = 0x0
WDA_MONITOR = 0x1  # Windows 7 to 10 1909: the window shows black in captures
WDA_EXCLUDEFROMCAPTURE = 0x11  # Windows 10 2004 and later: the window is left out of captures
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1  # what every window has by default
PLATFORM = sys.platform


class WindowsCapture:
    """user32's SetWindowDisplayAffinity, for one window handle (HWND) at a time."""

    def __init__(self, user32):
        self._user32 = user32

    def keep_out(self, handle: int, hidden: bool) -> bool:
        """True if Windows took the request (its BOOL answer); it refuses WDA_EXCLUDEFROMCAPTURE before 2004."""
        set_affinity = self._user32.SetWindowDisplayAffinity
        if not hidden:
            return bool(set_affinity(handle, WDA_NONE))
        return bool(set_affinity(handle, WDA_EXCLUDEFROMCAPTURE)) or bool(set_affinity(handle, WDA_MONITOR))


class MacCapture:
    """The Objective-C runtime (libobjc), for one window at a time: Qt's winId() is the window's NSView."""

    def __init__(self, objc):
        import ctypes

        # objc_msgSend has no prototype of its own: each use gets its own, or arm64 passes the arguments wrongly.
        self._get_class = objc.objc_getClass
        self._get_class.restype, self._get_class.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
        self._selector = objc.sel_registerName
        self._selector.restype, self._selector.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
        self._send_for_object = objc["objc_msgSend"]
        self._send_for_object.restype = ctypes.c_void_p
        self._send_for_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._send_for_yes_no = objc["objc_msgSend"]
        self._send_for_yes_no.restype = ctypes.c_bool
        self._send_for_yes_no.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        self._send_number = objc["objc_msgSend"]
        self._send_number.restype = None
        self._send_number.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong]  # NSUInteger

    def keep_out(self, handle: int, hidden: bool) -> bool:
        """`[[view window] setSharingType:…]`, only once the handle is known to be an NSView in a window."""
        view_class = self._get_class(b"NSView")
        if not handle or not view_class or not self._send_for_yes_no(handle, self._selector(b"isKindOfClass:"),
                                                                     view_class):
            return False
        window = self._send_for_object(handle, self._selector(b"window"))
        if not window:
            return False
        sharing = NS_WINDOW_SHARING_NONE if hidden else NS_WINDOW_SHARING_READ_ONLY
        self._send_number(window, self._selector(b"setSharingType:"), sharing)
        return True


def can_hide_from_capture() -> bool:
    return PLATFORM in ("win32", "darwin")


NATIVE_PLATFORM = {"win32": "windows", "darwin": "cocoa"}  # Qt's platform plugin whose winId() is an HWND, an NSView


def system_capture() -> WindowsCapture | MacCapture | None:
    """This system's way to keep a window out of captures, or None where there is none (Linux) or it cannot load.

    Only under Qt's own platform plugin: offscreen (tests) or minimal give made-up window ids, and a message
    sent to a made-up NSView would crash the app."""
    if not can_hide_from_capture() or QGuiApplication.platformName() != NATIVE_PLATFORM[PLATFORM]:
        return None
    try:
        import ctypes

        if PLATFORM == "win32":
            from ctypes import wintypes

            user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
            user32.SetWindowDisplayAffinity.argtypes = [wintypes.HWND, wintypes.DWORD]
            user32.SetWindowDisplayAffinity.restype = wintypes.BOOL
            return WindowsCapture(user32)
        import ctypes.util

        return MacCapture(ctypes.CDLL(ctypes.util.find_library("objc") or "libobjc.dylib"))
    except (OSError, AttributeError):
        return None


class CaptureShield(QObject):
    """Asks the system to keep each top-level window out of captures as it is shown, while `wanted()` says so."""

    def __init__(self, system, wanted: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._system = system
        self._wanted = wanted
        self.refused = 0  # how many requests the system turned down or failed (each is harmless)

    def install(self) -> None:
        app_events().on((QEvent.Type.Show, QEvent.Type.WinIdChange), self._shown)
        self.apply_to_open_windows()

    def uninstall(self) -> None:
        app_events().off(self._shown)

    def _shown(self, watched: QObject, _event: QEvent) -> None:
        if isinstance(watched, QWidget) and watched.isWindow():
            self._ask(watched, self._wanted())

    def apply_to_open_windows(self) -> None:
        """After the switch in Settings: every window on screen at once, not only the next one shown."""
        hidden = self._wanted()
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self._ask(window, hidden)

    def _ask(self, window: QWidget, hidden: bool) -> None:
        try:
            taken = self._system.keep_out(int(window.winId()), hidden)
        except Exception:  # noqa: BLE001 - a request the system fails must never stop a window from showing
            taken = False
        if not taken:
            self.refused += 1


def keep_out_before_the_first_frame(window: QWidget, wanted: bool) -> None:
    """The main window alone, as it is first shown: the shield itself (a watcher on every window) comes right
    after the first frame, and a screen shared at that moment would otherwise show the unlock screen."""
    system = system_capture() if wanted else None
    if system is not None:
        CaptureShield(system, lambda: wanted)._ask(window, True)


def install_capture_shield(wanted: Callable[[], bool], parent: QObject) -> CaptureShield | None:
    """The shield on Windows and macOS; None on Linux, where nothing is loaded or watched."""
    system = system_capture()
    if system is None:
        return None
    shield = CaptureShield(system, wanted, parent)
    shield.install()
    return shield


def capture_help_text() -> str:
    """The words under the switch in Settings, for this system."""
    if PLATFORM == "win32":
        return QCoreApplication.translate(
            "CaptureShield", "On: screenshots, screen recordings and screen sharing leave this app's windows out "
            "(on older Windows 10, they show black). Someone can still take a photo of the screen.")
    if PLATFORM == "darwin":
        return QCoreApplication.translate(
            "CaptureShield", "On: the app asks macOS to leave its windows out of screenshots and screen sharing. "
            "Newer versions of macOS do not always do this, and someone can still take a photo of the screen.")
    return QCoreApplication.translate(
        "CaptureShield", "Your system does not let apps hide from screenshots. Anyone who can see or record the "
        "screen can see the app.")
