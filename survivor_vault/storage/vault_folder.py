"""Where a vault lives on disk, what its files are called, and their permissions.

Names are neutral on purpose: nothing on disk says what the app is for.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import appdirs

from survivor_vault.storage import platform_files

APP_DIR_NAME = "svault"
HOME_ENV = "SVAULT_HOME"

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
KEYS_MIRROR_NAME = "vault.keys.bak"
LOCK_NAME = "vault.lock"
ERASE_MARKER_NAME = ".erasing"  # written before an erase starts; removed when it has finished
NEXT_SUFFIX = ".next"  # a key rotation's new database and key file, until it is finished (storage/key_rotation)
ROTATE_PREFIX = ".rotate-"  # a key rotation's re-encrypted copy while it is being made
CHANGE_STOPPED_NAME = ".stopped-change"  # a key change was undone at an open; told at the next unlock


def default_vault_dir() -> Path:
    """$SVAULT_HOME if set, else the per-user data folder for the neutral name `svault`."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(appdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


REPLACED_PREFIX = ".replaced-"  # where a restore puts the old vault until the new one is in place


@dataclass(frozen=True)
class VaultFolder:
    """The paths of one vault's files."""

    path: Path

    @property
    def db(self) -> Path:
        return self.path / DB_NAME

    @property
    def keys(self) -> Path:
        return self.path / KEYS_NAME

    @property
    def keys_mirror(self) -> Path:
        return self.path / KEYS_MIRROR_NAME

    @property
    def lock(self) -> Path:
        return self.path / LOCK_NAME

    @property
    def erase_marker(self) -> Path:
        return self.path / ERASE_MARKER_NAME

    def erase_pending(self) -> bool:
        """An erase was started here and did not finish: what is left is to be erased, not opened."""
        return self.erase_marker.exists()

    @property
    def change_stopped(self) -> Path:
        return self.path / CHANGE_STOPPED_NAME

    @property
    def db_next(self) -> Path:
        return self.path / (DB_NAME + NEXT_SUFFIX)

    @property
    def keys_next(self) -> Path:
        return self.path / (KEYS_NAME + NEXT_SUFFIX)

    def rotation_committed(self) -> bool:
        """A key rotation put its new database in place but had not yet made its key file the key file."""
        return self.keys_next.exists() and not self.db_next.exists()

    @property
    def db_sidecars(self) -> tuple[Path, ...]:
        return (self.path / (DB_NAME + "-wal"), self.path / (DB_NAME + "-shm"),
                self.path / (DB_NAME + "-journal"))

    def exists(self) -> bool:
        """A vault is here if its database or either copy of its key header is, or a restore was cut short.

        An interrupted restore may have moved every vault file aside (into `.replaced-*`): that folder
        still holds the survivor's vault, and must never look empty (a new vault would be made over it).
        """
        if self.erase_pending():
            return False
        return self.db.exists() or self.keys.exists() or self.keys_mirror.exists() or self.keys_next.exists() \
            or self.interrupted_restore()

    def key_change_cut_short(self) -> bool:
        """A key change stopped before its commit left its copy or its files (it is undone at the next open)."""
        if self.rotation_committed():
            return False
        if self.keys_next.exists() or self.db_next.exists():
            return True
        try:
            return any(e.name.startswith(ROTATE_PREFIX) for e in self.path.iterdir())
        except OSError:
            return False

    def interrupted_work(self) -> bool:
        """A restore or a key rotation was cut short (finished or rolled back at the next open)."""
        return self.interrupted_restore() or self.keys_next.exists() or self.db_next.exists()

    def interrupted_restore(self) -> bool:
        """Whether a restore left its aside-folder behind (it is finished or rolled back at the next open)."""
        try:
            return any(e.name.startswith(REPLACED_PREFIX) and e.is_dir() and not e.is_symlink()
                       for e in self.path.iterdir())
        except OSError:
            return False

    def vault_files(self) -> tuple[Path, ...]:
        """Every file that belongs to the vault (present or not)."""
        return (self.db, *self.db_sidecars, self.keys, self.keys_mirror, self.lock)

    def ensure(self) -> None:
        """Create the folder (0700 on POSIX) if missing, and tighten it if present."""
        self.path.mkdir(parents=True, exist_ok=True)
        restrict_dir(self.path)


def storage_problem(path: Path):
    """StorageFull or CannotWrite if the disk under `path` is (nearly) full or `path` is not writable.

    SQLite reports a full disk as "disk I/O error" when it cannot grow its log, so a database error
    is checked against this before it is called damage.
    """
    from survivor_vault.model.errors import CannotWrite, StorageFull

    try:
        import shutil

        if shutil.disk_usage(path).free < 1024 * 1024:
            return StorageFull()
        if not os.access(path, os.W_OK):
            return CannotWrite()
    except OSError:
        return None
    return None


def restrict_dir(path: Path) -> None:
    """0700 on POSIX; on Windows the profile folder's access list already keeps others out (platform_files)."""
    platform_files.FILES.restrict_dir(path)


def restrict_file(path: Path) -> None:
    platform_files.FILES.restrict_file(path)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (a no-op where directories cannot be opened)."""
    platform_files.FILES.fsync_dir(path)


def replace_file(source: Path, target: Path) -> None:
    """`os.replace`, which on Windows waits a moment for a scanner that holds either file (platform_files)."""
    platform_files.FILES.replace(source, target)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one.

    Temp file in the same folder (0600), fsync, rename over, fsync the folder.
    Only ever used for data that is already encrypted or holds no secrets.
    """
    write_atomically_from(path, (data,))


def write_atomically_from(path: Path, chunks: Iterable[bytes]) -> None:
    """`write_atomically` for data that comes a piece at a time (a backup of a large vault is never held whole).

    If `chunks` raises (the source changed, the disk filled), the temp file is removed and `path` is untouched.
    """
    tmp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")  # as secrets.token_hex, without loading OpenSSL
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise
    restrict_file(path)
    fsync_dir(path.parent)


COPY_CHUNK = 1024 * 1024


def file_chunks(path: Path) -> Iterator[bytes]:
    """The bytes of the file at `path`, a piece at a time."""
    with open(path, "rb") as source:
        while chunk := source.read(COPY_CHUNK):
            yield chunk


def copy_atomically(source: Path, target: Path) -> None:
    """Copy `source` to `target` as `write_atomically` writes, a piece at a time."""
    write_atomically_from(target, file_chunks(source))
