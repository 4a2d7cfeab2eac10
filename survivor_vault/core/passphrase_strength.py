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


def estimate(passphrase: str) -> Strength:
    """Rough guessing-resistance: length, variety, and how many words it has."""
    text = passphrase.strip()
    if not text:
        return Strength.EMPTY
    if text.casefold() in _COMMON or len(set(text)) <= 2:
        return Strength.WEAK
    words = [w for w in re.split(r"[\s\-_.,;]+", text) if w]
    pool = 0
    pool += 26 if re.search(r"[a-z]", text) else 0
    pool += 26 if re.search(r"[A-Z]", text) else 0
    pool += 10 if re.search(r"[0-9]", text) else 0
    pool += 33 if re.search(r"[^A-Za-z0-9\s]", text) else 0
    pool += 100 if re.search(r"[^\x00-\x7f]", text) else 0
    bits = len(text) * math.log2(max(pool, 10))
    if len(words) >= 4 and len(text) >= 16:
        return Strength.GOOD
    if bits >= 70 and len(text) >= 14:
        return Strength.GOOD
    if len(text) >= 10 and (len(words) >= 3 or bits >= 50):
        return Strength.FAIR
    return Strength.WEAK
