"""Make the screenshot set in docs/screenshots/ (by script, never by hand), to look at before a release.

    python docs/screenshots/make_screenshots.py            # every screen, both sizes, English and Spanish
    python docs/screenshots/make_screenshots.py --quick    # 800x600 only

Each (size, language, text size) runs in a process of its own on Qt's offscreen platform, whose
screen is set to that size (as on an old laptop), with the demo vault's sample data. The files are
named SIZE-LANGUAGE[-largest]-SCREEN.png.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RUNS = [((1280, 800), "en", 1.0), ((1280, 800), "es", 1.0), ((800, 600), "en", 1.0), ((800, 600), "es", 1.0),
        ((1024, 768), "en", 1.75), ((1024, 768), "es", 1.75)]  # 1.75: the largest text size


def shoot(width: int, height: int, language: str, scale: float) -> None:
    """In this process: every screen, grabbed to a PNG."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from survivor_vault.core import demo_data
    from survivor_vault.core.vault import Vault
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS
    from survivor_vault.ui import first_run as first_run_steps
    from survivor_vault.ui import language as languages
    from survivor_vault.ui.main_window import MainWindow
    from survivor_vault.ui.preferences import Preferences

    languages.install(language)
    prefix = f"{width}x{height}-{language}" + ("-largest" if scale > 1 else "")
    work = Path(tempfile.mkdtemp(prefix="svshots-"))

    def save(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        # 256 colours are plenty for a UI and keep the set small in git (about a third of full colour).
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8,
                                                        Qt.ImageConversionFlag.ThresholdDither)
        image.save(str(HERE / f"{prefix}-{name}.png"))

    prefs = Preferences(QSettings(str(work / "prefs.ini"), QSettings.Format.IniFormat))
    prefs.text_scale = scale
    prefs.language = language
    fresh = MainWindow(work / "new", prefs, quit_app=lambda: None)
    fresh.show()
    for step, name in ((first_run_steps.WELCOME, "first-run-welcome"), (first_run_steps.PASSPHRASE,
                                                                         "first-run-passphrase"),
                       (first_run_steps.RECOVERY, "first-run-recovery-key")):
        fresh.first_run.go(step)
        save(fresh, name)
    fresh.close()

    vault = Vault.create(work / "vault", demo_data.DEMO_PASSPHRASE, kdf=FLOOR_SETTINGS)
    demo_data.fill(vault)
    vault.lock()
    window = MainWindow(work / "vault", prefs, quit_app=lambda: None)
    window.show()
    save(window, "unlock")
    window.open_vault(Vault.unlock(work / "vault", demo_data.DEMO_PASSPHRASE))
    for row, name in enumerate(("plan", "goals", "services", "about-me", "people", "sharing", "activity", "settings")):
        window.area.sidebar.setCurrentRow(row)
        save(window, name)
    from survivor_vault.ui.key_change import SomeoneMayKnowDialog
    from survivor_vault.ui.pages.packet_wizard import PacketWizard
    from survivor_vault.ui.pages.safekeeping import EraseDialog, NewRecoveryKeyDialog

    for name, make in (("someone-may-know", lambda: SomeoneMayKnowDialog(window.vault, window)),
                       ("new-recovery-key", lambda: NewRecoveryKeyDialog(window.vault, window)),
                       ("erase", lambda: EraseDialog(window.vault, window)),
                       ("packet-wizard", lambda: PacketWizard(window.vault, None, window))):
        dialog = make()
        dialog.show()
        save(dialog, name)
        dialog.hide()
    # Unsaved work kept as drafts: the "not saved yet" lines, and an editor given back after a lock.
    from survivor_vault.model.drafts import NEW, Draft, DraftKind
    from survivor_vault.ui.pages.goal_editor import GoalEditor

    title = "Learn to drive"  # sample data, like the demo vault's
    window.vault.drafts.keep([Draft(DraftKind.GOAL, NEW, {"title": title, "why": "", "steps": []})])
    window.lock()
    window.open_vault(Vault.unlock(work / "vault", demo_data.DEMO_PASSPHRASE))
    window.area.sidebar.setCurrentRow(1)
    save(window, "goals-unsaved")
    editor = GoalEditor(window.vault.goals, None, window, window.area.drafts)
    editor.show()
    save(editor, "goal-editor-draft-back")
    editor.hide()
    window.lock()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # WIDTHxHEIGHT:LANGUAGE:SCALE, in the child process
    args = parser.parse_args()
    if args.one:
        size, language, scale = args.one.split(":")
        width, height = (int(n) for n in size.split("x"))
        shoot(width, height, language, float(scale))
        return 0
    runs = [r for r in RUNS if r[0] == (800, 600)] if args.quick else RUNS
    for (width, height), language, scale in runs:
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screen.json"
            config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
                {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
                 "logicalBaseDpi": 96, "dpr": 1}]}))  # as the fit and text checks see it
            env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "SVAULT_TEST_FAST_KDF": "1",
                   "PYTHONPATH": str(ROOT), "SVAULT_HOME": tmp}
            done = subprocess.run([sys.executable, __file__, "--one", f"{width}x{height}:{language}:{scale}"],  # noqa: S603
                                  check=False, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            print(f"{width}x{height} {language} text x{scale}: done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
