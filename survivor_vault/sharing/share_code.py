"""Share codes: the password of a protected packet, made to be read aloud and typed.

Five short made-up words, each two syllables and a digit, e.g. "bako7-dume2-fira9-goli4-kasu3":
5 × (60 × 60 × 8 choices) = 74.1 bits. The 12 consonants leave out pairs that sound alike in
English or Spanish (b/v, s/z/c, j/h/g-soft); the digits leave out 0 and 1 (o, l).
PDF readers compare passwords exactly, so a packet is locked with two spellings of the code: the
written form (lower case, hyphens) as its user password, and the spoken form (lower case, spaces)
as its owner password; either opens it in any reader. Both are 29 characters long: poppler's tools
read at most 32.
"""

from __future__ import annotations

import math
import re
import secrets

CONSONANTS = "bdfgklmnprst"
VOWELS = "aeiou"
DIGITS = "23456789"
SYLLABLES = tuple(c + v for c in CONSONANTS for v in VOWELS)
WORDS = 5
ENTROPY_BITS = WORDS * (2 * math.log2(len(SYLLABLES)) + math.log2(len(DIGITS)))
_WORD = rf"[{CONSONANTS}][{VOWELS}][{CONSONANTS}][{VOWELS}][{DIGITS}]"
_SHAPE = re.compile(rf"^({_WORD}){{{WORDS}}}$")
LENGTH = WORDS * 5 + WORDS - 1


class InvalidShareCode(ValueError):
    pass


def _word() -> str:
    return secrets.choice(SYLLABLES) + secrets.choice(SYLLABLES) + secrets.choice(DIGITS)


def generate() -> str:
    return "-".join(_word() for _ in range(WORDS))


def normalise(text: str) -> str:
    """The exact written form of a typed code (any case, spaces or hyphens); InvalidShareCode if it cannot be one."""
    compact = "".join(ch for ch in text.lower() if ch.isalnum())
    if not _SHAPE.match(compact):
        raise InvalidShareCode()
    return "-".join(compact[i:i + 5] for i in range(0, len(compact), 5))


def spoken(code: str) -> str:
    """The code as heard: its words with spaces between them. A protected packet opens with this form too."""
    return " ".join(groups(code))


def groups(code: str) -> list[str]:
    """The words of a code, to show large and read aloud one at a time."""
    return code.split("-")
