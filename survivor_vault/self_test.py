"""`survivor-vault --self-test`: check this computer can run the app, in a temporary folder.

What an advocate runs on a laptop before a meeting, and what CI runs on the built bundle.
It uses only invented data, in its own temporary folder, removed at the end.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

PASSPHRASE = "self test passphrase of five words"


class SelfTest:
    def __init__(self, out=None):
        # The Windows bundle is a windowed app: started without a redirection it has no stdout (None). The steps
        # still run and the exit code still tells; `survivor-vault.exe --self-test > self-test.txt` shows them.
        self.out = out or sys.stdout or io.StringIO()
        self.failed = 0
        self.passed = 0

    def step(self, name: str, action: Callable[[], object]) -> bool:
        start = time.perf_counter()
        try:
            action()
        except Exception as error:  # noqa: BLE001 - every failure is reported, none is hidden
            self.failed += 1
            self.out.write(f"FAILED  {name}: {type(error).__name__}: {error}\n")
            return False
        self.passed += 1
        self.out.write(f"OK      {name} ({(time.perf_counter() - start) * 1000:.0f} ms)\n")
        return True


class _Journey:
    """The steps, in order, on invented data in `folder`: each raises if this computer cannot do it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.vault = None
        self.ids: tuple[int, int, int] = (0, 0, 0)
        self.paper_ids: list[int] = []
        self.backup_path: Path | None = None
        self.code: str | None = None

    def steps(self) -> list[tuple[str, Callable[[], object]]]:
        return [
            ("encryption library (SQLCipher)", self.encryption_library),
            ("make a vault", self.create),
            ("write each kind of record", self.write_records),
            ("lock and unlock", self.lock_and_unlock),
            ("keep papers and show them (PDFium, Qt's image plugins)", self.papers),
            ("make a backup (and check it)", self.backup),
            ("open a backup with its passphrase", self.check_backup),
            ("make a share packet (PDF, AES-256, signed)", self.make_packet),
            ("open and check the share packet", self.open_packet),
            ("erase the vault", self.erase),
        ]

    def encryption_library(self) -> None:
        from survivor_vault.storage.database import require_sqlcipher

        require_sqlcipher()

    def create(self) -> None:
        from survivor_vault.core.vault import Vault

        self.vault = Vault.create(self.folder / "vault", PASSPHRASE)

    def write_records(self) -> None:
        from survivor_vault.model.about_me import AboutMe
        from survivor_vault.model.services import Choice

        vault = self.vault
        goal = vault.goals.add("Self-test goal", steps=["one", "two"])
        kind = vault.services.kinds()[0]
        choice = vault.services.add_choice(kind.id, Choice.USING, provider="Self-test provider")
        vault.about_me.save(AboutMe(preferred_name="Self-test name"))
        person = vault.people.add("Self-test agency")
        self.ids = (goal.id, choice.id, person.id)

    def lock_and_unlock(self) -> None:
        from survivor_vault.core.vault import Vault

        self.vault.lock()
        self.vault = Vault.unlock(self.folder / "vault", PASSPHRASE)
        if self.vault.goals.get(self.ids[0]).title != "Self-test goal":
            raise RuntimeError("a record did not come back after unlocking")

    def papers(self) -> None:
        """A PDF and a JPEG photo kept in the vault, each drawn from memory as the viewer draws it."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QImage

        from survivor_vault.core.demo_papers import demo_pdf
        from survivor_vault.sharing.pdf_pages import ensure_gui_application
        from survivor_vault.ui.paper_pages import open_pages

        ensure_gui_application()
        photo = QImage(64, 48, QImage.Format.Format_RGB32)
        photo.fill(0x336699)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        photo.save(buffer, "JPEG")
        for name, content in (("letter.pdf", demo_pdf(["Self-test letter"])), ("photo.jpg", bytes(data))):
            paper = self.vault.papers.add_bytes(content, name)
            pages = open_pages(self.vault.papers.read_bytes(paper.id), paper.media_type)
            if pages.page(0, 0.5).isNull():
                raise RuntimeError(f"{name} could not be drawn")
            pages.close()
            self.paper_ids.append(paper.id)

    def backup(self) -> None:
        self.backup_path = self.vault.backup(self.folder / "backup.svbackup")

    def check_backup(self) -> None:
        from survivor_vault.core.vault import verify_backup_file

        verify_backup_file(self.backup_path, PASSPHRASE, self.folder / "scratch")

    def make_packet(self) -> None:
        from survivor_vault.model.permissions import ItemRef, Section
        from survivor_vault.sharing import packet_builder
        from survivor_vault.sharing.packet_scope import PacketScope

        goal_id, choice_id, person_id = self.ids
        items = frozenset({ItemRef(Section.GOALS, str(goal_id)), ItemRef(Section.SERVICES, str(choice_id)),
                           ItemRef(Section.ABOUT_ME, "preferred_name"),
                           *(ItemRef(Section.PAPERS, str(paper_id)) for paper_id in self.paper_ids)})
        scope = PacketScope("Self-test agency", "Self-test", date.today() + timedelta(days=7),
                            frozenset(Section), items, person_id=person_id)
        built = packet_builder.build(packet_builder.prepare(self.vault, scope))
        packet_builder.save(self.vault, built, self.folder / "packet.pdf")
        self.code = built.code

    def open_packet(self) -> None:
        from survivor_vault.sharing.packet_reader import read_packet, readable_text

        reading = read_packet((self.folder / "packet.pdf").read_bytes(), self.code)
        if not reading.signed or "Self-test goal" not in readable_text(reading):
            raise RuntimeError("the packet did not read back as made")
        if len(reading.papers) != len(self.paper_ids):
            raise RuntimeError("the packet's papers did not read back as attached")

    def erase(self) -> None:
        vault, self.vault = self.vault, None
        vault.erase()
        if (self.folder / "vault" / "vault.db").exists():
            raise RuntimeError("the vault file is still there")

    def close(self) -> None:
        if self.vault is not None and not self.vault.is_locked:
            self.vault.lock()
        shutil.rmtree(self.folder, ignore_errors=True)


def run(out=None) -> int:
    test = SelfTest(out)
    journey = _Journey(Path(tempfile.mkdtemp(prefix="svault-selftest-")))  # invented data only, removed below
    try:
        steps = journey.steps()
        for index, (name, action) in enumerate(steps):
            if not test.step(name, action) and index < 2:  # nothing else can run without these
                for skipped, _ in steps[index + 1:]:
                    test.failed += 1
                    test.out.write(f"FAILED  {skipped}: not tried, because the step above failed\n")
                break
    finally:
        journey.close()
    total = test.passed + test.failed
    verdict = "all passed" if not test.failed else f"{test.failed} failed"
    test.out.write(f"Self-test: {verdict} ({test.passed} of {total} OK).\n")
    return 0 if not test.failed else 1
