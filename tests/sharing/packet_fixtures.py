"""Vaults with marker strings in every item, and packets made from them."""

from __future__ import annotations

from datetime import date, timedelta

from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.services import Choice
from survivor_vault.sharing import packet_builder
from survivor_vault.sharing.packet_scope import PacketScope

MARK = {
    "goal_a": "QMKGOALALPHA", "goal_a_step": "QMKSTEPALPHA", "goal_a_notes": "QMKNOTESALPHA",
    "goal_b": "QMKGOALBRAVO",
    "svc_a": "QMKPROVIDERALPHA", "svc_a_feedback": "QMKFEEDBACKALPHA", "svc_a_notes": "QMKSVCNOTESALPHA",
    "svc_b": "QMKPROVIDERBRAVO",
    "name": "QMKPREFNAME", "strengths": "QMKSTRENGTHS",
}


def fill_markers(vault) -> dict[str, ItemRef]:
    a = vault.goals.add(MARK["goal_a"], notes=MARK["goal_a_notes"], steps=[MARK["goal_a_step"]])
    b = vault.goals.add(MARK["goal_b"])
    kinds = {k.key: k for k in vault.services.kinds()}
    sa = vault.services.add_choice(kinds["housing"].id, Choice.USING, provider=MARK["svc_a"],
                                   notes=MARK["svc_a_notes"], feedback_working=MARK["svc_a_feedback"])
    sb = vault.services.add_choice(kinds["legal"].id, Choice.INTERESTED, provider=MARK["svc_b"])
    vault.about_me.save(AboutMe(preferred_name=MARK["name"], strengths=MARK["strengths"]))
    return {
        "goal_a": ItemRef(Section.GOALS, str(a.id)), "goal_b": ItemRef(Section.GOALS, str(b.id)),
        "svc_a": ItemRef(Section.SERVICES, str(sa.id)), "svc_b": ItemRef(Section.SERVICES, str(sb.id)),
        "name": ItemRef(Section.ABOUT_ME, "preferred_name"), "strengths": ItemRef(Section.ABOUT_ME, "strengths"),
    }


def scope_for(refs, chosen: list[str], *, notes=False, feedback=False, protected=True, signed=True,
              end_date: date | None = None, sections=None) -> PacketScope:
    items = frozenset(refs[k] for k in chosen)
    return PacketScope(
        recipient_name="Jo Rivera", recipient_organisation="Harbour Housing", purpose="To plan housing support",
        end_date=end_date or date.today() + timedelta(days=90),
        sections=frozenset(sections) if sections is not None else frozenset(i.section for i in items),
        items=items, include_notes=notes, include_feedback=feedback, protected=protected, signed=signed)


def make_packet(vault, scope, path):
    built = packet_builder.build(packet_builder.prepare(vault, scope))
    record = packet_builder.save(vault, built, path)
    return built, record
