"""Setup kits: an agency's contact card and local service directory, prepared before the meeting.

A kit is untrusted input. It is size-limited, checked field by field, and every value is
kept as plain text (the app never renders it as rich text). Importing adds the agency as a
person with no permissions and the services to the directory; nothing becomes a choice.

Formats: our JSON (docs/setup-kit.md), or an Open Referral HSDS export (CSV files in a
folder or a zip, read in `hsds_export`), or — to write a kit — a simple CSV
(`survivor-vault make-setup-kit`, which prints a review of each service's kind and takes the
agency's corrections in a kinds file).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import struct
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from survivor_vault.core.hsds_export import HSDS_FILES, parse_hsds
from survivor_vault.core.kind_guess import KindGuess, guess_kind
from survivor_vault.core.kit_parts import (
    AGENCY_FIELDS,
    MAX_COMPRESSION_RATIO,
    MAX_EXPANDED_BYTES,
    MAX_FILE_BYTES,
    MAX_KIT_BYTES,
    MAX_SERVICES,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_ENTRIES,
    SERVICE_FIELDS,
    AgencyCard,
    ImportSummary,
    KindReview,
    KitTooLarge,
    ReadingBudget,
    SetupKit,
    SetupKitError,
    agency_card,
    clean,
    csv_rows,
)
from survivor_vault.model.service_catalogue import default_catalogue
from survivor_vault.model.service_directory import DirectoryEntry

FORMAT = "svault-setup-kit"
VERSION = 1
OTHER = "other"  # the kind an agency writes for "other local services": never guessed again


def catalogue_keys() -> set[str]:
    return {e.key for e in default_catalogue()}  # default_catalogue() is cached


# --- our JSON ---------------------------------------------------------------------------------------
def _kit_document(data: bytes) -> dict:
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
    services = doc.get("services", [])
    if not isinstance(services, list):
        raise SetupKitError("the service list is not readable")
    if len(services) > MAX_SERVICES:
        raise KitTooLarge()
    return doc


def _given_kind(kind: str, name: str, notes: str) -> KindGuess:
    """A kit's own kind: one of our keys, "other", a word of the agency's own (a category), or nothing."""
    if kind in catalogue_keys():
        return KindGuess(kind, "given in the kit")
    if kind.casefold() == OTHER:
        return KindGuess(None, "given in the kit as other")
    return guess_kind(name, notes, (kind,) if kind else ())


def _service_entry(number: int, raw: Any, source: str) -> tuple[DirectoryEntry, KindReview]:
    if not isinstance(raw, dict):
        raise SetupKitError(f"service {number} is not readable")
    values = {f: clean(raw.get(f), f"service {number} {f}", required=f == "name") for f in SERVICE_FIELDS}
    guess = _given_kind(values.pop("kind"), values["name"], values["notes"])
    entry = DirectoryEntry(0, kind_key=guess.kind, source=source, **values)
    return entry, KindReview(str(number), entry.name, guess)


def parse_kit_json(data: bytes, source: str = "", budget: ReadingBudget | None = None) -> SetupKit:
    budget = budget or ReadingBudget()
    doc = _kit_document(data)
    agency = agency_card(doc.get("agency"))
    source = source or (agency.organisation if agency else "")
    entries, reviews = [], []
    for number, raw in enumerate(doc.get("services", []), 1):
        budget.check()
        entry, review = _service_entry(number, raw, source)
        entries.append(entry)
        reviews.append(review)
    return SetupKit(agency, tuple(entries), tuple(reviews))


def kit_to_json(kit: SetupKit) -> bytes:
    doc: dict = {"format": FORMAT, "version": VERSION}
    if kit.agency:
        doc["agency"] = {f: getattr(kit.agency, f) for f in AGENCY_FIELDS}
    doc["services"] = [{"name": e.name, "kind": e.kind_key or OTHER, "phone": e.phone, "address": e.address,
                        "hours": e.hours, "languages": e.languages, "notes": e.notes} for e in kit.services]
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- a simple CSV, for advocates writing a kit ------------------------------------------------------------
def kit_from_csv(data: bytes, agency: AgencyCard | None) -> SetupKit:
    """Columns (header row, any order): name, kind, phone, address, hours, languages, notes."""
    rows = csv_rows(data, "the CSV file")
    if rows and "name" not in rows[0]:
        raise SetupKitError("the CSV file needs a 'name' column")
    services = [{f: row.get(f, "") for f in SERVICE_FIELDS} for row in rows]
    doc = {"format": FORMAT, "version": VERSION, "services": services}
    if agency is not None:
        doc["agency"] = {f: getattr(agency, f) for f in AGENCY_FIELDS}
    return parse_kit_json(json.dumps(doc).encode("utf-8"))


# --- the agency's review of kinds (make-setup-kit --review / --kinds) -------------------------------------
REVIEW_COLUMNS = ("service", "name", "kind", "why")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet would run as a formula (OWASP: CSV injection)


def _cell(text: str) -> str:
    """A review cell a spreadsheet shows as text: names from a third party's export may start like a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _uncell(text: str) -> str:
    text = text.strip()
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def review_csv(kit: SetupKit) -> bytes:
    """The review table as CSV: edit the kind column (a key, or "other") and give it back with --kinds."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REVIEW_COLUMNS)
    for review in kit.reviews:
        writer.writerow((_cell(review.ref), _cell(review.name), review.guess.kind or OTHER, _cell(review.guess.why)))
    return out.getvalue().encode("utf-8")


def _kind_in_file(kind: str, number: int) -> str | None:
    if kind.casefold() == OTHER:
        return None
    if kind not in catalogue_keys():
        raise SetupKitError(f"line {number} of the kinds file: {kind!a} is not a kind; "
                            f"use one of: {', '.join(sorted(catalogue_keys()))}, or {OTHER}")
    return kind


def _chosen_kinds(data: bytes) -> dict[str, str | None]:
    """service (id or name, casefolded) -> kind, from an agency's kinds file; refused whole if anything is off."""
    rows = csv_rows(data, "the kinds file")
    if not rows or not all("kind" in row for row in rows):
        raise SetupKitError("the kinds file needs a line for each service you set, with the columns service "
                            "(its id or name) and kind")
    chosen: dict[str, str | None] = {}
    for number, row in enumerate(rows, 2):
        service = _uncell(row.get("service", "")) or _uncell(row.get("name", ""))  # the id, if both are given
        if not service:
            raise SetupKitError(f"line {number} of the kinds file names no service (columns: service, kind)")
        kind = _kind_in_file(row["kind"].strip(), number)
        key = service.casefold()
        if key in chosen and chosen[key] != kind:
            raise SetupKitError(f"the kinds file gives {service!a} two different kinds (line {number})")
        chosen[key] = kind
    return chosen


def _review_keys(review: KindReview) -> list[str]:
    return [k.casefold() for k in (review.ref, review.name, review.own_name) if k]


def with_kinds(kit: SetupKit, kinds_file: bytes) -> SetupKit:
    """The kit with the kinds an agency confirmed (by service id or name); a name that matches nothing is refused."""
    chosen = _chosen_kinds(kinds_file)
    used: set[str] = set()
    services, reviews = [], []
    for entry, review in zip(kit.services, kit.reviews, strict=True):
        key = next((k for k in _review_keys(review) if k in chosen), None)
        if key is not None:
            used.add(key)
            kind = chosen[key]
            why = review.guess.why + " (you confirmed it)" if kind == review.guess.kind \
                else "set by you in the kinds file"
            review = replace(review, guess=KindGuess(kind, why))
            entry = replace(entry, kind_key=kind)
        services.append(entry)
        reviews.append(review)
    unknown = sorted(set(chosen) - used - {k for r in reviews for k in _review_keys(r)})
    if unknown:
        raise SetupKitError(f"the kinds file names a service the kit does not hold: {unknown[0]!a}")
    return replace(kit, services=tuple(services), reviews=tuple(reviews))


def read_given_file(path: Path) -> bytes:
    """A CSV or kinds file named on the command line: a regular file of at most 2 MB, or a kind refusal."""
    try:
        if not path.is_file():
            raise SetupKitError(f"there is no file at {path}" if not path.exists() else f"{path} is not a file")
        return _read_file(path, MAX_KIT_BYTES)
    except OSError as error:
        raise SetupKitError(f"{path} could not be read ({error.strerror})") from None


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


def _member_wanted(info: zipfile.ZipInfo) -> bool:
    """Whether a member is one the kit reads (after its limits pass); anything else is never opened."""
    name = info.filename.rsplit("/", 1)[-1].lower()
    if info.is_dir() or not (name in HSDS_FILES or name.endswith(".json")):
        return False  # never read: a read-me, a picture, anything else
    if info.flag_bits & 0x1:
        raise SetupKitError("the zip is locked with a password")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise SetupKitError("the zip uses a kind of compression the app does not read")
    if info.file_size > MAX_KIT_BYTES:
        raise KitTooLarge()  # checked before reading, so a zip bomb is never expanded
    if info.file_size > 1024 and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
        raise KitTooLarge()
    return True


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
        if not _member_wanted(info):
            continue
        name = info.filename.rsplit("/", 1)[-1].lower()
        if name in wanted:
            raise SetupKitError("the zip holds two files with the same name")
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
