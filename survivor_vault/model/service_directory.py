"""Local service directory: providers an agency listed in its setup kit, for the survivor to pick from.

Nothing in the directory is a choice: it is a list to look at, not a plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class DirectoryEntry:
    id: int
    name: str
    kind_key: str | None = None  # a catalogue key, or None if the kit's kind did not map
    phone: str = ""
    address: str = ""
    hours: str = ""
    languages: str = ""
    notes: str = ""
    source: str = ""  # which agency's kit it came from
    added: datetime | None = None

    @property
    def contact(self) -> str:
        return "; ".join(p for p in (self.phone, self.address, self.hours) if p)
