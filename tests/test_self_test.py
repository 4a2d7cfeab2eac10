import io
import subprocess
import sys

from survivor_vault import self_test


def test_self_test_passes_and_leaves_nothing(tmp_path, monkeypatch):
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = io.StringIO()
    assert self_test.run(out) == 0
    lines = out.getvalue().splitlines()
    assert len([line for line in lines if line.startswith("OK")]) == 10
    assert lines[-1] == "Self-test: all passed (10 of 10 OK)."
    assert list(scratch.iterdir()) == []


def test_a_failing_step_is_reported_and_the_exit_code_says_so(monkeypatch):
    from survivor_vault.model.errors import VaultError
    from survivor_vault.storage import database

    def missing():
        raise VaultError("The encryption library is missing")

    monkeypatch.setattr(database, "require_sqlcipher", missing)
    out = io.StringIO()
    assert self_test.run(out) == 1
    text = out.getvalue()
    assert text.startswith("FAILED  encryption library") and "not tried" in text
    assert text.splitlines()[-1].startswith("Self-test: 10 failed")


def test_cli_self_test():
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "--self-test"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("\nOK") + proc.stdout.startswith("OK") == 10


def test_a_windowed_app_without_stdout_still_tells_by_its_exit_code(monkeypatch):
    """The Windows bundle is windowed (no console): started without a redirection, Python gives it no stdout."""
    from survivor_vault.model.errors import VaultError
    from survivor_vault.storage import database

    monkeypatch.setattr(sys, "stdout", None)
    assert self_test.run() == 0

    def missing():
        raise VaultError("The encryption library is missing")

    monkeypatch.setattr(database, "require_sqlcipher", missing)
    assert self_test.run() == 1
