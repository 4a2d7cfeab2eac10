"""Kill a command at every file-changing syscall, with strace, and hand back what each run left.

strace's `-e inject=NAME:signal=KILL:when=K` kills the process the K-th time it makes that call.
A first, uninterrupted run counts the calls (`-c`); then every (call, K) is one run on a fresh
copy of a template folder. Not with --seccomp-bpf: with it, strace 6.1 injects nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

FILE_CHANGING = ("write", "pwrite64", "rename", "unlink", "fsync", "fdatasync", "ftruncate")


@dataclass(frozen=True)
class KillRun:
    syscall: str
    k: int
    folder: Path
    returncode: int
    stdout: str
    stderr: str


def _run(args: list[str], folder: Path, stdin: str, strace_args: list[str], syscalls: tuple[str, ...],
         vault_in: str = ""):
    """`--vault` is the copy itself, or the folder `vault_in` inside it; `{folder}` in `args` is the copy (so a
    backup's destination can be a folder of its own in each copy)."""
    strace = ["strace", "-f", "-e", f"trace={','.join(syscalls)}", *strace_args]
    args = [arg.replace("{folder}", str(folder)) for arg in args]
    cmd = [*strace, sys.executable, "-m", "survivor_vault", *args, "--vault", str(folder / vault_in)]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SVAULT_TEST_FAST_KDF": "1"})


def count_calls(args: list[str], template: Path, work: Path, stdin: str,
                syscalls: tuple[str, ...] = FILE_CHANGING, vault_in: str = "") -> dict[str, int]:
    probe = work / "probe"
    shutil.copytree(template, probe)
    counts_file = work / "counts"
    run = _run(args, probe, stdin, ["-c", "-o", str(counts_file)], syscalls, vault_in)
    assert run.returncode == 0, run.stderr
    counts = {}
    for line in counts_file.read_text().splitlines():  # % time, seconds, usecs/call, calls, [errors,] name
        fields = line.split()
        if len(fields) >= 5 and fields[-1] in syscalls:
            counts[fields[-1]] = int(fields[3])
    return counts


def kill_everywhere(args: list[str], template: Path, work: Path, stdin: str,
                    syscalls: tuple[str, ...] = FILE_CHANGING, vault_in: str = "") -> list[KillRun]:
    """One run per (syscall, K), each killed there, each on its own copy of `template`.

    strace counts `when=K` in each process on its own, so K runs up to the total of all of them (every K of the
    command's own process is among them; a K past its own count may kill nothing)."""
    counts = count_calls(args, template, work, stdin, syscalls, vault_in)
    assert sum(counts.values()) > 10, counts  # the probe really saw the writes
    points = [(name, k) for name, count in counts.items() for k in range(1, count + 1)]

    def kill_at(point) -> KillRun:
        name, k = point
        folder = work / f"kill-{name}-{k}"
        shutil.copytree(template, folder)
        run = _run(args, folder, stdin, ["-o", os.devnull, "-e", f"inject={name}:signal=KILL:when={k}"], syscalls,
                   vault_in)
        return KillRun(name, k, folder, run.returncode, run.stdout, run.stderr)

    with ThreadPoolExecutor(max_workers=2) as pool:  # two processes at a time: the machine has two cores
        return list(pool.map(kill_at, points))


def strace_available() -> bool:
    return shutil.which("strace") is not None
