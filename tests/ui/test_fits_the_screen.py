"""Every window and dialog fits a small screen: 800x600 at normal text, 1024x768 at the largest text.

Each size runs tests/ui/fit_checks.py in a process of its own, on an offscreen screen of that size
(Qt's offscreen platform, configured by a file), as an old laptop or a small netbook would be.
"""

import json
import os
import subprocess
import sys

import pytest

from survivor_vault.ui.preferences import TEXT_SCALES
from tests.conftest import REPO_ROOT


@pytest.mark.parametrize(("width", "height", "scale"),
                         [(800, 600, 1.0), (800, 600, max(TEXT_SCALES)), (1024, 768, max(TEXT_SCALES))])
def test_every_window_fits_the_screen(tmp_path, width, height, scale):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "small", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "SVAULT_FIT_SCALE": str(scale),
           "SVAULT_TEST_FAST_KDF": "1"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                           str(REPO_ROOT / "tests" / "ui" / "fit_checks.py")],
                          capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=600)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
