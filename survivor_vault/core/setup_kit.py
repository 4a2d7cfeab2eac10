"""Setup kits: an agency's contact card and local service directory, prepared before the meeting.

A kit is untrusted input. It is size-limited, checked field by field, and every value is
kept as plain text (the app never renders it as rich text). Importing adds the agency as a
person with no permissions and the services to the directory; nothing becomes a choice.

Formats: our JSON (docs/setup-kit.md), or an Open Referral HSDS export (CSV files in a
folder or a zip), or — to write a kit — a simple CSV (`survivor-vault make-setup-kit`).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import struct
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from survivor_vault.core.plain_text import without_controls
from survivor_vault.model.errors import VaultError
from survivor_vault.model.service_catalogue import default_catalogue
from survivor_vault.model.service_directory import DirectoryEntry

FORMAT = "svault-setup-kit"
VERSION = 1
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
class SetupKit:
    agency: AgencyCard | None
    services: tuple[DirectoryEntry, ...] = field(default=())
    unmatched_kinds: int = 0  # services whose kind did not match our catalogue (listed under "other")


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


def catalogue_keys() -> set[str]:
    return {e.key for e in default_catalogue()}  # default_catalogue() is cached


# Words that point a directory entry at a kind of service in our catalogue (first match wins).
_KIND_WORDS = (
    ("immigration", ("immigration", "visa", "asylum", "refugee", "residence permit")),
    ("interpretation", ("interpret", "translat")),
    ("substance_use", ("substance", "alcohol", "drug", "addiction")),
    ("mental_health", ("counsel", "mental", "therap", "psycholog", "trauma")),
    ("safety_planning", ("safety plan", "domestic violence", "hotline", "helpline")),
    ("legal", ("legal", "lawyer", "law centre", "law center", "attorney", "solicitor")),
    ("housing", ("housing", "shelter", "accommodation", "refuge", "homeless")),
    ("medical", ("medical", "clinic", "doctor", "hospital", "dental", "nurse", "health")),
    ("childcare", ("childcare", "child care", "nursery", "daycare", "day care")),
    ("employment", ("employment", "job", "career", "vocational")),
    ("education", ("education", "school", "class", "literacy", "esol", "esl", "college")),
    ("food_clothing", ("food", "clothing", "clothes", "pantry")),
    ("financial", ("financial", "money", "benefit", "debt", "bank account")),
    ("transportation", ("transport", "travel", "bus pass", "taxi")),
    ("peer_support", ("peer", "mentor", "support group", "survivor-led")),
    ("family", ("family", "reunification", "tracing")),
    ("case_management", ("case manag", "support worker", "caseworker", "navigator")),
)


def guess_kind(*texts: str) -> str | None:
    haystack = " ".join(texts).casefold()
    for key, words in _KIND_WORDS:
        if any(word in haystack for word in words):
            return key
    return None


# --- our JSON ---------------------------------------------------------------------------------------
def parse_kit_json(data: bytes, source: str = "", budget: ReadingBudget | None = None) -> SetupKit:
    budget = budget or ReadingBudget()
    if len(data) > MAX_KIT_BYTES:
        raise KitTooLarge()
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SetupKitError("it is not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SetupKitError("it is not a setup kit")
    if doc.get("version") != VERSION:
        raise SetupKitError("it was made for another version of the app")
    agency = None
    raw_agency = doc.get("agency")
    if raw_agency is not None:
        if not isinstance(raw_agency, dict):
            raise SetupKitError("the agency card is not readable")
        agency = AgencyCard(**{f: clean(raw_agency.get(f), f"agency {f}", required=f == "name")
                               for f in AGENCY_FIELDS})
    services = doc.get("services", [])
    if not isinstance(services, list):
        raise SetupKitError("the service list is not readable")
    if len(services) > MAX_SERVICES:
        raise KitTooLarge()
    entries, unmatched = [], 0
    for number, raw in enumerate(services, 1):
        budget.check()
        if not isinstance(raw, dict):
            raise SetupKitError(f"service {number} is not readable")
        values = {f: clean(raw.get(f), f"service {number} {f}", required=f == "name") for f in SERVICE_FIELDS}
        kind = values.pop("kind") or None
        if kind not in catalogue_keys():
            kind = guess_kind(kind or "", values["name"], values["notes"])
            unmatched += kind is None
        entries.append(DirectoryEntry(0, kind_key=kind, source=source or (agency.organisation if agency else ""),
                                      **values))
    return SetupKit(agency, tuple(entries), unmatched)


def kit_to_json(kit: SetupKit) -> bytes:
    doc: dict = {"format": FORMAT, "version": VERSION}
    if kit.agency:
        doc["agency"] = {f: getattr(kit.agency, f) for f in AGENCY_FIELDS}
    doc["services"] = [{"name": e.name, "kind": e.kind_key or "", "phone": e.phone, "address": e.address,
                        "hours": e.hours, "languages": e.languages, "notes": e.notes} for e in kit.services]
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- a simple CSV, for advocates writing a kit ------------------------------------------------------------
def kit_from_csv(data: bytes, agency: AgencyCard | None) -> SetupKit:
    """Columns (header row, any order): name, kind, phone, address, hours, languages, notes."""
    rows = _csv_rows(data, "the CSV file")
    if rows and "name" not in rows[0]:
        raise SetupKitError("the CSV file needs a 'name' column")
    services = [{f: row.get(f, "") for f in SERVICE_FIELDS} for row in rows]
    doc = {"format": FORMAT, "version": VERSION, "services": services}
    if agency is not None:
        doc["agency"] = {f: getattr(agency, f) for f in AGENCY_FIELDS}
    return parse_kit_json(json.dumps(doc).encode("utf-8"))


def _csv_rows(data: bytes, what: str, budget: ReadingBudget | None = None) -> list[dict[str, str]]:
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


# --- Open Referral HSDS -----------------------------------------------------------------------------------
HSDS_FILES = ("organizations.csv", "services.csv", "phones.csv", "locations.csv", "addresses.csv",
              "physical_addresses.csv", "services_at_location.csv", "service_at_location.csv", "languages.csv",
              "schedules.csv", "agency.json")


def parse_hsds(files: dict[str, bytes], source: str = "", budget: ReadingBudget | None = None) -> SetupKit:
    budget = budget or ReadingBudget()
    if "services.csv" not in files:
        raise SetupKitError("an HSDS export needs services.csv")

    def rows(name: str, data: bytes | None = None) -> list[dict[str, str]]:
        return _csv_rows(files.get(name, b"") if data is None else data, name, budget)

    orgs = {r.get("id", ""): r for r in rows("organizations.csv")}
    services = rows("services.csv")
    if len(services) > MAX_SERVICES:
        raise KitTooLarge()
    # Looked up by id, not searched row by row: 2,000 services x 10,000 phones would take minutes.
    phones: dict[tuple[str, str], str] = {}
    for phone in rows("phones.csv"):
        if phone.get("number"):
            number = phone["number"] + (f" ext. {phone['extension']}" if phone.get("extension") else "")
            for key in ("service_id", "organization_id"):
                if phone.get(key):
                    phones.setdefault((key, phone[key]), number)
    locations = {r.get("id", ""): r for r in rows("locations.csv")}
    location_of_org: dict[str, str] = {}
    for lid, loc in locations.items():
        location_of_org.setdefault(loc.get("organization_id", ""), lid)
    address_rows = rows("addresses", files.get("addresses.csv", files.get("physical_addresses.csv", b"")))
    addresses = {}
    for row in address_rows:
        line = ", ".join(p for p in (row.get("address_1", ""), row.get("address_2", ""), row.get("city", ""),
                                     row.get("postal_code", "")) if p.strip())
        addresses.setdefault(row.get("location_id", ""), line)
    links = rows("services_at_location.csv",
                 files.get("services_at_location.csv", files.get("service_at_location.csv", b"")))
    service_location = {}
    for link in links:
        service_location.setdefault(link.get("service_id", ""), link.get("location_id", ""))
    languages: dict[str, list[str]] = {}
    for row in rows("languages.csv"):
        name = row.get("name") or row.get("language") or ""
        if name:
            languages.setdefault(row.get("service_id", ""), []).append(name)
    hours: dict[str, str] = {}
    for row in rows("schedules.csv"):
        text = row.get("description") or ""
        if text:
            hours.setdefault(row.get("service_id", ""), text)
    agency = None
    if "agency.json" in files:
        card = parse_kit_json(json.dumps({"format": FORMAT, "version": VERSION,
                                          "agency": _json_object(files["agency.json"])}).encode(), budget=budget)
        agency = card.agency

    def phone_for(service: dict) -> str:
        for key, value in (("service_id", service.get("id", "")), ("organization_id",
                                                                    service.get("organization_id", ""))):
            if value and (key, value) in phones:
                return phones[(key, value)]
        return ""

    entries, unmatched = [], 0
    for number, service in enumerate(services, 1):
        budget.check()
        org = orgs.get(service.get("organization_id", ""), {})
        name = service.get("name") or org.get("name") or ""
        location_id = service_location.get(service.get("id", ""), "")
        if not location_id:
            location_id = location_of_org.get(service.get("organization_id", ""), "")
        org_name = org.get("name", "")
        label = f"{name} ({org_name})" if org_name and org_name != name else name
        kind = guess_kind(name, service.get("description", ""), org.get("description", ""))
        unmatched += kind is None
        entries.append(DirectoryEntry(
            0, name=clean(label, f"service {number} name", required=True), kind_key=kind,
            phone=clean(phone_for(service), f"service {number} phone"),
            address=clean(addresses.get(location_id, ""), f"service {number} address"),
            hours=clean(hours.get(service.get("id", ""), ""), f"service {number} hours"),
            languages=clean(", ".join(languages.get(service.get("id", ""), [])), f"service {number} languages"),
            notes=clean(service.get("description", ""), f"service {number} notes"),
            source=clean(source or (agency.organisation if agency else ""), "source")))
    return SetupKit(agency, tuple(entries), unmatched)


def _json_object(data: bytes) -> dict:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SetupKitError("agency.json is not valid JSON") from None
    if not isinstance(value, dict):
        raise SetupKitError("agency.json is not an agency card")
    return value


def read_kit(path: Path, budget: ReadingBudget | None = None) -> SetupKit:
    """A kit from a .json file, an HSDS folder, or a .zip holding either. Any refusal is a SetupKitError."""
    budget = budget or ReadingBudget()
    try:
        if path.is_dir():
            files = {}
            for name in HSDS_FILES:
                candidate = path / name
                if candidate.is_symlink():
                    raise SetupKitError(f"{name} is a link to another file")  # it could point anywhere
                if candidate.is_file():
                    files[name] = _read_file(candidate, MAX_KIT_BYTES)
                    budget.take(len(files[name]))
            return parse_hsds(files, path.name, budget)
        if not path.is_file():
            raise SetupKitError("it is not a file")  # a device or a pipe could be endless
        data = _read_file(path, MAX_FILE_BYTES)
    except OSError:
        raise SetupKitError("the file could not be read") from None
    budget.check()
    if data.startswith(b"PK\x03\x04") or _zip_directory_bounds(data) is not None:
        return _read_zip(data, path.stem, budget)
    return parse_kit_json(data, "", budget)


def _read_file(path: Path, limit: int) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(limit + 1)  # never more, whatever the file claims to be
    if len(data) > limit:
        raise KitTooLarge()
    return data


# The zip's own records (APPNOTE.TXT 4.3.16, 4.3.14, 4.3.15), read the way Python's zipfile reads them.
_END = struct.Struct("<4s4H2LH")
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")


def _zip_directory_bounds(data: bytes) -> list[tuple[int, int]] | None:
    """(entry count, table-of-contents size) from the zip's end records, or None if it has none.

    Both the classic and the zip64 end record are returned when both are there, so a limit holds
    whichever one a reader believes.
    """
    end = len(data) - _END.size
    if end < 0:
        return None
    if not (data[end:end + 4] == b"PK\x05\x06" and data[-2:] == b"\x00\x00"):
        end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65536 - _END.size))
        if end < 0 or len(data) - end < _END.size:
            return None
    _sig, _disk, _cd_disk, _here, entries, size, _offset, _comment = _END.unpack_from(data, end)
    bounds = [(entries, size)]
    locator = end - _END64_LOCATOR.size
    if locator >= 0 and data[locator:locator + 4] == b"PK\x06\x07":
        record = locator - _END64.size
        if record < 0 or data[record:record + 4] != b"PK\x06\x06":
            raise SetupKitError("the zip file is damaged")
        fields = _END64.unpack_from(data, record)
        bounds.append((fields[7], fields[8]))
    return bounds


def _read_zip(data: bytes, source: str, budget: ReadingBudget) -> SetupKit:
    bounds = _zip_directory_bounds(data)
    if bounds is None:
        raise SetupKitError("the zip file is damaged")
    if any(entries > MAX_ZIP_ENTRIES for entries, _size in bounds):
        raise SetupKitError("the zip holds too many files")
    if any(size > MAX_ZIP_DIRECTORY_BYTES for _entries, size in bounds):
        raise SetupKitError("the zip's list of files is too long")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            wanted = _members_to_read(archive.infolist(), data)
            files: dict[str, bytes] = {}
            for name, info in wanted.items():
                files[name] = _expand(archive, info, budget)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, EOFError, ValueError,
            NotImplementedError, zlib.error, struct.error, IndexError, OverflowError):
        raise SetupKitError("the zip file is damaged") from None
    if "services.csv" in files:
        return parse_hsds(files, source, budget)
    kits = [content for name, content in files.items() if name != "agency.json"]
    if len(kits) == 1:
        return parse_kit_json(kits[0], "", budget)
    raise SetupKitError("the zip holds neither a kit nor an HSDS export")


def _members_to_read(infos: list[zipfile.ZipInfo], data: bytes) -> dict[str, zipfile.ZipInfo]:
    """The members worth reading, by name, once every entry has passed the limits. Nothing is expanded here."""
    if len(infos) > MAX_ZIP_ENTRIES:  # the end record may understate it
        raise SetupKitError("the zip holds too many files")
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    wanted: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        full = info.filename.casefold()
        if full in seen:
            raise SetupKitError("the zip holds two files with the same name")
        seen.add(full)
        spans.append(_span(info, data))
        name = info.filename.rsplit("/", 1)[-1].lower()
        if info.is_dir() or not (name in HSDS_FILES or name.endswith(".json")):
            continue  # never read: a read-me, a picture, anything else
        if name in wanted:
            raise SetupKitError("the zip holds two files with the same name")
        if info.flag_bits & 0x1:
            raise SetupKitError("the zip is locked with a password")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SetupKitError("the zip uses a kind of compression the app does not read")
        if info.file_size > MAX_KIT_BYTES:
            raise KitTooLarge()  # checked before reading, so a zip bomb is never expanded
        if info.file_size > 1024 and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise KitTooLarge()
        declared += info.file_size
        if declared > MAX_EXPANDED_BYTES:
            raise KitTooLarge()
        wanted[name] = info
    spans.sort()
    for (_start, end), (next_start, _next_end) in itertools.pairwise(spans):
        if next_start < end:
            raise SetupKitError("files in the zip overlap")  # one member listed many times over
    return wanted


def _span(info: zipfile.ZipInfo, data: bytes) -> tuple[int, int]:
    """Where an entry's local header and data lie in the file."""
    start = info.header_offset
    if start < 0 or start + _LOCAL_HEADER.size > len(data):
        raise SetupKitError("the zip file is damaged")
    header = _LOCAL_HEADER.unpack_from(data, start)
    if header[0] != b"PK\x03\x04":
        raise SetupKitError("the zip file is damaged")
    name_length, extra_length = header[-2:]
    end = start + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size
    if end > len(data):
        raise SetupKitError("the zip file is damaged")
    return start, end


def _expand(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: ReadingBudget) -> bytes:
    chunks, size = [], 0
    with archive.open(info) as handle:
        while chunk := handle.read(64 * 1024):
            size += len(chunk)
            if size > min(info.file_size, MAX_KIT_BYTES):
                raise KitTooLarge()  # more than it said it holds
            budget.take(len(chunk))
            chunks.append(chunk)
    return b"".join(chunks)


# --- import -----------------------------------------------------------------------------------------
def import_kit(vault, kit: SetupKit) -> ImportSummary:
    """Add the agency (no permissions) and the directory. Nothing is chosen for the survivor."""
    person_added = False
    if kit.agency is not None:
        known = any(p.name == kit.agency.name and p.organisation == kit.agency.organisation
                    for p in vault.people.list())
        if not known:
            vault.people.add(kit.agency.name, organisation=kit.agency.organisation, role=kit.agency.role,
                             contact=kit.agency.contact, notes=kit.agency.notes)
            person_added = True
    added = vault.directory.add_many(kit.services)
    return ImportSummary(person_added, added)
