"""SHA-256 for everything the app hashes (backups, papers, packets, key files), from `cryptography`'s own OpenSSL.

Not Python's hashlib: its fast SHA-256 is OpenSSL too, but a third copy of it (the system's libcrypto, 4.5 MB) that
the bundle leaves out to make room for the Arabic and Chinese fonts (packaging/survivor-vault.spec, docs/packaging.md).
Without it hashlib falls back to its own SHA-256, 1.8x slower here and ~10x slower on CPUs with SHA instructions,
which a backup of a large vault would feel. On large data this one is as fast as hashlib was, installed or bundled.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes


class Sha256:
    """A running SHA-256 with hashlib's surface: `Sha256(data)`, `update`, then `digest` or `hexdigest` (as often as
    asked). Each `update` costs ~0.2 µs more than hashlib's (a packet's drawn hash makes ~36,000: ~7 ms)."""

    __slots__ = ("_hash",)

    def __init__(self, data: bytes = b""):
        self._hash = hashes.Hash(hashes.SHA256())
        if data:
            self._hash.update(data)

    def update(self, data: bytes) -> None:
        self._hash.update(data)

    def digest(self) -> bytes:
        return self._hash.copy().finalize()

    def hexdigest(self) -> str:
        return self.digest().hex()
