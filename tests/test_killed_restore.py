"""A restore killed at every file-changing call never loses the vault, and a folder it left is never 'empty'.

The kill is `os._exit` at the k-th call of os.replace / rename / unlink / mkdir / rmdir / fsync / ftruncate
inside a child process: no `finally` and no `except` runs, as with SIGKILL at that syscall.
"""

import subprocess
import sys

from survivor_vault.core.vault import Vault
from survivor_vault.storage.vault_folder import VaultFolder
from tests.conftest import PASSPHRASE, make_vault

BACKUP_PASSPHRASE = "the backup's own words"

CHILD = r"""
import os, sys
from survivor_vault.core.vault import Vault
counter = {"n": 0}
kill_at = int(sys.argv[3])
def killing(real):
    def call(*args, **kwargs):
        counter["n"] += 1
        if counter["n"] == kill_at:
            os._exit(137)
        return real(*args, **kwargs)
    return call
for name in ("replace", "rename", "unlink", "remove", "mkdir", "rmdir", "fsync", "ftruncate"):
    setattr(os, name, killing(getattr(os, name)))
Vault.restore(sys.argv[1], sys.argv[4], sys.argv[2]).lock()
print("CALLS", counter["n"])
"""


def restore_killed_at(backup, folder, k: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD, str(backup), str(folder), str(k), BACKUP_PASSPHRASE],
                          capture_output=True, text=True, timeout=120)


def test_a_restore_killed_anywhere_leaves_the_old_vault_or_the_restored_one(tmp_path):
    import shutil

    source = make_vault(tmp_path / "source", BACKUP_PASSPHRASE)
    source.goals.add("from the backup")
    backup = source.backup(tmp_path / "b.svbackup")
    source.lock()
    template = tmp_path / "template"
    with make_vault(template) as vault:
        vault.goals.add("written today")
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    done = restore_killed_at(backup, probe, 10_000)
    assert done.returncode == 0, done.stderr
    calls = int(done.stdout.split()[-1])
    assert calls > 10
    outcomes = set()
    for k in range(1, calls + 1):
        folder = tmp_path / f"k{k}"
        shutil.copytree(template, folder)
        assert restore_killed_at(backup, folder, k).returncode == 137
        assert VaultFolder(folder).exists(), f"killed at call {k}: the folder looks empty"
        Vault.info(folder)  # finishes or rolls back the restore, then reads the key file
        try:
            vault = Vault.unlock(folder, PASSPHRASE)
            outcomes.add("old")
            assert [g.title for g in vault.goals.list()] == ["written today"], k
        except Exception:  # noqa: BLE001 - then it must be the restored vault
            vault = Vault.unlock(folder, BACKUP_PASSPHRASE)
            outcomes.add("restored")
            assert [g.title for g in vault.goals.list()] == ["from the backup"], k
        vault.lock()
        shutil.rmtree(folder)
    assert outcomes == {"old", "restored"}  # the kills fell on both sides of the swap


def test_init_refuses_a_folder_a_restore_left_with_its_vault_moved_aside(tmp_path):
    import pytest

    from survivor_vault.model.errors import VaultExists

    folder = tmp_path / "vault"
    make_vault(folder).lock()
    aside = folder / ".replaced-0a1b2c3d"
    aside.mkdir()
    for name in ("vault.db", "vault.keys", "vault.keys.bak"):
        (folder / name).rename(aside / name)
    assert Vault.exists(folder)
    with pytest.raises(VaultExists):
        make_vault(folder)
    with Vault.unlock(folder, PASSPHRASE):  # the restore is rolled back: the old vault is there again
        pass
    assert not aside.exists()
