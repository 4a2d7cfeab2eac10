"""Adding papers as the app does (a worker with a connection of its own), and deleting the originals after."""

from __future__ import annotations

import os

import pytest

from survivor_vault.core.jobs import AddPapers, DeleteOriginals
from survivor_vault.core.originals import Original
from survivor_vault.model.errors import ImportStopped, PaperTooLarge, PaperUnreadable, StillInUse
from survivor_vault.model.papers import MOST_BYTES
from survivor_vault.storage.papers_repository import CHUNK
from tests.conftest import needs_fifo, needs_links


def _file(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


def test_several_files_go_in_one_after_another_and_one_bad_file_costs_only_itself(vault, tmp_path):
    letter = _file(tmp_path, "letter.pdf", b"%PDF-1.4\n" + os.urandom(CHUNK + 5))
    photo = _file(tmp_path, "photo.jpg", b"\xff\xd8\xff" + os.urandom(300))
    big = tmp_path / "big.pdf"
    with open(big, "wb") as f:
        f.truncate(MOST_BYTES + 1)
    outcomes = AddPapers(vault, [letter, big, tmp_path / "gone.pdf", tmp_path, photo]).run_here()
    assert [o.path for o in outcomes] == [letter, big, tmp_path / "gone.pdf", tmp_path, photo]
    assert [type(o.error) for o in outcomes] == [type(None), PaperTooLarge, PaperUnreadable, PaperUnreadable,
                                                 type(None)]
    kept = {p.title: p for p in vault.papers.list()}  # the vault's own connection sees what the worker wrote
    assert set(kept) == {"letter", "photo"}
    assert vault.papers.read_bytes(kept["letter"].id) == letter.read_bytes()
    assert kept["photo"].media_type == "image/jpeg"


def test_a_stop_keeps_the_papers_before_it_and_nothing_of_the_one_being_read(vault, tmp_path):
    from survivor_vault.core.paper_import import import_files

    first = _file(tmp_path, "first.pdf", b"%PDF-1.4\n" + os.urandom(100))
    second = _file(tmp_path, "second.pdf", b"%PDF-1.4\n" + os.urandom(CHUNK * 3))
    third = _file(tmp_path, "third.pdf", b"%PDF-1.4\n" + os.urandom(10))
    asked = []

    def stop() -> bool:  # asked before each file and before each chunk: true from the second file's 2nd chunk
        asked.append(1)
        return len(asked) > 4

    outcomes = import_files(vault.connection, [first, second, third], stop)
    assert outcomes[0].paper is not None
    assert isinstance(outcomes[1].error, ImportStopped) and isinstance(outcomes[2].error, ImportStopped)
    assert [p.title for p in vault.papers.list()] == ["first"]
    assert vault.connection.execute("SELECT count(*) FROM paper_chunks").fetchone()[0] == 1


def test_locking_the_vault_stops_an_import_between_files(vault, tmp_path):
    paths = [_file(tmp_path, f"p{i}.pdf", b"%PDF-1.4\n" + os.urandom(50)) for i in range(3)]
    job = AddPapers(vault, paths)
    vault.lock()
    outcomes = job.run()
    assert all(isinstance(o.error, ImportStopped) for o in outcomes)


def test_a_key_change_waits_for_an_import_and_an_import_for_a_key_change(vault, tmp_path):
    path = _file(tmp_path, "p.pdf", b"%PDF-1.4\n")
    job = AddPapers(vault, [path])
    with pytest.raises(StillInUse):
        vault.change_passphrase("another long passphrase 42")
    job.run_here()
    vault.change_passphrase("another long passphrase 42")  # free again once the import ended
    assert [p.title for p in vault.papers.list()] == ["p"]


def test_an_original_is_deleted_only_while_it_holds_what_the_vault_kept(vault, tmp_path):
    same = _file(tmp_path, "same.pdf", b"%PDF-1.4\nkept")
    changed = _file(tmp_path, "changed.pdf", b"%PDF-1.4\nfirst")
    outcomes = AddPapers(vault, [same, changed]).run_here()
    changed.write_bytes(b"%PDF-1.4\nsecond")  # a newer version saved over it since: not ours to delete
    deleted, left = DeleteOriginals([Original(o.path, o.paper) for o in outcomes]).run_here()
    assert deleted == [same] and left == [changed]
    assert not same.exists() and changed.read_bytes() == b"%PDF-1.4\nsecond"
    assert {p.title for p in vault.papers.list()} == {"same", "changed"}  # the vault's copies stay


@needs_links
def test_a_link_and_a_file_with_a_second_name_are_left_whole(vault, tmp_path):
    """Overwriting a hard-linked file filled its other name, in another folder, with noise; a link's file lived
    elsewhere (found by an attack). Both are left as they are, and said to be."""
    family = tmp_path / "Family"
    family.mkdir()
    target = _file(family, "passport.jpg", b"\xff\xd8\xff" + b"family copy")
    link = tmp_path / "passport-link.jpg"
    link.symlink_to(target)
    second_name = tmp_path / "passport-copy.jpg"
    os.link(target, second_name)
    outcomes = AddPapers(vault, [link, second_name]).run_here()
    deleted, left = DeleteOriginals([Original(o.path, o.paper) for o in outcomes]).run_here()
    assert deleted == [] and left == [link, second_name]
    assert target.read_bytes() == b"\xff\xd8\xff" + b"family copy" and second_name.exists() and link.is_symlink()


def test_a_paper_in_memory_is_kept_like_one_from_a_file(vault):
    data = b"\x89PNG\r\n\x1a\n" + os.urandom(CHUNK + 1)
    paper = vault.papers.add_bytes(data, "scan.png", kind="id")
    assert (paper.title, paper.media_type, paper.size) == ("scan", "image/png", len(data))
    assert vault.papers.read_bytes(paper.id) == data
    with pytest.raises(PaperTooLarge):
        vault.papers.add_bytes(b"x" * (MOST_BYTES + 1), "big.bin")


@needs_fifo
def test_a_named_pipe_is_refused_at_once_and_the_import_goes_on(vault, tmp_path):
    """open() of a FIFO waits for a writer: the import hung, Stop did nothing, erase waited (found by an attack)."""
    import threading

    pipe = tmp_path / "scan.pdf"
    os.mkfifo(pipe)
    letter = _file(tmp_path, "letter.pdf", b"%PDF-1.4\n")
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("outcomes", AddPapers(vault, [pipe, letter]).run()),
                              daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "the import waited on the pipe"
    outcomes = result["outcomes"]
    assert isinstance(outcomes[0].error, PaperUnreadable) and outcomes[1].paper is not None


@needs_fifo
def test_an_original_replaced_by_a_pipe_is_left_alone_at_once(vault, tmp_path):
    import threading

    letter = _file(tmp_path, "letter.pdf", b"%PDF-1.4\nkept")
    [outcome] = AddPapers(vault, [letter]).run_here()
    letter.unlink()
    os.mkfifo(letter)
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("done", DeleteOriginals(
        [Original(letter, outcome.paper)]).run_here()), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "deleting the originals waited on the pipe"
    assert result["done"] == ([], [letter]) and letter.exists()
