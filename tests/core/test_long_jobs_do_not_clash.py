"""A backup, a key change and an erase never run over each other on one vault (found by an attack test).

A backup copies the files under the key as it was when it started; a key change replaces them; an erase
overwrites them. Run together, a backup made during a passphrase change was recorded as current but opened
only with the old passphrase, or its check called the vault damaged; an erase during a backup left a folder
behind. Each now waits for the other: the second is refused with "still in use", and nothing is changed.
"""

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import StillInUse
from tests.conftest import PASSPHRASE

NEW = "a different passphrase of words"


def test_no_backup_while_the_keys_change_and_no_key_change_while_a_backup_runs(vault, tmp_path):
    change = vault.key_change(new_passphrase=NEW, current_passphrase=PASSPHRASE)
    with pytest.raises(StillInUse):
        vault.backup_job(tmp_path)
    with pytest.raises(StillInUse):
        vault.key_change(new_passphrase="yet another passphrase here")
    change.run()
    change.finish()
    write = vault.backup_job(tmp_path)  # the change has ended: a backup may start
    with pytest.raises(StillInUse):
        vault.key_change(new_passphrase="yet another passphrase here")
    backup = write()
    vault.record_backup()
    vault.key_change(new_passphrase="yet another passphrase here").cancel()  # the backup has ended
    vault.lock()
    restored = Vault.restore(backup, NEW, tmp_path / "restored")  # the backup is of the new keys
    restored.lock()


def test_a_cancelled_key_change_lets_backups_start_again(vault, tmp_path):
    vault.key_change(new_passphrase=NEW).cancel()
    vault.backup_job(tmp_path)()


def test_no_erase_while_a_backup_runs_and_the_vault_stays_open(vault, vault_dir, tmp_path):
    write = vault.backup_job(tmp_path)
    with pytest.raises(StillInUse):
        vault.erase_job()
    assert not vault.is_locked and vault.goals.list() == []  # nothing was closed or marked
    write()
    vault.erase()
    assert not vault_dir.exists()
