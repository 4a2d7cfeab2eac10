import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import VaultLocked, VaultNotFound
from tests.conftest import PASSPHRASE


def test_erase_removes_every_vault_file_and_backups_in_its_folder(vault, vault_dir, tmp_path):
    vault.goals.add("x")
    vault.backup(vault_dir)  # a backup kept in the vault's own folder
    outside = vault.backup(tmp_path / "usb.svbackup")
    vault.erase()
    assert vault.is_locked
    assert not vault_dir.exists()
    assert outside.exists()  # backups elsewhere are the survivor's to keep or destroy
    with pytest.raises(VaultNotFound):
        Vault.unlock(vault_dir, PASSPHRASE)
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS

    Vault.create(vault_dir, "new", kdf=FLOOR_SETTINGS).lock()  # a new vault can be made in the same place


def test_erase_keeps_unrelated_files_and_the_folder(vault, vault_dir):
    (vault_dir / "my-letter.txt").write_text("not the vault's")
    vault.erase()
    assert [p.name for p in vault_dir.iterdir()] == ["my-letter.txt"]


def test_erase_needs_an_unlocked_vault(vault):
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.erase()


def test_shred_overwrites_before_deleting(tmp_path, monkeypatch):
    from survivor_vault.storage import file_shredder

    target = tmp_path / "f"
    target.write_bytes(b"SECRET" * 1000)
    seen = {}
    real_unlink = type(target).unlink

    def spy_unlink(self, *a, **k):
        seen["before_delete"] = self.read_bytes()
        return real_unlink(self, *a, **k)

    monkeypatch.setattr(type(target), "unlink", spy_unlink)
    assert file_shredder.shred(target)
    assert b"SECRET" not in seen["before_delete"] and len(seen["before_delete"]) == 6000
    assert not target.exists()
