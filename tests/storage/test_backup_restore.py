import os

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import BackupUnreadable, DamagedBackup, VaultInUse, WrongPassphrase
from survivor_vault.storage import backup_file
from tests.conftest import PASSPHRASE, make_vault
from tests.storage import backup_layout


def _fill(vault):
    goal = vault.goals.add("Get my documents", steps=["birth certificate", "passport"])
    vault.goals.update_step(goal.steps[0].id, done=True)
    person = vault.people.add("Advocate Ana")
    vault.about_me.save(vault.about_me.get().__class__(preferred_name="R"))
    return goal, person


def _snapshot(vault):
    return (vault.goals.list(include_archived=True), vault.services.choices(), vault.about_me.get(),
            vault.people.list(), vault.permissions.list(include_revoked=True), vault.history.list(with_items=True))


def test_backup_then_restore_into_an_empty_folder(vault, tmp_path):
    _fill(vault)
    before = _snapshot(vault)
    (tmp_path / "usb").mkdir()
    path = vault.backup(tmp_path / "usb")  # a folder: the file is named for the day
    assert path.parent == tmp_path / "usb" and path.suffix == backup_file.SUFFIX
    vault.lock()
    with Vault.restore(path, PASSPHRASE, tmp_path / "new-laptop") as restored:
        assert _snapshot(restored) == before
        assert restored.check().ok


def test_restore_replaces_the_current_vault_only_after_checking(vault, vault_dir, tmp_path):
    _fill(vault)
    backup = vault.backup(tmp_path / "b.svbackup")
    vault.goals.add("Added after the backup")
    vault.lock()
    with Vault.restore(backup, PASSPHRASE, vault_dir) as restored:
        titles = [g.title for g in restored.goals.list()]
    assert titles == ["Get my documents"]
    assert sorted(p.name for p in vault_dir.iterdir() if p.name.startswith(".")) == []


def test_backup_keeps_the_passphrase_of_its_day(vault, vault_dir, tmp_path):
    _fill(vault)
    backup = vault.backup(tmp_path / "b.svbackup")
    vault.change_passphrase("newer words")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.restore(backup, "newer words", tmp_path / "x")
    Vault.restore(backup, PASSPHRASE, tmp_path / "x").lock()


@pytest.mark.parametrize("damage", ["flip-db", "flip-header", "truncate", "empty", "not-a-backup"])
def test_a_damaged_backup_is_refused_and_the_current_vault_is_untouched(vault, vault_dir, tmp_path, damage):
    _fill(vault)
    backup = vault.backup(tmp_path / "b.svbackup")
    vault.lock()
    data = bytearray(backup.read_bytes())
    if damage == "flip-db":
        data[len(data) // 2] ^= 0x40
    elif damage == "flip-header":
        data[20] ^= 0x01
    elif damage == "truncate":
        data = data[: len(data) - 100]
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"%PDF-1.7 this is something else entirely" * 10)
    backup.write_bytes(bytes(data))
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(DamagedBackup):
        Vault.restore(backup, PASSPHRASE, vault_dir)
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert after == before
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert v.goals.list()[0].title == "Get my documents"


def test_a_backup_whose_pages_were_altered_with_a_valid_checksum_is_still_refused(vault, vault_dir, tmp_path):
    """An attacker can recompute the outer SHA-256; SQLCipher's page HMACs still catch it."""
    _fill(vault)
    backup = vault.backup(tmp_path / "b.svbackup")
    vault.lock()
    header, database = backup_layout.split(backup)
    db = bytearray(database)
    db[4096 + 100] ^= 0x01  # inside page 2
    backup.write_bytes(backup_layout.join(header, bytes(db)))
    with pytest.raises(DamagedBackup):
        Vault.restore(backup, PASSPHRASE, tmp_path / "elsewhere")
    assert not Vault.exists(tmp_path / "elsewhere")


def test_missing_backup_file(tmp_path):
    with pytest.raises(BackupUnreadable):
        Vault.restore(tmp_path / "nope.svbackup", PASSPHRASE, tmp_path / "v")


def test_restore_refuses_while_the_vault_is_open(vault, vault_dir, tmp_path):
    backup = vault.backup(tmp_path / "b.svbackup")
    with pytest.raises(VaultInUse):
        Vault.restore(backup, PASSPHRASE, vault_dir)


def test_verify_backup(vault, tmp_path):
    _fill(vault)
    backup = vault.backup(tmp_path / "b.svbackup")
    assert vault.verify_backup(backup, PASSPHRASE).ok
    with pytest.raises(WrongPassphrase):
        vault.verify_backup(backup, "wrong")


def test_restore_of_a_different_vault_on_top_of_this_one(tmp_path):
    a = make_vault(tmp_path / "a", "pass a")
    a.goals.add("from A")
    backup = a.backup(tmp_path / "a.svbackup")
    a.lock()
    b = make_vault(tmp_path / "b", "pass b")
    b.goals.add("from B")
    b.lock()
    with Vault.restore(backup, "pass a", tmp_path / "b") as v:
        assert [g.title for g in v.goals.list()] == ["from A"]
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "b", "pass b")


def test_an_interrupted_restore_is_rolled_back_at_the_next_unlock(vault, vault_dir, tmp_path):
    """Simulate a crash in the middle of the swap: old files aside, new data moved in, no key file yet."""
    _fill(vault)
    vault.lock()
    replaced = vault_dir / ".replaced-deadbeef"
    replaced.mkdir()
    for name in ("vault.db", "vault.keys", "vault.keys.bak"):
        os.replace(vault_dir / name, replaced / name)
    (vault_dir / "vault.db").write_bytes(os.urandom(8192))  # a half-arrived restored database
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert v.goals.list()[0].title == "Get my documents"
    assert not replaced.exists()


def test_if_the_restored_vault_fails_to_open_the_old_one_comes_back(vault, vault_dir, tmp_path, monkeypatch):
    _fill(vault)
    backup = vault.backup(tmp_path / "b.svbackup")
    vault.goals.add("only in the current vault")
    vault.lock()

    def refuse(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Vault, "_attach", classmethod(lambda cls, *a, **k: refuse()))
    with pytest.raises(OSError):
        Vault.restore(backup, PASSPHRASE, vault_dir)
    monkeypatch.undo()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert "only in the current vault" in [g.title for g in v.goals.list()]
    assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".")] == []


def test_unlocking_an_empty_folder_leaves_nothing_behind(tmp_path):
    from survivor_vault.model.errors import VaultNotFound

    (tmp_path / "empty").mkdir()
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "empty", PASSPHRASE)
    assert list((tmp_path / "empty").iterdir()) == []


def test_backup_job_uses_its_own_copies_so_locking_meanwhile_is_safe(vault, tmp_path):
    _fill(vault)
    job = vault.backup_job(tmp_path / "b.svbackup")  # made on the UI thread ...
    vault.lock()  # ... the vault locks (auto-lock, quick exit) before the worker runs it
    path = job()
    with Vault.restore(path, PASSPHRASE, tmp_path / "restored") as restored:
        assert restored.goals.list()[0].title == "Get my documents"


def test_half_written_backups_of_a_killed_run_are_tidied_by_the_next_backup(vault, tmp_path):
    """A backup killed while writing leaves `.NAME.svbackup.XXXXXXXX.tmp` (encrypted, but clutter on a USB stick)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    leftover = folder / ".backup-2026-01-01-120000.svbackup.0a1b2c3d.tmp"
    leftover.write_bytes(b"half a backup")
    mine = folder / ".notes.txt.0a1b2c3d.tmp"  # someone else's temp file: not ours to delete
    mine.write_bytes(b"keep")
    vault.backup(folder)
    assert not leftover.exists() and mine.exists()
    assert len(list(folder.glob("backup-*.svbackup"))) == 1
