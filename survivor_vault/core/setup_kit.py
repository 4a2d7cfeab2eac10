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
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from survivor_vault.core.errors import VaultError
from survivor_vault.core.service_catalogue import default_catalogue
from survivor_vault.core.service_directory import DirectoryEntry

FORMAT = "svault-setup-kit"
VERSION = 1
MAX_KIT_BYTES = 2 * 1024 * 1024
MAX_SERVICES = 2000
MAX_FIELD = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SERVICE_FIELDS = ("name", "kind", "phone", "address", "hours", "languages", "notes")
AGENCY_FIELDS = ("name", "organisation", "role", "contact", "notes")


class SetupKitError(VaultError):
    message = "This setup kit could not be read. Nothing was added."

    def __init__(self, reason: str = ""):
        super().__init__(self.message + (f" ({reason})" if reason else ""))
        self.reason = reason


class KitTooLarge(SetupKitError):
    message = "This setup kit is too large. Nothing was added."


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
    value = _CONTROL.sub("", value).strip()
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
def parse_kit_json(data: bytes, source: str = "") -> SetupKit:
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


def _csv_rows(data: bytes, what: str) -> list[dict[str, str]]:
    if len(data) > MAX_KIT_BYTES:
        raise KitTooLarge()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SetupKitError(f"{what} is not UTF-8 text") from None
    try:
        reader = csv.DictReader(io.StringIO(text))
        rows = []
        for row in reader:
            rows.append({(k or "").strip().lower(): (v if isinstance(v, str) else "") for k, v in row.items()})
            if len(rows) > MAX_SERVICES * 5:
                raise KitTooLarge()
    except csv.Error:
        raise SetupKitError(f"{what} is not a readable CSV file") from None
    return rows


# --- Open Referral HSDS -----------------------------------------------------------------------------------
HSDS_FILES = ("organizations.csv", "services.csv", "phones.csv", "locations.csv", "addresses.csv",
              "physical_addresses.csv", "services_at_location.csv", "service_at_location.csv", "languages.csv",
              "schedules.csv", "agency.json")


def parse_hsds(files: dict[str, bytes], source: str = "") -> SetupKit:
    if "services.csv" not in files:
        raise SetupKitError("an HSDS export needs services.csv")
    orgs = {r.get("id", ""): r for r in _csv_rows(files.get("organizations.csv", b""), "organizations.csv")}
    services = _csv_rows(files["services.csv"], "services.csv")
    if len(services) > MAX_SERVICES:
        raise KitTooLarge()
    phones = _csv_rows(files.get("phones.csv", b""), "phones.csv")
    locations = {r.get("id", ""): r for r in _csv_rows(files.get("locations.csv", b""), "locations.csv")}
    address_rows = _csv_rows(files.get("addresses.csv", files.get("physical_addresses.csv", b"")), "addresses")
    addresses = {}
    for row in address_rows:
        line = ", ".join(p for p in (row.get("address_1", ""), row.get("address_2", ""), row.get("city", ""),
                                     row.get("postal_code", "")) if p.strip())
        addresses.setdefault(row.get("location_id", ""), line)
    links = _csv_rows(files.get("services_at_location.csv", files.get("service_at_location.csv", b"")),
                      "services_at_location.csv")
    service_location = {}
    for link in links:
        service_location.setdefault(link.get("service_id", ""), link.get("location_id", ""))
    languages: dict[str, list[str]] = {}
    for row in _csv_rows(files.get("languages.csv", b""), "languages.csv"):
        name = row.get("name") or row.get("language") or ""
        if name:
            languages.setdefault(row.get("service_id", ""), []).append(name)
    hours: dict[str, str] = {}
    for row in _csv_rows(files.get("schedules.csv", b""), "schedules.csv"):
        text = row.get("description") or ""
        if text:
            hours.setdefault(row.get("service_id", ""), text)
    agency = None
    if "agency.json" in files:
        card = parse_kit_json(json.dumps({"format": FORMAT, "version": VERSION,
                                          "agency": _json_object(files["agency.json"])}).encode())
        agency = card.agency

    def phone_for(service: dict) -> str:
        sid, oid = service.get("id", ""), service.get("organization_id", "")
        for key, value in (("service_id", sid), ("organization_id", oid)):
            for phone in phones:
                if value and phone.get(key) == value and phone.get("number"):
                    return phone["number"] + (f" ext. {phone['extension']}" if phone.get("extension") else "")
        return ""

    entries, unmatched = [], 0
    for number, service in enumerate(services, 1):
        org = orgs.get(service.get("organization_id", ""), {})
        name = service.get("name") or org.get("name") or ""
        location_id = service_location.get(service.get("id", ""), "")
        if not location_id:
            location_id = next((lid for lid, loc in locations.items()
                                if loc.get("organization_id") == service.get("organization_id")), "")
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


def read_kit(path: Path) -> SetupKit:
    """A kit from a .json file, an HSDS folder, or a .zip holding either."""
    try:
        if path.is_dir():
            files = {}
            for name in HSDS_FILES:
                candidate = path / name
                if candidate.is_file():
                    if candidate.stat().st_size > MAX_KIT_BYTES:
                        raise KitTooLarge()
                    files[name] = candidate.read_bytes()
            return parse_hsds(files, path.name)
        if path.stat().st_size > MAX_KIT_BYTES * 4:
            raise KitTooLarge()
        data = path.read_bytes()
    except OSError:
        raise SetupKitError("the file could not be read") from None
    if zipfile.is_zipfile(io.BytesIO(data)):
        return _read_zip(data, path.stem)
    return parse_kit_json(data, "")


def _read_zip(data: bytes, source: str) -> SetupKit:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            files: dict[str, bytes] = {}
            for info in archive.infolist():
                name = info.filename.rsplit("/", 1)[-1].lower()
                if info.is_dir() or not name:
                    continue
                if info.file_size > MAX_KIT_BYTES:
                    raise KitTooLarge()  # checked before reading, so a zip bomb is never expanded
                if name in HSDS_FILES or name.endswith(".json"):
                    with archive.open(info) as handle:
                        content = handle.read(MAX_KIT_BYTES + 1)
                    if len(content) > MAX_KIT_BYTES:
                        raise KitTooLarge()
                    files[name] = content
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError):
        raise SetupKitError("the zip file is damaged") from None
    if "services.csv" in files:
        return parse_hsds(files, source)
    kits = [content for name, content in files.items() if name != "agency.json"]
    if len(kits) == 1:
        return parse_kit_json(kits[0])
    raise SetupKitError("the zip holds neither a kit nor an HSDS export")


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
