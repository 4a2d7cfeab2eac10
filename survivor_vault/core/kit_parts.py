"""What every way of reading a setup kit shares: its limits, errors, parts, and plain-text fields.

The formats themselves are read in `setup_kit` (our JSON, a simple CSV, files and zips) and
`hsds_export` (Open Referral HSDS); which kind a service is, in `kind_guess`.
"""

from __future__ import annotations

import csv
import io
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from survivor_vault.core.kind_guess import KindGuess
from survivor_vault.core.plain_text import without_controls
from survivor_vault.model.errors import VaultError
from survivor_vault.model.service_directory import DirectoryEntry

MAX_KIT_BYTES = 2 * 1024 * 1024
MAX_SERVICES = 2000
MAX_FIELD = 2000
# Zips and folders (docs/setup-kit.md, "Safety of kits"). An HSDS export has about a dozen files, so
# 64 entries leave room for folders and a read-me while a table of contents of 100,000 entries is
# refused from its last 22 bytes, before anything else of the zip is parsed.
MAX_FILE_BYTES = 4 * MAX_KIT_BYTES  # the kit file as given
MAX_EXPANDED_BYTES = 4 * MAX_KIT_BYTES  # everything read out of one zip or folder, together
MAX_ZIP_ENTRIES = 64
MAX_ZIP_DIRECTORY_BYTES = 64 * 1024  # the zip's table of contents: 64 entries with long names fit in 1/4 of it
MAX_COMPRESSION_RATIO = 100  # CSV and JSON shrink 3-15x; deflate's ceiling (~1,030x) only comes from padding
MAX_COLUMNS = 200  # an HSDS table has about 20
MAX_COLUMN_NAME = 200  # characters; HSDS names are short ("organization_id")
MAX_CELLS = 200_000  # non-empty cells in one CSV file: 2,000 services x 20 columns is 40,000
MAX_SECONDS = 5.0  # a 2,000-service export takes well under a second
SERVICE_FIELDS = ("name", "kind", "phone", "address", "hours", "languages", "notes")
AGENCY_FIELDS = ("name", "organisation", "role", "contact", "notes")



class SetupKitError(VaultError):
    message = "This setup kit could not be read. Nothing was added."

    def __init__(self, reason: str = ""):
        super().__init__(self.message + (f" ({reason})" if reason else ""))
        self.reason = reason


class KitTooLarge(SetupKitError):
    message = "This setup kit is too large. Nothing was added."


class KitReadingStopped(SetupKitError):
    message = "Reading this setup kit was stopped. Nothing was added."


class ReadingBudget:
    """The time and the expanded bytes one reading of a kit may use; `stop()` may come from another thread.

    Checked in every loop over a kit's content, so neither a hostile file nor a slow disk can keep
    a worker busy long after the survivor has moved on (or quick-exited).
    """

    def __init__(self, seconds: float = MAX_SECONDS, expanded_bytes: int = MAX_EXPANDED_BYTES,
                 clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._deadline = clock() + seconds
        self._bytes_left = expanded_bytes
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def check(self) -> None:
        if self._stopped.is_set():
            raise KitReadingStopped()
        if self._clock() > self._deadline:
            raise SetupKitError("it takes too long to read")

    def take(self, size: int) -> None:
        """Count `size` more expanded bytes against the whole kit's allowance."""
        self._bytes_left -= size
        if self._bytes_left < 0:
            raise KitTooLarge()
        self.check()


@dataclass(frozen=True)
class AgencyCard:
    name: str
    organisation: str = ""
    role: str = ""
    contact: str = ""
    notes: str = ""


@dataclass(frozen=True)
class KindReview:
    """One service's kind as the kit decided it, for the agency's review table (never stored in a vault)."""

    ref: str  # the service's id in an HSDS export, or its row number
    name: str  # as the kit shows it: "Name (Organisation)" for an HSDS service
    guess: KindGuess
    own_name: str = ""  # an HSDS service's own name, which a kinds file may use too


@dataclass(frozen=True)
class SetupKit:
    agency: AgencyCard | None
    services: tuple[DirectoryEntry, ...] = field(default=())
    reviews: tuple[KindReview, ...] = field(default=())  # one for each service, in the same order
    left_out: int = 0  # services an HSDS export marks inactive, defunct or closed: not in the kit

    @property
    def unmatched_kinds(self) -> int:
        """Services with no kind: listed under "other local services"."""
        return sum(1 for entry in self.services if entry.kind_key is None)


@dataclass(frozen=True)
class ImportSummary:
    person_added: bool
    services_added: int


def clean(value: Any, what: str, *, required: bool = False) -> str:
    """One plain-text field: a string, no control characters, not too long."""
    if value is None:
        value = ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise SetupKitError(f"{what} is not text")
    value = without_controls(value).strip()  # C0, C1 and bidi controls, as in packets
    if len(value) > MAX_FIELD:
        raise SetupKitError(f"{what} is too long")
    if required and not value:
        raise SetupKitError(f"{what} is missing")
    return value


def agency_card(raw: Any) -> AgencyCard | None:
    """The agency's contact card from a kit's "agency" object (or agency.json), checked field by field."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise SetupKitError("the agency card is not readable")
    return AgencyCard(**{f: clean(raw.get(f), f"agency {f}", required=f == "name") for f in AGENCY_FIELDS})


def csv_rows(data: bytes, what: str, budget: ReadingBudget | None = None) -> list[dict[str, str]]:
    budget = budget or ReadingBudget()
    if len(data) > MAX_KIT_BYTES:
        raise KitTooLarge()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SetupKitError(f"{what} is not UTF-8 text") from None
    try:
        reader = csv.reader(io.StringIO(text))
        header = next(reader, [])
        if len(header) > MAX_COLUMNS or any(len(name) > MAX_COLUMN_NAME for name in header):
            raise SetupKitError(f"{what} has too many columns, or a column name that is too long")
        names = [name.strip().lower() for name in header]  # once, not once a row
        rows, cells = [], 0
        for row in reader:
            budget.check()
            if len(row) > MAX_COLUMNS:
                raise SetupKitError(f"{what} has too many columns")
            # Only the cells that hold something: a file of short or empty rows costs nothing.
            kept = {name: value for name, value in zip(names, row, strict=False) if value}
            cells += len(kept)
            rows.append(kept)
            if len(rows) > MAX_SERVICES * 5 or cells > MAX_CELLS:
                raise KitTooLarge()
    except csv.Error:
        raise SetupKitError(f"{what} is not a readable CSV file") from None
    return rows
