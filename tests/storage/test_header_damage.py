"""Damage to the key file reads as damage (the copy is used), never as a wrong passphrase; an old copy never wins."""

import json
import random

import pytest

from survivor_vault.core.vault import KEY_FILE_DAMAGED, KEY_FILE_DOES_NOT_FIT, Vault
from survivor_vault.model.errors import DamagedVault, WrongPassphrase
from tests.conftest import PASSPHRASE

# Where a single flipped character lands: every field of the header and of its passphrase slot.
FIELDS = ["vault_id", "created", "generation", "format", "slots.0.kind", "slots.0.slot_id", "slots.0.nonce",
          "slots.0.wrapped_key", "slots.0.kdf.salt", "slots.0.kdf.memory_kib", "slots.0.kdf.iterations"]


def flip_in(data: bytes, field: str) -> bytes:
    """The header with one character of `field`'s value changed (so the JSON still parses)."""
    doc = json.loads(data)
    *path, last = field.split(".")
    node = doc
    for part in path:
        node = node[int(part)] if part.isdigit() else node[part]
    value = node[last]
    if isinstance(value, int):
        node[last] = value + 1
    else:
        index = random.Random(field).randrange(len(value))
        node[last] = value[:index] + ("A" if value[index] != "A" else "B") + value[index + 1:]
    return json.dumps(doc, indent=2, sort_keys=True).encode() + b"\n"


def passphrase_slot_first(vault_dir):
    doc = json.loads((vault_dir / "vault.keys").read_text())
    assert doc["slots"][0]["kind"] == "passphrase"


@pytest.mark.parametrize("field", FIELDS)
def test_a_flipped_field_in_the_key_file_falls_back_to_its_copy(vault, vault_dir, field):
    vault.goals.add("still here")
    vault.lock()
    passphrase_slot_first(vault_dir)
    good = (vault_dir / "vault.keys").read_bytes()
    (vault_dir / "vault.keys").write_bytes(flip_in(good, field))
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert [g.title for g in opened.goals.list()] == ["still here"]
        assert any("copy was used" in n for n in opened.notices)
    assert (vault_dir / "vault.keys").read_bytes() == good  # repaired from the intact copy


@pytest.mark.parametrize("field", FIELDS)
def test_the_same_damage_in_both_copies_is_damage_not_a_wrong_passphrase(vault, vault_dir, field):
    vault.lock()
    good = (vault_dir / "vault.keys").read_bytes()
    for name in ("vault.keys", "vault.keys.bak"):
        (vault_dir / name).write_bytes(flip_in(good, field))
    with pytest.raises(DamagedVault):
        Vault.unlock(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("damage", ["delete", "truncate", "garbage", "empty"])
def test_a_missing_or_unreadable_key_file_uses_its_copy(vault, vault_dir, damage):
    vault.lock()
    good = (vault_dir / "vault.keys").read_bytes()
    target = vault_dir / "vault.keys"
    if damage == "delete":
        target.unlink()
    else:
        target.write_bytes({"truncate": good[:len(good) // 2], "garbage": bytes(range(256)) * 3, "empty": b""}[damage])
    Vault.unlock(vault_dir, PASSPHRASE).lock()
    assert target.read_bytes() == good


def test_damaged_key_file_with_a_copy_that_refuses_the_passphrase_says_damaged(vault, vault_dir):
    """The copy is from before a passphrase change (or was damaged too): 'damaged', not 'wrong passphrase'."""
    vault.lock()
    (vault_dir / "vault.keys").write_bytes(b"{ not json")
    with pytest.raises(DamagedVault) as caught:
        Vault.unlock(vault_dir, "a passphrase the copy does not know")
    assert str(caught.value) == KEY_FILE_DAMAGED


def test_an_old_key_file_put_back_never_opens_or_repairs(vault, vault_dir):
    """Someone kept the key file from before a passphrase change, and plants it as the copy (or both)."""
    old_header = (vault_dir / "vault.keys").read_bytes()
    vault.goals.add("written after the change")
    vault.change_passphrase("new passphrase words")
    vault.lock()
    current = (vault_dir / "vault.keys").read_bytes()
    # 1. The old header as the copy, and the current one damaged: the old passphrase must not get in.
    (vault_dir / "vault.keys.bak").write_bytes(old_header)
    (vault_dir / "vault.keys").write_bytes(current[:40])
    with pytest.raises(DamagedVault) as caught:
        Vault.unlock(vault_dir, PASSPHRASE)
    # The data key changed with the passphrase: the old key file's key does not open today's data.
    assert str(caught.value) == KEY_FILE_DOES_NOT_FIT
    assert (vault_dir / "vault.keys").read_bytes() == current[:40]  # nothing "repaired" from the old copy
    # 2. Both copies replaced by the old header.
    (vault_dir / "vault.keys").write_bytes(old_header)
    with pytest.raises(DamagedVault) as caught:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert str(caught.value) == KEY_FILE_DOES_NOT_FIT
    # 3. The current header back: the new passphrase opens it, the old one does not.
    (vault_dir / "vault.keys").write_bytes(current)
    (vault_dir / "vault.keys.bak").write_bytes(current)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, "new passphrase words") as opened:
        assert opened.goals.list()[0].title == "written after the change"


def test_a_newer_copy_wins_over_an_older_primary(vault, vault_dir):
    """A primary put back from before a change, beside a newer copy: the higher generation is used."""
    old_header = (vault_dir / "vault.keys").read_bytes()
    vault.change_passphrase("new passphrase words")
    vault.lock()
    (vault_dir / "vault.keys").write_bytes(old_header)  # the primary is the old one, the copy the new one
    with Vault.unlock(vault_dir, "new passphrase words"):
        pass
    assert (vault_dir / "vault.keys").read_bytes() == (vault_dir / "vault.keys.bak").read_bytes()


def test_the_recovery_key_never_copies_a_damaged_key_file_over_a_good_copy(vault, vault_dir):
    key = vault.add_recovery_key()
    vault.lock()
    good = (vault_dir / "vault.keys.bak").read_bytes()
    (vault_dir / "vault.keys").write_bytes(flip_in(good, "vault_id"))
    Vault.unlock_with_recovery_key(vault_dir, key).lock()
    assert (vault_dir / "vault.keys.bak").read_bytes() == good
    assert (vault_dir / "vault.keys").read_bytes() == good


def test_an_unlock_that_fails_after_opening_releases_the_vault(vault, vault_dir, monkeypatch):
    """Found by an attack test: a repair that failed (full disk) kept the lock: 'already open' until a restart."""
    import errno

    from survivor_vault.model.errors import StorageFull
    from survivor_vault.storage import key_header

    vault.lock()
    (vault_dir / "vault.keys").unlink()  # the unlock will repair it from the copy

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(key_header, "save", full)
    with pytest.raises(StorageFull):
        Vault.unlock(vault_dir, PASSPHRASE)
    monkeypatch.undo()
    Vault.unlock(vault_dir, PASSPHRASE).lock()  # not "already open in another window"


# The sealed recovery slot's fields (and the tries key), with the recovery key as the secret.
RECOVERY_FIELDS = ["slots.1.public_key", "slots.1.sealed_key", "slots.1.seal_mac", "slots.1.wrapped_key",
                   "slots.1.nonce", "slots.1.kdf.salt", "slots.1.scheme", "slots.1.slot_id", "tries_key"]


@pytest.mark.parametrize("field", RECOVERY_FIELDS)
def test_a_flipped_recovery_field_falls_back_and_damage_in_both_is_damage(vault, vault_dir, field):
    key = vault.add_recovery_key()
    vault.lock()
    good = (vault_dir / "vault.keys").read_bytes()
    assert json.loads(good)["slots"][1]["kind"] == "recovery"
    (vault_dir / "vault.keys").write_bytes(flip_in(good, field))
    with Vault.unlock_with_recovery_key(vault_dir, key) as opened:
        assert any("copy was used" in n for n in opened.notices)
    assert (vault_dir / "vault.keys").read_bytes() == good
    for name in ("vault.keys", "vault.keys.bak"):
        (vault_dir / name).write_bytes(flip_in(good, field))
    with pytest.raises(DamagedVault):
        Vault.unlock_with_recovery_key(vault_dir, key)
