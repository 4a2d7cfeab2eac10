"""My papers in storage: a document's bytes go only into the encrypted database, come back exactly, and every way
an import can go wrong (too large, changing under us, damaged in the vault) leaves nothing half-kept."""

from __future__ import annotations

import hashlib
import threading
import time

import pytest

from survivor_vault.model.errors import NotFound, PaperChanged, PaperDamaged, PaperTooLarge
from survivor_vault.model.papers import MOST_BYTES, PaperKind
from survivor_vault.storage import papers_repository
from survivor_vault.storage.papers_repository import CHUNK, media_type
from tests.conftest import all_files

MARK = b"ZQMARKER-PAPER-INSIDE"


def _document(tmp_path, name: str, size: int, head: bytes = b"%PDF-1.7\n") -> bytes:
    body = (head + MARK + b"\n" + bytes(range(256)) * (size // 256 + 1))[:size]
    (tmp_path / name).write_bytes(body)
    return body


def test_a_document_comes_back_exactly_and_only_the_vault_holds_it(vault, vault_dir, tmp_path):
    body = _document(tmp_path, "Residence permit.pdf", CHUNK * 3 + 17)  # four chunks, the last one short
    paper = vault.papers.add_from_file(tmp_path / "Residence permit.pdf", kind=PaperKind.IMMIGRATION.value)
    (tmp_path / "Residence permit.pdf").unlink()  # the survivor deleted the original
    assert paper.title == "Residence permit" and paper.file_name == "Residence permit.pdf"
    assert paper.size == len(body) and paper.sha256 == hashlib.sha256(body).hexdigest()
    assert paper.media_type == "application/pdf" and paper.kind == "immigration" and not paper.own_kind
    assert vault.papers.read_bytes(paper.id) == body
    vault.lock()
    for path in all_files(vault_dir):
        assert MARK not in path.read_bytes(), path  # encrypted at rest: the marker is nowhere on disk


def test_what_a_document_is_comes_from_its_bytes_not_its_name():
    assert media_type(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert media_type(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert media_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert media_type(b"II*\x00") == "image/tiff"
    assert media_type(b"MZ\x90\x00") == "application/octet-stream"  # a program named photo.jpg is no photo


def test_a_document_over_fifty_megabytes_is_refused_before_it_is_read(vault, tmp_path):
    big = tmp_path / "scan.pdf"
    with open(big, "wb") as f:
        f.truncate(MOST_BYTES + 1)  # sparse: no 50 MB written to the test machine's disk
    with pytest.raises(PaperTooLarge):
        vault.papers.add_from_file(big)
    assert vault.papers.count() == 0
    assert vault.connection.execute("SELECT count(*) FROM paper_chunks").fetchone()[0] == 0


def test_a_document_that_changes_while_it_is_read_leaves_nothing_behind(vault, tmp_path, monkeypatch):
    _document(tmp_path, "letter.pdf", CHUNK * 4)
    real_read_in = papers_repository.PapersRepository._read_in

    def read_while_someone_writes(self, source, paper_id, stop=None):
        result = real_read_in(self, source, paper_id, stop)
        time.sleep(0.01)
        with open(tmp_path / "letter.pdf", "ab") as writer:  # a sync client finishing its download
            writer.write(b"more")
        return result

    monkeypatch.setattr(papers_repository.PapersRepository, "_read_in", read_while_someone_writes)
    with pytest.raises(PaperChanged):
        vault.papers.add_from_file(tmp_path / "letter.pdf")
    assert vault.papers.count() == 0
    assert vault.connection.execute("SELECT count(*) FROM paper_chunks").fetchone()[0] == 0


def test_a_document_growing_past_the_limit_while_read_is_refused(vault, tmp_path, monkeypatch):
    monkeypatch.setattr(papers_repository, "MOST_BYTES", CHUNK * 2)
    _document(tmp_path, "photo.jpg", CHUNK * 2, head=b"\xff\xd8\xff")
    stop = threading.Event()

    def grow():
        with open(tmp_path / "photo.jpg", "ab") as writer:
            while not stop.is_set():
                writer.write(b"x" * 65536)
                writer.flush()

    growing = threading.Thread(target=grow)
    growing.start()
    try:
        with pytest.raises((PaperTooLarge, PaperChanged)):
            vault.papers.add_from_file(tmp_path / "photo.jpg")
    finally:
        stop.set()
        growing.join()
    assert vault.papers.count() == 0


def test_a_damaged_copy_in_the_vault_is_said_never_shown_as_the_document(vault, tmp_path):
    _document(tmp_path, "court order.pdf", CHUNK + 5)
    paper = vault.papers.add_from_file(tmp_path / "court order.pdf", kind=PaperKind.COURT.value)
    vault.connection.execute("UPDATE paper_chunks SET bytes = ? WHERE paper_id = ? AND seq = 1", (b"tamper", paper.id))
    with pytest.raises(PaperDamaged):
        vault.papers.read_bytes(paper.id)
    with pytest.raises(PaperDamaged):
        for _chunk in vault.papers.chunks(paper.id):
            pass


def test_details_change_and_deleting_a_document_deletes_every_chunk(vault, tmp_path):
    from datetime import date

    _document(tmp_path, "passport.jpg", CHUNK * 2 + 1, head=b"\xff\xd8\xff")
    paper = vault.papers.add_from_file(tmp_path / "passport.jpg", expires=date(2031, 5, 1))
    changed = vault.papers.update(paper.id, title="My passport", kind="Travel papers", expires=None)
    assert changed.title == "My passport" and changed.own_kind and changed.expires is None
    assert vault.papers.list("passport")[0].id == paper.id and not vault.papers.list("visa")
    assert vault.papers.total_size() == CHUNK * 2 + 1
    vault.papers.delete(paper.id)
    with pytest.raises(NotFound):
        vault.papers.get(paper.id)
    assert vault.connection.execute("SELECT count(*) FROM paper_chunks").fetchone()[0] == 0
    kinds = [e.kind.value for e in vault.activity.list(limit=3)]
    assert kinds == ["paper_deleted", "paper_changed", "paper_added"]


def test_a_title_from_a_file_name_never_carries_a_cameras_code_or_a_direction_override(vault, tmp_path):
    """Found by an attack: IMG_20240312_143012.jpg went into a packet as its title and file name, saying when the
    photo was taken; passport\\u202egpj.exe showed reversed; "   .pdf" was refused with "check what you typed"."""
    names = {"IMG_20240312_143012.jpg": b"\xff\xd8\xff", "WhatsApp Image 2024-03-12 at 14.30.12.jpeg": b"\xff\xd8\xff",
             "passport\u202egpj.exe": b"MZ", "   .pdf": b"%PDF-1.4", "Tenancy_agreement_2025.pdf": b"%PDF-1.4"}
    titles = {}
    for name, head in names.items():
        (tmp_path / name).write_bytes(head + b"\n" + bytes(64))
        paper = vault.papers.add_from_file(tmp_path / name, untitled=("Foto", "Documento"))
        titles[name] = (paper.title, paper.file_name)
    assert titles["IMG_20240312_143012.jpg"][0] == "Foto"
    assert titles["WhatsApp Image 2024-03-12 at 14.30.12.jpeg"][0] == "Foto"
    assert titles["passport\u202egpj.exe"] == ("passportgpj", "passportgpj.exe")
    assert titles["   .pdf"][0] == "Documento"
    assert titles["Tenancy_agreement_2025.pdf"][0] == "Tenancy agreement 2025"
