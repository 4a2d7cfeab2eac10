"""The vault's Ed25519 signing key: made once, kept inside the encrypted vault.

A provider can check that a packet is unaltered, and that two packets come from the same
person, by comparing the fingerprint printed on each.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

META_KEY = "signing_key_ed25519"


def fingerprint(public_key_raw: bytes) -> str:
    """SHA-256 of the raw public key, first 16 bytes, in groups of four hex digits."""
    digest = hashlib.sha256(public_key_raw).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def public_raw(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_or_create(vault) -> Ed25519PrivateKey:
    """The vault's signing key, made (and stored in the vault) the first time it is needed."""
    stored = vault.meta.get(META_KEY)
    if stored:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    vault.meta.set(META_KEY, base64.b64encode(raw).decode("ascii"))
    return private


def verify(public_key_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
