"""No Qt class is made while the application's event filter is on (ui/qt_classes.py).

PySide makes a class the first time Python meets one of its objects; from inside shiboken's walk of the class tree
(every event the application's filter sees for an object Python did not make) making one grows the list being
walked, and the process dies at random: the test suite did, in `QDialog`'s constructor. These tests look in a fresh
process (the suite's own has made most classes long ago), as the app starts: every class of every loaded Qt
module exists before the filter sees an event, and dialogs, pages and icons make none after that.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from survivor_vault.core.vault import Vault
from tests.ui.helpers import PASS

STARTED = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication
from survivor_vault.ui import main_window, qt_classes

def classes():
    return {name: sorted(vars(module)) for name, module in sys.modules.items()
            if name.startswith("PySide6.Qt") and name.count(".") == 1}

def settle(until=lambda: False, rounds=200):
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if until():
            return

def run(*_args):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow))
    settle(lambda: window.started, 2000)
    seen = {"started": window.started, "left_at_start": qt_classes.not_yet_made()}
    before = classes()
    from survivor_vault.ui.open_packet_dialog import OpenPacketDialog
    from survivor_vault.core.vault import Vault
    dialog = OpenPacketDialog(window)  # the dialog the suite died in, built under the filter
    dialog.show()
    settle()
    dialog.close()
    window.open_vault(Vault.unlock(sys.argv[2], sys.argv[3]))  # the pages, their icons (QtSvg) and lists
    for index in range(window.area.sidebar.count()):
        window.area.show_page(index)
        settle(rounds=20)
    after = classes()
    seen["made_under_the_filter"] = {name: sorted(set(after[name]) - set(before.get(name, ()))) for name in after}
    seen["left_at_end"] = qt_classes.not_yet_made()
    seen["loaded"] = sorted(after)
    window.lock()
    print(json.dumps(seen), flush=True)
    return 0
QApplication.exec = run
from survivor_vault.cli import main
sys.exit(main(["--vault", sys.argv[1]]))
"""


def test_every_qt_class_is_made_before_the_filter_and_none_under_it(tmp_path):
    Vault.create(tmp_path / "vault", PASS).lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", STARTED, str(tmp_path / "vault"), str(tmp_path / "vault"), PASS],
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["started"]
    assert seen["left_at_start"] == []
    assert {name: made for name, made in seen["made_under_the_filter"].items() if made} == {}
    assert seen["left_at_end"] == []
    assert "PySide6.QtSvg" in seen["loaded"]  # the icons were drawn: a module loaded after the filter is made too
