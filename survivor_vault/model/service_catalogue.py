"""The default catalogue of service kinds, in plain language (resources/service_catalogue.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CatalogueEntry:
    key: str
    name: str
    description: str
    group: str


@lru_cache(maxsize=1)
def default_catalogue() -> tuple[CatalogueEntry, ...]:
    data = resources.files("survivor_vault.resources").joinpath("service_catalogue.json").read_text("utf-8")
    doc = json.loads(data)
    return tuple(CatalogueEntry(k["key"], k["name"], k["description"], k["group"]) for k in doc["kinds"])
