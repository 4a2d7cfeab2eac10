"""Is the encryption library really SQLCipher? The app refuses to run on plain SQLite."""

from __future__ import annotations

from survivor_vault.model.errors import VaultError


class EncryptionLibraryMissing(ImportError):
    """SQLCipher cannot be loaded, or plain SQLite was loaded in its place: no vault may be opened or made."""


def cipher_version() -> str:
    from survivor_vault.storage.database import cipher_version as version

    return version()


def require_sqlcipher() -> str:
    """SQLCipher's version; EncryptionLibraryMissing if it is missing, broken or plain SQLite (the app must stop)."""
    try:
        from survivor_vault.storage.database import require_sqlcipher as required

        return required()
    except (ImportError, VaultError) as error:
        raise EncryptionLibraryMissing(str(error)) from error
