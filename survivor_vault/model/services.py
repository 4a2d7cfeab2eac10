"""Service kinds (a catalogue plus the survivor's own) and the survivor's choices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Choice(StrEnum):
    """The survivor's own choice about a service, in their voice in the UI."""

    INTERESTED = "interested"  # "I want this"
    USING = "using"  # "I'm using this"
    NOT_RIGHT_NOW = "not_right_now"  # "Not right now"
    DECLINED = "declined"  # "No thanks" — never asks why
    FINISHED = "finished"  # "Done"


@dataclass(frozen=True)
class ServiceKind:
    id: int
    name: str
    group: str = ""
    description: str = ""
    key: str | None = None  # catalogue key; None for the survivor's own kinds
    custom: bool = False
    position: int = 0


@dataclass(frozen=True)
class ServiceChoice:
    id: int
    kind_id: int
    choice: Choice = Choice.INTERESTED
    provider: str = ""
    contact: str = ""
    notes: str = ""
    feedback_working: str = ""  # "What is working for me"
    feedback_not_working: str = ""  # "What is not working for me"
    created: datetime | None = None
    updated: datetime | None = None
