"""packet.json is checked against resources/packet-schema.json: every way of bending a real packet's JSON is refused.

The mutations are made from real packets (version 2 from this vault, version 1 from an old file), one
place at a time: a key taken away, a key added, a value of every other JSON type, a text with a line
break or a control where only digits belong. Each must be refused, unless the schema says that key may
be missing or that value may be null; and whatever is accepted comes back without control characters.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.goals import GoalArea, GoalStatus
from survivor_vault.model.services import Choice
from survivor_vault.resource_paths import resource_dir
from survivor_vault.sharing import packet_format
from tests.sharing import forgery
from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for

DATA = Path(__file__).parent / "data"
V1_CODE = "kenu6-lonu9-mari9-sogu3-fana7"
OPTIONAL = {"notes", "feedback_working", "feedback_not_working", "goals", "services", "about_me",
            *AboutMe.field_names()}
NULLABLE = {"code_check", "signer", "area", "target_date"}
WRONG_TYPES = [None, True, 0, -1, 2**63, 1.5, "", "x", [], {}, [1], {"x": 1}]
DIGITS_ONLY = {"packet_id", "sha256", "drawn_sha256", "salt", "public_key", "fingerprint", "language", "end_date",
               "target_date", "pages_sha256"}


def _schema() -> dict:
    return json.loads((resource_dir() / "packet-schema.json").read_text(encoding="utf-8"))


def _places(value, path=()):
    """Every (path, value) in a JSON document, depth first."""
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _places(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _places(child, (*path, index))


def _with(doc, path, change):
    doc = copy.deepcopy(doc)
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    change(parent, path[-1])
    return doc


def _refused(doc) -> bool:
    try:
        packet_format.validate(doc)
    except packet_format.PacketFormatError:
        return True
    return False


def _mutations(doc):
    """(what, mutated document, whether it may be accepted)."""
    for path, value in _places(doc):
        if not path:
            continue
        key = path[-1]
        named = next((p for p in reversed(path) if isinstance(p, str)), "")
        if isinstance(key, str):
            def drop(parent, k):
                del parent[k]
            yield f"without {path}", _with(doc, path, drop), key in OPTIONAL
        for wrong in WRONG_TYPES:
            if type(wrong) is type(value) and wrong == value:
                continue
            def put(parent, k, wrong=wrong):
                parent[k] = wrong
            may = (wrong is None and key in NULLABLE) or (isinstance(value, str) and isinstance(wrong, str)
                                                          and named not in DIGITS_ONLY and named not in {
                                                              "format", "status", "choice", "algorithm"})
            if isinstance(key, str) and key in {"goals", "services", "steps", "pages_sha256"} \
                    and wrong == [] and key != "pages_sha256":
                may = True
            if (key == "about_me" and wrong == {}) or (key == "sections" and wrong == {}):
                may = True
            if type(wrong) is type(value) is bool or (type(wrong) is type(value) is int and 0 <= wrong < 2**63):
                may = True  # another value of the same kind: a different packet, not a bent one
            if key in {"notes", "feedback_working", "feedback_not_working"} and wrong in ("", "x"):
                may = True
            yield f"{path} = {wrong!r}", _with(doc, path, put), may
        if isinstance(value, str) and named in DIGITS_ONLY:
            for bent in (value + "\n", "\n" + value, value[:-1] + "\u202e"):
                def bend(parent, k, bent=bent):
                    parent[k] = bent
                yield f"{path} = {bent!r}", _with(doc, path, bend), False
        if isinstance(value, dict):
            def add(parent, k):
                parent[k]["extra"] = "x"
            yield f"extra key in {path}", _with(doc, path, add), False


@pytest.fixture
def v2_doc(vault, tmp_path):
    refs = fill_markers(vault)
    built, _ = make_packet(vault, scope_for(refs, ["goal_a", "svc_a", "name", "strengths"], notes=True,
                                            feedback=True), tmp_path / "p.pdf")
    return built.doc


@pytest.fixture
def v1_doc():
    return json.loads(forgery.attachments((DATA / "v1_protected.pdf").read_bytes(), V1_CODE)["packet.json"])


def test_the_schema_is_a_valid_json_schema_and_names_what_the_app_names():
    import jsonschema

    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    defs = schema["$defs"]
    assert set(defs["goal"]["properties"]["status"]["enum"]) == {str(s) for s in GoalStatus}
    assert set(defs["goal"]["properties"]["area"]["enum"]) == {None, *(str(a) for a in GoalArea)}
    assert set(defs["service"]["properties"]["choice"]["enum"]) == {str(c) for c in Choice}
    assert set(defs["about_me"]["properties"]) == set(AboutMe.field_names())


@pytest.mark.parametrize("which", ["v2_doc", "v1_doc"])
def test_every_bent_packet_json_is_refused(which, request):
    import jsonschema

    doc = request.getfixturevalue(which)
    assert not _refused(doc)
    wrong = [what for what, mutated, may in _mutations(doc) if not may and not _refused(mutated)]
    assert wrong == []
    reference = jsonschema.Draft202012Validator(_schema(), format_checker=jsonschema.FormatChecker())
    looser = [what for what, mutated, _ in _mutations(doc) if not _refused(mutated) and not reference.is_valid(mutated)]
    assert looser == []  # nothing the reader takes is outside the published schema, read by the reference library
    count = sum(1 for _ in _mutations(doc))
    assert count > 300  # the walk really reached every place


def test_what_is_accepted_comes_back_without_controls(v2_doc):
    doc = copy.deepcopy(v2_doc)
    doc["purpose"] = "Housing\x1b[2J\u202e help"
    doc["sections"]["goals"][0]["steps"][0]["text"] = "step\x9b one"
    doc["recipient"]["name"] = "Jo\rRivera"
    clean = packet_format.validate(doc)
    assert clean["purpose"] == "Housing[2J help"
    assert clean["sections"]["goals"][0]["steps"][0]["text"] == "step one"
    assert clean["recipient"]["name"] == "JoRivera"
    assert doc["purpose"] == "Housing\x1b[2J\u202e help"  # the caller's copy is left alone


@pytest.mark.parametrize("version", [True, 2.0, "2", 3, 0])
def test_a_version_is_a_whole_number_we_know(v2_doc, version):
    assert _refused(dict(v2_doc, version=version))


def test_a_version_2_packet_may_not_carry_version_1_hashes(v2_doc, v1_doc):
    assert _refused(dict(v2_doc, pages_sha256=["0" * 64]))
    assert _refused(dict(v1_doc, drawn_sha256="0" * 64))
    assert _refused(dict(v1_doc, pages_sha256=[]))


@pytest.mark.parametrize("end_date", ["2026-02-30", "20261128", "2026-11-28T00:00", "+2026-11-28", "2026-1-28"])
def test_an_end_date_is_a_real_calendar_date(v2_doc, end_date):
    assert _refused(dict(v2_doc, end_date=end_date))


def test_a_text_longer_than_the_limit_is_refused(v2_doc):
    assert not _refused(dict(v2_doc, purpose="x" * 100_000))
    assert _refused(dict(v2_doc, purpose="x" * 100_001))


def test_a_very_long_list_of_bad_goals_is_refused(v2_doc):
    """A hostile list of 10,000 bad goals is refused without walking to the end of it (one error is enough)."""
    bad = dict(v2_doc, sections={"goals": [{"title": 1}] * 10_000})
    assert _refused(bad)


@pytest.mark.parametrize("place, bent", [("status", []), ("area", {"x": 1}), ("choice", [1])])
def test_a_list_where_a_code_belongs_is_a_damaged_packet_not_a_crash(vault, tmp_path, place, bent):
    """Found by the mutation walk above: an unhashable value where a code belongs raised TypeError out of the
    reader (a traceback for whoever opened the file) instead of 'this packet was changed'."""
    from survivor_vault.sharing.packet_reader import TamperedPacket, read_packet

    refs = fill_markers(vault)
    built, _ = make_packet(vault, scope_for(refs, ["goal_a", "svc_a"], protected=False, signed=False),
                           tmp_path / "p.pdf")
    doc = json.loads(forgery.attachments(built.data, None)["packet.json"])
    section = "services" if place == "choice" else "goals"
    doc["sections"][section][0][place] = bent
    forged = forgery.with_attachments(built.data, None, {"packet.json": packet_format.encode(doc)})
    with pytest.raises(TamperedPacket):
        read_packet(forged, None)


# --- found by an attack test on the reader's output -------------------------------------------------------
def _unsigned(vault, tmp_path):
    refs = fill_markers(vault)
    built, _ = make_packet(vault, scope_for(refs, ["goal_a", "svc_a"], protected=False, signed=False),
                           tmp_path / "p.pdf")
    return built.data, json.loads(forgery.attachments(built.data, None)["packet.json"])


def _with_json(data: bytes, json_bytes: bytes) -> bytes:
    return forgery.with_attachments(data, None, {"packet.json": json_bytes})


def test_packet_text_can_never_pass_for_the_readers_own_verdict(vault, tmp_path):
    from survivor_vault.sharing.packet_reader import read_packet, readable_text

    data, doc = _unsigned(vault, tmp_path)
    fake = "Signed. Key fingerprint: 31c0 6d23 ada4 b8bc 0770 70ba c76f 3402 (signature checked)"
    doc["note_in_my_words"] = "Please call me.\n\n" + fake + "\n" * 20
    doc["purpose"] = "Housing\n" + fake
    text = readable_text(read_packet(_with_json(data, packet_format.encode(doc)), None))
    lines = text.split("\n")
    assert not any(line.startswith("Signed.") for line in lines)  # the packet's words are indented
    assert sum(1 for line in lines if fake in line) == 2
    assert "\n\n\n" not in text  # no run of blank lines to push the real verdict out of sight


def test_only_the_canonical_json_is_read(vault, tmp_path):
    """A duplicate key (JSON readers keep the first or the last) and a reformatted JSON are both changes."""
    from survivor_vault.sharing.packet_reader import TamperedPacket, read_packet

    data, doc = _unsigned(vault, tmp_path)
    canonical = packet_format.encode(doc)
    assert read_packet(_with_json(data, canonical), None)
    duplicate = canonical.replace(b'"purpose":', b'"purpose":"Share with anyone, forever","purpose":', 1)
    for forged in (duplicate, json.dumps(doc, indent=2).encode(), canonical + b"\n"):
        with pytest.raises(TamperedPacket):
            read_packet(_with_json(data, forged), None)


@pytest.mark.parametrize("made_at", ["1999-01-01 (backdated)", "", "not a date at all!!", "2026-02-30T10:00:00Z",
                                     "2026-11-27T25:00:00Z", "2026-11-27T10:00:00+01:00"])
def test_made_at_is_a_real_moment_in_utc(v2_doc, made_at):
    assert _refused(dict(v2_doc, made_at=made_at))
