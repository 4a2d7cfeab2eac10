"""Distinct markers through every record type; after lock, no file anywhere holds one."""

import tempfile
from datetime import date
from pathlib import Path

from survivor_vault.core.vault import Vault
from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.services import Choice
from survivor_vault.model.sharing_history import SharedItem
from tests.conftest import PASSPHRASE, all_files, make_vault
from tests.sharing import paper_samples

MARKERS = {
    "goal_title": "ZQMARKER-GOAL-TITLE",
    "goal_why": "ZQMARKER-GOAL-WHY",
    "goal_notes": "ZQMARKER-GOAL-NOTES",
    "step": "ZQMARKER-STEP-TEXT",
    "kind": "ZQMARKER-OWN-SERVICE-KIND",
    "provider": "ZQMARKER-PROVIDER",
    "contact": "ZQMARKER-CONTACT",
    "choice_notes": "ZQMARKER-CHOICE-NOTES",
    "working": "ZQMARKER-WORKING",
    "not_working": "ZQMARKER-NOT-WORKING",
    "name": "ZQMARKER-PREFERRED-NAME",
    "strengths": "ZQMARKER-STRENGTHS",
    "know": "ZQMARKER-WANT-PROVIDERS-TO-KNOW",
    "person": "ZQMARKER-PERSON-NAME",
    "org": "ZQMARKER-ORGANISATION",
    "purpose": "ZQMARKER-PURPOSE",
    "recipient": "ZQMARKER-RECIPIENT",
    "paper_title": "ZQMARKER-PAPER-TITLE",
    "paper_notes": "ZQMARKER-PAPER-NOTES",
    "paper_file_name": "ZQMARKER-PAPER-FILE",
    "inside_pdf": "ZQMARKER-INSIDE-A-PDF",
    "inside_exif": "ZQMARKER-INSIDE-EXIF",
    "date_title": "ZQMARKER-HEARING",
}


def _write_everything(vault):
    goal = vault.goals.add(MARKERS["goal_title"], why=MARKERS["goal_why"], notes=MARKERS["goal_notes"],
                           steps=[MARKERS["step"]])
    kind = vault.services.add_kind(MARKERS["kind"])
    vault.services.add_choice(kind.id, Choice.USING, provider=MARKERS["provider"], contact=MARKERS["contact"],
                              notes=MARKERS["choice_notes"], feedback_working=MARKERS["working"],
                              feedback_not_working=MARKERS["not_working"])
    vault.about_me.save(AboutMe(preferred_name=MARKERS["name"], strengths=MARKERS["strengths"],
                                want_providers_to_know=MARKERS["know"]))
    person = vault.people.add(MARKERS["person"], organisation=MARKERS["org"])
    vault.permissions.save(person.id, {ItemRef(Section.GOALS, str(goal.id))}, purpose=MARKERS["purpose"],
                           end_date=date(2030, 1, 1))
    vault.history.add(recipient_name=MARKERS["recipient"], purpose=MARKERS["purpose"], packet_id="p",
                      packet_sha256="0" * 64, items=[SharedItem(Section.GOALS, str(goal.id), "1" * 64)])
    _add_papers(vault)


def _add_papers(vault):
    """A PDF with a marker in its text and a JPEG with one in its EXIF, read in, then the originals deleted (as
    the app offers): from then on only the vault may hold them."""
    originals = Path(tempfile.mkdtemp(prefix="originals-"))
    pdf = originals / f"{MARKERS['paper_file_name']}.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Length 40 >> stream\nBT (" + MARKERS["inside_pdf"].encode()
                    + b") Tj ET\nendstream endobj\n%%EOF\n")
    jpeg = originals / "photo.jpg"
    jpeg.write_bytes(paper_samples.jpeg_with_everything())  # a real photo (it can be shared), the marker in its EXIF
    assert MARKERS["inside_exif"].encode() in jpeg.read_bytes()
    paper = vault.papers.add_from_file(pdf, title=MARKERS["paper_title"], notes=MARKERS["paper_notes"],
                                       expires=date(2031, 1, 1), remind=30)
    vault.papers.add_from_file(jpeg, kind="id")
    vault.dates.add(MARKERS["date_title"], date(2027, 3, 1), kind="hearing", remind=7, paper_id=paper.id)
    for original in originals.iterdir():
        original.unlink()
    originals.rmdir()


def _share_everything(vault, folder: Path) -> Path:
    """A protected packet with every goal, choice and About me field and both papers (the photo cleaned on the way):
    the only file sharing writes is the packet itself, encrypted."""
    from datetime import timedelta

    from survivor_vault.sharing import packet_builder
    from survivor_vault.sharing.packet_content import all_item_refs
    from survivor_vault.sharing.packet_scope import PacketScope

    refs = frozenset(all_item_refs(vault))
    scope = PacketScope(MARKERS["recipient"], MARKERS["purpose"], date.today() + timedelta(days=30),
                        frozenset(r.section for r in refs), refs, include_notes=True, include_feedback=True)
    built = packet_builder.build(packet_builder.prepare(vault, scope))
    assert len(built.attached) == 2 and built.code
    folder.mkdir()
    packet_builder.save(vault, built, folder / "packet.pdf")
    assert sorted(p.name for p in folder.iterdir()) == ["packet.pdf"]
    return folder / "packet.pdf"


def _hits(paths):
    needles = [m.encode() for m in MARKERS.values()]
    needles += [m.encode("utf-16-le") for m in MARKERS.values()]
    needles.append(PASSPHRASE.encode())
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        found += [(str(path), n) for n in needles if n in data]
    return found


def test_no_marker_on_disk_after_a_full_session(tmp_path):
    tmp_before = set(all_files(Path(tempfile.gettempdir())))
    vault_dir = tmp_path / "vault"
    vault = make_vault(vault_dir)
    _write_everything(vault)
    # while open, the WAL holds recent writes: it must be ciphertext too
    assert (vault_dir / "vault.db-wal").exists()
    assert _hits(all_files(vault_dir)) == []
    packet = _share_everything(vault, tmp_path / "shared")
    backup = vault.backup(tmp_path / "backup.svbackup")
    vault.change_passphrase("another passphrase entirely")
    vault.add_recovery_key()
    vault.lock()
    with Vault.unlock(vault_dir, "another passphrase entirely") as again:
        assert again.goals.list()[0].title == MARKERS["goal_title"]  # the markers really were written
        papers = {p.title: p for p in again.papers.list()}
        assert MARKERS["inside_pdf"].encode() in again.papers.read_bytes(papers[MARKERS["paper_title"]].id)
        again.goals.add("more " + MARKERS["goal_title"])
    restored = Vault.restore(backup, PASSPHRASE, tmp_path / "restored")
    restored.lock()
    new_temp_files = set(all_files(Path(tempfile.gettempdir()))) - tmp_before
    scanned = list(all_files(vault_dir, backup, tmp_path / "restored", packet)) + sorted(new_temp_files)
    assert len(scanned) >= 8
    assert _hits(scanned) == []


def test_the_scan_would_find_a_marker():
    """The scanner itself must be able to fail."""
    import os

    fd, name = tempfile.mkstemp()
    os.write(fd, b"...ZQMARKER-GOAL-TITLE...")
    os.close(fd)
    try:
        assert _hits([Path(name)])
    finally:
        os.unlink(name)
