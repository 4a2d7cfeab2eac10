"""No text is cut at the largest text size, in English, Spanish and pseudo-long (every string longer):
not in a label, a button, a column title, a list or the sidebar — or, in a list that must cut a long
entry, the whole text is one hover away — and no label is squeezed lower than its lines. Each language runs
tests/ui/elision_checks.py in a process of its own, on an offscreen screen (1024x768, and 800x600 for
Spanish and pseudo-long), at the largest text size.
"""

import json
import os
import subprocess
import sys

import pytest

from survivor_vault.ui.preferences import TEXT_SCALES
from tests.conftest import REPO_ROOT


@pytest.mark.parametrize(("width", "height", "language", "pseudo"),
                         [(1024, 768, "en", ""), (1024, 768, "es", ""), (1024, 768, "en", "long"),
                          (800, 600, "es", ""), (800, 600, "en", "long")])
def test_no_text_is_cut_at_the_largest_size(tmp_path, width, height, language, pseudo):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "small", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "SVAULT_FIT_SCALE": str(max(TEXT_SCALES)),
           "SVAULT_CUT_LANGUAGE": language, "SVAULT_PSEUDO": pseudo, "SVAULT_TEST_FAST_KDF": "1"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                           str(REPO_ROOT / "tests" / "ui" / "elision_checks.py")],
                          capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=600)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
