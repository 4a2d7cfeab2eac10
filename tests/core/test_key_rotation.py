"""Key rotation attacked: old key files, old backups, swapped public keys, writes during a rotation,
a rotation cut short in each state, another reader holding the database, and older recovery slots."""

import base64
import json
import shutil

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from survivor_vault.core.vault import KEY_FILE_DOES_NOT_FIT, Vault
from survivor_vault.model.errors import (
    DamagedVault,
    NoRecoverySlot,
    PassphraseNeeded,
    StillInUse,
    VaultLocked,
    WrongPassphrase,
    WrongPassphraseChangeStopped,
)
from survivor_vault.storage import key_header, wrong_tries
from survivor_vault.storage.database import open_database
from survivor_vault.storage.key_header import KeyHeader
from survivor_vault.storage.key_slots import FLOOR_SETTINGS, make_legacy_recovery_slot, open_slot
from survivor_vault.storage.vault_folder import VaultFolder
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase"
NEWER = "and a newer one still"


def keys_of(vault_dir):
    return (vault_dir / "vault.keys").read_bytes()


def put_back(vault_dir, header: bytes):
    (vault_dir / "vault.keys").write_bytes(header)
    (vault_dir / "vault.keys.bak").write_bytes(header)


def opens_by_hand(vault_dir, header_bytes: bytes, slot_kind: str, secret: str) -> bool:
    """What an attacker would do with an old key file: take its data key and try today's database."""
    header = KeyHeader.from_bytes(header_bytes)
    data_key = open_slot(header.slot(slot_kind), secret, header.vault_id)
    try:
        open_database(vault_dir / "vault.db", data_key).close()
    except DamagedVault:
        return False
    return True


def titles(vault):
    return sorted(g.title for g in vault.goals.list())


def test_an_old_key_file_and_the_old_passphrase_never_open_what_was_written_since(vault, vault_dir):
    vault.goals.add("before")
    old = keys_of(vault_dir)
    vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    vault.goals.add("after")
    vault.lock()
    put_back(vault_dir, old)
    with pytest.raises(DamagedVault) as caught:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert str(caught.value) == KEY_FILE_DOES_NOT_FIT
    # Not even by hand: the old key file's data key does not decrypt today's database.
    assert not opens_by_hand(vault_dir, old, "passphrase", PASSPHRASE)


def test_an_old_backup_opens_only_the_old_data(vault, vault_dir, tmp_path):
    vault.goals.add("before")
    backup = vault.backup(tmp_path / "old.svbackup")
    vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    vault.goals.add("after")
    vault.lock()
    with Vault.restore(backup, PASSPHRASE, tmp_path / "elsewhere") as restored:
        assert titles(restored) == ["before"]
    # The backup's key file (inside the backup) with the old passphrase, against today's database:
    backup_header = (tmp_path / "elsewhere" / "vault.keys").read_bytes()
    assert not opens_by_hand(vault_dir, backup_header, "passphrase", PASSPHRASE)


def test_the_recovery_key_keeps_working_through_rotations_without_being_typed(vault, vault_dir):
    key = vault.add_recovery_key()
    vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    vault.goals.add("after one")
    vault.change_passphrase(NEWER, kdf=FLOOR_SETTINGS)
    vault.lock()
    with Vault.unlock_with_recovery_key(vault_dir, key) as opened:
        assert titles(opened) == ["after one"]


@pytest.mark.parametrize("change", ["replace", "remove"])
def test_an_old_recovery_key_with_an_old_key_file_opens_nothing_new(vault, vault_dir, change):
    old_key = vault.add_recovery_key()
    old = keys_of(vault_dir)
    if change == "replace":
        vault.add_recovery_key()
    else:
        vault.remove_recovery_key()
    vault.goals.add("after")
    vault.lock()
    assert not opens_by_hand(vault_dir, old, "recovery", old_key)
    put_back(vault_dir, old)
    with pytest.raises(DamagedVault):
        Vault.unlock_with_recovery_key(vault_dir, old_key)


def test_a_public_key_swapped_in_the_key_file_never_receives_the_new_data_key(vault, vault_dir):
    """Someone with the laptop puts their own public key in the recovery slot, then waits for a key change."""
    vault.add_recovery_key()
    vault.lock()
    attacker = X25519PrivateKey.generate()
    doc = json.loads(keys_of(vault_dir))
    slot = next(s for s in doc["slots"] if s["kind"] == "recovery")
    slot["public_key"] = base64.b64encode(attacker.public_key().public_bytes_raw()).decode()
    doc.pop("checksum")
    put_back(vault_dir, KeyHeader.from_bytes(json.dumps(doc).encode()).to_bytes())
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert any("recovery key's entry" in p for p in opened.check().problems)  # `check` sees it
        opened.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
        assert opened.check().ok
    sealed = next(s for s in json.loads(keys_of(vault_dir))["slots"] if s["kind"] == "recovery")
    assert sealed["public_key"] != slot["public_key"]  # sealed to the key the vault made, kept inside it
    suite = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
    with pytest.raises(InvalidTag):
        suite.decrypt(base64.b64decode(sealed["sealed_key"]), attacker,
                      info=f"svault data key|{doc['vault_id']}|{sealed['slot_id']}".encode())


def test_a_swapped_tries_key_is_put_right_at_unlock(vault, vault_dir):
    vault.lock()
    _private, public = wrong_tries.new_key_pair()
    header = key_header.load(VaultFolder(vault_dir)).header
    put_back(vault_dir, header.with_tries_key(base64.b64encode(public).decode()).to_bytes())
    Vault.unlock(vault_dir, PASSPHRASE).lock()
    assert key_header.load(VaultFolder(vault_dir)).header.tries_key == header.tries_key


def test_writes_made_while_the_copy_was_being_made_are_kept(vault, vault_dir):
    change = vault.key_change(new_passphrase=NEW, kdf=FLOOR_SETTINGS)
    change.run()
    vault.goals.add("typed while the worker ran")
    change.finish()
    vault.lock()
    with Vault.unlock(vault_dir, NEW) as opened:
        assert titles(opened) == ["typed while the worker ran"]


def test_a_change_whose_vault_was_locked_meanwhile_changes_nothing(vault, vault_dir):
    vault.goals.add("kept")
    change = vault.key_change(new_passphrase=NEW, kdf=FLOOR_SETTINGS)
    change.run()
    vault.lock()
    with pytest.raises(VaultLocked):
        change.finish()
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.keys", "vault.keys.bak", "vault.lock"]
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert titles(opened) == ["kept"]


def test_a_wrong_current_passphrase_changes_nothing(vault, vault_dir):
    before = keys_of(vault_dir)
    change = vault.key_change(new_passphrase=NEW, current_passphrase="not it", kdf=FLOOR_SETTINGS)
    with pytest.raises(WrongPassphrase):
        change.run()
    assert keys_of(vault_dir) == before
    assert not [p for p in vault_dir.iterdir() if p.name.startswith(".")]


def test_another_reader_holding_the_database_stops_the_swap_and_nothing_is_lost(vault, vault_dir):
    vault.goals.add("kept")
    reader = open_database(vault_dir / "vault.db", bytearray(vault._key))
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM goals").fetchone()
    vault.goals.add("written while the reader looks")  # the log now holds frames the reader pins
    try:
        with pytest.raises(StillInUse):
            vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
        vault.goals.add("the vault goes on")
    finally:
        reader.execute("COMMIT")
        reader.close()
    vault.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert titles(opened) == ["kept", "the vault goes on", "written while the reader looks"]


def _stage_rotation(vault, vault_dir, tmp_path):
    """Run a rotation to its end in a copy, and keep the files as they were just before each step."""
    vault.goals.add("kept")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    before = tmp_path / "before"
    shutil.copytree(vault_dir, before)
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        opened.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    return before


def test_a_rotation_cut_short_before_its_commit_rolls_back(vault, vault_dir, tmp_path):
    before = _stage_rotation(vault, vault_dir, tmp_path)
    # The new database and key file were both ready; the swap had not happened.
    shutil.copy(vault_dir / "vault.db", before / "vault.db.next")
    shutil.copy(vault_dir / "vault.keys", before / "vault.keys.next")
    with Vault.unlock(before, PASSPHRASE) as opened:
        assert titles(opened) == ["kept"]
    assert not (before / "vault.keys.next").exists() and not (before / "vault.db.next").exists()


def test_a_rotation_cut_short_after_its_commit_is_finished(vault, vault_dir, tmp_path):
    before = _stage_rotation(vault, vault_dir, tmp_path)
    shutil.copy(vault_dir / "vault.db", before / "vault.db")  # swapped in
    shutil.copy(vault_dir / "vault.keys", before / "vault.keys.next")  # the key file not installed yet
    info = Vault.info(before)  # no passphrase needed to finish it
    assert not (before / "vault.keys.next").exists()
    assert info.mirror_ok
    with pytest.raises(WrongPassphrase):
        Vault.unlock(before, PASSPHRASE)
    with Vault.unlock(before, NEW) as opened:
        assert titles(opened) == ["kept"]


def test_a_committed_rotation_opens_even_when_its_key_file_cannot_be_installed(vault, vault_dir, tmp_path):
    before = _stage_rotation(vault, vault_dir, tmp_path)
    shutil.copy(vault_dir / "vault.db", before / "vault.db")
    shutil.copy(vault_dir / "vault.keys", before / "vault.keys.next")
    folder = VaultFolder(before)
    loaded = key_header.load(folder)  # read without installing (as when the disk is full)
    assert loaded.header == KeyHeader.from_bytes((vault_dir / "vault.keys").read_bytes())


def test_after_a_recovery_key_unlock_keys_change_only_with_a_new_passphrase(vault, vault_dir):
    key = vault.add_recovery_key()
    vault.lock()
    with Vault.unlock_with_recovery_key(vault_dir, key) as opened:
        with pytest.raises(PassphraseNeeded):
            opened.add_recovery_key()
        opened.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
        opened.add_recovery_key()  # the new passphrase's key is known now
    Vault.unlock(vault_dir, NEW).lock()


def test_an_older_recovery_slot_is_sealed_anew_when_it_is_used(vault, vault_dir):
    key = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567"
    legacy = make_legacy_recovery_slot(vault._key, key, vault.vault_id)
    vault._save_header(vault._header.with_slot(legacy))
    vault.lock()
    with Vault.unlock_with_recovery_key(vault_dir, key) as opened:
        assert opened._header.recovery_slot.sealed
        opened.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    Vault.unlock_with_recovery_key(vault_dir, key).lock()  # and it followed the rotation


def test_an_older_recovery_slot_that_cannot_follow_a_rotation_is_said_so(vault, vault_dir):
    key = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567"
    vault._save_header(vault._header.with_slot(
        make_legacy_recovery_slot(vault._key, key, vault.vault_id)))
    result = vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    assert result.recovery_key_dropped and not vault.has_recovery_key
    vault.lock()
    with pytest.raises(NoRecoverySlot):
        Vault.unlock_with_recovery_key(vault_dir, key)


def test_a_vault_built_from_an_old_copy_is_refused_by_the_recovery_key(vault, vault_dir, tmp_path):
    """Someone knew the old passphrase and kept the files. After the change, they build a vault from
    their copy that her recovery key opens, naming their own recovery slot inside, and wait for her
    next key change to be sealed to them. The recovery key must not open it."""
    from survivor_vault.core.vault import HEADER_GENERATION, RECOVERY_RECORD, RECOVERY_SLOT_UNKNOWN
    from survivor_vault.storage.database import transaction
    from survivor_vault.storage.key_slots import make_recovery_slot, reseal
    from survivor_vault.storage.recovery_key import generate

    key = vault.add_recovery_key()
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for name in ("vault.db", "vault.keys"):
        shutil.copy(vault_dir / name, stolen / name)
    vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    vault.lock()
    old = KeyHeader.from_bytes((stolen / "vault.keys").read_bytes())
    old_key = open_slot(old.passphrase_slot, PASSPHRASE, old.vault_id)
    conn = open_database(stolen / "vault.db", old_key)
    record = json.loads(conn.execute("SELECT value FROM meta WHERE key = ?", (RECOVERY_RECORD,)).fetchone()[0])
    mac_key = base64.b64decode(record["mac_key"])
    theirs, their_mac = make_recovery_slot(old_key, generate(), old.vault_id)
    with transaction(conn):
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(
            {"slot": theirs.to_json(), "mac_key": base64.b64encode(their_mac).decode()}), RECOVERY_RECORD))
        conn.execute("UPDATE meta SET value = '1' WHERE key = ?", (HEADER_GENERATION,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    from survivor_vault.storage.key_slots import KeySlot
    forged = reseal(KeySlot.from_json(record["slot"]), mac_key, old_key, old.vault_id)
    header = KeyHeader(old.vault_id, old.created, (old.passphrase_slot, forged), old.generation + 100, old.tries_key)
    for path in vault_dir.iterdir():
        path.unlink()
    shutil.copy(stolen / "vault.db", vault_dir / "vault.db")
    put_back(vault_dir, header.to_bytes())
    with pytest.raises(DamagedVault) as caught:
        Vault.unlock_with_recovery_key(vault_dir, key)
    assert str(caught.value) == RECOVERY_SLOT_UNKNOWN


def test_a_second_key_change_after_a_key_file_that_could_not_be_installed_loses_nothing(
        vault, vault_dir, monkeypatch):
    """The first change committed but the disk filled before its key file was installed; the second,
    in the same session, fails too. The vault must still open (with the first change's passphrase)."""
    import errno

    from survivor_vault.model.errors import StorageFull
    from survivor_vault.storage import key_rotation

    key = vault.add_recovery_key()
    vault.goals.add("kept")
    real_save = key_header.save
    full = {"on": False}

    def save(folder, header):
        if full["on"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_save(folder, header)

    real_install = key_rotation.install_next_header

    def install(folder):
        full["on"] = True  # the disk fills right after the commit
        return real_install(folder)

    monkeypatch.setattr(key_header, "save", save)
    monkeypatch.setattr(key_rotation, "install_next_header", install)
    vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    assert (vault_dir / "vault.keys.next").exists()
    with pytest.raises(StorageFull):
        vault.change_passphrase(NEWER, kdf=FLOOR_SETTINGS)
    vault.lock()
    monkeypatch.setattr(key_header, "save", real_save)
    monkeypatch.setattr(key_rotation, "install_next_header", real_install)
    with Vault.unlock(vault_dir, NEW) as opened:
        assert titles(opened) == ["kept"]
    Vault.unlock_with_recovery_key(vault_dir, key).lock()
    assert not (vault_dir / "vault.keys.next").exists()


def test_an_old_key_file_with_a_higher_generation_written_in_does_not_lock_her_out(vault, vault_dir):
    old = json.loads(keys_of(vault_dir))
    vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    vault.goals.add("kept")
    vault.lock()
    good = keys_of(vault_dir)
    old["generation"] += 50
    old.pop("checksum")
    (vault_dir / "vault.keys").write_bytes(KeyHeader.from_bytes(json.dumps(old).encode()).to_bytes())
    with Vault.unlock(vault_dir, NEW) as opened:  # the copy is tried, and the data agrees with it
        assert titles(opened) == ["kept"]
        assert opened.notices
    assert keys_of(vault_dir) == good
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "neither of them")


def test_a_planted_older_next_key_file_is_removed_not_installed(vault, vault_dir):
    old = keys_of(vault_dir)
    vault.change_passphrase(NEW, kdf=FLOOR_SETTINGS)
    vault.lock()
    good = keys_of(vault_dir)
    (vault_dir / "vault.keys.next").write_bytes(old)
    Vault.info(vault_dir)
    assert keys_of(vault_dir) == good and not (vault_dir / "vault.keys.next").exists()
    Vault.unlock(vault_dir, NEW).lock()


def test_a_key_change_stopped_half_way_is_told_at_the_next_unlock(vault, vault_dir):
    """Quick exit while the copy was being made: the new passphrase she chose never took; say so once."""
    from survivor_vault.model.notices import Notice

    change = vault.key_change(new_passphrase=NEW, kdf=FLOOR_SETTINGS)
    change.run()  # the worker finished its copy; the app was gone before the swap
    vault._close_keeping_lock()
    vault._lock.release()
    assert any(p.name.startswith(".rotate-") for p in vault_dir.iterdir())
    with pytest.raises(WrongPassphraseChangeStopped):  # she types the new one: told why it does not work
        Vault.unlock(vault_dir, NEW)
    assert not any(p.name.startswith(".rotate-") for p in vault_dir.iterdir())  # the copy is gone already
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert Notice.KEY_CHANGE_NOT_FINISHED in opened.notices
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock(vault_dir, NEW)
    assert type(caught.value) is WrongPassphrase  # told once: after that, a wrong passphrase is just that
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert Notice.KEY_CHANGE_NOT_FINISHED not in opened.notices
