"""Drafts in the vault: kept and dropped as one set, odd rows (older or damaged) skipped, never half-read."""

from survivor_vault.core.vault import Vault
from survivor_vault.model.drafts import MAX_BODY_BYTES, NEW, Draft, DraftKind


def test_keep_drop_and_read_back_after_unlock(vault, vault_dir):
    vault.drafts.keep([Draft(DraftKind.GOAL, NEW, {"title": "Find work", "steps": [[None, "CV", False]]}, True),
                       Draft(DraftKind.ABOUT_ME, "", {"pronouns": "they/them"})])
    vault.drafts.keep([Draft(DraftKind.GOAL, NEW, {"title": "Find good work"}, True)], [(DraftKind.ABOUT_ME, "")])
    vault.lock()
    again = Vault.unlock(vault_dir, "correct horse battery staple")
    try:
        assert again.drafts.all() == [Draft(DraftKind.GOAL, NEW, {"title": "Find good work"}, True)]
    finally:
        again.lock()


def test_one_draft_too_large_never_stops_the_others(vault):
    vault.drafts.keep([Draft(DraftKind.PERSON, "3", {"name": "Rosa"})])
    too_big = Draft(DraftKind.GOAL, NEW, {"title": "x" * (MAX_BODY_BYTES + 1)})
    left_out = vault.drafts.keep([Draft(DraftKind.ABOUT_ME, "", {"pronouns": "she"}), too_big],
                                 [(DraftKind.PERSON, "3")])
    assert left_out == [too_big]
    assert vault.drafts.all() == [Draft(DraftKind.ABOUT_ME, "", {"pronouns": "she"})]


def test_rows_this_version_cannot_read_are_skipped(vault):
    conn = vault.connection
    rows = [("a kind from a later version", "1", "{}"), ("goal", "1", "not json"), ("goal", "2", "[1, 2]"),
            ("goal", "3", '{"title": "' + "y" * MAX_BODY_BYTES + '"}'), ("goal", "4", '{"title": "ok"}')]
    for kind, key, body in rows:
        conn.execute("INSERT INTO drafts (kind, key, body, kept_at) VALUES (?, ?, ?, '2026-01-01')", (kind, key, body))
    assert vault.drafts.all() == [Draft(DraftKind.GOAL, "4", {"title": "ok"})]
