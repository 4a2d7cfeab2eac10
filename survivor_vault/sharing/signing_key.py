"""The vault's Ed25519 signing key: made once, kept inside the encrypted vault.

A provider can check that a packet is unaltered, and that two packets come from the same
person, by comparing the fingerprint printed on each.
"""

from __future__ import annotations

import base64

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from survivor_vault.storage.sha256 import Sha256

META_KEY = "signing_key_ed25519"

# Encodings (sign bit ignored) of the points of small order on Ed25519, as libsodium blocks them
# (ge25519_has_small_order): y = 0, 1, the two order-8 values, p-1, and the non-canonical p, p+1.
# A public key among them "verifies" signatures made without any private key (found by an attack
# test: the identity point with R = identity, S = 0 passed for every message).
_P_MINUS = bytes.fromhex("ff" * 30 + "7f")
SMALL_ORDER = tuple(bytes.fromhex(h) for h in (
    "00" * 32,
    "01" + "00" * 31,
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
)) + tuple(bytes([first]) + _P_MINUS for first in (0xEC, 0xED, 0xEE))


def fingerprint(public_key_raw: bytes) -> str:
    """SHA-256 of the raw public key, first 16 bytes, in groups of four hex digits."""
    digest = Sha256(public_key_raw).hexdigest()[:32]
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


def has_small_order(public_key_raw: bytes) -> bool:
    """Whether the key is one of the few points that make forged signatures verify (never a real key)."""
    masked = public_key_raw[:31] + bytes([public_key_raw[31] & 0x7F]) if len(public_key_raw) == 32 else b""
    return any(masked == bad for bad in SMALL_ORDER)


def verify(public_key_raw: bytes, signature: bytes, message: bytes) -> bool:
    if len(public_key_raw) != 32 or has_small_order(public_key_raw):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
