"""Drafts: what the survivor typed and has not saved yet, kept inside the vault until they save or throw it away."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum

# A draft is typed text: a few fields, one of which may hold a pasted document. A body larger than
# this is not kept (nor read back); it never stops the other drafts from being kept.
MAX_BODY_BYTES = 16 * 1024 * 1024


class DraftKind(Enum):
    GOAL = "goal"
    PERSON = "person"
    SERVICE_CHOICE = "service_choice"
    ABOUT_ME = "about_me"
    PERMISSION = "permission"  # what one person may see
    PACKET = "packet"  # a share packet being made (up to the moment it is saved)
    PAPER = "paper"  # a paper's details (never its bytes)
    DATE = "date"  # a dated item: a hearing, an appointment...


NEW = "new"  # the key of a draft for a record not saved yet


@dataclass(frozen=True)
class Draft:
    """One unsaved form: which kind, which record (`key`, or NEW), and its fields as plain JSON values.

    `was_open`: the form was on screen when the vault locked, so it is put back on screen after unlock.
    """

    kind: DraftKind
    key: str
    fields: dict = field(default_factory=dict)
    was_open: bool = False

    def body(self) -> str:
        text = json.dumps(self.fields, ensure_ascii=False, sort_keys=True)
        if len(text.encode("utf-8")) > MAX_BODY_BYTES:
            raise ValueError("draft too large")
        return text

    @staticmethod
    def fields_from(body: str) -> dict | None:
        """The fields of a stored body, or None if it is not a JSON object of our size."""
        if len(body.encode("utf-8")) > MAX_BODY_BYTES:
            return None
        try:
            value = json.loads(body)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


def record_id(value) -> int | None:
    """A record's id as a draft holds it (a number, or its digits), or None if it is not a plausible id.

    Drafts come back from the vault, where a damaged row may hold anything: a 30-digit number
    overflowed SQLite and Qt with a traceback.
    """
    if isinstance(value, str):
        value = value.strip()
        if not (value.isascii() and value.isdigit() and len(value) <= 19):
            return None
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 < value < 2**63 else None
