"""Key slots: the random data key, wrapped (AES-256-GCM) under a passphrase or a recovery key.

LUKS / password-manager style: the database is encrypted with one random 256-bit data
key that never changes; each slot holds that key wrapped under a key-encryption key
(KEK) derived from something the survivor has. Changing the passphrase re-wraps the
data key and does not touch the database.

The associated data of each wrap binds the slot's kind, id and KDF parameters and the
vault id, so a slot cannot be moved to another vault or have its parameters weakened
without the unwrap failing.
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

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from survivor_vault.core.errors import (
    DamagedVault,
    PassphraseRejected,
    WrongPassphrase,
    WrongRecoveryKey,
)
from survivor_vault.storage import recovery_key as recovery_keys

DATA_KEY_BYTES = 32
PASSPHRASE = "passphrase"
RECOVERY = "recovery"

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
    wrapped_key: bytes

    def associated_data(self, vault_id: str) -> bytes:
        bound = {"vault_id": vault_id, "kind": self.kind, "slot_id": self.slot_id, "kdf": self.kdf}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "slot_id": self.slot_id,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        if not isinstance(data, dict):
            raise DamagedVault()
        kind = data.get("kind")
        kdf = data.get("kdf")
        slot_id = data.get("slot_id")
        if kind not in (PASSPHRASE, RECOVERY) or not isinstance(kdf, dict) or not isinstance(slot_id, str):
            raise DamagedVault()
        slot = cls(kind, slot_id, kdf, _unb64(data.get("nonce"), 12),
                   _unb64(data.get("wrapped_key"), DATA_KEY_BYTES + 16))
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

    @property
    def argon2_settings(self) -> Argon2Settings | None:
        return self._kek_inputs()[2]


def _kek_for(slot_kind: str, secret: bytes, salt: bytes, settings: Argon2Settings | None) -> bytes:
    if slot_kind == PASSPHRASE:
        if settings is None:
            raise DamagedVault()
        return _argon2(secret, salt, settings)
    # A recovery key carries >128 bits of entropy, so a fast KDF is enough.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"svault recovery slot v1").derive(secret)


def _wrap(kind: str, kdf: dict, kek: bytes, data_key: bytearray, vault_id: str) -> KeySlot:
    template = KeySlot(kind, secrets.token_hex(8), kdf, b"", b"")
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), template.associated_data(vault_id))
    return KeySlot(kind, template.slot_id, kdf, nonce, wrapped)


def make_passphrase_slot(data_key: bytearray, passphrase: str, vault_id: str,
                         settings: Argon2Settings | None = None) -> KeySlot:
    if not passphrase or not passphrase.strip():
        raise PassphraseRejected()
    settings = settings or settings_for_new_slot()
    salt = secrets.token_bytes(16)
    kdf = {"name": "argon2id", "memory_kib": settings.memory_kib,
           "iterations": settings.iterations, "lanes": settings.lanes, "salt": _b64(salt)}
    kek = _kek_for(PASSPHRASE, normalise_passphrase(passphrase), salt, settings)
    return _wrap(PASSPHRASE, kdf, kek, data_key, vault_id)


def make_recovery_slot(data_key: bytearray, recovery_key: str, vault_id: str) -> KeySlot:
    salt = secrets.token_bytes(16)
    kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
    secret = recovery_keys.normalise(recovery_key).encode("ascii")
    kek = _kek_for(RECOVERY, secret, salt, None)
    return _wrap(RECOVERY, kdf, kek, data_key, vault_id)


def open_slot(slot: KeySlot, secret: str, vault_id: str) -> bytearray:
    """Unwrap the data key; WrongPassphrase / WrongRecoveryKey if the secret does not fit."""
    _name, salt, settings = slot._kek_inputs()
    if slot.kind == PASSPHRASE:
        secret_bytes = normalise_passphrase(secret)
        failure = WrongPassphrase
    else:
        secret_bytes = recovery_keys.normalise(secret).encode("ascii")
        failure = WrongRecoveryKey
    kek = _kek_for(slot.kind, secret_bytes, salt, settings)
    try:
        # AESGCM returns immutable bytes; we copy them into a buffer we can zero and drop
        # the bytes object at once. Python cannot promise that no copy stays in memory.
        return bytearray(AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, slot.associated_data(vault_id)))
    except InvalidTag:
        raise failure() from None


def zero(buffer: bytearray | None) -> None:
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0
