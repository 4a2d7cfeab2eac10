"""Measure the vault core on a synthetic "ten-year" vault (DESIGN §8) and print the figures.

    python benchmarks/ten_year_vault.py            # all modes, a table at the end
    python benchmarks/ten_year_vault.py --quick    # fewer repeats

Each storage mode runs in its own process, because SQLCipher's memory security cannot be
turned off again once on in a process:
  plain   — the same schema and workload on plain SQLite (Python's sqlite3)
  cipher  — SQLCipher 4 as the app uses it
  memsec  — SQLCipher 4 with PRAGMA cipher_memory_security = ON
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOALS, STEPS_PER_GOAL, CHOICES, PEOPLE, RECORDS, ACTIVITY = 500, 10, 300, 100, 2000, 50_000
PAPERS, DATES, PAPER_BYTES = 300, 300, 4096  # only with `with_papers`: small, so a 10x vault stays small on disk
WORDS = ["housing", "job", "course", "doctor", "bank", "papers", "lawyer", "family", "school", "money",
         "safety", "friends", "court", "visa", "counselling", "interpreter", "childcare", "bus"]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def populate(conn, scale: float = 1, with_papers: bool = False) -> None:
    """Fill a migrated, empty vault database with ten years of plausible records, in one transaction.

    `scale` multiplies every count but the steps a goal has (3 = thirty years' worth); `with_papers` adds small
    papers and dated items in proportion (benchmarks/growth.py)."""
    from survivor_vault.model.service_catalogue import default_catalogue
    from survivor_vault.storage.activity_repository import ActivityRepository
    from survivor_vault.storage.services_repository import ServicesRepository

    rng = random.Random(2026)
    goals, choices, people, records, activity = (round(n * scale) for n in (GOALS, CHOICES, PEOPLE, RECORDS,
                                                                               ACTIVITY))
    ServicesRepository(conn, ActivityRepository(conn)).sync_catalogue(default_catalogue())
    t = "2020-01-01T00:00:00.000000+00:00"
    statuses = ["active", "paused", "done", "let_go"]
    areas = ["housing", "health", "work", "learning", "family", "safety", "leadership", "money"]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO goals (id, title, why, status, area, notes, position, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(g, _text(rng, 4), _text(rng, 12), rng.choice(statuses), rng.choice(areas), _text(rng, 30), g, t, t)
         for g in range(1, goals + 1)])
    conn.executemany("INSERT INTO steps (goal_id, position, text, done) VALUES (?, ?, ?, ?)",
                     [(g, s, _text(rng, 6), rng.random() < 0.5)
                      for g in range(1, goals + 1) for s in range(STEPS_PER_GOAL)])
    kinds = [r[0] for r in conn.execute("SELECT id FROM service_kinds")]
    conn.executemany(
        "INSERT INTO service_choices (kind_id, choice, provider, contact, notes, feedback_working, "
        "feedback_not_working, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(rng.choice(kinds), rng.choice(["interested", "using", "not_right_now", "declined", "finished"]),
          _text(rng, 3), _text(rng, 2), _text(rng, 20), _text(rng, 10), _text(rng, 10), t, t)
         for _ in range(choices)])
    conn.executemany("INSERT INTO people (id, name, organisation, role, contact, created, updated) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(p, _text(rng, 2), _text(rng, 3), _text(rng, 1), _text(rng, 2), t, t)
                      for p in range(1, people + 1)])
    conn.executemany("INSERT INTO share_permissions (person_id, items, purpose, created, updated) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(p, json.dumps([["goals", str(rng.randint(1, goals))] for _ in range(20)]), _text(rng, 5), t, t)
                      for p in range(1, people + 1)])
    items = json.dumps([{"section": "goals", "key": str(i), "sha256": "ab" * 32} for i in range(20)])
    conn.executemany(
        "INSERT INTO sharing_records (made_at, person_id, recipient_name, purpose, items, packet_id, "
        "packet_sha256, protected, signed) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1)",
        [(f"2021-01-01T00:00:{i % 60:02d}.{i:06d}+00:00", rng.randint(1, people), _text(rng, 2), _text(rng, 5),
          items, f"pkt-{i}", "cd" * 32) for i in range(records)])
    conn.executemany("INSERT INTO activity (at, kind, item_id) VALUES (?, ?, ?)",
                     [(f"20{20 + i // 1_000_000:02d}-{1 + i % 12:02d}-01T00:00:00.{i % 1_000_000:06d}+00:00",
                       "goal_changed", rng.randint(1, goals)) for i in range(activity)])
    if with_papers:
        _papers_and_dates(conn, rng, round(PAPERS * scale), round(DATES * scale))
    conn.execute("COMMIT")


def _papers_and_dates(conn, rng: random.Random, papers: int, dates: int) -> None:
    """Small papers (PAPER_BYTES of PDF-looking bytes each, with their true SHA-256, so a backup's check passes),
    a third of them with an expiry, and dated items around today, a tenth of them linked to a paper."""
    import hashlib
    from datetime import date, timedelta

    from survivor_vault.model.dates import DateKind
    from survivor_vault.model.papers import PaperKind

    t = "2020-01-01T00:00:00.000000+00:00"
    today = date.today()
    paper_kinds = [k.value for k in PaperKind]
    date_kinds = [k.value for k in DateKind if k is not DateKind.EXPIRY]
    blobs = [b"%PDF-1.7\n" + rng.randbytes(PAPER_BYTES - 9) for _ in range(papers)]
    conn.executemany(
        "INSERT INTO papers (id, title, kind, file_name, media_type, size, sha256, expires, remind_days, notes, "
        "added, updated) VALUES (?, ?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?, ?, ?)",
        [(n, _text(rng, 3), paper_kinds[n % len(paper_kinds)], f"paper-{n}.pdf", len(blob),
          hashlib.sha256(blob).hexdigest(), (today + timedelta(days=n * 7)).isoformat() if n % 3 == 0 else None,
          30 if n % 6 == 0 else None, _text(rng, 8), t, t) for n, blob in enumerate(blobs, start=1)])
    conn.executemany("INSERT INTO paper_chunks (paper_id, seq, bytes) VALUES (?, 0, ?)",
                     list(enumerate(blobs, start=1)))
    conn.executemany(
        "INSERT INTO dated_items (title, kind, day, remind_days, paper_id, notes, added, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(_text(rng, 3), date_kinds[n % len(date_kinds)], (today + timedelta(days=n - dates // 2)).isoformat(),
          3 if n % 4 == 0 else None, rng.randint(1, papers) if papers and n % 10 == 0 else None, _text(rng, 6),
          t, t) for n in range(dates)])


def _best_ms(fn, repeats: int) -> float:
    """Fastest of `repeats` runs: other load on the machine only ever adds time."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def list_workload(repos) -> dict[str, callable]:
    goals, services, people, permissions, history, activity = repos
    return {
        "goals: all": lambda: goals.list(),
        "goals: filter status": lambda: goals.list(status="active"),
        "goals: search": lambda: goals.list(search="lawyer bank"),
        "services: kinds + choices": lambda: (services.kinds(), services.choices()),
        "people: all": lambda: people.list(),
        "permissions: all": lambda: permissions.list(),
        "history: all 2,000": lambda: history.list(),
        "activity: newest 200": lambda: activity.list(limit=200),
        "activity: a page deep in the log": lambda: activity.list(limit=200, offset=25_000),
    }


def _repos(conn):
    from survivor_vault.storage.activity_repository import ActivityRepository
    from survivor_vault.storage.goals_repository import GoalsRepository
    from survivor_vault.storage.people_repository import PeopleRepository
    from survivor_vault.storage.permissions_repository import PermissionsRepository
    from survivor_vault.storage.services_repository import ServicesRepository
    from survivor_vault.storage.sharing_history_repository import SharingHistoryRepository

    activity = ActivityRepository(conn)
    return (GoalsRepository(conn, activity), ServicesRepository(conn, activity), PeopleRepository(conn, activity),
            PermissionsRepository(conn, activity), SharingHistoryRepository(conn, activity), activity)


def run_mode(mode: str, repeats: int) -> dict:
    """One storage mode, in this process. Returns figures in ms / bytes."""
    from survivor_vault.core.vault import Vault
    from survivor_vault.storage import key_slots, migrations

    out: dict = {"mode": mode}
    with tempfile.TemporaryDirectory(prefix="svbench-") as tmp_name:
        tmp = Path(tmp_name)
        if mode in ("plain", "unkeyed"):
            if mode == "plain":
                conn = sqlite3.connect(str(tmp / "plain.db"), isolation_level=None)
            else:  # SQLCipher's own SQLite build with no key: isolates encryption from the binding
                import sqlcipher3
                conn = sqlcipher3.connect(str(tmp / "plain.db"), isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            migrations.migrate(conn)
            start = time.perf_counter()
            populate(conn)
            out["populate_ms"] = (time.perf_counter() - start) * 1000
            repos = _repos(conn)
        else:
            settings = key_slots.calibrate()
            out["kdf"] = {"memory_mib": settings.memory_kib // 1024, "iterations": settings.iterations,
                          "lanes": settings.lanes}
            memsec = mode == "memsec"
            vault = Vault.create(tmp / "v", "benchmark passphrase", kdf=settings, memory_security=memsec)
            start = time.perf_counter()
            populate(vault.connection)
            out["populate_ms"] = (time.perf_counter() - start) * 1000
            vault.lock()
            slot = key_slots.make_passphrase_slot(key_slots.new_data_key(), "x", "id", settings)
            out["kdf_ms"] = _best_ms(lambda: key_slots.open_slot(slot, "x", "id"), repeats)
            def unlock_once():
                Vault.unlock(tmp / "v", "benchmark passphrase", memory_security=memsec).lock()

            out["unlock_ms"] = _best_ms(unlock_once, repeats)
            # Everything but the KDF: the same unlock with the slot's answer already known.
            import survivor_vault.core.vault as vault_module
            from survivor_vault.storage import key_header
            from survivor_vault.storage.vault_folder import VaultFolder

            header = key_header.load(VaultFolder(tmp / "v")).header
            known = key_slots.open_slot(header.passphrase_slot, "benchmark passphrase", header.vault_id)
            real_open_slot = vault_module.open_slot
            vault_module.open_slot = lambda *_a: bytearray(known)
            try:
                out["unlock_overhead_ms"] = _best_ms(unlock_once, repeats)
            finally:
                vault_module.open_slot = real_open_slot
            vault = Vault.unlock(tmp / "v", "benchmark passphrase", memory_security=memsec)
            conn = vault.connection
            repos = _repos(conn)
        lists = {name: _best_ms(fn, repeats) for name, fn in list_workload(repos).items()}
        out["lists_ms"] = lists
        goals = repos[0]
        counter = iter(range(10_000))
        out["write_goal_ms"] = _best_ms(lambda: goals.add(f"new goal {next(counter)}", steps=["a", "b", "c"]),
                                          max(repeats, 20))
        if mode in ("cipher", "memsec"):
            out["backup_ms"] = _best_ms(lambda: vault.backup(tmp / "backup.svbackup"), min(repeats, 3))
            out["backup_bytes"] = (tmp / "backup.svbackup").stat().st_size
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            out["db_bytes"] = (tmp / "v" / "vault.db").stat().st_size
            out["header_bytes"] = (tmp / "v" / "vault.keys").stat().st_size
            vault.lock()
        else:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            out["db_bytes"] = (tmp / "plain.db").stat().st_size
            conn.close()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=("plain", "unkeyed", "cipher", "memsec"))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeats = 3 if args.quick else 15
    if args.mode:
        print(json.dumps(run_mode(args.mode, repeats)))
        return 0
    results = {}
    for mode in ("plain", "unkeyed", "cipher", "memsec"):
        cmd = [sys.executable, __file__, "--mode", mode] + (["--quick"] if args.quick else [])
        proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
    plain, cipher, memsec = results["plain"], results["cipher"], results["memsec"]
    print(f"Ten-year vault: {GOALS} goals x {STEPS_PER_GOAL} steps, {CHOICES} service choices, {PEOPLE} people, "
          f"{RECORDS} sharing records, {ACTIVITY} activity entries")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    k = cipher["kdf"]
    print(f"KDF (Argon2id {k['memory_mib']} MiB, t={k['iterations']}, p={k['lanes']}): {cipher['kdf_ms']:.0f} ms"
          "   (target ~500)")
    for label, r in (("SQLCipher", cipher), ("SQLCipher + memory security", memsec)):
        print(f"Unlock overhead beyond the KDF, {label}: {r['unlock_overhead_ms']:.0f} ms   (target <= 100)")
    print()
    print(f"{'list load (best of runs, ms)':32} {'plain':>8} {'cipher':>8} {'memsec':>8}   target <= 50")
    for name in plain["lists_ms"]:
        print(f"{name:32} {plain['lists_ms'][name]:8.1f} {cipher['lists_ms'][name]:8.1f} "
              f"{memsec['lists_ms'][name]:8.1f}")
    total = {m: sum(r["lists_ms"].values()) for m, r in results.items()}
    print(f"{'all lists together':32} {total['plain']:8.1f} {total['cipher']:8.1f} {total['memsec']:8.1f}")
    print(f"{'write: add a goal with 3 steps':32} {plain['write_goal_ms']:8.1f} {cipher['write_goal_ms']:8.1f} "
          f"{memsec['write_goal_ms']:8.1f}")
    print(f"{'populate (one transaction)':32} {plain['populate_ms']:8.0f} {cipher['populate_ms']:8.0f} "
          f"{memsec['populate_ms']:8.0f}")
    print()
    print(f"SQLCipher / plain SQLite, all list loads: {total['cipher'] / total['plain']:.2f}x   (target <= 1.3x)")
    print(f"SQLCipher / its own SQLite build unkeyed: {total['cipher'] / total['unkeyed']:.2f}x   "
          "(encryption alone, same Python binding)")
    print(f"SQLCipher / plain SQLite, a write:        {cipher['write_goal_ms'] / plain['write_goal_ms']:.2f}x")
    print(f"Memory security / SQLCipher, list loads:  {total['memsec'] / total['cipher']:.2f}x")
    print()
    print(f"Backup (export + write + verify): {cipher['backup_ms']:.0f} ms")
    print(f"Sizes: database {cipher['db_bytes'] / 1e6:.1f} MB (plain {plain['db_bytes'] / 1e6:.1f} MB), "
          f"backup {cipher['backup_bytes'] / 1e6:.1f} MB, key header {cipher['header_bytes']} bytes")
    print(f"Peak memory (RSS): plain {plain['peak_rss_mb']:.0f} MB, cipher {cipher['peak_rss_mb']:.0f} MB, "
          f"memsec {memsec['peak_rss_mb']:.0f} MB   (target <= 200)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
