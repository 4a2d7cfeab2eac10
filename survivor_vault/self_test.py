"""`survivor-vault --self-test`: check this computer can run the app, in a temporary folder.

What an advocate runs on a laptop before a meeting, and what CI runs on the built bundle.
It uses only invented data, in its own temporary folder, removed at the end.
"""

from __future__ import annotations

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
        self.out = out or sys.stdout
        self.failed = 0
        self.passed = 0
        self.state: dict = {}

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


def run(out=None) -> int:
    test = SelfTest(out)
    folder = Path(tempfile.mkdtemp(prefix="svault-selftest-"))  # invented data only, removed below
    s = test.state
    try:
        def encryption_library():
            from survivor_vault.storage.database import require_sqlcipher

            s["cipher"] = require_sqlcipher()

        def create():
            from survivor_vault.core.vault import Vault

            s["vault"] = Vault.create(folder / "vault", PASSPHRASE)

        def write_records():
            from survivor_vault.model.about_me import AboutMe
            from survivor_vault.model.services import Choice

            vault = s["vault"]
            goal = vault.goals.add("Self-test goal", steps=["one", "two"])
            kind = vault.services.kinds()[0]
            choice = vault.services.add_choice(kind.id, Choice.USING, provider="Self-test provider")
            vault.about_me.save(AboutMe(preferred_name="Self-test name"))
            person = vault.people.add("Self-test agency")
            s["ids"] = (goal.id, choice.id, person.id)

        def lock_and_unlock():
            from survivor_vault.core.vault import Vault

            s["vault"].lock()
            s["vault"] = Vault.unlock(folder / "vault", PASSPHRASE)
            goal_id = s["ids"][0]
            if s["vault"].goals.get(goal_id).title != "Self-test goal":
                raise RuntimeError("a record did not come back after unlocking")

        def backup():
            s["backup"] = s["vault"].backup(folder / "backup.svbackup")

        def check_backup():
            from survivor_vault.core.vault import verify_backup_file

            verify_backup_file(s["backup"], PASSPHRASE, folder / "scratch")

        def make_packet():
            from survivor_vault.model.permissions import ItemRef, Section
            from survivor_vault.sharing import packet_builder
            from survivor_vault.sharing.packet_scope import PacketScope

            goal_id, choice_id, person_id = s["ids"]
            items = frozenset({ItemRef(Section.GOALS, str(goal_id)), ItemRef(Section.SERVICES, str(choice_id)),
                               ItemRef(Section.ABOUT_ME, "preferred_name")})
            scope = PacketScope("Self-test agency", "Self-test", date.today() + timedelta(days=7),
                                frozenset(Section), items, person_id=person_id)
            built = packet_builder.build(packet_builder.prepare(s["vault"], scope))
            packet_builder.save(s["vault"], built, folder / "packet.pdf")
            s["code"] = built.code

        def open_packet():
            from survivor_vault.sharing.packet_reader import read_packet, readable_text

            reading = read_packet((folder / "packet.pdf").read_bytes(), s["code"])
            if not reading.signed or "Self-test goal" not in readable_text(reading):
                raise RuntimeError("the packet did not read back as made")

        def erase():
            vault = s.pop("vault")
            vault.erase()
            if (folder / "vault" / "vault.db").exists():
                raise RuntimeError("the vault file is still there")

        steps = [
            ("encryption library (SQLCipher)", encryption_library),
            ("make a vault", create),
            ("write each kind of record", write_records),
            ("lock and unlock", lock_and_unlock),
            ("make a backup (and check it)", backup),
            ("open a backup with its passphrase", check_backup),
            ("make a share packet (PDF, AES-256, signed)", make_packet),
            ("open and check the share packet", open_packet),
            ("erase the vault", erase),
        ]
        for index, (name, action) in enumerate(steps):
            if not test.step(name, action) and index < 2:  # nothing else can run without these
                for skipped, _ in steps[index + 1:]:
                    test.failed += 1
                    test.out.write(f"FAILED  {skipped}: not tried, because the step above failed\n")
                break
    finally:
        vault = s.get("vault")
        if vault is not None and not vault.is_locked:
            vault.lock()
        shutil.rmtree(folder, ignore_errors=True)
    total = test.passed + test.failed
    verdict = "all passed" if not test.failed else f"{test.failed} failed"
    test.out.write(f"Self-test: {verdict} ({test.passed} of {total} OK).\n")
    return 0 if not test.failed else 1
