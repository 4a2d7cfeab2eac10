"""Recovery keys: random, shown once, in groups of characters nobody confuses.

The alphabet leaves out 0/O, 1/I/L and U (read as V), so a key can be read
aloud, written by hand and typed back. 7 groups of 4 from 30 symbols is 137 bits.
"""

from __future__ import annotations

import math
import secrets

from survivor_vault.model.errors import InvalidRecoveryKeyFormat

ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
GROUPS = 7
GROUP_LENGTH = 4
LENGTH = GROUPS * GROUP_LENGTH
ENTROPY_BITS = LENGTH * math.log2(len(ALPHABET))

# What people commonly type instead of a symbol we use.
_LOOK_ALIKES = str.maketrans({"U": "V"})


def generate() -> str:
    """A new recovery key, formatted in groups: ABCD-EFGH-…"""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_key(raw)


def format_key(raw: str) -> str:
    return "-".join(raw[i:i + GROUP_LENGTH] for i in range(0, len(raw), GROUP_LENGTH))


def normalise(text: str) -> str:
    """Canonical form of a typed recovery key: upper case, no spaces or dashes.

    Raises InvalidRecoveryKeyFormat if it cannot be a recovery key.
    """
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    cleaned = cleaned.translate(_LOOK_ALIKES)
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        raise InvalidRecoveryKeyFormat()
    return cleaned
