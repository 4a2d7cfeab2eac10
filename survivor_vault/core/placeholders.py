"""Fill %1, %2, … in a translated sentence in one pass (a value containing "%2" stays as written)."""

from __future__ import annotations

import re
from collections.abc import Callable

_PLACEHOLDER = re.compile(r"%(\d)(\.?)")  # and a full stop after it, which a value may end with already
_number_text: list[Callable[[int], str]] = [str]


def write_numbers_with(number_text: Callable[[int], str]) -> None:
    """How a whole number is written in the language on screen (the UI sets it with the language: Arabic writes
    ٣ where English writes 3). A packet, in a language of its own, passes its numbers already written."""
    _number_text[0] = number_text


def fill(template: str, *values: object) -> str:
    """Each %N by the Nth value. A sentence's full stop after a value that ends with one is not written twice: a
    Russian date ends with "г." ("до 7 января 2027 г."), and a purpose may end with a stop of its own."""
    def value(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            return match.group(0)
        given = values[index]
        text = _number_text[0](given) if isinstance(given, int) and not isinstance(given, bool) else str(given)
        return text if text.endswith(".") else text + match.group(2)

    return _PLACEHOLDER.sub(value, template)
