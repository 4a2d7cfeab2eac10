"""`restore` killed at every file-changing syscall (strace), over an existing vault: afterwards the
folder holds the old vault whole or the restored one whole, and always says there is a vault. The backup holds
a paper of three chunks, so its database is copied into staging in several pieces (each a kill point)."""

import os

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import WrongPassphrase
from survivor_vault.storage.papers_repository import CHUNK
from tests.kill_points import kill_everywhere, strace_available

OLD, BACKUP = "the vault as it is today", "the passphrase of the backup"


def titles_with(folder, passphrase):
    try:
        with Vault.unlock(folder, passphrase) as vault:
            papers = [vault.papers.read_bytes(p.id) for p in vault.papers.list()]  # each checked against its SHA-256
            return sorted(g.title for g in vault.goals.list()) + [f"{len(p)} bytes" for p in papers]
    except WrongPassphrase:
        return None


@pytest.mark.skipif(not strace_available(), reason="strace is installed by .ci/run")
def test_a_restore_killed_anywhere_keeps_one_whole_vault(tmp_path):
    document = tmp_path / "letter.pdf"
    document.write_bytes(b"%PDF-1.7\n" + os.urandom(CHUNK * 2 + 100))
    with Vault.create(tmp_path / "other", BACKUP) as other:
        other.goals.add("from the backup")
        other.papers.add_from_file(document)
        backup = other.backup(tmp_path / "b.svbackup")
    template = tmp_path / "template"
    with Vault.create(template, OLD) as vault:
        vault.goals.add("today")
    runs = kill_everywhere(["restore", str(backup), "--passphrase-stdin"], template, tmp_path, f"{BACKUP}\n",
                           syscalls=("write", "rename", "unlink", "fsync", "ftruncate"))
    old = new = 0
    for run in runs:
        where = f"killed at {run.syscall} #{run.k} (exit {run.returncode})"
        assert Vault.exists(run.folder), where
        today, restored = titles_with(run.folder, OLD), titles_with(run.folder, BACKUP)
        assert today == ["today"] or restored == ["from the backup", f"{CHUNK * 2 + 109} bytes"], \
            f"{where}: {today} / {restored}"
        old += today is not None
        new += restored is not None
    assert old and new
