"""Is the encryption library really SQLCipher? The app refuses to run on plain SQLite."""

from __future__ import annotations

from survivor_vault.storage.database import cipher_version, require_sqlcipher

__all__ = ["cipher_version", "require_sqlcipher"]
