"""Every window and dialog fits a small screen: 800x600 at normal text, 1024x768 and 800x600 at the largest
(that one in the dark scheme).

Each size runs tests/ui/fit_checks.py in a process of its own (all at once), on an offscreen screen of that
size (Qt's offscreen platform, configured by a file), as an old laptop or a small netbook would be.
"""

import pytest

from survivor_vault.ui.preferences import TEXT_SCALES
from tests.ui.checks_in_processes import start

RUNS = [(800, 600, 1.0, "light"), (800, 600, max(TEXT_SCALES), "dark"), (1024, 768, max(TEXT_SCALES), "light")]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("fits")
    started = {run: start("fit_checks.py", root / "-".join(map(str, run)), *run[:3], SVAULT_FIT_SCHEME=run[3])
               for run in RUNS}
    yield started
    for run in started.values():
        if run.process.poll() is None:
            run.process.kill()


@pytest.mark.parametrize("run", RUNS, ids=["-".join(map(str, r)) for r in RUNS])
def test_every_window_fits_the_screen(runs, run):
    code, output = runs[run].finish()
    assert code == 0, output[-8000:]
