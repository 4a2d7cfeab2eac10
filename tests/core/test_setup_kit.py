import io
import json
import random
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from survivor_vault.core import kit_parts, setup_kit
from survivor_vault.core.kit_parts import KitReadingStopped, KitTooLarge, ReadingBudget, SetupKitError
from survivor_vault.core.setup_kit import import_kit, parse_kit_json, read_kit
from tests.conftest import REPO_ROOT, needs_fifo, needs_links
from tests.core.hostile_kits import CLICK_HERE, LINK, linked_kit_json, one_member_listed_as

HOSTILE = "<script>alert(1)</script><b>bold</b><a href='http://x'>link</a>"


def kit(**overrides) -> bytes:
    doc = {
        "format": "svault-setup-kit", "version": 1,
        "agency": {"name": "Ana Costa", "organisation": "Safe Homes Project", "contact": "0100 000 000"},
        "services": [
            {"name": "Harbour Shelter", "kind": "housing", "phone": "0100 111", "hours": "24 hours"},
            {"name": "Riverside Clinic", "kind": "doctor things", "address": "2 River Rd"},
            {"name": "Choir for everyone"},
        ],
    }
    doc.update(overrides)
    return json.dumps(doc).encode()


def test_json_kit_imports_agency_without_permission_and_directory_without_choices(vault):
    parsed = parse_kit_json(kit())
    assert parsed.agency.name == "Ana Costa"
    kinds = [e.kind_key for e in parsed.services]
    assert kinds == ["housing", "medical", None]  # "doctor things" matched by words; the choir is "other"
    choices_before = vault.services.choices()
    summary = import_kit(vault, parsed)
    assert summary.person_added and summary.services_added == 3
    person = next(p for p in vault.people.list() if p.name == "Ana Costa")
    assert vault.permissions.active_for(person.id) is None
    assert vault.services.choices() == choices_before  # nothing chosen for the survivor
    assert [e.name for e in vault.directory.list("housing")] == ["Harbour Shelter"]
    again = import_kit(vault, parsed)  # the same agency twice is not added twice
    assert not again.person_added


def test_kit_schema_in_docs_accepts_our_example(tmp_path):
    import jsonschema

    schema = json.loads((REPO_ROOT / "docs" / "setup-kit-schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(kit()), schema)
    example = (REPO_ROOT / "docs" / "setup-kit.md").read_text().split("```json")[1].split("```")[0]
    jsonschema.validate(json.loads(example), schema)
    parse_kit_json(example.encode())


def test_hostile_text_is_kept_as_plain_text(vault):
    parsed = parse_kit_json(kit(services=[{"name": HOSTILE, "notes": HOSTILE + "\x00\x1b[31m"}]))
    import_kit(vault, parsed)
    entry = vault.directory.list()[0]
    assert entry.name == HOSTILE  # stored as the characters, never interpreted
    assert "\x00" not in entry.notes and "\x1b" not in entry.notes


def test_c1_and_bidirectional_controls_are_dropped_too():
    parsed = parse_kit_json(kit(services=[{"name": "Shelter\x9b2J\u202egnissim", "notes": "line one\nline two\r"}]))
    assert parsed.services[0].name == "Shelter2Jgnissim"  # no 8-bit CSI, no right-to-left override
    assert parsed.services[0].notes == "line one\nline two"


@pytest.mark.parametrize("data, reason", [
    (b"not json", "not valid JSON"),
    (b"[]", "not a setup kit"),
    (json.dumps({"format": "svault-setup-kit", "version": 99}).encode(), "another version"),
    (kit(services="lots"), "not readable"),
    (kit(services=[{"phone": "123"}]), "name is missing"),
    (kit(services=[{"name": {"nested": 1}}]), "not text"),
    (kit(agency={"organisation": "no name"}), "name is missing"),
    (kit(services=[{"name": "x" * 5000}]), "too long"),
    (b"\xff\xfe\x00", "not valid JSON"),
])
def test_malformed_kits_are_refused_with_a_reason(data, reason):
    with pytest.raises(SetupKitError) as caught:
        parse_kit_json(data)
    assert reason in str(caught.value)


def test_oversized_kits_are_refused():
    with pytest.raises(KitTooLarge):
        parse_kit_json(b" " * (2 * 1024 * 1024 + 1))
    with pytest.raises(KitTooLarge):
        parse_kit_json(kit(services=[{"name": f"s{i}"} for i in range(2001)]))


def _hsds_files() -> dict[str, str]:
    return {
        "organizations.csv": "id,name,description\norg1,City Legal Aid,Free legal advice\norg2,Open Door,\n",
        "services.csv": ("id,organization_id,name,description\n"
                         "s1,org1,Immigration advice,Help with visas\n"
                         "s2,org2,Counselling,Talk to someone\n"
                         f"s3,org2,Knitting circle,{HOSTILE}\n"),
        "phones.csv": "id,service_id,organization_id,number\np1,s1,,0100 222\np2,,org2,0100 333\n",
        "locations.csv": "id,organization_id,name\nl1,org1,Main office\nl2,org2,Hall\n",
        "addresses.csv": "id,location_id,address_1,city,postal_code\na1,l1,5 High St,Townsville,T1 1AA\n",
        "services_at_location.csv": "id,service_id,location_id\nx1,s1,l1\n",
        "languages.csv": "id,service_id,name\nla1,s1,Spanish\nla2,s1,Arabic\n",
    }


def test_hsds_folder_and_zip(tmp_path, vault):
    folder = tmp_path / "hsds"
    folder.mkdir()
    for name, content in _hsds_files().items():
        (folder / name).write_text(content)
    parsed = read_kit(folder)
    by_name = {e.name: e for e in parsed.services}
    immigration = by_name["Immigration advice (City Legal Aid)"]
    assert immigration.kind_key == "immigration" and immigration.phone == "0100 222"
    assert immigration.address == "5 High St, Townsville, T1 1AA" and immigration.languages == "Spanish, Arabic"
    assert by_name["Counselling (Open Door)"].kind_key == "mental_health"
    assert by_name["Counselling (Open Door)"].phone == "0100 333"
    assert parsed.agency is None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in _hsds_files().items():
            archive.writestr(f"export/{name}", content)
        archive.writestr("export/agency.json", json.dumps({"name": "Sam", "organisation": "City Legal Aid"}))
    (tmp_path / "hsds.zip").write_bytes(buffer.getvalue())
    zipped = read_kit(tmp_path / "hsds.zip")
    assert len(zipped.services) == 3 and zipped.agency.name == "Sam"
    summary = import_kit(vault, zipped)
    assert summary.services_added == 3 and summary.person_added


def test_zip_bombs_and_damaged_zips(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("services.csv", "id,name\n" + "a" * (3 * 1024 * 1024))
    (tmp_path / "bomb.zip").write_bytes(buffer.getvalue())
    assert (tmp_path / "bomb.zip").stat().st_size < 100_000  # small on disk, large when expanded
    with pytest.raises(KitTooLarge):
        read_kit(tmp_path / "bomb.zip")
    (tmp_path / "broken.zip").write_bytes(buffer.getvalue()[:200])
    with pytest.raises(SetupKitError):
        read_kit(tmp_path / "broken.zip")


def test_make_setup_kit_cli(tmp_path):
    csv_file = tmp_path / "services.csv"
    csv_file.write_text("name,kind,phone,notes\nHarbour Shelter,housing,0100 111,Women only\n"
                        "Law Centre,,0100 222,Free legal advice\n")
    out = tmp_path / "kit.json"
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "make-setup-kit", str(csv_file), "-o", str(out),
                           "--agency-name", "Ana", "--agency-organisation", "Safe Homes"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    parsed = parse_kit_json(out.read_bytes())
    assert parsed.agency.organisation == "Safe Homes"
    assert [(e.name, e.kind_key) for e in parsed.services] == [("Harbour Shelter", "housing"), ("Law Centre", "legal")]
    bad = tmp_path / "bad.csv"
    bad.write_text("phone\n123\n")
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "make-setup-kit", str(bad), "-o",
                           str(tmp_path / "x.json")], capture_output=True, text=True)
    assert proc.returncode == 1 and "name" in proc.stderr and "Traceback" not in proc.stderr


# --- hostile zips (issue 9): refused by their table of contents, before anything is expanded ------------
class _NoZipFile:
    """Stands in for zipfile.ZipFile where a zip must be refused before Python even parses its entries."""

    def __init__(self, *_args, **_kwargs):
        raise AssertionError("the zip's entries were parsed: it should have been refused from its end record")


def test_the_overlapping_entries_bomb_from_the_issue_is_refused(tmp_path):
    # 144,600 entries named services.csv, all pointing at one 2 MiB member: ~8.4 MB, 11 minutes before.
    (tmp_path / "bomb.zip").write_bytes(one_member_listed_as(["services.csv"] * 144_600))
    with pytest.raises(SetupKitError):
        read_kit(tmp_path / "bomb.zip")


@pytest.mark.parametrize("stated", [None, 1])
def test_many_entries_pointing_at_one_member_are_refused_before_parsing(tmp_path, monkeypatch, stated):
    """The same bomb under the size cap; and again with an end record that says it holds one file."""
    data = one_member_listed_as(["services.csv"] * 20_000, stated_entries=stated)
    assert len(data) < kit_parts.MAX_FILE_BYTES
    (tmp_path / "bomb.zip").write_bytes(data)
    monkeypatch.setattr(setup_kit.zipfile, "ZipFile", _NoZipFile)
    with pytest.raises(SetupKitError) as caught:
        read_kit(tmp_path / "bomb.zip")
    assert ("too many files" if stated is None else "list of files is too long") in caught.value.reason


def test_a_hundred_thousand_entries_are_refused_before_parsing(tmp_path, monkeypatch):
    names = [f"{i:05}.csv" for i in range(100_000)]
    data = one_member_listed_as(names, member=b"id,name\n")  # zip64 end records: more than 65,535
    assert len(data) < kit_parts.MAX_FILE_BYTES
    (tmp_path / "many.zip").write_bytes(data)
    monkeypatch.setattr(setup_kit.zipfile, "ZipFile", _NoZipFile)
    with pytest.raises(SetupKitError) as caught:
        read_kit(tmp_path / "many.zip")
    assert "too many files" in caught.value.reason


def test_entries_that_share_one_member_under_different_names_are_refused(tmp_path):
    data = one_member_listed_as(["services.csv", "organizations.csv", "phones.csv"], member=b"id,name\ns1,A\n")
    (tmp_path / "overlap.zip").write_bytes(data)
    with pytest.raises(SetupKitError) as caught:
        read_kit(tmp_path / "overlap.zip")
    assert "overlap" in caught.value.reason


def test_duplicate_names_are_refused(tmp_path):
    for names in (["services.csv", "services.csv"], ["a/services.csv", "b/Services.csv"]):
        buffer = io.BytesIO()
        with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
            warnings.simplefilter("ignore")  # zipfile warns about the duplicate, and writes it all the same
            for name in names:
                archive.writestr(name, "id,name\ns1,Shelter\n")
        (tmp_path / "twice.zip").write_bytes(buffer.getvalue())
        with pytest.raises(SetupKitError) as caught:
            read_kit(tmp_path / "twice.zip")
        assert "same name" in caught.value.reason


def test_only_known_members_are_read_and_the_total_is_capped(tmp_path, monkeypatch):
    opened = []
    real_open = zipfile.ZipFile.open

    def spy(self, info, *args, **kwargs):
        opened.append(info.filename if isinstance(info, zipfile.ZipInfo) else info)
        return real_open(self, info, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in _hsds_files().items():
            archive.writestr(name, content)
        archive.writestr("photo.jpg", b"\xff\xd8" + bytes(range(256)) * 100)
        archive.writestr("notes/readme.txt", "hello")
    (tmp_path / "hsds.zip").write_bytes(buffer.getvalue())
    opened.clear()  # writing opened them too
    assert len(read_kit(tmp_path / "hsds.zip").services) == 3
    assert sorted(opened) == sorted(_hsds_files())
    # Five members of 1.9 MB each: every one under the 2 MB cap, together over the total.
    buffer = io.BytesIO()
    noise = random.Random(9)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in setup_kit.HSDS_FILES[:5]:
            archive.writestr(name, "id,name\ns1," + noise.randbytes(950_000).hex())
    (tmp_path / "big.zip").write_bytes(buffer.getvalue())
    opened.clear()
    assert len(buffer.getvalue()) < kit_parts.MAX_FILE_BYTES
    with pytest.raises(KitTooLarge):
        read_kit(tmp_path / "big.zip")
    assert opened == []  # refused from the declared sizes, before reading any member


def test_a_member_that_expands_far_beyond_its_packed_size_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("services.csv", "id,name\n" + " " * (1024 * 1024))  # 1 MB from about 1 KB
    (tmp_path / "ratio.zip").write_bytes(buffer.getvalue())
    with pytest.raises(KitTooLarge):
        read_kit(tmp_path / "ratio.zip")


def test_password_locked_and_unusual_compression_are_refused(tmp_path):
    for flag, method, reason in ((0x1, zipfile.ZIP_DEFLATED, "password"), (0, zipfile.ZIP_BZIP2, "compression")):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", method) as archive:
            info = zipfile.ZipInfo("services.csv")
            info.compress_type = method
            archive.writestr(info, "id,name\ns1,Shelter\n")
        data = bytearray(buffer.getvalue())
        if flag:
            central = data.rfind(b"PK\x01\x02")
            data[central + 8] |= flag  # the encrypted flag in the central directory
        (tmp_path / "odd.zip").write_bytes(bytes(data))
        with pytest.raises(SetupKitError) as caught:
            read_kit(tmp_path / "odd.zip")
        assert reason in caught.value.reason


@needs_fifo
def test_not_a_regular_file_is_refused_without_reading(tmp_path):
    import os

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)  # reading it would wait forever for a writer
    with pytest.raises(SetupKitError) as caught:
        read_kit(fifo)
    assert "not a file" in caught.value.reason
    if Path("/dev/zero").exists():
        with pytest.raises(SetupKitError):
            read_kit(Path("/dev/zero"))


def test_the_time_budget_stops_a_slow_read(tmp_path):
    """A clock that jumps past the deadline stands in for a slow disk or a slow laptop: no sleeping."""
    ticks = iter(range(0, 10_000))
    budget = ReadingBudget(seconds=5, clock=lambda: float(next(ticks)))
    (tmp_path / "kit.json").write_bytes(kit(services=[{"name": f"s{i}"} for i in range(100)]))
    with pytest.raises(SetupKitError) as caught:
        read_kit(tmp_path / "kit.json", budget)
    assert "too long" in caught.value.reason
    stopped = ReadingBudget()
    stopped.stop()
    with pytest.raises(KitReadingStopped):
        read_kit(tmp_path / "kit.json", stopped)
    assert len(read_kit(tmp_path / "kit.json").services) == 100  # with a real clock it is read at once


def test_garbage_that_looks_like_a_zip_is_refused_kindly(tmp_path):
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in _hsds_files().items():
            archive.writestr(name, content)
    data = good.getvalue()
    chance = random.Random(9)
    for _ in range(300):
        mutated = bytearray(data)
        for _ in range(chance.randint(1, 8)):
            mutated[chance.randrange(len(mutated))] = chance.randrange(256)
        (tmp_path / "m.zip").write_bytes(bytes(mutated))
        try:
            read_kit(tmp_path / "m.zip")
        except SetupKitError:
            pass  # any other exception fails the test


def test_markup_and_links_in_every_field_are_kept_as_characters(vault, tmp_path):
    (tmp_path / "kit.json").write_bytes(linked_kit_json())
    parsed = read_kit(tmp_path / "kit.json")
    assert parsed.agency.name == CLICK_HERE
    import_kit(vault, parsed)
    person = vault.people.list()[0]
    assert (person.name, person.organisation, person.contact) == (CLICK_HERE, f"{LINK} agency", f"{LINK} contact")
    entry = vault.directory.list()[0]
    assert entry.name == f"{LINK} shelter" and entry.notes == f"{LINK} notes"


# --- found by an attack test: memory, links in a folder, lone surrogates ---------------------------
def _hsds_folder(tmp_path, services_csv: bytes) -> Path:
    folder = tmp_path / "hsds"
    folder.mkdir()
    (folder / "services.csv").write_bytes(services_csv)
    return folder


def test_long_column_names_are_refused(tmp_path):
    """200 column names of 10,000 characters (2 MB) reached 1.8 GB: each row copied every name."""
    header = ",".join(f"c{i}" + "x" * 9_990 for i in range(200)).encode()
    with pytest.raises(SetupKitError):
        read_kit(_hsds_folder(tmp_path, header + b"\n" + b"1\n" * 10))


def test_short_rows_cost_only_what_they_hold(tmp_path):
    """A 200-column header then 10,000 rows holding only a name reached 589 MB; only filled cells are kept."""
    header = ("name," + ",".join(f"col{i}" for i in range(199))).encode()
    rows = b"".join(b"Service %d\n" % i for i in range(1_999))
    kept = kit_parts.csv_rows(header + b"\n" + rows, "services.csv")
    assert len(kept) == 1_999 and all(list(row) == ["name"] for row in kept)
    assert len(read_kit(_hsds_folder(tmp_path, header + b"\n" + rows)).services) == 1_999


def test_too_many_filled_cells_are_refused():
    header = ",".join(f"c{i}" for i in range(150)).encode()
    row = ",".join("v" for _ in range(150)).encode()
    with pytest.raises(KitTooLarge):
        kit_parts.csv_rows(header + b"\n" + (row + b"\n") * 1_500, "services.csv")


@needs_links
def test_a_link_in_a_kit_folder_is_refused(tmp_path):
    """services.csv as a link could make the kit read any file the survivor's account can read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("name\nTHE SURVIVOR'S PRIVATE FILE\n")
    folder = tmp_path / "hsds"
    folder.mkdir()
    (folder / "services.csv").symlink_to(secret)
    with pytest.raises(SetupKitError):
        read_kit(folder)


def test_lone_surrogates_are_dropped_not_imported(vault):
    """A kit with the JSON escape \\ud800 was accepted, then broke the import after the vault was made."""
    data = kit(agency={"name": "Ana\ud800", "organisation": "Safe\udfff Homes"},
               services=[{"name": "Shelter\ud800"}])
    parsed = parse_kit_json(data)
    assert parsed.agency.name == "Ana" and parsed.services[0].name == "Shelter"
    import_kit(vault, parsed)
    assert [p.name for p in vault.people.list()] == ["Ana"]
