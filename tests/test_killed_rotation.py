"""`change-passphrase` (a key rotation) killed at every file-changing syscall, SQLite's page writes
included: afterwards the vault opens with the old passphrase or the new one, never neither, with
every goal it held; once the new one opens it, the old key file and old passphrase open nothing."""

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import DamagedVault, WrongPassphrase
from survivor_vault.storage.database import open_database
from survivor_vault.storage.key_header import KeyHeader
from survivor_vault.storage.key_slots import open_slot
from tests.conftest import PASSPHRASE
from tests.kill_points import kill_everywhere, strace_available

NEW = "the new passphrase words"
KEY = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567"
GOALS = 12


def opens_with(folder, passphrase):
    try:
        vault = Vault.unlock(folder, passphrase)
    except WrongPassphrase:
        return None
    return vault


@pytest.mark.skipif(not strace_available(), reason="strace is installed by .ci/run")
def test_a_rotation_killed_anywhere_leaves_a_vault_that_opens_with_the_old_or_the_new_passphrase(tmp_path):
    template = tmp_path / "template"
    with Vault.create(template, PASSPHRASE, recovery_key=KEY) as vault:
        for i in range(GOALS):
            vault.goals.add(f"goal {i}", steps=["one", "two"])
    old_header = (template / "vault.keys").read_bytes()
    runs = kill_everywhere(["change-passphrase", "--passphrase-stdin"], template, tmp_path,
                           f"{PASSPHRASE}\n{NEW}\n")
    rotated = 0
    for run in runs:
        where = f"killed at {run.syscall} #{run.k} (exit {run.returncode})"
        old, new = opens_with(run.folder, PASSPHRASE), None
        if old is None:
            new = opens_with(run.folder, NEW)
        vault = old or new
        assert vault is not None, f"{where}: neither passphrase opens the vault"
        with vault:
            assert len(vault.goals.list()) == GOALS, where
        with Vault.unlock_with_recovery_key(run.folder, KEY):  # the recovery key followed, or was never moved
            pass
        leftovers = [p.name for p in run.folder.iterdir() if p.name.startswith(".") or p.name.endswith(".next")]
        assert leftovers == [], f"{where}: {leftovers}"
        if new is not None:
            rotated += 1
            header = KeyHeader.from_bytes(old_header)
            old_key = open_slot(header.passphrase_slot, PASSPHRASE, header.vault_id)
            with pytest.raises(DamagedVault):
                open_database(run.folder / "vault.db", old_key)
    assert 0 < rotated < len(runs)  # kills landed on both sides of the commit
