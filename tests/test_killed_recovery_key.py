"""`recovery-key add` killed at every file-changing syscall: the survivor never ends with no working key.

The new key is printed (and flushed) before it is written, so after any kill either the old recovery
key still opens the vault, or the new one does and was shown in full.
"""

import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import WrongRecoveryKey
from tests.conftest import PASSPHRASE, make_vault

# The calls that print the key and write the key file. SQLite's page writes (pwrite64) are the
# subject of test_killed_mid_write.py; leaving them out here halves the time of this test.
SYSCALLS = ("write", "rename", "unlink", "fsync", "ftruncate")
KEY_LINE = re.compile(r"^\s+([A-Z0-9]{4}(?:-[A-Z0-9]{4}){6})\s*$", re.MULTILINE)


def add_key(vault_dir, *strace_args: str):
    """`recovery-key add` under strace (not --seccomp-bpf: with it, strace 6.1 injects nothing)."""
    strace = ["strace", "-f", "-e", f"trace={','.join(SYSCALLS)}", *strace_args]
    return subprocess.run([*strace, sys.executable, "-m", "survivor_vault", "recovery-key", "add", "--vault",
                           str(vault_dir), "--passphrase-stdin"], input=PASSPHRASE + "\n", capture_output=True,
                          text=True, timeout=120, env={**os.environ, "SVAULT_TEST_FAST_KDF": "1"})


def opens(vault_dir, key: str) -> bool:
    try:
        Vault.unlock_with_recovery_key(vault_dir, key).lock()
    except WrongRecoveryKey:
        return False
    return True


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is installed by .ci/run")
def test_replacing_the_recovery_key_killed_anywhere_leaves_a_working_key(tmp_path):
    template = tmp_path / "template"
    vault = make_vault(template)
    old_key = vault.add_recovery_key()
    vault.lock()
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    run = add_key(probe, "-c", "-o", str(tmp_path / "count"))  # how often each syscall runs, uninterrupted
    assert run.returncode == 0, run.stderr
    counts = {}
    for line in (tmp_path / "count").read_text().splitlines():  # % time, seconds, usecs/call, calls, [errors,] name
        fields = line.split()
        if len(fields) >= 5 and fields[-1] in SYSCALLS:
            counts[fields[-1]] = int(fields[3])
    assert sum(counts.values()) > 20  # the probe really saw the writes
    points = [(name, k) for name, count in counts.items() for k in range(1, count + 1)]

    def kill_at(point):
        name, k = point
        folder = tmp_path / f"kill-{name}-{k}"
        shutil.copytree(template, folder)
        run = add_key(folder, "-o", os.devnull, "-e", f"inject={name}:signal=KILL:when={k}")
        shown = KEY_LINE.findall(run.stdout)
        return point, folder, run.returncode, (shown[0] if shown else None)

    with ThreadPoolExecutor(max_workers=2) as pool:  # two processes at a time: the machine has two cores
        results = list(pool.map(kill_at, points))
    for (name, k), folder, code, new_key in results:
        with Vault.unlock(folder, PASSPHRASE) as vault:  # the passphrase always opens it
            assert vault.has_recovery_key
        old_works, new_works = opens(folder, old_key), new_key is not None and opens(folder, new_key)
        assert old_works or new_works, f"killed at {name} #{k}: no recovery key works (exit {code})"
        if new_works:
            assert not old_works  # a replaced key stops working
