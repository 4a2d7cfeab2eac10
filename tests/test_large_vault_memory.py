"""A vault with 150 MB of papers is backed up, restored and erased holding far less than the vault in memory: the
backup file is written, checked and copied a piece at a time, never held whole (issue 14: a 1 GB vault with
≤ 300 MB RSS; benchmarks/backup_timings.py measures that at 1 GB).

Each step runs in a process of its own and reports its peak resident memory. Not `ru_maxrss`: on Linux a child's
counter starts from its parent's at exec (this test's process, with Qt loaded, is bigger than the whole budget),
so the peak is the kernel's own high-water mark of the child's memory, `VmHWM` in /proc/self/status. The figure
is compared with the same process doing nothing but unlocking: what is left is what the step itself held.
This is a behavioural check (how much is held), not a timing test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from survivor_vault.model.papers import MOST_BYTES
from tests.conftest import PASSPHRASE, make_vault

PAPERS = 3  # of MOST_BYTES (50 MiB) each: 150 MiB of papers
STEP = r"""
import sys
from pathlib import Path
from survivor_vault.core.vault import Vault
step, folder, backup, passphrase = sys.argv[1:5]
if step == "unlock":
    Vault.unlock(folder, passphrase).lock()
elif step == "backup":
    with Vault.unlock(folder, passphrase) as vault:
        vault.backup(backup)
elif step == "restore":
    Vault.restore(backup, passphrase, folder).lock()
elif step == "erase":
    Vault.unlock(folder, passphrase).erase()
status = Path("/proc/self/status").read_text()
print(next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) // 1024)
"""


def peak_mb(step: str, folder: Path, backup: Path) -> int:
    done = subprocess.run([sys.executable, "-c", STEP, step, str(folder), str(backup), PASSPHRASE],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SVAULT_TEST_FAST_KDF": "1"})
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the kernel's peak memory figure (Linux)")
def test_a_large_vault_is_backed_up_restored_and_erased_holding_far_less_than_its_size(tmp_path):
    document = tmp_path / "scan.pdf"
    document.write_bytes(b"%PDF-1.7\n" + os.urandom(MOST_BYTES - 9))  # random: nothing compresses or repeats
    with make_vault(tmp_path / "vault") as vault:
        for _ in range(PAPERS):
            vault.papers.add_from_file(document)
    document.unlink()
    vault_mb = (tmp_path / "vault" / "vault.db").stat().st_size // 2 ** 20
    assert vault_mb >= PAPERS * MOST_BYTES // 2 ** 20
    backup = tmp_path / "b.svbackup"
    floor = peak_mb("unlock", tmp_path / "vault", backup)
    held = {"backup": peak_mb("backup", tmp_path / "vault", backup) - floor,
            "restore": peak_mb("restore", tmp_path / "restored", backup) - floor,
            "erase": peak_mb("erase", tmp_path / "restored", backup) - floor}
    # A step that held the database (or the backup) whole would hold at least its size: here each holds a few
    # chunks and the page caches, whatever the vault's size.
    assert all(mb < vault_mb // 3 for mb in held.values()), (vault_mb, floor, held)
    assert not (tmp_path / "restored").exists()
