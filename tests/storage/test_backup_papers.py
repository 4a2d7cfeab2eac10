"""Papers in backups: every document comes back byte for byte, and a backup in which any chunk of any paper is not
what was stored is refused whole, even when its pages are valid SQLCipher pages and its outer SHA-256 is right
(someone with the data key rewrote it), with nothing replaced. `Vault.check()` reads every chunk too."""

from __future__ import annotations

import hashlib
import os

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import DamagedBackup
from survivor_vault.storage.papers_repository import CHUNK
from tests.conftest import PASSPHRASE
from tests.storage import backup_layout


def _add_papers(vault, tmp_path) -> dict[str, bytes]:
    """Three documents: one of three chunks (the last short), one of a few bytes, one empty."""
    bodies = {"residence permit.pdf": b"%PDF-1.7\n" + os.urandom(CHUNK * 2 + 5),
              "note.txt": b"hearing on the 3rd",
              "empty.bin": b""}
    for name, body in bodies.items():
        (tmp_path / name).write_bytes(body)
        vault.papers.add_from_file(tmp_path / name)
    return {p.title: vault.papers.read_bytes(p.id) for p in vault.papers.list()}


def _papers(vault) -> dict[str, bytes]:
    return {p.title: vault.papers.read_bytes(p.id) for p in vault.papers.list()}


def test_a_backup_with_papers_restores_every_paper_byte_for_byte(vault, tmp_path):
    before = _add_papers(vault, tmp_path)
    assert before["residence permit"][:9] == b"%PDF-1.7\n" and before["empty"] == b""
    backup = vault.backup(tmp_path / "b.svbackup")
    assert vault.verify_backup(backup, PASSPHRASE).ok
    vault.lock()
    with Vault.restore(backup, PASSPHRASE, tmp_path / "new laptop") as restored:
        assert _papers(restored) == before
        for paper in restored.papers.list():
            assert paper.sha256 == hashlib.sha256(before[paper.title]).hexdigest()
        assert restored.check().ok


# What someone holding the data key could do to a backup's database: every page stays a valid SQLCipher page.
TAMPERING = {
    "a chunk's bytes": ["UPDATE paper_chunks SET bytes = zeroblob(length(bytes)) WHERE seq = 1"],
    "a chunk removed": ["DELETE FROM paper_chunks WHERE seq = 1"],
    "the last chunk removed": ["DELETE FROM paper_chunks WHERE seq = 2"],
    "a chunk added": ["INSERT INTO paper_chunks (paper_id, seq, bytes) "
                      "SELECT paper_id, 3, x'00' FROM paper_chunks WHERE seq = 2"],
    "two chunks swapped": ["UPDATE paper_chunks SET seq = -1 WHERE seq = 0",
                           "UPDATE paper_chunks SET seq = 0 WHERE seq = 1",
                           "UPDATE paper_chunks SET seq = 1 WHERE seq = -1"],
    "the size recorded": ["UPDATE papers SET size = size - 1 WHERE size > 0"],
    "the SHA-256 recorded": ["UPDATE papers SET sha256 = '" + "0" * 64 + "' WHERE size > 100"],
    "the empty paper given a chunk": ["INSERT INTO paper_chunks (paper_id, seq, bytes) "
                                      "SELECT id, 0, x'00' FROM papers WHERE size = 0"],
}


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("tampering", TAMPERING)
def test_a_backup_whose_paper_was_changed_with_the_key_is_refused_and_nothing_is_replaced(
        vault, vault_dir, tmp_path, tampering):
    _add_papers(vault, tmp_path)
    backup = vault.backup(tmp_path / "b.svbackup")
    vault.goals.add("kept in the vault as it is today")
    vault.lock()
    backup_layout.rewrite_database(backup, PASSPHRASE, tmp_path, TAMPERING[tampering])
    backup_layout.split(backup)  # the outer checksum is right: only the papers' own check can catch it
    before = _files(vault_dir)
    with pytest.raises(DamagedBackup):
        Vault.restore(backup, PASSPHRASE, vault_dir)
    assert _files(vault_dir) == before
    assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".")] == []  # no staging left behind
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert "kept in the vault as it is today" in [g.title for g in again.goals.list()]
        with pytest.raises(DamagedBackup):
            again.verify_backup(backup, PASSPHRASE)
    with pytest.raises(DamagedBackup):
        Vault.restore(backup, PASSPHRASE, tmp_path / "elsewhere")
    assert not Vault.exists(tmp_path / "elsewhere")


def test_check_reads_every_chunk_of_every_paper_and_says_so_in_plain_words(vault, tmp_path):
    _add_papers(vault, tmp_path)
    assert vault.check().ok
    vault.connection.execute("UPDATE paper_chunks SET bytes = zeroblob(length(bytes)) WHERE seq = 2")
    report = vault.check()
    assert not report.ok
    assert report.problems == ["One of your papers is damaged inside the vault and cannot be read (it says so when "
                               "you open it). Your other papers and records are safe. A backup made before may "
                               "still hold a good copy."]
    vault.connection.execute("UPDATE papers SET sha256 = '" + "0" * 64 + "' WHERE size = 0")
    assert vault.check().problems[0].startswith("2 of your papers are damaged")


def test_a_backup_made_of_a_vault_with_a_damaged_paper_is_refused_by_its_own_check(vault, tmp_path):
    """The backup checks itself after writing: a copy that could not be restored is not called a backup."""
    _add_papers(vault, tmp_path)
    vault.connection.execute("DELETE FROM paper_chunks WHERE seq = 0")
    with pytest.raises(DamagedBackup):
        vault.backup(tmp_path / "b.svbackup")
