"""A setup kit from an Open Referral HSDS export (CSV tables in a folder or a zip), as real exports are.

Tried on a public HSDS 1.1 sample that nobody here wrote, real exports differ from the textbook:
- services that are no longer offered stay in the export with `status` "inactive" (or "defunct",
  "temporarily closed"): they are left out of the kit, and counted;
- a phone is often linked to the organisation, the location, or the service-at-location rather
  than the service: it is followed through each link, the service's own first;
- a service's place is `location_id` on the service (HSDS 1.0), a `services_at_location` link, or
  else its organisation's first location;
- categories come as taxonomy terms (HSDS 1.1 `taxonomy` + `services_taxonomy`, 2.0
  `taxonomy_terms` + `service_attributes`, 3.0 `taxonomy_terms` + `attributes`), used before any
  guess from words; see `kind_guess` for why a weak guess is no guess.
Tables are looked up by id, never searched row by row: 2,000 services x 10,000 phones would take minutes.
"""

from __future__ import annotations

import json
import re

from survivor_vault.core.kind_guess import guess_kind
from survivor_vault.core.kit_parts import (
    MAX_SERVICES,
    KindReview,
    KitTooLarge,
    ReadingBudget,
    SetupKit,
    SetupKitError,
    agency_card,
    clean,
    csv_rows,
)
from survivor_vault.model.service_directory import DirectoryEntry

HSDS_FILES = ("organizations.csv", "services.csv", "phones.csv", "locations.csv", "addresses.csv",
              "physical_addresses.csv", "services_at_location.csv", "service_at_location.csv", "languages.csv",
              "schedules.csv", "taxonomy.csv", "services_taxonomy.csv", "taxonomy_terms.csv",
              "service_attributes.csv", "attributes.csv", "agency.json")
CLOSED_WORDS = {"inactive", "defunct", "closed"}  # also "temporarily_closed", "Permanently Closed"


class _Tables:
    """The export's CSV tables, each read once, within the kit's reading budget."""

    def __init__(self, files: dict[str, bytes], budget: ReadingBudget):
        self._files = files
        self.budget = budget

    def rows(self, *names: str) -> list[dict[str, str]]:
        """The rows of the first of `names` the export holds (HSDS versions name some tables differently)."""
        name = next((n for n in names if n in self._files), names[0])
        return csv_rows(self._files.get(name, b""), name, self.budget)


def _first(pairs) -> dict[str, str]:
    """key -> the first value given for it (HSDS may list several; the first is the main one)."""
    found: dict[str, str] = {}
    for key, value in pairs:
        if key and value:
            found.setdefault(key, value)
    return found


def _address_line(row: dict[str, str]) -> str:
    parts = (row.get("address_1", ""), row.get("address_2", ""), row.get("city", ""), row.get("postal_code", ""))
    return ", ".join(part.strip() for part in parts if part.strip())


def _phone_number(row: dict[str, str]) -> str:
    number = row.get("number", "")
    return number + (f" ext. {row['extension']}" if number and row.get("extension") else "")


class _Places:
    """Where a service is and how to phone it, following every link HSDS allows."""

    def __init__(self, tables: _Tables):
        locations = tables.rows("locations.csv")
        self.first_location_of_org = _first((r.get("organization_id", ""), r.get("id", "")) for r in locations)
        self.address = _first((r.get("location_id", ""), _address_line(r))
                              for r in tables.rows("addresses.csv", "physical_addresses.csv"))
        links = tables.rows("services_at_location.csv", "service_at_location.csv")
        self.location_of_service = _first((r.get("service_id", ""), r.get("location_id", "")) for r in links)
        self.service_of_link = _first((r.get("id", ""), r.get("service_id", "")) for r in links)
        phones = tables.rows("phones.csv")
        # A phone row naming a service (or a service at a location) is that service's line, even when it also
        # names the location and the organisation (real exports fill organization_id on every row): only the
        # rows naming no service stand for the location's or the organisation's own number.
        general = [r for r in phones if not r.get("service_id") and not r.get("service_at_location_id")]
        self.phone = {
            "service_id": _first((r.get("service_id", ""), _phone_number(r)) for r in phones),
            "service_at_location_id": _first((r.get("service_at_location_id", ""), _phone_number(r)) for r in phones),
            "location_id": _first((r.get("location_id", ""), _phone_number(r)) for r in general),
            "organization_id": _first((r.get("organization_id", ""), _phone_number(r)) for r in general),
        }
        by_link = self.phone["service_at_location_id"]
        self.phone["service_at_location_id"] = _first((self.service_of_link.get(link, ""), number)
                                                      for link, number in by_link.items())

    def location_for(self, service: dict[str, str]) -> str:
        return (service.get("location_id") or self.location_of_service.get(service.get("id", ""))
                or self.first_location_of_org.get(service.get("organization_id", ""), ""))

    def phone_for(self, service: dict[str, str], location: str) -> str:
        for key, value in (("service_id", service.get("id", "")), ("service_at_location_id", service.get("id", "")),
                           ("location_id", location), ("organization_id", service.get("organization_id", ""))):
            if value and value in self.phone[key]:
                return self.phone[key][value]
        return ""


def _terms_by_service(tables: _Tables) -> dict[str, tuple[str, ...]]:
    """Each service's taxonomy term names, from whichever HSDS version's tables the export holds."""
    names = {}
    for row in tables.rows("taxonomy.csv") + tables.rows("taxonomy_terms.csv"):
        name = row.get("name") or row.get("term") or ""
        if row.get("id") and name:
            names.setdefault(row["id"], name)
    if not names:
        return {}
    links = [(r.get("service_id", ""), r.get("taxonomy_id", "")) for r in tables.rows("services_taxonomy.csv")]
    links += [(r.get("service_id", ""), r.get("taxonomy_term_id", "")) for r in tables.rows("service_attributes.csv")]
    links += [(r.get("link_id", ""), r.get("taxonomy_term_id", "")) for r in tables.rows("attributes.csv")
              if r.get("link_entity", r.get("link_type", "service")).casefold() in {"service", ""}]
    terms: dict[str, list[str]] = {}
    for service_id, term_id in links:
        if service_id and term_id in names:
            terms.setdefault(service_id, []).append(names[term_id])
    return {service_id: tuple(found) for service_id, found in terms.items()}


def _joined(rows: list[dict[str, str]], *columns: str) -> dict[str, str]:
    """service id -> the values of the first filled column, joined (languages, opening hours)."""
    values: dict[str, list[str]] = {}
    for row in rows:
        value = next((row[c] for c in columns if row.get(c)), "")
        if value and row.get("service_id"):
            values.setdefault(row["service_id"], []).append(value)
    return {key: ", ".join(found) for key, found in values.items()}


def _json_object(data: bytes) -> dict:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SetupKitError("agency.json is not valid JSON") from None
    if not isinstance(value, dict):
        raise SetupKitError("agency.json is not an agency card")
    return value


class _Export:
    def __init__(self, files: dict[str, bytes], budget: ReadingBudget):
        tables = _Tables(files, budget)
        self.budget = budget
        self.orgs = {r.get("id", ""): r for r in tables.rows("organizations.csv")}
        self.services = tables.rows("services.csv")
        if len(self.services) > MAX_SERVICES:
            raise KitTooLarge()
        self.places = _Places(tables)
        self.terms = _terms_by_service(tables)
        self.languages = _joined(tables.rows("languages.csv"), "name", "language")
        self.hours = _joined(tables.rows("schedules.csv"), "description")

    def entry(self, number: int, service: dict[str, str], source: str) -> tuple[DirectoryEntry, KindReview]:
        sid = service.get("id", "")
        org_name = self.orgs.get(service.get("organization_id", ""), {}).get("name", "")
        name = service.get("name") or org_name
        label = f"{name} ({org_name})" if org_name and org_name != name else name
        # The service's own name only: one named after its organisation ("Harbour Housing") is not housing.
        guess = guess_kind(service.get("name", ""), service.get("description", ""), self.terms.get(sid, ()))
        location = self.places.location_for(service)
        what = f"service {number}"
        entry = DirectoryEntry(
            0, name=clean(label, f"{what} name", required=True), kind_key=guess.kind,
            phone=clean(self.places.phone_for(service, location), f"{what} phone"),
            address=clean(self.places.address.get(location, ""), f"{what} address"),
            hours=clean(self.hours.get(sid, ""), f"{what} hours"),
            languages=clean(self.languages.get(sid, ""), f"{what} languages"),
            notes=clean(service.get("description", ""), f"{what} notes"), source=source)
        return entry, KindReview(clean(sid, f"{what} id") or str(number), entry.name, guess,
                                 clean(service.get("name", ""), f"{what} name"))


def parse_hsds(files: dict[str, bytes], source: str = "", budget: ReadingBudget | None = None) -> SetupKit:
    """A kit from an export's tables (name -> bytes); services.csv is the one table it needs."""
    budget = budget or ReadingBudget()
    if "services.csv" not in files:
        raise SetupKitError("an HSDS export needs services.csv")
    export = _Export(files, budget)
    agency = agency_card(_json_object(files["agency.json"])) if "agency.json" in files else None
    source = clean(source or (agency.organisation if agency else ""), "source")
    entries, reviews, left_out = [], [], 0
    for number, service in enumerate(export.services, 1):
        budget.check()
        if CLOSED_WORDS & set(re.split(r"[\s_\-]+", service.get("status", "").casefold())):
            left_out += 1
            continue
        entry, review = export.entry(number, service, source)
        entries.append(entry)
        reviews.append(review)
    return SetupKit(agency, tuple(entries), tuple(reviews), left_out)
