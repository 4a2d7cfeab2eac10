"""Wrong passphrase tries, sealed so that only the survivor can read them.

When an unlock fails, the time is sealed with HPKE (RFC 9180, from `cryptography`: X25519,
HKDF-SHA256, AES-256-GCM) to the vault's "tries" public key, which the key file holds, and
added as one line to `vault.tries`. No key is needed to write. The private key lives inside the
encrypted database, so the times are read only after an unlock, shown once, and the file is
removed. Whoever has the laptop can delete the file, or add lines (as typing a wrong passphrase
would); nobody can read it without opening the vault. No passphrase text is ever kept.
"""

from __future__ import annotations

import base64
import os
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

FILE_NAME = "vault.tries"
MAX_LINES = 1_000  # beyond that, tries are no longer written (the file stays small whatever happens)
MAX_LINE = 512
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
_RAW = serialization.Encoding.Raw


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public), raw 32 bytes each."""
    private = X25519PrivateKey.generate()
    return (private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
            private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw))


def public_key_of(private_raw: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes(
        _RAW, serialization.PublicFormat.Raw)


def _info(vault_id: str) -> bytes:
    return b"svault wrong tries|" + vault_id.encode("ascii", "replace")


def record(folder: Path, public_raw: bytes, vault_id: str, when: datetime | None = None) -> None:
    """Seal the time of one wrong try into the folder's tries file. Best effort: never in the survivor's way."""
    path = folder / FILE_NAME
    try:
        if path.exists() and path.stat().st_size > MAX_LINES * MAX_LINE:
            return
        moment = (when or datetime.now(UTC)).astimezone(UTC).replace(second=0, microsecond=0)
        sealed = _SUITE.encrypt(moment.isoformat().encode("ascii"), X25519PublicKey.from_public_bytes(public_raw),
                                info=_info(vault_id))
        line = base64.b64encode(sealed) + b"\n"
        # Never through a link: a link planted here must not make wrong tries write into another file.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
    except (OSError, ValueError):
        pass


def read_and_clear(folder: Path, private_raw: bytes, vault_id: str) -> list[datetime]:
    """The times of the wrong tries since the last unlock (lines that do not open are skipped); then the file goes."""
    path = folder / FILE_NAME
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_LINES * MAX_LINE + 1)
    except OSError:
        return []
    private = X25519PrivateKey.from_private_bytes(private_raw)
    times = []
    for line in data.splitlines()[:MAX_LINES]:
        try:
            plain = _SUITE.decrypt(base64.b64decode(line.strip(), validate=True), private, info=_info(vault_id))
            times.append(datetime.fromisoformat(plain.decode("ascii")))
        except Exception:  # noqa: BLE001, S112 - a damaged or foreign line is not a try we can show
            continue
    try:
        path.unlink()
    except OSError:
        pass
    return sorted(times)
