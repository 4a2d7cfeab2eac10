"""Fill %1, %2, … in a translated sentence in one pass (a value containing "%2" stays as written)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    def value(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
