import os
import stat
import subprocess
import sys

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import (
    NoRecoverySlot,
    PassphraseRejected,
    VaultExists,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryKey,
)
from survivor_vault.storage.key_slots import FLOOR_SETTINGS
from tests.conftest import PASSPHRASE, make_vault

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_create_lays_out_neutral_files(vault, vault_dir):
    names = {p.name for p in vault_dir.iterdir()}
    assert {"vault.db", "vault.keys", "vault.keys.bak", "vault.lock"} <= names
    for name in names:
        assert "surviv" not in name.lower() and "traffick" not in name.lower()


@posix_only
def test_permissions_are_private(vault, vault_dir):
    vault.goals.add("Something")
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for path in vault_dir.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_create_refuses_an_empty_passphrase(vault_dir):
    with pytest.raises(PassphraseRejected):
        Vault.create(vault_dir, "  ", kdf=FLOOR_SETTINGS)
    assert not Vault.exists(vault_dir)


def test_create_refuses_to_overwrite_a_vault(vault, vault_dir):
    vault.goals.add("Keep me")
    vault.lock()
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "another", kdf=FLOOR_SETTINGS)
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert [g.title for g in again.goals.list()] == ["Keep me"]


def test_lock_forgets_everything(vault):
    key_buffer = vault._key
    assert any(key_buffer)
    vault.lock()
    assert vault.is_locked
    assert key_buffer == bytearray(32)  # zeroed in place
    for name in ("goals", "services", "about_me", "people", "permissions", "history", "activity"):
        with pytest.raises(VaultLocked):
            getattr(vault, name)
    vault.lock()  # locking twice is harmless


def test_unlock_wrong_and_right(vault, vault_dir):
    vault.goals.add("Learn to drive")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE.upper())
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.goals.list()[0].title == "Learn to drive"
        kinds = [e.kind for e in again.activity.list()]
        assert kinds[0] == ActivityKind.UNLOCKED


def test_a_second_open_is_refused_while_the_first_holds_it(vault, vault_dir):
    with pytest.raises(VaultInUse):
        Vault.unlock(vault_dir, PASSPHRASE)
    vault.lock()
    Vault.unlock(vault_dir, PASSPHRASE).lock()


# Portable on purpose (kill() is TerminateProcess on Windows): the release workflow checks msvcrt's lock with it.
def test_a_second_process_is_refused_and_a_killed_holder_leaves_no_stale_lock(vault, vault_dir):
    vault.lock()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from survivor_vault.core.vault import Vault;"
         f"v = Vault.unlock({str(vault_dir)!r}, {PASSPHRASE!r}); print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse):
            Vault.unlock(vault_dir, PASSPHRASE)
        holder.kill()
        holder.wait()
    finally:
        if holder.poll() is None:
            holder.kill()
    assert (vault_dir / "vault.lock").exists()  # the file stays; the OS lock went with the process
    Vault.unlock(vault_dir, PASSPHRASE).lock()


def test_change_passphrase_re_encrypts_the_database_and_keeps_everything(vault, vault_dir):
    vault.goals.add("Open a bank account", steps=["find ID", "visit branch"])
    vault.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        v.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db_before = (vault_dir / "vault.db").read_bytes()
        v.change_passphrase("a new long passphrase", kdf=FLOOR_SETTINGS)
        after = (vault_dir / "vault.db").read_bytes()
        assert after[16:] != db_before[16:]  # every page is encrypted anew (the first 16 bytes are the salt)
        assert v.goals.list()[0].title == "Open a bank account"  # and the open vault goes on working
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, "a new long passphrase") as v:
        assert v.goals.list()[0].steps[1].text == "visit branch"


def test_change_passphrase_refuses_empty(vault):
    with pytest.raises(PassphraseRejected):
        vault.change_passphrase("", kdf=FLOOR_SETTINGS)


def test_recovery_key_add_replace_remove(vault, vault_dir):
    assert not vault.has_recovery_key
    first = vault.add_recovery_key()
    second = vault.add_recovery_key()
    assert first != second
    vault.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(vault_dir, first)
    with Vault.unlock_with_recovery_key(vault_dir, second) as v:
        assert v.activity.list()[0].kind == ActivityKind.UNLOCKED_WITH_RECOVERY_KEY
        # forgot the passphrase: set a new one with the recovery key
        v.change_passphrase("brand new words", kdf=FLOOR_SETTINGS)
        v.remove_recovery_key()
        with pytest.raises(NoRecoverySlot):
            v.remove_recovery_key()
    with pytest.raises(NoRecoverySlot):
        Vault.unlock_with_recovery_key(vault_dir, second)
    Vault.unlock(vault_dir, "brand new words").lock()


def test_info_needs_no_passphrase_and_shows_no_content(vault, vault_dir):
    vault.goals.add("SECRET-GOAL-TITLE")
    vault.add_recovery_key()
    vault.lock()
    info = Vault.info(vault_dir)
    assert info.has_recovery_key and info.mirror_ok
    assert info.kdf["name"] == "argon2id" and "salt" not in info.kdf
    assert "SECRET" not in repr(info)


def test_check_reports_healthy_and_notices_a_missing_mirror(vault, vault_dir):
    assert vault.check().ok
    (vault_dir / "vault.keys.bak").unlink()
    report = vault.check()
    assert not report.ok and "copy" in report.problems[0]


def test_default_location_honours_svault_home(isolated_home):
    v = Vault.create(None, PASSPHRASE, kdf=FLOOR_SETTINGS)
    try:
        assert v.path == isolated_home / "default-vault"
    finally:
        v.lock()


def test_interrupted_create_leaves_no_half_made_vault(vault_dir, monkeypatch):
    from survivor_vault.storage import key_header

    def fail(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(key_header, "save", fail)
    with pytest.raises(OSError):
        Vault.create(vault_dir, PASSPHRASE, kdf=FLOOR_SETTINGS)
    monkeypatch.undo()
    assert not Vault.exists(vault_dir)
    assert not (vault_dir / "vault.db").exists()
    assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".new-")] == []
    Vault.create(vault_dir, PASSPHRASE, kdf=FLOOR_SETTINGS).lock()  # and trying again works


def test_create_and_use_two_vaults_side_by_side(tmp_path):
    a = make_vault(tmp_path / "a", "first")
    b = make_vault(tmp_path / "b", "second")
    a.goals.add("A")
    b.goals.add("B")
    assert [g.title for g in a.goals.list()] == ["A"]
    assert [g.title for g in b.goals.list()] == ["B"]
    a.lock()
    b.lock()
