"""Wrong passphrase tries are recorded sealed: nobody reads them but the survivor, after unlocking, once."""

import re
from datetime import UTC, datetime

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import WrongPassphrase
from survivor_vault.storage import wrong_tries
from tests.conftest import PASSPHRASE


def test_three_wrong_tries_are_shown_once_after_unlock(vault, vault_dir):
    vault.lock()
    before = datetime.now(UTC).replace(second=0, microsecond=0)
    for guess in ("guess one", "guess two", "guess three"):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, guess)
    sealed = (vault_dir / wrong_tries.FILE_NAME).read_bytes()
    assert len(sealed.splitlines()) == 3
    # Nothing readable: no date, no time, no guess.
    assert not re.search(rb"20\d\d-\d\d|\d\d:\d\d|guess", sealed)
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert len(opened.wrong_tries) == 3 and all(t >= before for t in opened.wrong_tries)
    assert not (vault_dir / wrong_tries.FILE_NAME).exists()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.wrong_tries == []  # shown once


def test_a_sealed_try_cannot_be_read_without_the_vault(vault, vault_dir):
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not it")
    stranger, _ = wrong_tries.new_key_pair()
    assert wrong_tries.read_and_clear(vault_dir, stranger, "any vault") == []  # and the file is gone


def test_damaged_or_huge_records_never_stop_an_unlock(vault, vault_dir):
    vault.lock()
    (vault_dir / wrong_tries.FILE_NAME).write_bytes(b"not base64 at all\n" + b"A" * 100_000 + b"\n\x00\xff\n")
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        assert opened.wrong_tries == []


def test_tries_are_not_written_without_end(vault, vault_dir):
    vault.lock()
    (vault_dir / wrong_tries.FILE_NAME).write_bytes(b"x" * (wrong_tries.MAX_LINES * wrong_tries.MAX_LINE + 1))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not it")
    assert (vault_dir / wrong_tries.FILE_NAME).stat().st_size == wrong_tries.MAX_LINES * wrong_tries.MAX_LINE + 1


def test_erase_removes_the_record(vault, vault_dir):
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not it")
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    opened.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not it again")
    Vault.unlock(vault_dir, PASSPHRASE).erase()
    assert not vault_dir.exists()


def test_the_command_line_tells_the_tries_on_stderr(vault, vault_dir):
    import subprocess

    from tests.conftest import cli

    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not it")
    proc = subprocess.run(cli("check", "--vault", str(vault_dir), "--passphrase-stdin"), input=PASSPHRASE + "\n",
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "one try with a wrong passphrase" in proc.stderr
