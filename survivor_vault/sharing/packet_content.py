"""Collect exactly the chosen items from the vault, as plain data, with a hash of each."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.errors import NotFound
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.sharing_history import SharedItem
from survivor_vault.sharing.packet_scope import PacketScope
from survivor_vault.storage.sha256 import Sha256


def canonical(data) -> bytes:
    """One byte form per value: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def item_hash(data) -> str:
    return Sha256(canonical(data)).hexdigest()


@dataclass(frozen=True)
class PacketContent:
    goals: tuple[dict, ...] = ()
    services: tuple[dict, ...] = ()
    about_me: dict = field(default_factory=dict)
    shared_items: tuple[SharedItem, ...] = ()

    @property
    def item_count(self) -> int:
        return len(self.shared_items)

    def sections_json(self, scope: PacketScope) -> dict:
        out: dict = {}
        if Section.GOALS in scope.sections:
            out["goals"] = list(self.goals)
        if Section.SERVICES in scope.sections:
            out["services"] = list(self.services)
        if Section.ABOUT_ME in scope.sections:
            out["about_me"] = dict(self.about_me)
        return out


def _goal(vault, goal_id: int, include_notes: bool) -> dict:
    goal = vault.goals.get(goal_id)
    data = {
        "id": goal.id,
        "title": goal.title,
        "why": goal.why,
        "status": str(goal.status),
        "area": str(goal.area) if goal.area else None,
        "target_date": goal.target_date.isoformat() if goal.target_date else None,
        "steps": [{"text": s.text, "done": s.done} for s in goal.steps],
    }
    if include_notes:
        data["notes"] = goal.notes
    return data


def _service(vault, choice_id: int, include_notes: bool, include_feedback: bool) -> dict:
    choice = vault.services.choice(choice_id)
    kind = vault.services.kind(choice.kind_id)
    data = {
        "id": choice.id,
        "kind": kind.key or kind.name,
        "kind_name": kind.name,
        "custom_kind": kind.custom,
        "choice": str(choice.choice),
        "provider": choice.provider,
        "contact": choice.contact,
    }
    if include_notes:
        data["notes"] = choice.notes
    if include_feedback:
        data["feedback_working"] = choice.feedback_working
        data["feedback_not_working"] = choice.feedback_not_working
    return data


def collect(vault, scope: PacketScope) -> PacketContent:
    """Read the chosen items from the (unlocked) vault. Items deleted meanwhile are left out."""
    chosen = scope.chosen()
    goals, services, shared = [], [], []
    about: dict[str, str] = {}
    for ref in sorted(chosen):
        if ref.section == Section.PAPERS:
            continue  # papers are read, cleaned and hashed by packet_papers
        try:
            if ref.section == Section.GOALS:
                data = _goal(vault, int(ref.key), scope.include_notes)
                goals.append(data)
            elif ref.section == Section.SERVICES:
                data = _service(vault, int(ref.key), scope.include_notes, scope.include_feedback)
                services.append(data)
            else:
                if ref.key not in AboutMe.field_names():
                    continue
                value = getattr(vault.about_me.get(), ref.key)
                if not value:
                    continue
                about[ref.key] = value
                data = {ref.key: value}
        except (NotFound, ValueError):
            continue
        shared.append(SharedItem(ref.section, ref.key, item_hash(data)))
    return PacketContent(tuple(goals), tuple(services), about, tuple(shared))


def all_item_refs(vault) -> list[ItemRef]:
    """Every item the survivor could choose from, for the item-level check boxes."""
    refs = [ItemRef(Section.GOALS, str(g.id)) for g in vault.goals.list()]
    refs += [ItemRef(Section.SERVICES, str(c.id)) for c in vault.services.choices()]
    about = vault.about_me.get()
    refs += [ItemRef(Section.ABOUT_ME, name) for name in AboutMe.field_names() if getattr(about, name)]
    refs += [ItemRef(Section.PAPERS, str(p.id)) for p in vault.papers.list()]
    return refs
