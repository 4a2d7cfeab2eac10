"""A plain, honest hint about how hard a passphrase is to guess. Advice, never a gate."""

from __future__ import annotations

import math
import re
from enum import IntEnum


class Strength(IntEnum):
    EMPTY = 0
    WEAK = 1  # short or very simple: easy to guess
    FAIR = 2  # could be longer
    GOOD = 3  # several words or long: hard to guess


_COMMON = {"password", "passw0rd", "123456", "12345678", "123456789", "qwerty", "letmein", "iloveyou",
           "admin", "welcome", "abc123", "111111", "secret", "contraseña", "contrasena"}


_POOLS = ((r"[a-z]", 26), (r"[A-Z]", 26), (r"[0-9]", 10), (r"[^A-Za-z0-9\s]", 33), (r"[^\x00-\x7f]", 100))


def _bits(text: str) -> float:
    """Length times the size of the alphabet it draws from: a ceiling on guessing work, not a measure."""
    pool = sum(size for pattern, size in _POOLS if re.search(pattern, text))
    return len(text) * math.log2(max(pool, 10))


def estimate(passphrase: str) -> Strength:
    """Rough guessing-resistance: length, variety, and how many words it has."""
    text = passphrase.strip()
    if not text:
        return Strength.EMPTY
    if text.casefold() in _COMMON or len(set(text)) <= 2:
        return Strength.WEAK
    words = [w for w in re.split(r"[\s\-_.,;]+", text) if w]
    bits = _bits(text)
    if (len(words) >= 4 and len(text) >= 16) or (bits >= 70 and len(text) >= 14):
        return Strength.GOOD
    if len(text) >= 10 and (len(words) >= 3 or bits >= 50):
        return Strength.FAIR
    return Strength.WEAK
