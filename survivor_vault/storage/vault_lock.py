"""One process at a time: an OS file lock on `vault.lock`.

The OS drops the lock when the process ends, however it ends, so a lock left by a
killed process never blocks the next start. flock on POSIX, msvcrt.locking on Windows
(storage/platform_files.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from survivor_vault.model.errors import VaultInUse
from survivor_vault.storage import platform_files


class VaultLock:
    """Held while a vault is open. `acquire` raises VaultInUse if another holder has it."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        if not platform_files.FILES.try_lock(fd):
            os.close(fd)
            raise VaultInUse()
        self._fd = fd
        return self

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        platform_files.FILES.unlock(fd)
        os.close(fd)

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
