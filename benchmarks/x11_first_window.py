"""Time a program from its start to its first window on a real X server (Xvfb), from outside the program.

Used by `ui_timings.py --x11`. Nothing here knows Qt: the same watch times a bare PySide6 window, our app, the
bundled app and KeePassXC, so the figures compare like with like.

- *mapped*: the X server maps the program's first top-level window (MapNotify on the root window);
- *drawn*: the first time that window shows anything but the black root behind it (Xvfb runs with `-br`, so an
  unpainted window is black; every program measured paints a light window with dark text).

Xlib through ctypes, so the benchmark needs nothing beyond Debian's xvfb (and libX11, which Qt's xcb needs anyway).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
Z_PIXMAP = 2
ALL_PLANES = 0xFFFFFFFFFFFFFFFF


class _MapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _MapEvent), ("pad", ctypes.c_long * 24)]


class _Attributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("rest", ctypes.c_char * 256),
    ]


def _xlib() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Attributes)]
    lib.XGetImage.restype = ctypes.c_void_p
    lib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                              ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    lib.XGetPixel.restype = ctypes.c_ulong
    lib.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    lib.XDestroyImage.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    return lib


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_errors = _ERROR_HANDLER(lambda _display, _error: 0)  # a window gone while we look is not our failure


@dataclass(frozen=True)
class Shown:
    mapped_ms: float
    drawn_ms: float


class WindowWatch:
    """A connection to the X server that sees every top-level window mapped."""

    def __init__(self, display: str):
        self.x = _xlib()
        self.x.XSetErrorHandler(_ignore_errors)
        self.display = self.x.XOpenDisplay(display.encode())
        if not self.display:
            raise RuntimeError(f"cannot open X display {display}")
        self.root = self.x.XDefaultRootWindow(self.display)
        self.x.XSelectInput(self.display, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x.XSync(self.display, 0)
        self.fd = self.x.XConnectionNumber(self.display)

    def drain(self) -> None:
        self.x.XSync(self.display, 0)
        event = _Event()
        while self.x.XPending(self.display):
            self.x.XNextEvent(self.display, ctypes.byref(event))

    def time(self, command: list[str], env: dict[str, str], timeout: float = 30.0) -> Shown:
        """Start `command`, time its first window mapped and drawn, then end it (and wait for it to be gone)."""
        self.drain()
        start = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            window = self._first_mapped(start + timeout)
            mapped = time.perf_counter()
            self._first_drawn(window, start + timeout)
            drawn = time.perf_counter()
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        return Shown((mapped - start) * 1000, (drawn - start) * 1000)

    def _first_mapped(self, deadline: float) -> int:
        event = _Event()
        while time.perf_counter() < deadline:
            while self.x.XPending(self.display):
                self.x.XNextEvent(self.display, ctypes.byref(event))
                if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                    return event.xmap.window
            select.select([self.fd], [], [], 0.05)
        raise RuntimeError("no window appeared in time")

    def _first_drawn(self, window: int, deadline: float) -> None:
        while time.perf_counter() < deadline:
            if self._shows_something(window):
                return
            time.sleep(0.0005)  # polling the X server, outside the program measured
        raise RuntimeError("the window stayed blank")

    def _shows_something(self, window: int) -> bool:
        attrs = _Attributes()
        if not self.x.XGetWindowAttributes(self.display, window, ctypes.byref(attrs)):
            return False
        width, height = attrs.width, attrs.height
        for y in (height // 4, height // 2, 3 * height // 4):
            image = self.x.XGetImage(self.display, window, 0, y, width, 1, ALL_PLANES, Z_PIXMAP)
            if not image:
                continue
            try:
                if any(self.x.XGetPixel(image, x, 0) & 0xFFFFFF for x in range(0, width, 8)):
                    return True
            finally:
                self.x.XDestroyImage(image)
        return False


@contextlib.contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """A private Xvfb with a black root window; yields its DISPLAY."""
    server = shutil.which("Xvfb")
    if not server:
        raise RuntimeError("Xvfb is not installed (apt-get install xvfb)")
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [server, "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24", "-br", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait()
