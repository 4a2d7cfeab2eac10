"""A damaged data file gets a clear error, and nothing else is touched."""

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import DamagedVault
from tests.conftest import PASSPHRASE


def _prepare(vault, vault_dir):
    for i in range(30):
        vault.goals.add(f"goal {i}", notes="n" * 200, steps=[f"step {j}" for j in range(5)])
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    return vault_dir / "vault.db"


def _files(vault_dir):
    return {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file() and p.name != "vault.db"}


@pytest.mark.parametrize("where", ["first-page", "middle", "last-page"])
def test_bit_flip_is_caught(vault, vault_dir, where):
    db = _prepare(vault, vault_dir)
    data = bytearray(db.read_bytes())
    offset = {"first-page": 100, "middle": len(data) // 2, "last-page": len(data) - 200}[where]
    data[offset] ^= 0x10
    db.write_bytes(bytes(data))
    others = _files(vault_dir)
    try:
        v = Vault.unlock(vault_dir, PASSPHRASE)
    except DamagedVault:
        pass
    else:
        # the first page opened; the damaged page must then be reported by the check
        with v:
            report = v.check()
            assert not report.ok
            with pytest.raises(DamagedVault):
                v.goals.list()
                v.activity.list()
                v.services.kinds()
    assert _files(vault_dir).keys() == others.keys()


def test_truncated_database(vault, vault_dir):
    db = _prepare(vault, vault_dir)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    with pytest.raises(DamagedVault), Vault.unlock(vault_dir, PASSPHRASE) as v:
        if v.check().ok:
            v.goals.list()
        else:
            raise DamagedVault()


def test_database_replaced_by_garbage(vault, vault_dir):
    db = _prepare(vault, vault_dir)
    db.write_bytes(b"\x00" * 8192)
    with pytest.raises(DamagedVault):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert db.read_bytes() == b"\x00" * 8192  # left as it was, for a specialist


def test_missing_database_with_a_header(vault, vault_dir):
    db = _prepare(vault, vault_dir)
    db.unlink()
    with pytest.raises(DamagedVault, match="missing"):
        Vault.unlock(vault_dir, PASSPHRASE)
