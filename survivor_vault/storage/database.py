"""The SQLCipher connection: raw 256-bit key, SQLCipher 4 settings, checks, transactions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from survivor_vault.model.errors import CannotWrite, DamagedVault, InvalidValue, StorageFull, VaultError
from survivor_vault.storage.row_codecs import dt_out, now

DatabaseError = sqlcipher3.dbapi2.DatabaseError
Connection = sqlcipher3.dbapi2.Connection
CACHE_KIB = 32 * 1024
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


def cipher_version() -> str:
    """The SQLCipher version linked in; empty if plain SQLite was loaded."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return row[0] if row and row[0] else ""


def require_sqlcipher() -> str:
    version = cipher_version()
    if not version:
        raise VaultError("The encryption library is missing, so the app cannot run safely.")
    return version


def key_literal(key: bytearray | bytes) -> str:
    """The text SQLCipher wants for a raw key: x'<64 hex>' — built only from validated hex."""
    hex_key = bytes(key).hex()
    if not _HEX_KEY.match(hex_key):
        raise ValueError("a data key is 32 bytes")
    return f"x'{hex_key}'"


def open_database(path: Path, key: bytearray, *, memory_security: bool = False) -> Connection:
    """Open (or create) the encrypted database at `path` with the raw data key.

    A database that the key does not open is reported as damaged: the key came out of
    an authenticated key slot, so a mismatch means the file is not what it should be.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Order matters: nothing may touch the file before the key is set.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{key_literal(key)}"')
        conn.execute("PRAGMA cipher_compatibility = 4")
        if memory_security:
            conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA secure_delete = ON")
        # Every page read from disk is decrypted and checked; a page cache that holds a
        # ten-year vault's working set does that once, not on every list (benchmarks/).
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        # The log is cut back to this after each checkpoint: a 20 MB paper's frames do not keep 20 MB of the disk
        # (on a full disk they had kept it full, and even unlocking failed).
        conn.execute(f"PRAGMA journal_size_limit = {WAL_KEPT_BYTES}").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
    except DatabaseError as exc:
        conn.close()
        if is_disk_full(exc):
            raise StorageFull() from None
        raise DamagedVault() from None
    return conn


def export_copy(source: Path, source_key: bytearray, target: Path, target_key: bytearray) -> None:
    """A consistent encrypted copy of the database at `source`, written to `target` under `target_key`.

    Made through a connection of its own (one read snapshot), so the vault's own connection can go on.
    The target must not exist. Raises DatabaseError (the caller gives it the vault's words).
    """
    conn = open_database(source, source_key)
    try:
        conn.execute("ATTACH DATABASE ? AS export KEY ?", (str(target), key_literal(target_key)))
        try:
            conn.execute("BEGIN")  # one read snapshot for the whole export
            conn.execute("SELECT sqlcipher_export('export')").fetchall()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute("COMMIT")
            conn.execute(f"PRAGMA export.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE export")
    finally:
        conn.close()


def is_disk_full(exc: Exception) -> bool:
    return "full" in str(exc).lower()


def is_read_only(exc: Exception) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "read only" in text


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction; committed when the block ends, rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        raise translate_database_error(exc) from None
    try:
        yield conn
    except BaseException as exc:
        _roll_back(conn)
        if isinstance(exc, StorageFull) or (isinstance(exc, DatabaseError) and is_disk_full(exc)):
            give_back_space(conn)
        raise
    try:
        conn.execute("COMMIT")
    except DatabaseError as exc:
        _roll_back(conn)
        if is_disk_full(exc):
            give_back_space(conn)
        raise translate_database_error(exc) from None


WAL_KEPT_BYTES = 4 * 1024 * 1024


def give_back_space(conn: Connection) -> None:
    """After a write that filled the disk was rolled back: the write-ahead log still held what was written (20 MB
    of a paper that did not fit), the disk stayed full, and even unlocking failed (found by an attack). Truncated
    now, so what was never kept takes no room."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except DatabaseError:
        pass  # another connection reads: the log is cut back when it is done


def _roll_back(conn: Connection) -> None:
    """Undo the open transaction, if SQLite has not already done so (it has after SQLITE_FULL at COMMIT).

    A failing ROLLBACK must never replace the error that caused it: "no transaction is active"
    after a full disk was reported as damage, and a person told that may restore an old backup.
    """
    if not conn.in_transaction:
        return
    try:
        conn.execute("ROLLBACK")
    except DatabaseError:
        pass


def translate_database_error(exc: DatabaseError) -> VaultError:
    """A full disk, a folder that cannot be written, a value the schema refuses, or else damage."""
    if is_disk_full(exc):
        return StorageFull()
    if is_read_only(exc):
        return CannotWrite()
    if isinstance(exc, sqlcipher3.dbapi2.IntegrityError):
        return InvalidValue()
    return DamagedVault()


def integrity_problems(conn: Connection) -> list[str]:
    """What SQLCipher's page check and SQLite's structure check find; empty means healthy."""
    problems: list[str] = []
    try:
        problems += [" ".join(str(c) for c in row) for row in conn.execute("PRAGMA cipher_integrity_check")]
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems += [row[0] for row in rows if row[0] != "ok"]
        problems += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
    except DatabaseError as exc:
        problems.append(str(exc))
    return problems


def checkpoint(conn: Connection) -> None:
    """Fold the write-ahead log into the database file (before it is copied, closed or swapped)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def table_names(conn: Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def set_columns(conn: Connection, table: str, row_id: int, values: dict[str, object]) -> None:
    """Set `values` (column names from our own code, never from input) and `updated` on one row; nothing when
    `values` is empty. Inside the caller's transaction."""
    if not values:
        return
    assignments = ", ".join(f"{name} = ?" for name in values)
    conn.execute(f"UPDATE {table} SET {assignments}, updated = ? WHERE id = ?",
                 (*values.values(), dt_out(now()), row_id))
