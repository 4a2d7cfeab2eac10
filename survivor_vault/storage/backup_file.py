"""One-file encrypted backups: the key header plus the encrypted database.

Layout: MAGIC | u32 header length | header | u64 database length | database | SHA-256 of all before.
The header is the vault's own key header (no secret in the clear); the database is a
`sqlcipher_export` copy, still encrypted with the data key. The checksum tells a damaged
file from a wrong passphrase before anything is written.

A vault with papers can be a gigabyte or more, so nothing here holds the database whole: a backup is
written from the exported database file a piece at a time while it is hashed; reading one checks its
structure (every limit before anything is read) and its checksum in one streaming pass, and the database
part is later copied out a piece at a time and hashed AGAIN, so a file changed or swapped between the
check and the copy is refused, never restored.
"""

from __future__ import annotations

import os
import re
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from survivor_vault.model.errors import BackupUnreadable, DamagedBackup, DamagedVault, VaultTooNew
from survivor_vault.storage.key_header import MAX_HEADER_BYTES, KeyHeader
from survivor_vault.storage.sha256 import Sha256
from survivor_vault.storage.vault_folder import write_atomically_from

MAGIC = b"SVBK\x00\x01\r\n"
SUFFIX = ".svbackup"
MAX_DATABASE_BYTES = 4 * 1024 ** 3
CHUNK = 1024 * 1024  # how much of a backup is held at once, writing, checking or copying
_DIGEST = 32
_SMALLEST = len(MAGIC) + 4 + 8 + _DIGEST


@dataclass(frozen=True)
class CheckedBackup:
    """A backup file whose structure and checksum were found good, and what was found in it.

    Only the header is held; the database stays in the file, at `database_offset`, `database_length` long.
    `digest` is the checksum the file had when it was checked: the copy must hash to it again.
    """

    path: Path
    header: KeyHeader
    database_offset: int
    database_length: int
    digest: bytes


def _prefix(header_bytes: bytes, database_length: int) -> bytes:
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + struct.pack(">Q", database_length)


# What write_atomically leaves behind if the process is killed while writing a backup.
_LEFTOVER = re.compile(r"\..+" + re.escape(SUFFIX) + r"\.[0-9a-f]{8}\.tmp")


def write(path: Path, header: KeyHeader, database: Path) -> None:
    """Write a backup of the database file at `database` atomically, a piece at a time, first removing our own
    half-written backups from that folder."""
    remove_leftovers(path.parent)
    write_atomically_from(path, _packed(header, database))


def _packed(header: KeyHeader, database: Path) -> Iterator[bytes]:
    """The backup's bytes, a piece at a time, hashed as they go. DamagedBackup if the database file changes
    size while it is read (then the half-written file is removed: nothing is left that looks like a backup)."""
    hasher = Sha256()
    with open(database, "rb") as source:
        length = os.fstat(source.fileno()).st_size
        if length > MAX_DATABASE_BYTES:
            raise DamagedBackup()
        prefix = _prefix(header.to_bytes(), length)
        hasher.update(prefix)
        yield prefix
        for chunk in _pieces(source, length):
            hasher.update(chunk)
            yield chunk
        if source.read(1):
            raise DamagedBackup()  # it grew meanwhile
    yield hasher.digest()


def _pieces(source: BinaryIO, length: int) -> Iterator[bytes]:
    """Exactly `length` bytes from where `source` is, a piece at a time; DamagedBackup if it ends sooner."""
    remaining = length
    while remaining > 0:
        chunk = source.read(min(CHUNK, remaining))
        if not chunk:
            raise DamagedBackup()
        remaining -= len(chunk)
        yield chunk


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete half-written backup files (ours only: `.NAME.svbackup.XXXXXXXX.tmp`, regular files)."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if _LEFTOVER.fullmatch(entry.name) and entry.is_file() and not entry.is_symlink():
            try:
                entry.unlink()
                removed.append(entry)
            except OSError:
                pass  # not ours to insist on: the new backup is still written
    return removed


def _exactly(source: BinaryIO, n: int) -> bytes:
    data = source.read(n)
    if len(data) != n:
        raise DamagedBackup()
    return data


def _structure(source: BinaryIO, size: int) -> tuple[bytes, int]:
    """The header bytes and the database length, each length checked against its limit and against the file's
    size before anything it announces is read."""
    if size < _SMALLEST or _exactly(source, len(MAGIC)) != MAGIC:
        raise DamagedBackup()
    (header_len,) = struct.unpack(">I", _exactly(source, 4))
    if header_len > MAX_HEADER_BYTES or len(MAGIC) + 4 + header_len + 8 + _DIGEST > size:
        raise DamagedBackup()
    header_bytes = _exactly(source, header_len)
    (db_len,) = struct.unpack(">Q", _exactly(source, 8))
    if db_len > MAX_DATABASE_BYTES or len(MAGIC) + 4 + header_len + 8 + db_len + _DIGEST != size:
        raise DamagedBackup()
    return header_bytes, db_len


def _header(header_bytes: bytes) -> KeyHeader:
    try:
        return KeyHeader.from_bytes(header_bytes)
    except VaultTooNew:
        raise
    except DamagedVault:
        raise DamagedBackup() from None


def _open(path: Path) -> BinaryIO:
    """The backup file for reading; BackupUnreadable if it is missing, not ours to read, or not a regular file
    (a folder, or a pipe that would wait forever for a writer: opened without waiting, then refused)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, IsADirectoryError, PermissionError, NotADirectoryError):
        raise BackupUnreadable() from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise BackupUnreadable()
    return os.fdopen(fd, "rb")


def read(path: Path) -> CheckedBackup:
    """Check a backup file's structure and checksum in one streaming pass; DamagedBackup if either is wrong.

    The database is not kept: copy it out with `copy_database`, which checks it again as it copies.
    """
    with _open(path) as source:
        size = os.fstat(source.fileno()).st_size
        if size > MAX_DATABASE_BYTES + MAX_HEADER_BYTES + 1024:
            raise DamagedBackup()
        header_bytes, db_len = _structure(source, size)
        offset = len(MAGIC) + 4 + len(header_bytes) + 8
        hasher = Sha256(_prefix(header_bytes, db_len))
        for chunk in _pieces(source, db_len):
            hasher.update(chunk)
        digest = hasher.digest()
        if _exactly(source, _DIGEST) != digest:
            raise DamagedBackup()
    return CheckedBackup(path, _header(header_bytes), offset, db_len, digest)


def copy_database(backup: CheckedBackup, target: Path) -> None:
    """Write the database part of a checked backup to `target` (atomically, a piece at a time), hashing the file
    again as it goes: DamagedBackup, and no `target`, if it is no longer the file that was checked."""
    write_atomically_from(target, _database_again(backup))


def _database_again(backup: CheckedBackup) -> Iterator[bytes]:
    hasher = Sha256()
    with _open(backup.path) as source:
        hasher.update(_exactly(source, backup.database_offset))
        for chunk in _pieces(source, backup.database_length):
            hasher.update(chunk)
            yield chunk
    if hasher.digest() != backup.digest:
        raise DamagedBackup()  # changed or swapped since it was checked: what was copied is thrown away
