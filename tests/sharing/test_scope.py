"""A packet never holds an item from a section the survivor did not choose, whatever the permission says."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from survivor_vault.model.permissions import Section
from survivor_vault.sharing import packet_builder
from survivor_vault.sharing.packet_content import all_item_refs, canonical
from survivor_vault.sharing.packet_scope import PacketScope, starting_choice
from tests.sharing.packet_fixtures import MARK, fill_markers

SECTION_MARKS = {
    Section.GOALS: ["goal_a", "goal_b", "goal_a_step"],
    Section.SERVICES: ["svc_a", "svc_b", "svc_a_feedback"],
    Section.ABOUT_ME: ["name", "strengths"],
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_items_outside_the_chosen_sections_never_go_in(vault, data):
    if not vault.goals.count():
        fill_markers(vault)
    every = sorted(all_item_refs(vault))
    permitted = data.draw(st.sets(st.sampled_from(every)))
    person = vault.people.list()[0] if vault.people.count() else vault.people.add("Case-free name")
    permission = vault.permissions.save(person.id, permitted, include_notes=True, include_feedback=True)
    _sections, items, notes, feedback = starting_choice(permission)
    chosen_sections = frozenset(data.draw(st.sets(st.sampled_from(list(Section)))))
    ticked = frozenset(data.draw(st.sets(st.sampled_from(every)))) | items  # ticking more never escapes sections
    scope = PacketScope("R", "p", date(2030, 1, 1), chosen_sections, ticked, notes, feedback)
    prepared = packet_builder.prepare(vault, scope)
    blob = canonical(prepared.content.sections_json(scope)).decode()
    for section, keys in SECTION_MARKS.items():
        if section not in chosen_sections:
            for key in keys:
                assert MARK[key] not in blob
    assert {i.section for i in prepared.content.shared_items} <= chosen_sections
    assert {(i.section, i.key) for i in prepared.content.shared_items} <= {(r.section, r.key) for r in ticked}


def test_nothing_is_chosen_by_default(vault):
    fill_markers(vault)
    assert starting_choice(None) == (frozenset(), frozenset(), False, False)
    person = vault.people.add("Someone")
    assert vault.permissions.active_for(person.id) is None
    scope = PacketScope("R", "p", date(2030, 1, 1))
    assert packet_builder.prepare(vault, scope).content.item_count == 0


def test_a_revoked_permission_pre_ticks_nothing(vault):
    refs = fill_markers(vault)
    person = vault.people.add("Someone")
    permission = vault.permissions.save(person.id, set(refs.values()))
    revoked = vault.permissions.revoke(permission.id)
    assert starting_choice(revoked) == (frozenset(), frozenset(), False, False)
