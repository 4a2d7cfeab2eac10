"""Key slots: the random data key, wrapped under a passphrase or sealed to a recovery key.

LUKS / password-manager style: the database is encrypted with one random 256-bit data key;
each slot holds that key for something the survivor has. Every change of a secret (passphrase,
recovery key) *rotates* the data key (core/vault, storage/key_rotation), so the slots must be
rebuilt for a new data key without the survivor typing every secret again:

- **Passphrase slot**: the data key wrapped (AES-256-GCM) under a key-encryption key (KEK)
  from Argon2id. The KEK is kept (a bytearray, zeroed on lock) while the vault is open with the
  passphrase, so a rotation re-wraps the new data key under it without a second derivation.
- **Recovery slot** (sealed, header version 2): the recovery key gives (HKDF) a KEK and a MAC key.
  The KEK wraps an X25519 private key; the slot keeps its public key, and the data key is sealed
  to it with HPKE (RFC 9180: X25519, HKDF-SHA256, AES-256-GCM). A rotation seals the new data key
  to the public key: no recovery key needed. Because anyone can seal to a public key, each seal
  carries an HMAC under the MAC key, which lives only inside the encrypted database; so nobody
  without the vault open can plant a data key of their own for the recovery key to accept.
  Slots of the older kind (the data key wrapped directly) still open, and are turned into
  sealed ones the next time the recovery key is used.

The associated data of each wrap binds the slot's kind, id and KDF parameters and the vault id
(and, for a sealed slot, its public key), so a slot cannot be moved to another vault or have its
parameters weakened without the unwrap failing.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from survivor_vault.model.errors import (
    DamagedVault,
    PassphraseRejected,
    WrongPassphrase,
    WrongRecoveryKey,
)
from survivor_vault.storage import recovery_key as recovery_keys

DATA_KEY_BYTES = 32
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
SEALED = "x25519-hpke"  # the scheme of a sealed recovery slot
_HPKE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
_SEALED_BYTES = 32 + DATA_KEY_BYTES + 16  # HPKE encapsulated key + data key + tag
_RAW = serialization.Encoding.Raw

# OWASP's floor for Argon2id (19 MiB, 2 passes); we never go below it.
FLOOR_MEMORY_KIB = 19 * 1024
FLOOR_ITERATIONS = 2
# 64 MiB keeps the whole app inside its 200 MB memory budget while unlocking.
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4
MAX_ITERATIONS = 64
MAX_MEMORY_KIB = 1024 * 1024
TARGET_SECONDS = 0.5


@dataclass(frozen=True)
class Argon2Settings:
    memory_kib: int
    iterations: int
    lanes: int = DEFAULT_LANES

    def __post_init__(self):
        if not (FLOOR_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise ValueError("Argon2 memory outside the allowed range")
        if not (FLOOR_ITERATIONS <= self.iterations <= MAX_ITERATIONS):
            raise ValueError("Argon2 iterations outside the allowed range")
        if not (1 <= self.lanes <= 16):
            raise ValueError("Argon2 lanes outside the allowed range")


FLOOR_SETTINGS = Argon2Settings(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)


def calibrate(target_seconds: float = TARGET_SECONDS) -> Argon2Settings:
    """Argon2id settings that take about `target_seconds` on this machine (never below the floor).

    Memory stays at 64 MiB (the app's memory budget); the pass count follows the machine.
    Two timed runs give the fixed cost (allocating the memory) and the cost of one pass.
    """
    salt = secrets.token_bytes(16)
    _argon2(b"warm-up", salt, FLOOR_SETTINGS)

    def timed(iterations: int) -> float:
        start = time.perf_counter()
        _argon2(b"calibration", salt, Argon2Settings(DEFAULT_MEMORY_KIB, iterations))
        return time.perf_counter() - start

    low, high = FLOOR_ITERATIONS, FLOOR_ITERATIONS + 4
    t_low, t_high = timed(low), timed(high)
    per_pass = max((t_high - t_low) / (high - low), 1e-6)
    iterations = low + round((target_seconds - t_low) / per_pass)
    iterations = max(FLOOR_ITERATIONS, min(MAX_ITERATIONS, iterations))
    return Argon2Settings(DEFAULT_MEMORY_KIB, iterations)


FAST_KDF_ENV = "SVAULT_TEST_FAST_KDF"


def settings_for_new_slot() -> Argon2Settings:
    """Calibrated settings; the OWASP floor when the test suite asks for speed (SVAULT_TEST_FAST_KDF=1)."""
    if os.environ.get(FAST_KDF_ENV) == "1":
        return FLOOR_SETTINGS
    return calibrate()


def _argon2(secret: bytes, salt: bytes, settings: Argon2Settings) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=settings.iterations,
        lanes=settings.lanes,
        memory_cost=settings.memory_kib,
    ).derive(secret)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so the same words typed on another keyboard or system give the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, expected_len: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise DamagedVault()
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise DamagedVault() from exc
    if expected_len is not None and len(data) != expected_len:
        raise DamagedVault()
    return data


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key."""

    kind: str  # PASSPHRASE or RECOVERY
    slot_id: str
    kdf: dict  # {"name": "argon2id", ...} or {"name": "hkdf-sha256", ...}; salts in base64
    nonce: bytes
    wrapped_key: bytes  # the data key (passphrase, older recovery slots) or the X25519 private key (sealed)
    public_key: bytes | None = None  # sealed slots: the X25519 public key the data key is sealed to
    sealed_key: bytes | None = None  # sealed slots: HPKE(data key)
    seal_mac: bytes | None = None  # sealed slots: HMAC-SHA256 over the seal, under the recovery key's MAC key

    @property
    def sealed(self) -> bool:
        return self.public_key is not None

    def associated_data(self, vault_id: str) -> bytes:
        bound = {"vault_id": vault_id, "kind": self.kind, "slot_id": self.slot_id, "kdf": self.kdf}
        if self.sealed:
            bound |= {"scheme": SEALED, "public_key": _b64(self.public_key)}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_json(self) -> dict:
        doc = {
            "kind": self.kind,
            "slot_id": self.slot_id,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }
        if self.sealed:
            doc |= {"scheme": SEALED, "public_key": _b64(self.public_key), "sealed_key": _b64(self.sealed_key),
                    "seal_mac": _b64(self.seal_mac)}
        return doc

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        if not isinstance(data, dict):
            raise DamagedVault()
        kind = data.get("kind")
        kdf = data.get("kdf")
        slot_id = data.get("slot_id")
        if kind not in (PASSPHRASE, RECOVERY) or not isinstance(kdf, dict) or not isinstance(slot_id, str):
            raise DamagedVault()
        scheme = data.get("scheme")
        if scheme is None:
            extra = {}
        elif scheme == SEALED and kind == RECOVERY:
            extra = {"public_key": _unb64(data.get("public_key"), 32),
                     "sealed_key": _unb64(data.get("sealed_key"), _SEALED_BYTES),
                     "seal_mac": _unb64(data.get("seal_mac"), 32)}
        else:
            raise DamagedVault()
        slot = cls(kind, slot_id, kdf, _unb64(data.get("nonce"), 12),
                   _unb64(data.get("wrapped_key"), DATA_KEY_BYTES + 16), **extra)
        slot._kek_inputs()  # validates the KDF description
        return slot

    def _kek_inputs(self) -> tuple[str, bytes, Argon2Settings | None]:
        name = self.kdf.get("name")
        salt = _unb64(self.kdf.get("salt"), 16)
        if self.kind == PASSPHRASE and name == "argon2id":
            try:
                settings = Argon2Settings(int(self.kdf["memory_kib"]), int(self.kdf["iterations"]),
                                          int(self.kdf["lanes"]))
            except (KeyError, TypeError, ValueError) as exc:
                raise DamagedVault() from exc
            return name, salt, settings
        if self.kind == RECOVERY and name == "hkdf-sha256":
            return name, salt, None
        raise DamagedVault()


def _kek_for(slot_kind: str, secret: bytes, salt: bytes, settings: Argon2Settings | None) -> bytes:
    if slot_kind == PASSPHRASE:
        if settings is None:
            raise DamagedVault()
        return _argon2(secret, salt, settings)
    # A recovery key carries >128 bits of entropy, so a fast KDF is enough.
    return _hkdf(secret, salt, b"svault recovery slot v1")


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _recovery_keys_v2(recovery_key: str, salt: bytes) -> tuple[bytes, bytes]:
    """(KEK, MAC key) of a sealed recovery slot, from the typed recovery key."""
    secret = recovery_keys.normalise(recovery_key).encode("ascii")
    return _hkdf(secret, salt, b"svault recovery slot v2"), _hkdf(secret, salt, b"svault recovery seal mac v2")


def _wrap(kind: str, kdf: dict, kek: bytes, data_key: bytearray, vault_id: str) -> KeySlot:
    template = KeySlot(kind, secrets.token_hex(8), kdf, b"", b"")
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), template.associated_data(vault_id))
    return KeySlot(kind, template.slot_id, kdf, nonce, wrapped)


@dataclass
class PassphraseKey:
    """The passphrase slot's KEK and how it was derived: kept while the vault is open with the
    passphrase, so a key rotation can wrap a new data key without deriving again. Zero it on lock."""

    kdf: dict
    kek: bytearray

    def wrap(self, data_key: bytearray, vault_id: str) -> KeySlot:
        """A passphrase slot holding `data_key` (a fresh nonce and slot id; the same passphrase opens it)."""
        return _wrap(PASSPHRASE, self.kdf, bytes(self.kek), data_key, vault_id)

    def forget(self) -> None:
        zero(self.kek)


def derive_passphrase_key(passphrase: str, settings: Argon2Settings | None = None) -> PassphraseKey:
    """The slow part of making a passphrase slot (Argon2id, ~0.5 s): a new salt, a new KEK."""
    if not passphrase or not passphrase.strip():
        raise PassphraseRejected()
    settings = settings or settings_for_new_slot()
    salt = secrets.token_bytes(16)
    kdf = {"name": "argon2id", "memory_kib": settings.memory_kib,
           "iterations": settings.iterations, "lanes": settings.lanes, "salt": _b64(salt)}
    return PassphraseKey(kdf, bytearray(_kek_for(PASSPHRASE, normalise_passphrase(passphrase), salt, settings)))


def make_passphrase_slot(data_key: bytearray, passphrase: str, vault_id: str,
                         settings: Argon2Settings | None = None) -> KeySlot:
    key = derive_passphrase_key(passphrase, settings)
    try:
        return key.wrap(data_key, vault_id)
    finally:
        key.forget()


def make_recovery_slot(data_key: bytearray, recovery_key: str, vault_id: str) -> tuple[KeySlot, bytes]:
    """A sealed recovery slot for `data_key`, and its MAC key (to keep inside the encrypted database:
    a rotation needs it to seal the next data key)."""
    salt = secrets.token_bytes(16)
    kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
    kek, mac_key = _recovery_keys_v2(recovery_key, salt)
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    template = KeySlot(RECOVERY, secrets.token_hex(8), kdf, b"", b"", public_key=public)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, private_raw, template.associated_data(vault_id))
    slot = KeySlot(RECOVERY, template.slot_id, kdf, nonce, wrapped, public_key=public)
    return reseal(slot, mac_key, data_key, vault_id), mac_key


def make_legacy_recovery_slot(data_key: bytearray, recovery_key: str, vault_id: str) -> KeySlot:
    """A recovery slot of the older kind (the data key wrapped directly); only for tests of old vaults."""
    salt = secrets.token_bytes(16)
    kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
    kek = _kek_for(RECOVERY, recovery_keys.normalise(recovery_key).encode("ascii"), salt, None)
    return _wrap(RECOVERY, kdf, kek, data_key, vault_id)


def _seal_info(vault_id: str, slot_id: str) -> bytes:
    return f"svault data key|{vault_id}|{slot_id}".encode("ascii", "replace")


def _seal_mac(mac_key: bytes, slot: KeySlot, vault_id: str, sealed_key: bytes) -> bytes:
    mac = hmac.HMAC(mac_key, hashes.SHA256())
    mac.update(_seal_info(vault_id, slot.slot_id) + b"|" + slot.public_key + sealed_key)
    return mac.finalize()


def reseal(slot: KeySlot, mac_key: bytes, data_key: bytearray, vault_id: str) -> KeySlot:
    """The same sealed recovery slot, holding `data_key` instead: no recovery key needed."""
    if not slot.sealed:
        raise ValueError("only a sealed recovery slot can be resealed")
    sealed_key = _HPKE.encrypt(bytes(data_key), X25519PublicKey.from_public_bytes(slot.public_key),
                               info=_seal_info(vault_id, slot.slot_id))
    return KeySlot(slot.kind, slot.slot_id, slot.kdf, slot.nonce, slot.wrapped_key, slot.public_key,
                   sealed_key, _seal_mac(mac_key, slot, vault_id, sealed_key))


def recovery_mac_key(slot: KeySlot, recovery_key: str) -> bytes:
    """The MAC key of a sealed recovery slot, from its recovery key (to keep after a recovery unlock)."""
    return _recovery_keys_v2(recovery_key, slot._kek_inputs()[1])[1]


def open_slot(slot: KeySlot, secret: str, vault_id: str) -> bytearray:
    """Unwrap the data key; WrongPassphrase / WrongRecoveryKey if the secret does not fit."""
    if slot.kind == PASSPHRASE:
        data_key, key = open_passphrase_slot(slot, secret, vault_id)
        key.forget()
        return data_key
    if slot.sealed:
        return _open_sealed(slot, secret, vault_id)
    _name, salt, _settings = slot._kek_inputs()
    kek = _kek_for(RECOVERY, recovery_keys.normalise(secret).encode("ascii"), salt, None)
    return _unwrap(kek, slot, vault_id, WrongRecoveryKey)


def open_passphrase_slot(slot: KeySlot, passphrase: str, vault_id: str) -> tuple[bytearray, PassphraseKey]:
    """The data key and the passphrase's KEK (to keep while the vault is open); WrongPassphrase."""
    _name, salt, settings = slot._kek_inputs()
    kek = bytearray(_kek_for(PASSPHRASE, normalise_passphrase(passphrase), salt, settings))
    try:
        return _unwrap(bytes(kek), slot, vault_id, WrongPassphrase), PassphraseKey(dict(slot.kdf), kek)
    except BaseException:
        zero(kek)
        raise


def _unwrap(kek: bytes, slot: KeySlot, vault_id: str, failure: type[Exception]) -> bytearray:
    try:
        # AESGCM returns immutable bytes; we copy them into a buffer we can zero and drop
        # the bytes object at once. Python cannot promise that no copy stays in memory.
        return bytearray(AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, slot.associated_data(vault_id)))
    except InvalidTag:
        raise failure() from None


def _open_sealed(slot: KeySlot, recovery_key: str, vault_id: str) -> bytearray:
    kek, mac_key = _recovery_keys_v2(recovery_key, slot._kek_inputs()[1])
    private_raw = _unwrap(kek, slot, vault_id, WrongRecoveryKey)
    try:
        mac = hmac.HMAC(mac_key, hashes.SHA256())
        mac.update(_seal_info(vault_id, slot.slot_id) + b"|" + slot.public_key + slot.sealed_key)
        try:
            mac.verify(slot.seal_mac)
        except InvalidSignature:
            # The recovery key is right, but the data key in the slot was not sealed by this vault.
            raise DamagedVault() from None
        private = X25519PrivateKey.from_private_bytes(bytes(private_raw))
        try:
            return bytearray(_HPKE.decrypt(slot.sealed_key, private, info=_seal_info(vault_id, slot.slot_id)))
        except InvalidTag:
            raise DamagedVault() from None
    finally:
        zero(private_raw)


def zero(buffer: bytearray | None) -> None:
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0
