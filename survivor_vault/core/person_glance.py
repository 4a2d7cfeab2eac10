"""What the survivor has shared with one person or agency, for the card beside the people list: what they
may see (the pre-ticked boxes, which send nothing) and which packets they hold now. It only reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from survivor_vault.model.permissions import Section
from survivor_vault.model.sharing_history import SharingRecord


@dataclass(frozen=True)
class PersonGlance:
    may_see: dict[Section, int]  # items ticked in "what they may see", by section (empty: nothing)
    may_see_until: date | None
    holds: tuple[SharingRecord, ...]  # packets made for them, not withdrawn, not past their end date
    packets_made: int


def person_glance(vault, person_id: int, today: date | None = None) -> PersonGlance:
    today = today or date.today()
    permission = vault.permissions.active_for(person_id)
    may_see: dict[Section, int] = {}
    if permission is not None:
        for item in permission.items:
            may_see[item.section] = may_see.get(item.section, 0) + 1
    holds = tuple(vault.history.still_open(today, person_id=person_id))
    return PersonGlance(may_see, permission.end_date if permission and may_see else None, holds,
                        vault.history.count_for(person_id))
