"""The survivor's own activity log: what happened, never the content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ActivityKind(StrEnum):
    VAULT_CREATED = "vault_created"
    UNLOCKED = "unlocked"
    UNLOCKED_WITH_RECOVERY_KEY = "unlocked_with_recovery_key"
    PASSPHRASE_CHANGED = "passphrase_changed"
    RECOVERY_KEY_ADDED = "recovery_key_added"
    RECOVERY_KEY_REMOVED = "recovery_key_removed"
    BACKUP_MADE = "backup_made"
    RESTORED = "restored"
    GOAL_ADDED = "goal_added"
    GOAL_CHANGED = "goal_changed"
    GOAL_DELETED = "goal_deleted"
    SERVICE_CHOICE_ADDED = "service_choice_added"
    SERVICE_CHOICE_CHANGED = "service_choice_changed"
    SERVICE_CHOICE_DELETED = "service_choice_deleted"
    SERVICE_KIND_ADDED = "service_kind_added"
    ABOUT_ME_CHANGED = "about_me_changed"
    PERSON_ADDED = "person_added"
    PERSON_CHANGED = "person_changed"
    PERSON_DELETED = "person_deleted"
    PERMISSION_SAVED = "permission_saved"
    PERMISSION_REVOKED = "permission_revoked"
    PACKET_MADE = "packet_made"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    PAPER_ADDED = "paper_added"
    PAPER_CHANGED = "paper_changed"
    PAPER_DELETED = "paper_deleted"
    DATE_ADDED = "date_added"
    DATE_CHANGED = "date_changed"
    DATE_DELETED = "date_deleted"


@dataclass(frozen=True)
class ActivityEntry:
    id: int
    at: datetime
    kind: ActivityKind
    item_id: int | None = None
