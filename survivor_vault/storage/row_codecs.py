"""Dates and times to and from the text stored in the database (ISO 8601, UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    return datetime.now(UTC)


def dt_out(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def dt_in(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def date_out(value: date | None) -> str | None:
    return value.isoformat() if value else None


def date_in(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


_CONTROL = {c: None for c in range(32) if chr(c) not in "\n\t"} | {0x7F: None}


def text(value: str | None) -> str:
    """Free text as stored: never None, no surrounding whitespace, no control characters but line breaks and tabs."""
    return (value or "").translate(_CONTROL).strip()
