"""The command line, run as a person or a script would: real processes, real vaults."""

import io
import subprocess
import sys

import pytest

from survivor_vault import cli
from survivor_vault.core.vault import Vault
from tests.conftest import PASSPHRASE, make_vault


def run(*args, stdin=""):
    """In-process run of main() with stdin; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:
            code = exit_.code
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def test_init_info_check(vault_dir):
    code, out, err = run("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    assert "ready" in out
    code, out, _ = run("info", "--vault", str(vault_dir))
    assert code == 0 and "argon2id" in out and "Recovery key" in out
    code, out, _ = run("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0 and "healthy" in out


def test_vault_option_before_the_command_works_too(vault_dir):
    code, _, err = run("--vault", str(vault_dir), "init", "--passphrase-stdin", stdin="pass\n")
    assert code == 0, err
    assert Vault.exists(vault_dir)


def test_init_with_recovery_key_prints_it_once(vault_dir):
    code, out, _ = run("init", "--vault", str(vault_dir), "--passphrase-stdin", "--with-recovery-key",
                       stdin="pass\n")
    assert code == 0
    key = next(line.strip() for line in out.splitlines() if line.count("-") == 6)
    Vault.unlock_with_recovery_key(vault_dir, key).lock()


def test_empty_passphrase_refused_at_init(vault_dir):
    code, _, err = run("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin="\n")
    assert code == 1 and "cannot be empty" in err
    assert not Vault.exists(vault_dir)


@pytest.mark.parametrize("command", ["check", "backup", "change-passphrase", "recovery-key", "erase"])
def test_wrong_passphrase_exits_2_with_one_kind_line(vault, vault_dir, tmp_path, command):
    vault.lock()
    extra = {"backup": [str(tmp_path)], "recovery-key": ["add"], "erase": ["--yes"]}.get(command, [])
    code, _, err = run(command, "--vault", str(vault_dir), "--passphrase-stdin", *extra, stdin="nope\nx\n")
    assert code == 2
    assert err.strip().count("\n") == 0 and "passphrase" in err and "Traceback" not in err
    assert Vault.exists(vault_dir)


def test_damaged_vault_exits_3(vault, vault_dir):
    vault.lock()
    (vault_dir / "vault.db").write_bytes(b"\x01" * 4096)
    code, _, err = run("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 3 and "damaged" in err


def test_vault_in_use_exits_4(vault, vault_dir):
    code, _, err = run("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 4 and "already open" in err


def test_no_vault_is_a_clear_message(tmp_path):
    code, _, err = run("check", "--vault", str(tmp_path / "none"), "--passphrase-stdin", stdin="x\n")
    assert code == 1 and "no vault" in err.lower()
    code, _, err = run("info", "--vault", str(tmp_path / "none"))
    assert code == 1 and "no vault" in err.lower()


def test_usage_mistakes_exit_1_not_2():
    code, _, _ = run("frobnicate")
    assert code == 1
    code, _, _err = run("init", "--passphrase", "in-argv")  # there is no such option, by design
    assert code == 1


def test_change_passphrase_and_backup_restore_round_trip(vault, vault_dir, tmp_path):
    vault.goals.add("Keep this")
    vault.lock()
    code, _, err = run("change-passphrase", "--vault", str(vault_dir), "--passphrase-stdin",
                         stdin=f"{PASSPHRASE}\nnew words here\n")
    assert code == 0, err
    code, _out, err = run("backup", "--vault", str(vault_dir), "--passphrase-stdin", str(tmp_path / "b.svbackup"),
                         stdin="new words here\n")
    assert code == 0, err
    code, _, err = run("restore", "--vault", str(tmp_path / "other"), "--passphrase-stdin",
                         str(tmp_path / "b.svbackup"), stdin="new words here\n")
    assert code == 0, err
    with Vault.unlock(tmp_path / "other", "new words here") as v:
        assert v.goals.list()[0].title == "Keep this"
    code, _, err = run("restore", "--vault", str(tmp_path / "other2"), "--passphrase-stdin",
                       str(tmp_path / "b.svbackup"), stdin="wrong\n")
    assert code == 2


def test_recovery_key_add_use_remove(vault, vault_dir):
    vault.lock()
    code, out, _ = run("recovery-key", "add", "--vault", str(vault_dir), "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n")
    assert code == 0
    key = next(line.strip() for line in out.splitlines() if line.count("-") == 6)
    code, out, err = run("change-passphrase", "--use-recovery-key", "--vault", str(vault_dir),
                         "--passphrase-stdin", stdin=f"{key}\nreset words\n")
    assert code == 0, err
    code, _, _ = run("recovery-key", "remove", "--vault", str(vault_dir), "--passphrase-stdin",
                     stdin="reset words\n")
    assert code == 0
    code, _, err = run("check", "--use-recovery-key", "--vault", str(vault_dir), "--passphrase-stdin",
                       stdin=key + "\n")
    assert code == 1 and "no recovery key" in err


def test_erase(vault, vault_dir):
    vault.lock()
    code, out, _ = run("erase", "--vault", str(vault_dir), "--passphrase-stdin", "--yes", stdin=PASSPHRASE + "\n")
    assert code == 0 and "SSD" in out
    assert not vault_dir.exists()


def test_erase_without_confirmation_erases_nothing(vault, vault_dir):
    vault.lock()
    code, out, _ = run("erase", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\nno\n")
    assert code == 1 and "Nothing was erased" in out
    assert Vault.exists(vault_dir)


def test_real_process_never_shows_a_traceback(tmp_path):
    """Unexpected trouble (a folder where the vault folder should be a file) still gives one calm line."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "init", "--vault", str(blocker / "v"),
                           "--passphrase-stdin"], input="pass\n", capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_real_process_wrong_passphrase(tmp_path):
    make_vault(tmp_path / "v").lock()
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "check", "--vault", str(tmp_path / "v"),
                           "--passphrase-stdin"], input="nope\n", capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_entry_point_is_installed():
    import shutil
    from pathlib import Path

    beside = Path(sys.executable).parent / "survivor-vault"
    exe = str(beside) if beside.exists() else shutil.which("survivor-vault")
    assert exe, "pip install -e . should put survivor-vault on PATH"
    proc = subprocess.run([exe, "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "init" in proc.stdout
