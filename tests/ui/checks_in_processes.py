"""Run a check script under several screens at once, each in a process of its own (Qt's offscreen platform,
configured by a file), and collect what each said. The processes run side by side: one after another they
took most of a minute of the suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO_ROOT


@dataclass
class Run:
    process: subprocess.Popen
    output: Path

    def finish(self, timeout: float = 900) -> tuple[int, str]:
        code = self.process.wait(timeout=timeout)
        return code, self.output.read_text(errors="replace")


def start(script: str, folder: Path, width: int, height: int, scale: float, **extra_env: str) -> Run:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "small", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "SVAULT_FIT_SCALE": str(scale),
           "SVAULT_TEST_FAST_KDF": "1", **extra_env}
    output = folder / "output.txt"
    with output.open("w") as sink:  # a file, not a pipe: several processes write at once, none may block
        process = subprocess.Popen(
            [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", "-p", "no:randomly",
             "--basetemp", str(folder / "tmp"), str(REPO_ROOT / "tests" / "ui" / script)],
            stdout=sink, stderr=subprocess.STDOUT, env=env, cwd=REPO_ROOT)
    return Run(process, output)
