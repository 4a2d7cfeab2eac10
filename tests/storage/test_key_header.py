import json

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import DamagedVault, VaultNotFound, VaultTooNew, WrongPassphrase
from tests.conftest import PASSPHRASE


def test_header_holds_no_secret_and_is_versioned(vault, vault_dir):
    raw = (vault_dir / "vault.keys").read_bytes()
    doc = json.loads(raw)
    assert doc["format"] == "svault-keys" and doc["version"] == 2
    assert PASSPHRASE.encode() not in raw
    assert vault._key.hex().encode() not in raw
    assert (vault_dir / "vault.keys.bak").read_bytes() == raw


@pytest.mark.parametrize("damage", ["delete", "garbage", "truncate", "empty"])
def test_damaged_primary_falls_back_to_the_mirror_and_says_so(vault, vault_dir, damage):
    goal = vault.goals.add("Stay safe at night")
    vault.lock()
    keys = vault_dir / "vault.keys"
    if damage == "delete":
        keys.unlink()
    elif damage == "garbage":
        keys.write_bytes(b"\x00\xff not json at all")
    elif damage == "truncate":
        keys.write_bytes(keys.read_bytes()[:40])
    else:
        keys.write_bytes(b"")
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert any("copy" in n for n in again.notices)
        assert again.goals.get(goal.id).title == "Stay safe at night"
    # the primary was repaired from the mirror
    assert (vault_dir / "vault.keys").read_bytes() == (vault_dir / "vault.keys.bak").read_bytes()


def test_damaged_mirror_is_repaired_on_unlock(vault, vault_dir):
    vault.lock()
    (vault_dir / "vault.keys.bak").write_bytes(b"{broken")
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.check().ok
    assert (vault_dir / "vault.keys").read_bytes() == (vault_dir / "vault.keys.bak").read_bytes()


def test_both_header_copies_damaged_is_a_clear_error_and_touches_nothing(vault, vault_dir):
    vault.lock()
    (vault_dir / "vault.keys").write_bytes(b"{broken")
    (vault_dir / "vault.keys.bak").write_bytes(b"{also broken")
    db_before = (vault_dir / "vault.db").read_bytes()
    with pytest.raises(DamagedVault):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert (vault_dir / "vault.db").read_bytes() == db_before
    assert (vault_dir / "vault.keys").read_bytes() == b"{broken"


def test_both_header_copies_missing_is_damaged_not_absent(vault, vault_dir):
    vault.lock()
    (vault_dir / "vault.keys").unlink()
    (vault_dir / "vault.keys.bak").unlink()
    with pytest.raises(DamagedVault, match="missing"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_no_vault_at_all(tmp_path):
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nothing-here", PASSPHRASE)
    (tmp_path / "empty").mkdir()
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "empty", PASSPHRASE)


def test_header_from_a_newer_app_is_refused_kindly(vault, vault_dir):
    vault.lock()
    for name in ("vault.keys", "vault.keys.bak"):
        doc = json.loads((vault_dir / name).read_text())
        doc["version"] = 99
        (vault_dir / name).write_text(json.dumps(doc))
    with pytest.raises(VaultTooNew):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_header_of_another_vault_does_not_open_this_data(tmp_path):
    from tests.conftest import make_vault

    a = make_vault(tmp_path / "a")
    a.lock()
    b = make_vault(tmp_path / "b")
    b.lock()
    for name in ("vault.keys", "vault.keys.bak"):
        (tmp_path / "a" / name).write_bytes((tmp_path / "b" / name).read_bytes())
    with pytest.raises(DamagedVault):
        Vault.unlock(tmp_path / "a", PASSPHRASE)


def test_wrong_passphrase_changes_nothing_but_adds_one_sealed_try(vault, vault_dir):
    from survivor_vault.storage.wrong_tries import FILE_NAME

    vault.lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not it")
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert len(after.pop(FILE_NAME).splitlines()) == 1  # the sealed note of the try (storage/wrong_tries.py)
    assert after == before
