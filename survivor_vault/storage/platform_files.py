"""What differs between Windows and POSIX for the vault's own files, chosen once, here (`FILES`).

The lock, a rename over a file, a delete, permissions, and making a rename durable. Each system's
calls come in through the constructor (the `fcntl` or `msvcrt` module, `os.replace`, a sleep), so the
Windows code runs and is checked on Linux with those calls faked at their edge (tests/storage/
test_windows_files.py), and the rest of storage only ever asks `FILES`.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

# Windows: an antivirus scanner, the search indexer or a backup tool opens a file the moment it is written,
# for a few milliseconds to a second, and a rename over it or a delete then fails ("being used by another
# process"). A short, bounded wait is the usual answer; past it the error is real and goes up as before.
RETRY_DELAYS = (0.01, 0.03, 0.1, 0.3, 0.6)  # about a second in all
# Windows drops the lock of a process that was killed "depending on available system resources" (LockFileEx's
# documentation), so a start right after a crash may find it still held for a moment.
LOCK_RETRY_DELAYS = (0.05, 0.15, 0.3)


class PosixFiles:
    """Linux, macOS: flock, chmod 0700/0600, fsync on the folder after a rename."""

    def __init__(self, fcntl_module=None):
        if fcntl_module is None:
            import fcntl as fcntl_module
        self._fcntl = fcntl_module

    def try_lock(self, fd: int) -> bool:
        try:
            self._fcntl.flock(fd, self._fcntl.LOCK_EX | self._fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def unlock(self, fd: int) -> None:
        self._fcntl.flock(fd, self._fcntl.LOCK_UN)

    @staticmethod
    def replace(source: Path, target: Path) -> None:
        os.replace(source, target)

    @staticmethod
    def remove(path: Path) -> None:
        Path(path).unlink()

    @staticmethod
    def restrict_dir(path: Path) -> None:
        os.chmod(path, stat.S_IRWXU)

    @staticmethod
    def restrict_file(path: Path) -> None:
        if path.exists():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)

    @staticmethod
    def fsync_dir(path: Path) -> None:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class WindowsFiles:
    """Windows: a byte-range lock (msvcrt.locking), renames and deletes that wait out a scanner, no chmod.

    Permissions: the vault lives in the user's own profile (%LOCALAPPDATA%\\svault), whose access list already
    lets in only that user, the administrators and the system, and new files take it on. `os.chmod` on Windows
    only sets or clears the read-only flag, which would protect nothing and stop our own renames, so nothing is
    changed. A vault put elsewhere with --vault takes that folder's access list (docs/packaging.md says so).
    A folder cannot be opened to fsync it on Windows; NTFS journals the rename itself.
    """

    def __init__(self, msvcrt_module=None, *, replace: Callable | None = None, unlink: Callable | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        if msvcrt_module is None:  # pragma: no cover - Windows only
            import msvcrt as msvcrt_module
        self._msvcrt = msvcrt_module
        self._replace = replace  # None: os.replace and Path.unlink, looked up at each call
        self._unlink = unlink
        self._sleep = sleep

    def try_lock(self, fd: int) -> bool:
        """Lock the file's first byte (it may be empty: Windows locks past the end). The lock is the handle's:
        a second handle, even in this process, is refused, as flock refuses a second open file."""
        for delay in (*LOCK_RETRY_DELAYS, None):
            try:
                os.lseek(fd, 0, os.SEEK_SET)  # msvcrt.locking locks from the file's current position
                self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                if delay is None:
                    return False
                self._sleep(delay)
        return False

    def unlock(self, fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, 1)
        except OSError:
            pass  # closing the handle next drops the lock all the same

    def replace(self, source: Path, target: Path) -> None:
        self._patiently(self._replace or os.replace, source, target)

    def remove(self, path: Path) -> None:
        self._patiently(self._unlink or Path.unlink, Path(path))

    def _patiently(self, call: Callable, *paths: Path) -> None:
        for delay in (*RETRY_DELAYS, None):
            try:
                call(*paths)
                return
            except PermissionError:  # ERROR_ACCESS_DENIED or ERROR_SHARING_VIOLATION while another holds it
                if delay is None:
                    raise
                self._sleep(delay)

    @staticmethod
    def restrict_dir(path: Path) -> None:
        return None

    @staticmethod
    def restrict_file(path: Path) -> None:
        return None

    @staticmethod
    def fsync_dir(path: Path) -> None:
        return None


def for_system(name: str = os.name) -> PosixFiles | WindowsFiles:
    return WindowsFiles() if name == "nt" else PosixFiles()


FILES: PosixFiles | WindowsFiles = for_system()
