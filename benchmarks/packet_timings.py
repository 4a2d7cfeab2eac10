"""Time a 200-item share packet on the ten-year vault (DESIGN §8: built in ≤ 1 s), and packets with
5 papers of 25 MB together (issue 14: ≤ 3 s).

    python benchmarks/packet_timings.py [--quick] [--papers-only]

prepare = read the items, papers and the signing key (UI thread); build = clean the photos + typeset +
embed JSON and papers + sign + AES-256 encryption + read back by the agency's reader (worker thread in
the app); save = atomic write + consent record (UI thread); read = the agency's reader on the file.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def two_hundred_item_scope(vault):
    """Fill `vault` as the ten-year vault and choose 200 items: 100 goals, 92 service choices, 8 about-me fields."""
    from ten_year_vault import populate

    from survivor_vault.model.about_me import AboutMe
    from survivor_vault.model.permissions import ItemRef, Section
    from survivor_vault.sharing.packet_scope import PacketScope

    populate(vault.connection)
    vault.about_me.save(AboutMe(**{name: f"Some words about {name}" for name in AboutMe.field_names()}))
    goals = [ItemRef(Section.GOALS, str(g.id)) for g in vault.goals.list()[:100]]
    services = [ItemRef(Section.SERVICES, str(c.id)) for c in vault.services.choices()[:92]]
    about = [ItemRef(Section.ABOUT_ME, name) for name in AboutMe.field_names()]
    return PacketScope("Agency worker", "Benchmark", date.today() + timedelta(days=30), frozenset(Section),
                       frozenset(goals + services + about), include_notes=True, include_feedback=True,
                       recipient_organisation="Agency")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--papers-only", action="store_true", help="only the packets with papers")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7

    from PySide6.QtGui import QGuiApplication

    from survivor_vault.core.vault import Vault
    from survivor_vault.sharing import packet_builder
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS

    QGuiApplication.instance() or QGuiApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="svbench-packet-"))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    if args.papers_only:
        from paper_packets import papers_timings

        papers_timings(tmp, 3 if args.quick else 5)
        return 0
    vault = Vault.create(tmp / "vault", "benchmark passphrase", kdf=FLOOR_SETTINGS)
    scope = two_hundred_item_scope(vault)
    timings: dict[str, list[float]] = {"prepare": [], "build": [], "save": []}
    built = None
    for n in range(repeats):
        start = time.perf_counter()
        prepared = packet_builder.prepare(vault, scope)
        timings["prepare"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        built = packet_builder.build(prepared)
        timings["build"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        packet_builder.save(vault, built, tmp / f"packet-{n}.pdf")
        timings["save"].append((time.perf_counter() - start) * 1000)
    print(f"Packet: {built.prepared.content.item_count} items (100 goals with 10 steps and notes, 92 service "
          f"choices with notes and feedback, 8 about-me fields), {built.pages.page_count} pages, "
          f"{len(built.data) / 1024:.0f} KiB")
    for name, values in timings.items():
        print(f"  {name:8} median {statistics.median(values):7.1f} ms   best {min(values):7.1f} ms")
    total = [sum(t) for t in zip(*timings.values(), strict=True)]
    build_only = statistics.median(timings["build"])
    print(f"  {'total':8} median {statistics.median(total):7.1f} ms   (PDF + encryption + signature: "
          f"{build_only:.0f} ms; target <= 1000)")
    _reading(built, repeats)
    vault.lock()
    from paper_packets import papers_timings

    papers_timings(tmp, 3 if args.quick else 5)
    import shutil
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _reading(built, repeats: int) -> None:
    """Opening the packet as an agency would, and the schema check of its JSON on its own (first call included)."""
    import json

    from survivor_vault.sharing import packet_format
    from survivor_vault.sharing.packet_reader import read_packet

    doc = json.loads(packet_format.encode(built.doc))
    start = time.perf_counter()
    packet_format.validate(doc)
    first = (time.perf_counter() - start) * 1000
    checks, reads = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        packet_format.validate(doc)
        checks.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        read_packet(built.data, built.code)
        reads.append((time.perf_counter() - start) * 1000)
    print(f"  {'read':8} median {statistics.median(reads):7.1f} ms   (of which the schema check of packet.json: "
          f"median {statistics.median(checks):.1f} ms; first check, loading the schema: {first:.1f} ms)")


if __name__ == "__main__":
    raise SystemExit(main())
