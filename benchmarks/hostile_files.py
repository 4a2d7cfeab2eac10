"""Time and peak memory of `survivor-vault open-packet` on each hostile file (issue budget: ≤ 10 s, ≤ 300 MB).

    python benchmarks/hostile_files.py

Each case runs in its own process, as an agency would run the reader, so the peak resident memory
(ru_maxrss of that child alone) is the reader's, not this script's. Also measured: a real 1-page
packet, a real 200-item (68-page) packet, and real packets with papers (25 MB in 5, and one of 50 MB).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SVAULT_TEST_FAST_KDF", "1")


_CHILD = """
import atexit, os, sys
def _peak():
    with open("/proc/self/status") as status, open(os.environ["SVBENCH_PEAK"], "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM")).split()[1])
atexit.register(_peak)
from survivor_vault.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run(path: Path, code: str | None = None) -> tuple[float, float, int, str]:
    """Wall time (s), peak RSS (MB), exit code and stderr's first line of one open-packet run.

    The peak is the child's own high-water mark (VmHWM, read by the child as it exits): a spawned
    child's ru_maxrss would include this script's memory.
    """
    args = [sys.executable, "-c", _CHILD, "open-packet", str(path)] + (["--code-stdin"] if code else [])
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        start = time.perf_counter()
        proc = subprocess.run(args, input=((code or "") + "\n").encode(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env={**os.environ, "SVBENCH_PEAK": str(peak_file)},
                              cwd=ROOT, check=False)
        elapsed = time.perf_counter() - start
        peak_kb = int(peak_file.read_text()) if peak_file.exists() else 0
    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    return elapsed, peak_kb / 1024, proc.returncode, (lines[0] if lines else "")


def real_packets(folder: Path) -> list[tuple[str, Path, str | None]]:
    from packet_timings import two_hundred_item_scope

    from survivor_vault.sharing import packet_builder
    from tests.conftest import make_vault
    from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for

    vault = make_vault(folder / "vault")
    refs = fill_markers(vault)
    small, _ = make_packet(vault, scope_for(refs, list(refs)), folder / "small.pdf")
    other = make_vault(folder / "vault2")
    big = packet_builder.build(packet_builder.prepare(other, two_hundred_item_scope(other)))
    (folder / "big.pdf").write_bytes(big.data)
    vault.lock()
    other.lock()
    return [("real packet, 1 page (protected, signed)", folder / "small.pdf", small.code),
            (f"real packet, 200 items, {big.pages.page_count} pages", folder / "big.pdf", big.code),
            *paper_packets(folder)]


def paper_packets(folder: Path) -> list[tuple[str, Path, str | None]]:
    """Packets with papers: 5 PDFs of 5 MB (signed), and one paper of 50 MB (the largest the vault keeps) in an
    unsigned packet: the most a well-formed file can make the reader load, since the reader reads an attached paper
    only once packet.json lists its size (and, in a signed packet, only once every byte of the file is checked)."""
    from paper_packets import paper_scope

    from survivor_vault.sharing import packet_builder
    from tests.conftest import make_vault

    vault = make_vault(folder / "vault3")
    pdfs = []
    for n in range(5):
        pdfs.append(folder / f"doc{n}.pdf")
        pdfs[-1].write_bytes(b"%PDF-1.4\n" + os.urandom(5 * 1024 * 1024 - 9))
    large = folder / "large.pdf"
    large.write_bytes(b"%PDF-1.4\n" + os.urandom(50 * 1024 * 1024 - 9))
    cases = []
    for name, paths, signed in (("real packet, 5 papers of 5 MB (signed)", pdfs, True),
                                ("real packet, one 50 MB paper (unsigned)", [large], False)):
        built = packet_builder.build(packet_builder.prepare(vault, paper_scope(vault, paths, signed=signed)))
        path = folder / f"papers{len(cases)}.pdf"
        path.write_bytes(built.data)
        cases.append((name, path, built.code))
    vault.lock()
    return cases


def main() -> int:
    from tests.sharing.hostile_pdfs import CODE, CORPUS

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = real_packets(folder)
        for name, make in CORPUS.items():
            path = folder / f"case{len(cases)}.pdf"
            path.write_bytes(make())
            cases.append((name, path, CODE))
        fifo = folder / "fifo.pdf"
        os.mkfifo(fifo)
        cases += [("/dev/zero", Path("/dev/zero"), None), ("a folder", folder, None), ("a FIFO", fifo, None)]
        print(f"{'case':47} {'size':>9} {'time':>7} {'peak RSS':>9} exit  first line on stderr")
        worst_time = worst_rss = 0.0
        for name, path, code in cases:
            size = path.stat().st_size if path.is_file() else 0
            elapsed, rss, code_exit, line = run(path, code)
            if not name.startswith("real"):
                worst_time, worst_rss = max(worst_time, elapsed), max(worst_rss, rss)
            print(f"{name:47} {size / 1e6:7.1f}MB {elapsed:6.2f}s {rss:7.0f}MB {code_exit:4}  {line[:60]}")
        print(f"worst hostile case: {worst_time:.2f} s, {worst_rss:.0f} MB peak RSS (budget: 10 s, 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
