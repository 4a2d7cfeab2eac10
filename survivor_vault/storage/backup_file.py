"""One-file encrypted backups: the key header plus the encrypted database.

Layout: MAGIC | u32 header length | header | u64 database length | database | SHA-256 of all before.
The header is the vault's own key header (no secret in the clear); the database is a
`sqlcipher_export` copy, still encrypted with the data key. The checksum tells a damaged
file from a wrong passphrase before anything is written.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from pathlib import Path

from survivor_vault.model.errors import BackupUnreadable, DamagedBackup, DamagedVault, VaultTooNew
from survivor_vault.storage.key_header import MAX_HEADER_BYTES, KeyHeader
from survivor_vault.storage.vault_folder import write_atomically

MAGIC = b"SVBK\x00\x01\r\n"
SUFFIX = ".svbackup"
MAX_DATABASE_BYTES = 4 * 1024 ** 3


@dataclass(frozen=True)
class BackupContents:
    header: KeyHeader
    database: bytes


def pack(header: KeyHeader, database: bytes) -> bytes:
    header_bytes = header.to_bytes()
    body = (MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
            + struct.pack(">Q", len(database)) + database)
    return body + hashlib.sha256(body).digest()


# What write_atomically leaves behind if the process is killed while writing a backup.
_LEFTOVER = re.compile(r"\..+" + re.escape(SUFFIX) + r"\.[0-9a-f]{8}\.tmp")


def write(path: Path, header: KeyHeader, database: bytes) -> None:
    """Write the backup atomically, first removing our own half-written backups from that folder."""
    remove_leftovers(path.parent)
    write_atomically(path, pack(header, database))


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


def unpack(data: bytes) -> BackupContents:
    if len(data) < len(MAGIC) + 4 + 8 + 32 or not data.startswith(MAGIC):
        raise DamagedBackup()
    body, digest = data[:-32], data[-32:]
    if hashlib.sha256(body).digest() != digest:
        raise DamagedBackup()
    offset = len(MAGIC)
    (header_len,) = struct.unpack_from(">I", body, offset)
    offset += 4
    if header_len > MAX_HEADER_BYTES or offset + header_len + 8 > len(body):
        raise DamagedBackup()
    header_bytes = body[offset:offset + header_len]
    offset += header_len
    (db_len,) = struct.unpack_from(">Q", body, offset)
    offset += 8
    if db_len > MAX_DATABASE_BYTES or offset + db_len != len(body):
        raise DamagedBackup()
    try:
        header = KeyHeader.from_bytes(header_bytes)
    except VaultTooNew:
        raise
    except DamagedVault:
        raise DamagedBackup() from None
    return BackupContents(header, body[offset:])


def read(path: Path) -> BackupContents:
    try:
        size = path.stat().st_size
        if size > MAX_DATABASE_BYTES + MAX_HEADER_BYTES + 1024:
            raise DamagedBackup()
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        raise BackupUnreadable() from None
    return unpack(data)
