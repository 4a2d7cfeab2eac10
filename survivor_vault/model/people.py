"""People and agencies the survivor may share with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    organisation: str = ""
    role: str = ""
    contact: str = ""
    notes: str = ""
    created: datetime | None = None
    updated: datetime | None = None
