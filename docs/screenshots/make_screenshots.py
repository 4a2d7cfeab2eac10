"""Make the screenshot set in docs/screenshots/ (by script, never by hand), to look at before a release.

    python docs/screenshots/make_screenshots.py            # every screen, both sizes, English and Spanish
    python docs/screenshots/make_screenshots.py --quick    # 800x600 only
    python docs/screenshots/make_screenshots.py --readme   # the README's three (light, dark, Spanish)

Each (size, language, text size) runs in a process of its own on Qt's offscreen platform, whose
screen is set to that size (as on an old laptop), with the demo vault's sample data. The files are
named SIZE-LANGUAGE[-largest]-SCREEN.png.

The README's screenshots are readme-LANGUAGE-SCHEME-SCREEN.png; beside them, readme-shots.json keeps a
fingerprint of each screen's widget tree (which widgets are shown, their names and looks), and
tests/ui/test_readme_screenshots.py fails when a screen changes without this script having been re-run.
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
README_SHOTS = (("en", "light", "plan"), ("en", "dark", "services"), ("es", "light", "sharing"))
README_SIZE = (1100, 720)
FINGERPRINTS = HERE / "readme-shots.json"
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


def widget_tree(root) -> str:
    """The shown widgets under `root`, one a line: class, object name and look (no text, no sizes: those
    change with the language, the date and the fonts; the tree changes when the screen is built otherwise).
    Scroll bars (and their containers, qt_scrollarea_hcontainer and _vcontainer) are left out: whether one shows
    depends on the fonts and the screen, not on the screen's build. What a scroll area holds is walked (skipping
    every qt_scrollarea_ child skipped its viewport too, and with it all of a scrolled page)."""
    from PySide6.QtWidgets import QScrollBar, QWidget

    lines = []

    def walk(widget, depth: int) -> None:
        look = widget.property("look")
        lines.append("  " * depth + widget.metaObject().className() + (f"#{widget.objectName()}" if
                                                                       widget.objectName() else "")
                     + (f"[{look}]" if look else ""))
        for child in widget.children():
            if (isinstance(child, QWidget) and not isinstance(child, QScrollBar) and not child.isWindow()
                    and not child.objectName().endswith("container") and child.objectName() != "focusRing"
                    and child.isVisibleTo(root)):
                walk(child, depth + 1)

    walk(root, 0)
    return "\n".join(lines)


def readme_window(work: Path, screen: str):
    """The main window on the demo vault, showing `screen` (as the README shows it)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from survivor_vault.core import demo_data
    from survivor_vault.core.vault import Vault
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS
    from survivor_vault.ui import vault_area
    from survivor_vault.ui.main_window import MainWindow
    from survivor_vault.ui.preferences import Preferences

    prefs = Preferences(QSettings(str(work / "prefs.ini"), QSettings.Format.IniFormat))
    vault = Vault.create(work / "vault", demo_data.DEMO_PASSPHRASE, kdf=FLOOR_SETTINGS)
    demo_data.fill(vault)
    window = MainWindow(work / "vault", prefs, quit_app=lambda: None)
    window.resize(*README_SIZE)
    window.show()
    window.open_vault(vault)
    window.area.show_page({"plan": vault_area.PLAN, "services": vault_area.SERVICES,
                           "sharing": vault_area.SHARING}[screen])
    for _ in range(3):  # what the page shows after its first frames (icons, cards laid out)
        QApplication.processEvents()
    return window


def shoot_readme(language: str, scheme: str) -> None:
    """In this process: the README's screens in this language and scheme, and their fingerprints."""
    import hashlib

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    app.setStyle("Fusion")
    from survivor_vault.ui import language as languages
    from survivor_vault.ui import theme

    theme.system_scheme = lambda: theme.DARK if scheme == "dark" else theme.LIGHT  # as if the desktop were
    languages.install(language)
    prints = json.loads(FINGERPRINTS.read_text()) if FINGERPRINTS.exists() else {}
    for shot_language, shot_scheme, screen in README_SHOTS:
        if (shot_language, shot_scheme) != (language, scheme):
            continue
        work = Path(tempfile.mkdtemp(prefix="svshots-"))
        window = readme_window(work, screen)
        name = f"readme-{language}-{scheme}-{screen}.png"
        window.grab().save(str(HERE / name))
        prints[screen] = hashlib.sha256(widget_tree(window).encode()).hexdigest()
        window.lock()
    FINGERPRINTS.write_text(json.dumps(prints, indent=1, sort_keys=True) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--readme", action="store_true")
    parser.add_argument("--readme-one", help=argparse.SUPPRESS)  # LANGUAGE:SCHEME, in the child process
    parser.add_argument("--one", help=argparse.SUPPRESS)  # WIDTHxHEIGHT:LANGUAGE:SCALE, in the child process
    args = parser.parse_args()
    if args.one:
        size, language, scale = args.one.split(":")
        width, height = (int(n) for n in size.split("x"))
        shoot(width, height, language, float(scale))
        return 0
    if args.readme_one:
        shoot_readme(*args.readme_one.split(":"))
        return 0
    if args.readme:
        return make_readme_shots()
    runs = [r for r in RUNS if r[0] == (800, 600)] if args.quick else RUNS
    for (width, height), language, scale in runs:
        if not _in_a_process(width, height, "--one", f"{width}x{height}:{language}:{scale}"):
            return 1
        print(f"{width}x{height} {language} text x{scale}: done")
    return 0


def _in_a_process(width: int, height: int, *args: str) -> bool:
    """Run this script with `args` in a process of its own, on an offscreen screen of this size."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screen.json"
        config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
            {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
             "logicalBaseDpi": 96, "dpr": 1}]}))  # as the fit and text checks see it
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "SVAULT_TEST_FAST_KDF": "1",
               "PYTHONPATH": str(ROOT), "SVAULT_HOME": tmp}
        done = subprocess.run([sys.executable, __file__, *args],  # noqa: S603 - this script
                              check=False, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
        return done.returncode == 0


def make_readme_shots() -> int:
    for language, scheme in dict.fromkeys((lang, sch) for lang, sch, _screen in README_SHOTS):
        if not _in_a_process(1280, 800, "--readme-one", f"{language}:{scheme}"):
            return 1
        print(f"README {language} {scheme}: done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
