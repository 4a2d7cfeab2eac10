"""A value kept in its own order inside text of another direction: a name, a phone number, a fingerprint, a code.

Unicode's bidirectional algorithm orders digits and Latin words by the letters around them: in an Arabic sentence
"+1 555 0100" was drawn "0100 555 1+", and a fingerprint whose first group is all digits had that group moved to
its end; in an English one, an Arabic name followed by ", 24/7 Helpline" took the number into its own run. Wrapped
in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode 6.3), a value reads in the direction of its own first
letter (left to right when it has none: digits, a phone number), and neither it nor the text around it reorders
the other. Qt's text layout honours isolates; they are drawn as nothing, and a PDF reader copies nothing for them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from survivor_vault.model.plain_text import without_controls

FSI = "\u2068"
PDI = "\u2069"


def isolated(text: str) -> str:
    """`text` with each line in its own order, whatever the direction of the text it is put into.

    Bidirectional controls typed into the value are dropped first (as a packet's reader drops them), so that
    the value cannot close its isolate early or reorder what follows it. Each line is isolated on its own: a
    note may have an English line and an Arabic one."""
    return "\n".join(f"{FSI}{line}{PDI}" if line else line for line in without_controls(text or "").split("\n"))


def without_isolates(text: str) -> str:
    """`text` without the isolates `isolated` put in: the words a reader copies out of the pages."""
    return text.replace(FSI, "").replace(PDI, "")


def _reads_right_to_left(text: str) -> bool:
    """As FSI decides: by the first letter that has a direction (none: left to right)."""
    kinds = (unicodedata.bidirectional(c) for c in text)
    return next((kind != "L" for kind in kinds if kind in ("L", "R", "AL")), False)


def isolated_parts(parts: Iterable[str], separator: str = ", ") -> str:
    """Values joined by `separator` (a name, a role, an organisation), the non-empty ones only.

    Neighbours that read the same way are isolated together, so "Jo Rivera, Harbour Housing" stays one
    left-to-right phrase in an Arabic page, as before; neighbours that differ are isolated apart, so "سارة" and
    "24/7 Helpline" cannot take each other's digits."""
    runs: list[list[str]] = []
    for part in (p for p in parts if p):
        if runs and _reads_right_to_left(runs[-1][0]) == _reads_right_to_left(part):
            runs[-1].append(part)
        else:
            runs.append([part])
    return separator.join(isolated(separator.join(run)) for run in runs)


def isolated_after_labels(text: str, free_text_indent: str) -> str:
    """Plain text of "label: value" lines with each value isolated (a packet read in the app): the labels in the
    packet's language, the values in their own order ("البصمة: 3475 0f98 …", the first group kept first). Lines
    that begin with `free_text_indent` are sentences (the consent, a note) and are left whole: a colon in them is
    not a label's."""
    lines = []
    for line in text.split("\n"):
        label, colon, value = line.partition(": ")
        labelled = colon and value and not line.startswith(free_text_indent)
        lines.append(f"{label}{colon}{isolated(value)}" if labelled else line)
    return "\n".join(lines)
