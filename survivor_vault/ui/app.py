"""Start the desktop app: `survivor-vault [--vault DIR] [--demo]`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from survivor_vault.core.vault_place import default_vault_dir

DEMO_PREFIX = "svault-demo-"
STALE_AFTER_SECONDS = 6 * 3600


def remove_stale_demos(now: float | None = None) -> int:
    """Demo folders left by a demo that was killed (it could not clean up); never one still in use."""
    import shutil
    import tempfile
    import time

    now = now or time.time()
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(DEMO_PREFIX + "*"):
        try:
            if folder.is_dir() and now - folder.stat().st_mtime > STALE_AFTER_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        except OSError:
            continue
    return removed


def make_demo_vault():
    """A throwaway vault full of sample data, in its own temporary folder (deleted on exit).

    Only invented sample data ever goes in it; it is encrypted like any vault all the same.
    """
    from survivor_vault.core import demo_data

    remove_stale_demos()
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
    return folder, demo_data.create_demo_vault(folder / "vault")


def remove_demo(folder: Path, window) -> None:
    from survivor_vault.core.vault import Vault

    if window.vault is not None:
        window.lock()
    try:
        with Vault.unlock(folder / "vault", "demo") as vault:
            vault.erase()
    except Exception:  # noqa: BLE001, S110 - whatever state it is in, the folder goes below
        pass
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def run(vault_dir: str | None = None, demo: bool = False) -> int:
    from survivor_vault.ui.main_window import MainWindow

    # Fusion: the same look on Windows, macOS and Linux (ui/theme.py), chosen before any window. Named on the
    # command line Qt is given, not by setStyle(): that hands back the style, and PySide builds its class (and a
    # dozen enums) only for the first frame to wait on.
    app = QApplication.instance()
    if app is None:
        # "svault" as the program's name: X11 names the window's class after it, and a taskbar that matches windows
        # to launchers by class showed the discreet "Notes" window as "Survivor Vault" (argv[0] was survivor-vault).
        app = QApplication(["svault", "-style", "fusion"])
    else:  # made before (tests)
        app.setStyle("Fusion")
    app.setApplicationName("svault")
    app.setOrganizationName("svault")
    app.setQuitOnLastWindowClosed(True)
    from survivor_vault.ui import language
    from survivor_vault.ui.file_dialogs import forget_file_dialog_history
    from survivor_vault.ui.preferences import Preferences

    forget_file_dialog_history()  # what a dialog open at a quick exit may have written last time
    prefs = Preferences()
    language.install(language.resolve(prefs.language))
    if demo:
        folder, vault = make_demo_vault()
        window = MainWindow(folder / "vault", prefs, demo=True, demo_hint=QCoreApplication.translate(
            "App", "This is the demo. Its passphrase is: demo"))
        window.open_vault(vault)
    else:
        folder = None
        window = MainWindow(Path(vault_dir) if vault_dir else default_vault_dir(), prefs)
    window.show()
    code = 1
    try:
        code = app.exec()
        return code
    finally:
        forget_file_dialog_history()
        if folder is not None:
            remove_demo(folder, window)
        elif window.vault is not None:
            window.lock()
        end_even_if_work_runs(code)


def end_even_if_work_runs(code: int) -> None:
    """Quick exit, or the window closed, while a worker still runs (a page PDFium takes a minute to draw, a file
    that never answers): the process ends now anyway. Qt would wait for the worker at exit, and the app, gone from
    the screen, would live on holding a copy of the key. What the worker was writing is rolled back by SQLite."""
    from PySide6.QtCore import QThreadPool

    if QThreadPool.globalInstance().activeThreadCount() and not QThreadPool.globalInstance().waitForDone(300):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
