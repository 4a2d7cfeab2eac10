"""The first frame waits for nothing it does not show (issue 15; benchmarks/ui_timings.py --x11 times it).

Timing belongs in benchmarks/, so these tests hold the causes still instead: what the unlock screen loads before
its first frame is painted, how many Qt classes PySide has to build for it (each with its enums, ~0.5 ms apiece),
and that the watchers over every window (Shift three times, Quick exit in dialogs) are in place right after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from survivor_vault.core.vault import Vault
from survivor_vault.sharing.bundled_fonts import EVERY_LANGUAGE, FAMILIES, SCRIPT_OF_LANGUAGE, first_frame_families
from tests.conftest import REPO_ROOT
from tests.ui.helpers import PASS, open_window, preferences

# The app, started as `survivor-vault --vault DIR` is, stopped right after its first frame has been painted.
FIRST_FRAME = r"""
import enum, json, sys
made = []
_create = enum.EnumType._create_
def counting(cls, name, *args, **kwargs):
    made.append(name)
    return _create(cls, name, *args, **kwargs)
enum.EnumType._create_ = counting
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QLocale, QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
made.clear()  # what PySide6 itself costs any window is not the app's
filters = []
_install = QApplication.installEventFilter
def install(self, watcher):
    filters.append(type(watcher).__name__)
    return _install(self, watcher)
QApplication.installEventFilter = install
from survivor_vault.ui import main_window
at_first_frame = {}
def fonts():  # the application's own fonts are numbered from 0, in the order they were added
    return sorted({f for i in range(64) for f in QFontDatabase.applicationFontFamilies(i)})
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if not at_first_frame and event.type() == QEvent.Type.Paint:
            at_first_frame.update(modules=sorted(sys.modules), enums=list(made), filters=list(filters),
                                  started=getattr(watched, "started", None), fonts=fonts(),
                                  language=QLocale().name())
        return False
_show = main_window.MainWindow.show
def show(self):
    self._first_paint = FirstPaint()  # on this window only: a filter on the application is what is counted
    self.installEventFilter(self._first_paint)
    return _show(self)
main_window.MainWindow.show = show
def until_started(*_args):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow))
    for _ in range(2000):
        if at_first_frame and getattr(window, "started", True):
            break
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    print(json.dumps({"first_frame": at_first_frame, "started": getattr(window, "started", None), "filters": filters,
                      "program": QApplication.arguments()[0], "fonts": fonts()}), flush=True)
    return 0
QApplication.exec = until_started
from survivor_vault.cli import main
sys.exit(main(["--vault", sys.argv[1]]))
"""

# Loaded by the vault, its pages and the things drawn after the first frame; none of it is on the unlock screen.
NOT_BEFORE_THE_FIRST_FRAME = [
    "survivor_vault.core.vault", "survivor_vault.storage.key_slots", "survivor_vault.storage.database",
    "cryptography", "sqlcipher3", "survivor_vault.ui.vault_area", "survivor_vault.ui.icons",
    "survivor_vault.ui.reminder_notice", "survivor_vault.ui.background_task",
    "survivor_vault.ui.components.flow_layout", "PySide6.QtSvg", "secrets",
]
# The unlock screen's own classes and the Qt namespace (93 enums, which following the desktop's light or dark
# scheme needs) came to 160 when this was written; before issue 15 it was 319.
MOST_ENUMS_BEFORE_THE_FIRST_FRAME = 175


def _first_frame(tmp_path, language: str = "") -> dict:
    Vault.create(tmp_path / "vault", PASS).lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path)}
    if language:  # the survivor's choice, kept where ui/preferences.py keeps it
        (tmp_path / "config" / "svault").mkdir(parents=True)
        (tmp_path / "config" / "svault" / "svault.ini").write_text(f"[General]\nlanguage={language}\n")
    proc = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(tmp_path / "vault")], capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_first_frame_loads_only_what_the_unlock_screen_shows(tmp_path):
    seen = _first_frame(tmp_path)
    first = seen["first_frame"]
    loaded = set(first["modules"])
    assert [name for name in NOT_BEFORE_THE_FIRST_FRAME if name in loaded] == []
    assert len(first["enums"]) <= MOST_ENUMS_BEFORE_THE_FIRST_FRAME, first["enums"]
    # No Python event filter on the whole application yet: the first event one of them sees for a class Qt keeps
    # private makes PySide build every class it has not built (~80 ms).
    assert first["filters"] == [] and not first["started"]
    # ... and right after the first frame, the watchers are there, behind one filter (each Python filter on the
    # application is called for every event in the app: four of them cost ~6,000 calls to build one page).
    assert seen["started"]
    assert seen["filters"] == ["AppEvents"]
    # X11 names the window's class after the program's name: a neutral one, so that a taskbar matching windows to
    # launchers by class never shows the discreet "Notes" window as the app (packaging/linux has no
    # StartupWMClass either).
    assert seen["program"] == "svault"
    # The first frame waits for no font of a script the app does not speak; right after it, every bundled font is
    # there (registering Arabic and Chinese makes Qt read its font list again).
    assert first["fonts"] == sorted(first_frame_families(first["language"]))
    assert seen["fonts"] == sorted(FAMILIES)


@pytest.mark.parametrize("language", ["ar", "zh_CN"])
def test_a_language_with_a_script_of_its_own_has_its_font_at_the_first_frame(tmp_path, language):
    if not (REPO_ROOT / "resources" / "translations" / f"svault_{language}.qm").exists():
        pytest.skip(f"no {language} translation yet")
    first = _first_frame(tmp_path, language)["first_frame"]
    assert first["language"].startswith(language.split("_")[0])
    assert first["fonts"] == sorted([*EVERY_LANGUAGE, SCRIPT_OF_LANGUAGE[language.split("_")[0]]])


def test_shift_three_times_on_the_unlock_screen_quits_once_the_window_is_up(qtbot, tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    window, quits = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    qtbot.waitUntil(lambda: window.started, timeout=5000)
    field = window.unlock_screen.passphrase.edit
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Shift)
    assert quits == [1] and not window.isVisible()


def test_anything_opened_before_the_first_frame_is_drawn_is_watched_over(qtbot, tmp_path):
    """A dialog opened, or a vault unlocked, before the window is painted still gets Quick exit and auto-lock."""
    from survivor_vault.ui.main_window import MainWindow

    Vault.create(tmp_path / "vault", PASS).lock()
    window = MainWindow(tmp_path / "vault", preferences(tmp_path), quit_app=lambda: None)
    qtbot.addWidget(window)
    assert not window.started  # never shown, never painted
    window.open_vault(Vault.unlock(tmp_path / "vault", PASS))
    assert window.started and window.inactivity.running
    window.lock()


def test_a_passphrase_typed_before_the_library_is_checked_still_hears_that_it_is_missing(qtbot, tmp_path, monkeypatch):
    """Plain SQLite in SQLCipher's place (or no library at all): the check runs right after the first frame, and a
    passphrase typed at once must not get "Something unexpected went wrong" in its place."""
    from survivor_vault.storage import database
    from survivor_vault.ui.main_window import MainWindow
    from tests.ui.helpers import type_into

    Vault.create(tmp_path / "vault", PASS).lock()
    monkeypatch.setattr(database, "cipher_version", lambda: "")  # what plain SQLite answers
    window = MainWindow(tmp_path / "vault", preferences(tmp_path), quit_app=lambda: None)
    qtbot.addWidget(window)
    screen = window.unlock_screen
    type_into(qtbot, screen.passphrase.edit, PASS)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.isEnabled(), timeout=15_000)
    assert "encryption library is missing" in screen.message.text()
    assert not window.is_unlocked


def test_the_command_line_refuses_plain_sqlite_in_its_own_words(tmp_path, monkeypatch, capsys):
    from survivor_vault.cli import main
    from survivor_vault.storage import database

    Vault.create(tmp_path / "vault", PASS).lock()
    monkeypatch.setattr(database, "cipher_version", lambda: "")
    assert main(["--vault", str(tmp_path / "vault"), "info"]) == 1
    assert "encryption library is missing" in capsys.readouterr().err
