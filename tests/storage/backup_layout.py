"""Backups taken apart and put together by their documented layout, independently of `storage/backup_file.py`:
MAGIC | u32 header length | header | u64 database length | database | SHA-256 of all before.

For tests only (small vaults, held in memory): it writes what backups looked like before they streamed, and lets a
test change a backup as someone holding it (and its passphrase) could, with a right SHA-256.
"""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

from survivor_vault.storage.backup_file import MAGIC
from survivor_vault.storage.database import checkpoint, open_database
from survivor_vault.storage.key_header import KeyHeader
from survivor_vault.storage.key_slots import open_slot


def join(header_bytes: bytes, database: bytes) -> bytes:
    body = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + struct.pack(">Q", len(database)) + database
    return body + hashlib.sha256(body).digest()


def split(path: Path) -> tuple[bytes, bytes]:
    """The header and database bytes of a well-formed backup."""
    data = path.read_bytes()
    assert data.startswith(MAGIC) and hashlib.sha256(data[:-32]).digest() == data[-32:]
    (header_len,) = struct.unpack_from(">I", data, len(MAGIC))
    header_at = len(MAGIC) + 4
    (db_len,) = struct.unpack_from(">Q", data, header_at + header_len)
    db_at = header_at + header_len + 8
    assert db_at + db_len + 32 == len(data)
    return data[header_at:header_at + header_len], data[db_at:db_at + db_len]


def rewrite_database(backup: Path, passphrase: str, work: Path, statements: list[str]) -> None:
    """Run SQL in a backup's database as someone with its passphrase could (every page stays a valid SQLCipher
    page), and write the backup back in place with a right SHA-256."""
    header_bytes, database = split(backup)
    header = KeyHeader.from_bytes(header_bytes)
    path = work / "taken apart.db"
    path.write_bytes(database)
    key = open_slot(header.passphrase_slot, passphrase, header.vault_id)
    conn = open_database(path, key)
    try:
        for statement in statements:
            assert conn.execute(statement).rowcount >= 1, statement
        checkpoint(conn)
    finally:
        conn.close()
    with open(backup, "r+b") as handle:  # the same file, rewritten
        handle.write(join(header_bytes, path.read_bytes()))
        handle.truncate()
    path.unlink()
