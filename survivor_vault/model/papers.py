"""My papers: documents a new life runs on (ID, immigration, court, health letters...), kept inside the vault.

A paper's bytes live only inside the encrypted database, in chunks; never as a file on disk. Its kind is one of
the common ones below or the survivor's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

MOST_BYTES = 50 * 1024 * 1024  # one document at most: a clear message above it


class PaperKind(StrEnum):
    ID = "id"
    IMMIGRATION = "immigration"
    COURT = "court"
    HEALTH = "health"
    MONEY = "money"
    HOUSING = "housing"
    SCHOOL = "school"
    OTHER = "other"


@dataclass(frozen=True)
class Paper:
    id: int
    title: str
    kind: str  # a PaperKind's value, or the survivor's own kind in her words
    file_name: str  # as it was called on disk when added: shown as plain text, never used as a path
    media_type: str  # what its first bytes say it is ("image/png", "application/pdf"...), not its name
    size: int
    sha256: str  # of the whole document, checked when it is read back
    issued: date | None = None
    expires: date | None = None
    remind_days: int | None = None  # remind this many days before it runs out; None: no reminder
    notes: str = ""
    added: datetime | None = None
    updated: datetime | None = None

    @property
    def own_kind(self) -> bool:
        return self.kind not in {k.value for k in PaperKind}
