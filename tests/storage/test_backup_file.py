"""The backup file, streamed: the same bytes on disk as every earlier backup, every limit checked before anything it
announces is read, and a file changed or swapped between its check and the copy of its database refused."""

from __future__ import annotations

import os
import struct

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import BackupUnreadable, DamagedBackup
from survivor_vault.storage import backup_file
from survivor_vault.storage.key_header import MAX_HEADER_BYTES
from tests.conftest import PASSPHRASE
from tests.storage import backup_layout


def _database_of(backup, work) -> bytes:
    target = work / "copied.db"
    backup_file.copy_database(backup_file.read(backup), target)
    data = target.read_bytes()
    target.unlink()
    return data


def test_a_streamed_backup_is_byte_for_byte_the_layout_backups_always_had(vault, tmp_path):
    vault.goals.add("in the backup")
    backup = vault.backup(tmp_path / "b.svbackup")
    checked = backup_file.read(backup)
    database = _database_of(backup, tmp_path)
    assert backup.read_bytes() == backup_layout.join(checked.header.to_bytes(), database)
    assert checked.database_length == len(database) > backup_file.CHUNK // 100


def test_a_backup_in_the_old_layout_restores(vault, tmp_path):
    """Every backup made before backups streamed (written whole, by the reference above) still restores."""
    vault.goals.add("from an old backup")
    made = vault.backup(tmp_path / "made.svbackup")
    old = tmp_path / "old.svbackup"
    old.write_bytes(backup_layout.join(*backup_layout.split(made)))
    vault.lock()
    with Vault.restore(old, PASSPHRASE, tmp_path / "restored") as restored:
        assert [g.title for g in restored.goals.list()] == ["from an old backup"]


def _announcing(header_len: int, header: bytes, db_len: int, rest: bytes) -> bytes:
    return backup_file.MAGIC + struct.pack(">I", header_len) + header + struct.pack(">Q", db_len) + rest


@pytest.mark.parametrize("case", ["header over its limit", "header past the end", "database over its limit",
                                  "database longer than the file", "database shorter than the file",
                                  "shorter than the smallest backup"])
def test_lengths_are_checked_against_their_limits_and_the_file_before_anything_is_read(tmp_path, case):
    data = {
        "header over its limit": _announcing(MAX_HEADER_BYTES + 1, b"{}", 0, bytes(32)),
        "header past the end": _announcing(10_000, b"{}", 0, bytes(32)),
        "database over its limit": _announcing(2, b"{}", backup_file.MAX_DATABASE_BYTES + 1, bytes(64)),
        "database longer than the file": _announcing(2, b"{}", 1000, bytes(64)),
        "database shorter than the file": _announcing(2, b"{}", 10, bytes(64)),
        "shorter than the smallest backup": backup_file.MAGIC + bytes(20),
    }[case]
    path = tmp_path / "hostile.svbackup"
    path.write_bytes(data)
    with pytest.raises(DamagedBackup):
        backup_file.read(path)


def test_a_backup_larger_than_any_vault_can_be_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.svbackup"
    with open(path, "wb") as handle:
        handle.write(backup_file.MAGIC)
        handle.truncate(backup_file.MAX_DATABASE_BYTES + MAX_HEADER_BYTES + 2048)  # sparse: nothing on disk
    with pytest.raises(DamagedBackup):
        backup_file.read(path)


def test_a_missing_or_unreadable_backup_says_so(tmp_path):
    with pytest.raises(BackupUnreadable):
        backup_file.read(tmp_path / "nowhere.svbackup")
    with pytest.raises(BackupUnreadable):
        backup_file.read(tmp_path)  # a folder


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_like_a_backup_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "b.svbackup"
    os.mkfifo(pipe)
    with pytest.raises(BackupUnreadable):
        backup_file.read(pipe)


def _swap_in_a_later_backup(vault, first, work):
    """Replace `first` with another good backup of the same vault, made a moment later (its own SHA-256 is right)."""
    vault.goals.add("only in the later backup")
    later = vault.backup(work / "later.svbackup")
    os.replace(later, first)


def _rewrite_in_place(_vault, first, work):
    """The same file (same inode) rewritten by someone with the passphrase, its SHA-256 recomputed."""
    backup_layout.rewrite_database(first, PASSPHRASE, work, ["UPDATE goals SET title = 'changed after the check'"])


def _truncate(_vault, first, _work):
    with open(first, "r+b") as handle:
        handle.truncate(first.stat().st_size // 2)


def _flip_one_byte(_vault, first, _work):
    with open(first, "r+b") as handle:
        handle.seek(first.stat().st_size // 2)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0x01]))


SWAPS = {"another good backup": _swap_in_a_later_backup, "rewritten with the key": _rewrite_in_place,
         "cut short": _truncate, "one byte flipped": _flip_one_byte}


@pytest.mark.parametrize("swap", SWAPS)
def test_a_backup_changed_between_its_check_and_the_copy_is_refused_and_nothing_is_left(vault, tmp_path, swap):
    vault.goals.add("in the backup that was checked")
    first = vault.backup(tmp_path / "b.svbackup")
    checked = backup_file.read(first)
    SWAPS[swap](vault, first, tmp_path)
    target = tmp_path / "staging" / "vault.db"
    target.parent.mkdir()
    with pytest.raises(DamagedBackup):
        backup_file.copy_database(checked, target)
    assert list(target.parent.iterdir()) == []  # no database, no half-written temp file


@pytest.mark.parametrize("swap", SWAPS)
def test_a_restore_whose_backup_is_swapped_after_its_check_refuses_and_replaces_nothing(
        vault, vault_dir, tmp_path, monkeypatch, swap):
    """The swap happens inside the restore, between the backup's check and the copy of its database (while the
    passphrase is tried): the copy hashes the file again and finds it is not the one that was checked."""
    from survivor_vault.core import vault as vault_module

    vault.goals.add("in the backup that was checked")
    backup = vault.backup(tmp_path / "b.svbackup")
    swap_done = []
    real_open_slot = vault_module.open_slot

    def open_slot_then_swap(*args, **kwargs):
        key = real_open_slot(*args, **kwargs)
        if not swap_done:
            SWAPS[swap](vault, backup, tmp_path)
            swap_done.append(True)
        return key

    target = tmp_path / "restored here"
    monkeypatch.setattr(vault_module, "open_slot", open_slot_then_swap)
    with pytest.raises(DamagedBackup):
        Vault.restore(backup, PASSPHRASE, target)
    assert swap_done and not Vault.exists(target)
    assert [p.name for p in target.iterdir() if p.name != "vault.lock"] == []
