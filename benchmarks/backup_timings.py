"""Backups of a vault full of papers: throughput and peak memory of each step. Prints figures (issue 14: a 1 GB
vault backs up, verifies and restores with a peak RSS of 300 MB or less).

    python benchmarks/backup_timings.py            # ~1 GB of papers
    python benchmarks/backup_timings.py --mb 200   # a quicker look

A vault is filled with 50 MB documents of random bytes (nothing compresses or repeats), in a temp folder that is
deleted at the end. Then each step runs in a fresh process of its own: unlock alone (the floor), backup (export,
write, read back and check, down to every chunk of every paper), verify (check a backup with its passphrase),
restore (into a new folder), check (`Vault.check`, which reads every paper too) and erase.

Peak memory is the kernel's high-water mark of the step's own process (`VmHWM`, /proc/self/status). Not
`ru_maxrss`: on Linux a child's counter starts at its parent's size at the moment it was started, so it
measures whoever started it as much as the step (this script's own process, after writing a 50 MB document,
would show up in every step).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase words"

BUILD = """
import os, sys
sys.path.insert(0, {root!r})
from survivor_vault.core.vault import Vault
from survivor_vault.model.papers import MOST_BYTES
from survivor_vault.storage.key_slots import FLOOR_SETTINGS
work, count = sys.argv[1], int(sys.argv[2])
document = os.path.join(work, "scan.pdf")
with open(document, "wb") as out:
    out.write(b"%PDF-1.7\\n")
    for _ in range(50):
        out.write(os.urandom((MOST_BYTES - 9) // 50))
with Vault.create(os.path.join(work, "vault"), {passphrase!r}, kdf=FLOOR_SETTINGS) as vault:
    for _ in range(count):
        vault.papers.add_from_file(document)
os.remove(document)
"""

STEP = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from survivor_vault.core.vault import Vault, verify_backup_file
step, work = sys.argv[1], Path(sys.argv[2])
passphrase = {passphrase!r}
start = time.perf_counter()
if step == "unlock":
    Vault.unlock(work / "vault", passphrase).lock()
elif step == "backup":
    with Vault.unlock(work / "vault", passphrase) as vault:
        vault.backup(work / "b.svbackup")
elif step == "verify":
    assert verify_backup_file(work / "b.svbackup", passphrase, work / "scratch").ok
elif step == "restore":
    Vault.restore(work / "b.svbackup", passphrase, work / "restored").lock()
elif step == "check":
    with Vault.unlock(work / "restored", passphrase) as vault:
        assert vault.check().ok
elif step == "erase":
    Vault.unlock(work / "restored", passphrase).erase()
seconds = time.perf_counter() - start
status = Path("/proc/self/status").read_text()
peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) // 1024
print(seconds, peak)
"""

STEPS = ("unlock", "backup", "verify", "restore", "check", "erase")


def _run(code: str, *args: str) -> str:
    env = {**os.environ, "SVAULT_TEST_FAST_KDF": "1"}  # the KDF is not what is measured here
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                          env=env).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=1000, help="megabytes of papers (50 MB each), default 1000")
    args = parser.parse_args()
    count = max(1, args.mb // 50)
    work = Path(tempfile.mkdtemp(prefix="svbench-"))
    try:
        print(f"Filling a vault with {count} documents of 50 MB (random bytes)…", flush=True)
        _run(BUILD.format(root=str(ROOT), passphrase=PASSPHRASE), str(work), str(count))
        size = (work / "vault" / "vault.db").stat().st_size / 2 ** 20
        print(f"Database: {size:,.0f} MiB")
        print(f"{'step':>8} {'seconds':>8} {'MiB/s':>7} {'peak MiB':>9}")
        for step in STEPS:
            seconds, peak = _run(STEP.format(root=str(ROOT), passphrase=PASSPHRASE), step, str(work)).split()
            rate = "" if step == "unlock" else f"{size / float(seconds):.0f}"
            print(f"{step:>8} {float(seconds):>8.1f} {rate:>7} {int(peak):>9}", flush=True)
        backup = (work / "b.svbackup").stat().st_size / 2 ** 20
        print(f"Backup file: {backup:,.0f} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
