"""How the app grows with the vault: the ten-year vault at 1x, 3x and 10x (issue 15). Prints a table.

    python benchmarks/growth.py                      # 1x, 3x, 10x; 5 rounds
    python benchmarks/growth.py --scales 1 3 --rounds 3
    python benchmarks/growth.py --cache DIR --rebuild

The vaults are `ten_year_vault.populate` at each scale, with small papers and dated items in proportion (300 of
each at 1x, 4 KiB a paper), made once and kept in a cache folder (default: <tmp>/svault-growth; a 10x vault takes
about a minute and ~150 MB). The KDF is the floor's (it is timed on its own; it does not grow).

Each round measures every scale once, each in a fresh process, the scales' order turned round each round, so
that the machine's load falls on all of them alike. In a round a figure is the best of 3 after a warm-up; the
table shows the median of the rounds. Backup and verify run in fresh processes of their own
(benchmarks/backup_timings.py's steps), their peak memory the process's VmHWM.

Growth is flagged worse than linear when 10x/1x is above 12 (linear growth with any fixed cost gives at most
10; the 20 % margin is the run-to-run spread of medians on this shared machine), and a list view over 50 ms
at 3x is flagged over its budget (DESIGN §8).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUILD_VERSION = "2"  # change when populate() changes: the cached vaults are made again
LINEAR_LIMIT = 12.0
BUDGET_MS = 50.0


def build(folder: Path, scale: float) -> None:
    from backup_timings import PASSPHRASE
    from ten_year_vault import populate

    from survivor_vault.core.vault import Vault
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS

    stamp = folder / "built"
    if stamp.exists() and stamp.read_text() == BUILD_VERSION:
        return
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=FLOOR_SETTINGS)
    populate(vault.connection, scale, with_papers=True)
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    size = (folder / "vault" / "vault.db").stat().st_size / 1e6
    print(f"  made the {scale:g}x vault in {time.perf_counter() - start:.0f} s ({size:.0f} MB)", flush=True)
    stamp.write_text(BUILD_VERSION)


def best_ms(action, repeats: int = 3) -> float:
    """Best of `repeats` after a warm-up (papers_vault's, with fewer repeats: a round here runs every scale)."""
    from papers_vault import best_ms as best

    return best(action, repeats)


def peak_mib() -> int:
    status = Path("/proc/self/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) // 1024


# --- one round at one scale, in a fresh process ------------------------------------------------------------

def _unlock_figures(folder: Path) -> tuple[dict[str, float], object]:
    from backup_timings import PASSPHRASE

    import survivor_vault.core.vault as vault_module
    from survivor_vault.core.vault import Vault
    from survivor_vault.storage import key_header, key_slots
    from survivor_vault.storage.vault_folder import VaultFolder

    header = key_header.load(VaultFolder(folder)).header
    out = {"KDF (the vault's own slot)": best_ms(
        lambda: key_slots.open_slot(header.passphrase_slot, PASSPHRASE, header.vault_id))}
    # Everything but the KDF: the slot's answer already known. (The unlock calls open_passphrase_slot; patching
    # open_slot, as benchmarks/ui_timings.py does, no longer takes the KDF out.)
    known, kept = key_slots.open_passphrase_slot(header.passphrase_slot, PASSPHRASE, header.vault_id)
    vault_module.open_passphrase_slot = lambda slot, *_a: (bytearray(known), key_slots.PassphraseKey(
        dict(slot.kdf), bytearray(kept.kek)))
    out["unlock without the KDF"] = best_ms(lambda: Vault.unlock(folder, PASSPHRASE).lock())
    return out, lambda: Vault.unlock(folder, PASSPHRASE)


PAGES = ("My plan", "My goals", "My services", "My papers", "My dates", "About me", "People & agencies", "Sharing",
         "Activity", "Settings")  # in the order of ui/vault_area.py's PLAN … SETTINGS


def _page_figures(area, settle) -> dict[str, float]:
    out = {}
    for index, name in enumerate(PAGES):
        def build_page(index=index):
            area._built.pop(index, None)
            area.show_page(index)
            settle()
        out[f"{name}: made and shown"] = best_ms(build_page)
        settle(deleted=True)
    return out


def _typed(box, text: str, settle):
    def change():
        box.setText(text)
        settle()
        box.setText("")
        settle()
    return change


def _filter_figures(area, settle) -> dict[str, float]:
    from survivor_vault.model.goals import GoalStatus
    from survivor_vault.ui.vault_area import ACTIVITY, DATES, GOALS, PAPERS, PEOPLE, PLAN, SHARING

    goals = area.page(GOALS)

    def status_and_back():
        goals.filter.setCurrentIndex(goals.filter.findData(GoalStatus.PAUSED))
        settle()
        goals.filter.setCurrentIndex(0)
        settle()

    out = {"My goals: status filter (each change)": best_ms(status_and_back) / 2,
           "My goals: search (each change)": best_ms(_typed(goals.search, "lawyer bank", settle)) / 2,
           "People: search (each change)": best_ms(_typed(area.page(PEOPLE).search, "court", settle)) / 2,
           "My papers: search (each change)": best_ms(_typed(area.page(PAPERS).search, "court visa", settle)) / 2}
    for index, name in ((PLAN, "My plan"), (PAPERS, "My papers"), (DATES, "My dates"), (SHARING, "Sharing"),
                        (ACTIVITY, "Activity")):
        page = area.page(index)
        area.show_page(index)
        settle()

        def again(page=page):
            page.refresh()
            settle()
        out[f"{name}: shown again (refresh)"] = best_ms(again)
    return out


def measure(folder: Path) -> dict:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])

    def settle(deleted: bool = False) -> None:
        app.processEvents()
        if deleted:
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    figures, unlock = _unlock_figures(folder / "vault")
    window = MainWindow(folder / "vault", quit_app=lambda: None)
    window.resize(1280, 800)
    window.show()
    settle()

    def to_main_window():
        window.open_vault(unlock())
        settle()
        window.lock()
        settle(deleted=True)
    figures["unlock → My plan shown, without the KDF"] = best_ms(to_main_window)
    window.open_vault(unlock())
    settle()
    figures.update(_page_figures(window.area, settle))
    figures.update(_filter_figures(window.area, settle))
    window.lock()
    settle(deleted=True)
    figures["peak memory, every page made (MiB)"] = peak_mib()
    return figures


def backup_figures(folder: Path) -> dict[str, float]:
    """Backup, then verify it, each in a fresh process (benchmarks/backup_timings.py's steps)."""
    from backup_timings import PASSPHRASE, STEP, _run

    out = {}
    for step in ("backup", "verify"):
        seconds, peak = _run(STEP.format(root=str(ROOT), passphrase=PASSPHRASE), step, str(folder)).split()
        out[f"{step} (export, write, read back, check)" if step == "backup" else "verify a backup"] = \
            float(seconds) * 1000
        out[f"{step}: peak memory (MiB)"] = int(peak)
    (folder / "b.svbackup").unlink(missing_ok=True)
    return out


# --- the table ------------------------------------------------------------------------------------------

def _flags(name: str, row: list[float], scales: list[float]) -> str:
    flags = []
    if 1 in scales and 10 in scales and "(MiB)" not in name and "KDF" not in name:
        ratio = row[scales.index(10)] / max(row[scales.index(1)], 1e-6)
        if ratio > LINEAR_LIMIT:
            flags.append("worse than linear")
    if 3 in scales and "(MiB)" not in name and "backup" not in name and "verify" not in name \
            and "KDF" not in name and row[scales.index(3)] > BUDGET_MS:
        flags.append("> 50 ms at 3x")
    return ", ".join(flags)


def table(rounds: dict[float, list[dict]], scales: list[float]) -> None:
    names = list(rounds[scales[0]][0])
    heads = "".join(f"{f'{s:g}x':>10}" for s in scales)
    ratio_head = "10x/1x" if 1 in scales and 10 in scales else ""
    print(f"\n{'measure (median of rounds; ms unless said)':52}{heads}{ratio_head:>9}  flag")
    for name in names:
        row = [statistics.median(r[name] for r in rounds[s]) for s in scales]
        cells = "".join(f"{v:10.1f}" for v in row)
        ratio = f"{row[scales.index(10)] / max(row[scales.index(1)], 1e-6):9.1f}" if ratio_head else ""
        print(f"{name:52}{cells}{ratio}  {_flags(name, row, scales)}")


def _child(args: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", type=float, nargs="+", default=[1, 3, 10])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--backup-rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "svault-growth")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # one round, in this process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    folders = {s: args.cache / f"scale-{s:g}" for s in args.scales}
    for scale, folder in folders.items():
        if args.rebuild:
            (folder / "built").unlink(missing_ok=True)
        build(folder, scale)
    pages: dict[float, list[dict]] = {s: [] for s in args.scales}
    backups: dict[float, list[dict]] = {s: [] for s in args.scales}
    for n in range(max(args.rounds, args.backup_rounds)):
        order = args.scales if n % 2 == 0 else list(reversed(args.scales))
        for scale in order:
            if n < args.rounds:
                pages[scale].append(_child(["--measure", str(folders[scale])]))
            if n < args.backup_rounds:
                backups[scale].append(backup_figures(folders[scale]))
        print(f"  round {n + 1} done", flush=True)
    print(f"\nPython {sys.version.split()[0]}, {os.cpu_count()} cores, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
    if args.rounds:
        table(pages, args.scales)
    if args.backup_rounds:
        table(backups, args.scales)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
