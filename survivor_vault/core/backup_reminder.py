"""Is a backup due? The survivor chose how often to be reminded (0: never)."""

from __future__ import annotations

from datetime import date, timedelta


def backup_due(vault, weeks: int, today: date | None = None) -> bool:
    """True when reminders are on and the last backup — or, if there is none, the vault's making — is
    `weeks` old."""
    if weeks <= 0:
        return False
    since = vault.last_backup or vault.created
    if since is None:
        return False
    return (today or date.today()) - since.astimezone().date() >= timedelta(weeks=weeks)
