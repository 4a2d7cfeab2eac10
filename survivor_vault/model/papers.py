"""My papers: documents a new life runs on (ID, immigration, court, health letters...), kept inside the vault.

A paper's bytes live only inside the encrypted database, in chunks; never as a file on disk. Its kind is one of
the common ones below or the survivor's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from survivor_vault.model.plain_text import without_controls

MOST_BYTES = 50 * 1000 * 1000  # one document at most, "50 MB" as the message says it (within a packet's 50 MiB)
# A name a camera, phone or scanner made: it says when and with what, not what the paper is.
_MADE_BY_A_MACHINE = re.compile(
    r"\d{6,}"  # a date or time written as one number
    r"|\d{1,2}[.:]\d{2}[.:]\d{2}"  # a time of day with seconds
    r"|^(img|pxl|dsc|dscn|dcim|vid|mvimg|screenshot|whatsapp( image| video)?|signal|telegram|scan|photo|image|"
    r"document|file|pic)[\s_.-]*\d", re.IGNORECASE)


def title_from_file_name(stem: str) -> str:
    """A paper's first title from its file's name: its words (underscores as spaces, no control or direction
    characters), or "" when the name is a camera's or phone's code (IMG_20240312_143012, PXL_…, Screenshot_…):
    such a name says when a photo was taken and with what, which a packet must not carry (found by an attack)."""
    words = re.sub(r"[\s_]+", " ", without_controls(stem)).strip(" .-")
    return "" if not words or _MADE_BY_A_MACHINE.search(words) else words[:200]


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
