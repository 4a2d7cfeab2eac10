"""`erase` killed at every file-changing syscall: afterwards the vault either opens whole, or is gone
(the next start finishes the erase), never a "damaged" half that invites a restore."""

import pytest

from survivor_vault.core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.kill_points import kill_everywhere, strace_available

GOALS = 5


@pytest.mark.skipif(not strace_available(), reason="strace is installed by .ci/run")
def test_an_erase_killed_anywhere_leaves_the_whole_vault_or_nothing(tmp_path):
    template = tmp_path / "template"
    with Vault.create(template, PASSPHRASE) as vault:
        for i in range(GOALS):
            vault.goals.add(f"goal {i}")
        vault.backup(template)  # a backup kept in the vault's folder goes too
    runs = kill_everywhere(["erase", "--yes", "--passphrase-stdin"], template, tmp_path, f"{PASSPHRASE}\n",
                           syscalls=("write", "rename", "unlink", "fsync", "ftruncate"))
    kept = gone = 0
    for run in runs:
        where = f"killed at {run.syscall} #{run.k} (exit {run.returncode})"
        if Vault.exists(run.folder):
            with Vault.unlock(run.folder, PASSPHRASE) as vault:
                assert len(vault.goals.list()) == GOALS, where
            kept += 1
        else:
            left = sorted(p.name for p in run.folder.iterdir()) if run.folder.exists() else []
            assert left == [], f"{where}: {left}"
            gone += 1
    assert kept and gone  # kills landed before and after the point of no return
