"""Re-encrypting the database under a new data key, so that a crash leaves the old vault or the new one.

A rotation is what makes a changed passphrase (or a replaced or removed recovery key) really lock
out the old one: an old copy of the key file, or an old backup, holds only the old data key, and
the old data key no longer opens today's database.

The files, in the order they appear:

1. `.rotate-XXXXXXXX.db`: the database exported under the new key (`sqlcipher_export` through a
   connection of its own), its meta rows updated, checkpointed, closed and fsynced. Scratch: removed
   by the next open if anything stops here.
2. `vault.db.next`: the same file, renamed once it is complete.
3. `vault.keys.next`: the new key file, written atomically (only after step 2).
4. **The commit**: `vault.db.next` renamed over `vault.db`, after the old database was checkpointed
   and closed (a write-ahead log left beside it would be replayed onto the new file).
5. `vault.keys.next` becomes `vault.keys` and its copy; then it goes.

After a crash, `finish_interrupted` tells the two cases apart without any secret: `vault.keys.next`
without `vault.db.next` can only exist after the commit, so the new key file is installed; anything
else is rolled back (`vault.keys.next` removed first, then `vault.db.next`, so the rollback itself
can be cut short safely). Until the new key file is installed, `key_header.load` reads it from
`vault.keys.next`, so a full disk cannot keep the new passphrase from opening the vault.

Measured on the ten-year vault (benchmarks/key_rotation.py, docs/performance.md): export into a new
file is as fast as `PRAGMA rekey` in place, and unlike it gives one rename as the commit point and
never leaves a half-rekeyed file.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path

from survivor_vault.model.errors import CannotWrite, StillInUse, StorageFull, VaultError
from survivor_vault.storage import key_header
from survivor_vault.storage.database import DatabaseError, export_copy, open_database, transaction
from survivor_vault.storage.file_shredder import shred
from survivor_vault.storage.key_header import KeyHeader
from survivor_vault.storage.vault_folder import (
    ROTATE_PREFIX,
    VaultFolder,
    fsync_dir,
    replace_file,
    restrict_file,
    storage_problem,
    write_atomically,
)

SCRATCH_PREFIX = ROTATE_PREFIX


def build_copy(folder: VaultFolder, old_key: bytearray, new_key: bytearray,
               meta: Mapping[str, str | None]) -> Path:
    """The database re-encrypted under `new_key` as a scratch file, with `meta` rows set (None deletes).

    Slow (it rewrites every page): run it on a worker. Changes nothing the vault reads. A full disk
    or a folder that cannot be written is StorageFull / CannotWrite (looked at before the copy is
    removed, while the disk is still as full as the copy made it).
    """
    scratch = folder.path / f"{SCRATCH_PREFIX}{secrets.token_hex(4)}.db"
    try:
        export_copy(folder.db, old_key, scratch, new_key)
        conn = open_database(scratch, new_key)
        try:
            with transaction(conn):
                for key, value in meta.items():
                    if value is None:
                        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
                    else:
                        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        _fsync(scratch)
        restrict_file(scratch)
    except (OSError, DatabaseError, VaultError) as error:
        problem = storage_problem(folder.path) if not isinstance(error, (StorageFull, CannotWrite)) else None
        discard(scratch)
        if problem is not None:
            raise problem from None
        raise
    except BaseException:
        discard(scratch)
        raise
    return scratch


def discard(scratch: Path) -> None:
    """Remove a copy that will not be used (and anything SQLite left beside it)."""
    for path in (scratch, *_sidecars(scratch)):
        shred(path)


def commit(folder: VaultFolder, scratch: Path, header: KeyHeader, close_live: Callable[[], None]) -> None:
    """Swap the copy in and install `header`.

    `close_live` checkpoints and closes every connection to the current database. If anything fails
    before the commit, the folder is as it was (the caller reopens its connection) and the error is
    raised with `committed = False` on it. If the key file cannot be installed after the commit, the
    error is raised with `committed = True`, and `vault.keys.next` stays for the next open to finish.
    """
    try:
        settle_pending(folder)  # an earlier change's key file first: never roll back what that one wrote
    except BaseException as error:
        discard(scratch)
        error.committed = False  # type: ignore[attr-defined]
        raise
    committed = renamed = wrote_keys = False
    try:
        replace_file(scratch, folder.db_next)
        renamed = True
        fsync_dir(folder.path)
        write_atomically(folder.keys_next, header.to_bytes())
        wrote_keys = True
        close_live()
        _clear_write_ahead_log(folder)
        replace_file(folder.db_next, folder.db)  # the commit
        committed = True
        fsync_dir(folder.path)
        install_next_header(folder)
    except BaseException as error:
        if not committed:
            if wrote_keys:
                shred(folder.keys_next)  # first: a rollback cut short must stay a rollback
            if renamed:
                for path in (folder.db_next, *_sidecars(folder.db_next)):
                    shred(path)
            discard(scratch)
        error.committed = committed  # type: ignore[attr-defined]
        raise


def settle_pending(folder: VaultFolder) -> None:
    """Install a key file an earlier, committed change could not install (raises if it still cannot)."""
    if folder.rotation_committed():
        install_next_header(folder)


def _clear_write_ahead_log(folder: VaultFolder) -> None:
    """After the old database was checkpointed and closed, its log must be empty: remove it."""
    for side in folder.db_sidecars:
        try:
            size = side.stat().st_size
        except FileNotFoundError:
            continue
        if side.name.endswith("-wal") and size > 0:
            raise StillInUse()
        side.unlink()
    fsync_dir(folder.path)


def install_next_header(folder: VaultFolder) -> None:
    """Make `vault.keys.next` the key file and its copy, then remove it (after the commit only).

    Only if it is newer than both copies: a key file written since (a later change) is never replaced
    by it, and a stale or planted one is simply removed.
    """
    pending = KeyHeader.from_bytes(folder.keys_next.read_bytes())
    copies = (key_header.read_copy(folder.keys), key_header.read_copy(folder.keys_mirror))
    current = [h for h in copies if h is not None]
    if all(pending.generation > h.generation for h in current):
        key_header.save(folder, pending)
    folder.keys_next.unlink()
    fsync_dir(folder.path)


def roll_back(folder: VaultFolder) -> None:
    """Undo a rotation that had not committed: the key file first, so a cut-short rollback stays one."""
    shred(folder.keys_next)
    for path in (folder.db_next, *_sidecars(folder.db_next)):
        shred(path)
    if folder.path.is_dir():
        fsync_dir(folder.path)


def finish_interrupted(folder: VaultFolder) -> None:
    """Roll a rotation cut short forward (it had committed) or back (it had not). Call under the lock."""
    if folder.rotation_committed():
        try:
            install_next_header(folder)
        except OSError:
            pass  # a full disk: key_header.load reads vault.keys.next meanwhile, so the vault still opens
        except VaultError:
            pass  # a damaged vault.keys.next: load() ignores it and says what it finds
    elif folder.keys_next.exists() or folder.db_next.exists():
        roll_back(folder)


def _sidecars(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
