"""My papers: how a document's bytes are best kept in the encrypted database. Prints figures (DESIGN §8).

    python benchmarks/papers_timings.py

For each chunk size (and one whole blob), on a fresh vault: importing a 20 MB document, reading it back whole
(as the viewer does), and the peak memory of doing so. Chunked storage also lets backups and packets stream a
document without holding it whole.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ONE = """
import os, sys, time, resource, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
from survivor_vault.core.vault import Vault
from survivor_vault.storage import papers_repository
from survivor_vault.storage.key_slots import FLOOR_SETTINGS
papers_repository.CHUNK = {chunk}
work = Path(tempfile.mkdtemp())
doc = work / "scan.pdf"
doc.write_bytes(b"%PDF-1.7\\n" + os.urandom({size}))
vault = Vault.create(work / "v", "benchmark passphrase", kdf=FLOOR_SETTINGS)
start = time.perf_counter(); paper = vault.papers.add_from_file(doc); added = time.perf_counter() - start
start = time.perf_counter(); data = vault.papers.read_bytes(paper.id); read = time.perf_counter() - start
assert len(data) == paper.size
print(added * 1000, read * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
vault.lock()
"""


def main() -> None:
    size = 20 * 1024 * 1024
    print(f"A {size // (1024 * 1024)} MB document, median of 5 fresh processes each:")
    print(f"{'chunk':>10} {'import ms':>10} {'read ms':>8} {'peak MB':>8}")
    for label, chunk in (("256 KiB", 256 * 1024), ("1 MiB", 1024 * 1024), ("4 MiB", 4 * 1024 * 1024),
                         ("whole", 64 * 1024 * 1024)):
        runs = []
        for _ in range(5):
            out = subprocess.run([sys.executable, "-c", ONE.format(root=str(ROOT), chunk=chunk, size=size)],
                                 capture_output=True, text=True, check=True).stdout.split()
            runs.append(tuple(float(x) for x in out))
        added, read, peak = (statistics.median(r[i] for r in runs) for i in range(3))
        print(f"{label:>10} {added:>10.0f} {read:>8.0f} {peak:>8.0f}")


if __name__ == "__main__":
    os.environ.setdefault("SVAULT_TEST_FAST_KDF", "1")
    main()
