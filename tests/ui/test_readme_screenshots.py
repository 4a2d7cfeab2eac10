"""The README shows the app as it is: its screenshots exist, the README shows each, and each screen's widget
tree is the one the screenshot was made from (re-run docs/screenshots/make_screenshots.py --readme when a
screen changes; this test says which)."""

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "screenshots" / "make_screenshots.py"


def _script():
    spec = importlib.util.spec_from_file_location("make_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


shots = _script()


@pytest.mark.parametrize(("language", "scheme", "screen"), shots.README_SHOTS)
def test_the_readme_shows_each_screenshot_and_it_is_current(qtbot, tmp_path, language, scheme, screen):
    name = f"readme-{language}-{scheme}-{screen}.png"
    assert (SCRIPT.parent / name).stat().st_size > 10_000
    assert f"docs/screenshots/{name}" in (ROOT / "README.md").read_text(encoding="utf-8")
    window = shots.readme_window(tmp_path, screen)
    qtbot.addWidget(window)
    tree = shots.widget_tree(window)
    window.lock()
    made_from = json.loads(shots.FINGERPRINTS.read_text())[screen]
    assert hashlib.sha256(tree.encode()).hexdigest() == made_from, (
        f"The {screen} screen changed since its README screenshot was made: run "
        "python docs/screenshots/make_screenshots.py --readme")


def test_the_fingerprint_sees_a_change_in_what_is_shown(qtbot, tmp_path):
    window = shots.readme_window(tmp_path, "plan")
    qtbot.addWidget(window)
    before = shots.widget_tree(window)
    extra = QLabel("new", window.area.page(0))
    extra.setObjectName("somethingNew")
    extra.show()
    after = shots.widget_tree(window)
    window.lock()
    assert before != after and "somethingNew" in after
