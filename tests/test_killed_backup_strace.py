"""`backup` killed at every file-changing syscall (strace) while it streams a vault with a paper of three chunks:
the vault is whole afterwards (every byte of the paper), a file named as a backup is a whole one that checks out
(a killed run leaves at most its own half-written `.tmp`), the next unlock removes the scratch copies, the next
backup to that folder the half-written file."""

import os
import re

import pytest

from survivor_vault.core.vault import Vault, verify_backup_file
from survivor_vault.storage import backup_file
from survivor_vault.storage.papers_repository import CHUNK
from tests.conftest import PASSPHRASE, make_vault
from tests.kill_points import kill_everywhere, strace_available

HALF_WRITTEN = re.compile(r"\.backup-.+\.svbackup\.[0-9a-f]{8}\.tmp")


@pytest.mark.skipif(not strace_available(), reason="strace is installed by .ci/run")
def test_a_backup_killed_anywhere_leaves_the_vault_whole_and_no_backup_that_is_not(tmp_path):
    template = tmp_path / "template"
    document = tmp_path / "passport.jpg"
    document.write_bytes(b"\xff\xd8\xff" + os.urandom(CHUNK * 2 + 100))  # the backup streams it in several pieces
    with make_vault(template / "vault") as vault:
        vault.goals.add("kept")
        vault.papers.add_from_file(document)
    (template / "usb").mkdir()
    runs = kill_everywhere(["backup", "{folder}/usb", "--passphrase-stdin"], template, tmp_path, f"{PASSPHRASE}\n",
                           syscalls=("write", "rename", "unlink", "fsync", "ftruncate"), vault_in="vault")
    outcomes = set()
    for run in runs:
        where = f"killed at {run.syscall} #{run.k} (exit {run.returncode})"
        usb, vault_dir = run.folder / "usb", run.folder / "vault"
        backups = [p for p in usb.iterdir() if p.name.endswith(backup_file.SUFFIX)]
        half_written = [p for p in usb.iterdir() if p not in backups]
        assert len(backups) + len(half_written) <= 1 and all(HALF_WRITTEN.fullmatch(p.name) for p in half_written)
        for backup in backups:
            assert verify_backup_file(backup, PASSPHRASE, tmp_path / "scratch").ok, where
        outcomes.add("written" if backups else "half-written" if half_written else "not begun")
        with Vault.unlock(vault_dir, PASSPHRASE) as again:
            assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".")] == [], where  # scratch gone
            assert [g.title for g in again.goals.list()] == ["kept"], where
            assert again.papers.read_bytes(again.papers.list()[0].id) == document.read_bytes(), where
            assert again.check().ok, where
            if half_written:
                again.backup(usb)  # the next backup to that folder tidies what the killed one left
                assert not half_written[0].exists(), where
    assert outcomes == {"written", "half-written", "not begun"}
