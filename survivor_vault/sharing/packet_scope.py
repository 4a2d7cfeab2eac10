"""What goes into one packet: chosen by the survivor for this packet, nothing by default.

A saved permission only pre-fills the choice. Whatever it says, an item goes in only if its
section was chosen *and* the item itself was ticked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from survivor_vault.model.permissions import ItemRef, Section, SharePermission


@dataclass(frozen=True)
class PacketScope:
    recipient_name: str
    purpose: str
    end_date: date
    sections: frozenset[Section] = field(default_factory=frozenset)
    items: frozenset[ItemRef] = field(default_factory=frozenset)
    include_notes: bool = False
    include_feedback: bool = False
    recipient_organisation: str = ""
    recipient_role: str = ""
    person_id: int | None = None
    note_in_my_words: str = ""
    language: str = "en"
    protected: bool = True
    signed: bool = True

    def chosen(self) -> frozenset[ItemRef]:
        """The items that go in: ticked, and in a chosen section."""
        return frozenset(i for i in self.items if i.section in self.sections)


def starting_choice(permission: SharePermission | None) -> tuple[frozenset[Section], frozenset[ItemRef], bool, bool]:
    """Sections, items, notes and feedback to pre-tick from a saved permission (nothing without one)."""
    if permission is None or not permission.active:
        return frozenset(), frozenset(), False, False
    return permission.sections, permission.items, permission.include_notes, permission.include_feedback
