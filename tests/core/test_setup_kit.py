import io
import json
import subprocess
import sys
import zipfile

import pytest

from survivor_vault.core.setup_kit import (
    KitTooLarge,
    SetupKitError,
    import_kit,
    parse_kit_json,
    read_kit,
)
from tests.conftest import REPO_ROOT

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
