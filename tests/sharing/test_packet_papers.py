"""Papers in a packet, checked as an agency would with independent readers (poppler's pdfdetach and pdftotext, qpdf,
exiftool) and with our own: exactly the chosen papers, the vault's bytes for documents, photos without their
hidden details, each listed with the hash of its bytes, the signature over it all, the consent record too."""

import hashlib
import json
import shutil
import subprocess
import unicodedata

import pytest

from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.sharing import packet_builder, packet_format
from survivor_vault.sharing.packet_content import item_hash
from survivor_vault.sharing.packet_papers import (
    MB,
    PaperDamagedInVault,
    PapersTooLarge,
    PictureNotCleaned,
    file_name,
    slug,
)
from survivor_vault.sharing.packet_reader import read_packet
from tests.sharing import paper_samples as samples
from tests.sharing.packet_fixtures import (
    MARK,
    OTHER_MARKER,
    PDF_MARKER,
    add_papers,
    fill_markers,
    make_packet,
    scope_for,
)
from tests.sharing.test_paper_cleaning import assert_nothing_hidden

needs_tools = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdfdetach", "pdftotext", "qpdf")),
                                 reason="poppler-utils and qpdf are installed by .ci/run")
CHOSEN = ["goal_a", "photo", "scan", "letter", "form"]


def run(*cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


@pytest.fixture
def refs(vault, tmp_path):
    refs = fill_markers(vault)
    refs.update(add_papers(vault, tmp_path / "originals"))
    return refs


@pytest.fixture
def packet(vault, refs, tmp_path):
    built, record = make_packet(vault, scope_for(refs, CHOSEN), tmp_path / "packet.pdf")
    return built, record, tmp_path / "packet.pdf"


def vault_bytes(vault, ref) -> bytes:
    return vault.papers.read_bytes(int(ref.key))


@needs_tools
def test_pdfdetach_lists_exactly_the_chosen_papers_and_qpdf_checks_the_file(packet, refs, vault):
    built, _record, path = packet
    listing = run("pdfdetach", "-list", "-upw", built.code, str(path))
    assert listing.returncode == 0
    names = [line.split(": ", 1)[1] for line in listing.stdout.splitlines()[1:]]
    chosen = [paper.file_name for paper in built.attached]
    assert names == ["packet.json", "packet.sig", *chosen]
    assert len(chosen) == 4 and not any("Never" in name for name in names)  # the unchosen paper is not there
    check = run("qpdf", f"--password={built.code}", "--check", str(path))
    assert check.returncode == 0, check.stdout + check.stderr
    assert run("pdfdetach", "-list", str(path)).returncode != 0  # without the code: nothing


@needs_tools
def test_the_attached_bytes_are_the_vaults_for_documents_and_without_details_for_photos(packet, refs, vault, tmp_path):
    built, _record, path = packet
    out = tmp_path / "detached"
    out.mkdir()
    assert run("pdfdetach", "-upw", built.code, "-saveall", "-o", str(out), str(path)).returncode == 0
    by_title = {paper.entry["title"]: paper.file_name for paper in built.attached}
    letter = (out / by_title["Letter from the court"]).read_bytes()
    assert letter == vault_bytes(vault, refs["letter"]) and PDF_MARKER.encode() in letter
    form = (out / by_title["Benefit form"]).read_bytes()
    assert form == vault_bytes(vault, refs["form"]) and by_title["Benefit form"].endswith(".docx")
    for title in ("Passport, photo page", "Tenancy agreement"):
        photo = (out / by_title[title]).read_bytes()
        assert photo != vault_bytes(vault, refs["photo" if "Pass" in title else "scan"])
        assert_nothing_hidden(photo, tmp_path)  # no marker, and exiftool finds no EXIF, XMP, IPTC, ICC, comment
    assert any(m.encode() in vault_bytes(vault, refs["photo"]) for m in samples.ALL_MARKERS)  # the vault keeps all


def test_packet_json_lists_every_paper_with_the_hash_of_exactly_its_attached_bytes(packet, refs, vault):
    built, _record, _path = packet
    doc = built.doc
    assert doc["version"] == packet_format.VERSION_WITH_PAPERS == 3
    entries = doc["sections"]["papers"]
    assert [entry["title"] for entry in entries] == ["Benefit form", "Letter from the court", "Passport, photo page",
                                                     "Tenancy agreement"]  # in the order of their titles
    for entry, paper in zip(entries, built.attached, strict=True):
        assert set(entry) == {"id", "title", "kind", "issued", "expires", "file_name", "media_type", "size", "sha256"}
        assert entry["sha256"] == hashlib.sha256(paper.data).hexdigest() and entry["size"] == len(paper.data)
        assert entry["issued"] == "2021-05-02"
    photo = next(entry for entry in entries if entry["kind"] == "id")
    assert photo["expires"] == "2031-05-01" and photo["media_type"] == "image/jpeg"
    assert photo["file_name"] == "paper-03-Passport-photo-page.jpg"
    reading = read_packet(built.data, built.code)
    assert reading.verified and [p.data for p in reading.papers] == [p.data for p in built.attached]


def test_packet_json_with_papers_matches_the_documented_schema(packet):
    import jsonschema

    from survivor_vault.resource_paths import resource_dir

    schema = json.loads((resource_dir() / "packet-schema.json").read_text())
    built, *_ = packet
    jsonschema.validate(built.doc, schema)
    for broken in ({**built.doc, "version": 2},  # papers only in version 3
                   {**built.doc, "sections": {"goals": built.doc["sections"]["goals"]}}):  # version 3 has papers
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema)
    papers = built.doc["sections"]["papers"]
    for name in ("../x.pdf", "/etc/x", "a/b.pdf", "paper-1-\u202egpj.exe", "paper-1..pdf", "paper-1.PDF"):
        doc = {**built.doc, "sections": {**built.doc["sections"], "papers": [{**papers[0], "file_name": name}]}}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(doc, schema)


@needs_tools
def test_a_page_lists_the_papers_with_their_titles_kinds_dates_and_sizes(packet):
    built, _record, path = packet
    text = unicodedata.normalize("NFKC", run("pdftotext", "-upw", built.code, str(path), "-").stdout)
    assert "Papers attached: 4" in text
    for words in ("Passport, photo page", "ID or passport", "Letter from the court", "Court or legal",
                  "Tenancy agreement", "Housing", "Benefit form", "Money", "May 1, 2031",
                  "paper-03-Passport-photo-page.jpg"):
        assert words in text, words
    assert "Never chosen" not in text and MARK["goal_a"] in text


def test_the_consent_record_lists_each_paper_with_the_hash_of_what_went(packet, refs, vault):
    built, record, _path = packet
    papers = [item for item in record.items if item.section == Section.PAPERS]
    assert {item.key for item in papers} == {refs[k].key for k in ("photo", "scan", "letter", "form")}
    by_id = {str(entry["id"]): entry for entry in built.doc["sections"]["papers"]}
    for item in papers:
        assert item.sha256 == item_hash(by_id[item.key])  # which holds the attached bytes' own hash
    assert vault.history.get(record.id).items == record.items


def test_a_packet_without_papers_is_still_version_2_for_older_readers(vault, refs, tmp_path):
    built, _ = make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "p.pdf")
    assert built.doc["version"] == 2 and "papers" not in built.doc["sections"] and built.attached == ()
    reading = read_packet(built.data, built.code)
    assert reading.verified and reading.papers == ()


@pytest.mark.parametrize("protected, signed", [(False, True), (True, False), (False, False)])
def test_papers_in_plain_and_unsigned_packets(vault, refs, tmp_path, protected, signed):
    built, _ = make_packet(vault, scope_for(refs, CHOSEN, protected=protected, signed=signed), tmp_path / "p.pdf")
    reading = read_packet(built.data, built.code)
    assert len(reading.papers) == 4 and reading.verified == signed
    letter = next(p for p in reading.papers if p.entry["kind"] == "court")
    assert letter.data == vault_bytes(vault, refs["letter"])
    if not protected:  # nothing hides a plain packet's documents; its photos are still clean
        assert PDF_MARKER.encode() in built.data and OTHER_MARKER.encode() in built.data
        assert_nothing_hidden(next(p for p in reading.papers if p.entry["kind"] == "id").data)
    else:
        assert PDF_MARKER.encode() not in built.data and OTHER_MARKER.encode() not in built.data


def test_a_paper_deleted_since_it_was_ticked_is_left_out(vault, refs, tmp_path):
    vault.papers.delete(int(refs["scan"].key))
    built, record = make_packet(vault, scope_for(refs, CHOSEN), tmp_path / "p.pdf")
    assert len(built.attached) == 3 and refs["scan"].key not in {item.key for item in record.items}


def test_only_ticked_papers_of_a_chosen_section_go(vault, refs, tmp_path):
    scope = scope_for(refs, ["goal_a", "letter"], sections=[Section.GOALS])  # papers ticked, section not chosen
    built, _ = make_packet(vault, scope, tmp_path / "p.pdf")
    assert built.attached == () and built.doc["version"] == 2


def test_a_damaged_photo_stops_the_packet_and_names_itself(vault, refs, tmp_path):
    path = tmp_path / "broken.jpg"
    path.write_bytes(samples.damaged_jpeg())
    paper = vault.papers.add_from_file(path, title="Broken photo", kind="id")
    refs["broken"] = ItemRef(Section.PAPERS, str(paper.id))
    prepared = packet_builder.prepare(vault, scope_for(refs, ["goal_a", "broken"]))
    with pytest.raises(PictureNotCleaned) as stopped:
        packet_builder.build(prepared)
    assert stopped.value.title == "Broken photo" and stopped.value.paper_id == paper.id
    assert vault.history.count() == 0


def test_a_paper_damaged_in_the_vault_stops_the_packet_and_names_itself(vault, refs, tmp_path):
    paper_id = int(refs["letter"].key)
    vault.connection.execute("UPDATE paper_chunks SET bytes = ? WHERE paper_id = ?", (b"changed", paper_id))
    with pytest.raises(PaperDamagedInVault) as stopped:
        packet_builder.prepare(vault, scope_for(refs, ["letter"]))
    assert stopped.value.title == "Letter from the court" and stopped.value.paper_id == paper_id


def test_papers_too_large_for_one_packet_are_refused_before_they_are_read(vault, refs, monkeypatch):
    from survivor_vault.sharing import packet_papers

    monkeypatch.setattr(packet_papers, "MAX_PAPERS_BYTES", 1000)  # the documents here are small
    scope = scope_for(refs, ["letter", "form", "scan"])
    vault.connection.execute("UPDATE paper_chunks SET bytes = ? WHERE paper_id = ?", (b"x", int(refs["letter"].key)))
    with pytest.raises(PapersTooLarge):  # not PaperDamagedInVault: no paper was read
        packet_builder.prepare(vault, scope)
    monkeypatch.setattr(packet_papers, "MAX_PAPERS_BYTES", 10 * MB)
    with pytest.raises(PaperDamagedInVault):
        packet_builder.prepare(vault, scope)


def test_the_packet_limit_fits_the_largest_paper_the_vault_keeps():
    from survivor_vault.model.papers import MOST_BYTES

    assert MOST_BYTES < packet_format.MAX_PAPERS_BYTES < packet_format.MAX_PACKET_BYTES
    assert packet_format.MAX_PAPERS_BYTES // MB == 56 and packet_format.MAX_PACKET_BYTES // MB == 64


@pytest.mark.parametrize("title, expected", [
    ("Letter from the court about my hearing on 3 March", "Letter-from-the-court-about-my-hearing"),
    ("Pasaporte de María", "Pasaporte-de-Maria"),
    ("../../etc/passwd", "etc-passwd"),
    ("C:\\Windows\\evil", "C-Windows-evil"),
    ("\u202egpj.exe\x00\x1b[31m", "gpj-exe-31m"),
    ("جواز السفر", ""),
    ("   ", ""),
])
def test_file_names_come_from_titles_but_never_carry_a_path_or_a_control(title, expected):
    assert slug(title) == expected
    name = file_name(7, 2, title, "application/pdf", "whatever.exe")
    assert name == f"paper-07-{expected}.pdf" if expected else name == "paper-07.pdf"
    assert "/" not in name and "\\" not in name and ".." not in name and name.isascii()


def test_other_files_keep_an_everyday_extension_or_none(vault):
    assert file_name(1, 2, "Form", "application/octet-stream", "form.DOCX") == "paper-01-Form.docx"
    for original in ("run.exe", "page.html", "noext", "archive.tar.gz", "x.js"):
        assert file_name(1, 2, "Form", "application/octet-stream", original) == "paper-01-Form.bin"
    assert file_name(12, 3, "Scan", "image/png", "scan.gif") == "paper-012-Scan.png"


def test_the_readers_text_lists_the_papers(packet):
    from survivor_vault.sharing.packet_reader import readable_text

    built, _record, _path = packet
    text = readable_text(read_packet(built.data, built.code))
    assert "Papers attached: 4" in text
    assert "* Passport, photo page  [ID or passport]" in text and "paper-03-Passport-photo-page.jpg" in text
    assert "Runs out on: 2031-05-01" in text and "Issued on: 2021-05-02" in text
