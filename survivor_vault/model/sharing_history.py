"""Sharing history: one consent record per packet made (after ISO/IEC TS 27560)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from survivor_vault.model.permissions import Section


@dataclass(frozen=True)
class SharedItem:
    section: Section
    key: str
    sha256: str  # hash of the item's content as it went into the packet


@dataclass(frozen=True)
class SharingRecord:
    id: int
    made_at: datetime
    recipient_name: str
    purpose: str
    packet_id: str
    packet_sha256: str
    person_id: int | None = None
    recipient_organisation: str = ""
    end_date: date | None = None
    items: tuple[SharedItem, ...] = field(default=())
    protected: bool = True
    signed: bool = True
    withdrawn_at: datetime | None = None
    withdrawal_note: str = ""
    language: str | None = None  # the packet's language ("fr", "zh_CN"); None if made before it was recorded
    item_count: int = -1  # set by list summaries, whose `items` are left empty

    def __post_init__(self):
        if self.item_count < 0:
            object.__setattr__(self, "item_count", len(self.items))

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None
