"""Measure a key rotation on the ten-year vault, and the two ways SQLCipher can do it.

    python benchmarks/key_rotation.py            # 5 runs each, medians and best
    python benchmarks/key_rotation.py --quick    # 2 runs each

Prints, in ms:
  rotation (app)  — `vault.key_change(...)` as the app runs it with the KDF left out (the OWASP floor
                    settings): export under the new key, meta rows, fsync, swap, new key file, reopen.
                    The `run()` half (worker) and the `finish()` half (UI thread) are given apart.
  export          — `sqlcipher_export` into a new file under a new key, alone.
  rekey           — `PRAGMA rekey` in place on a copy of the same database (WAL switched off first,
                    as SQLCipher requires), alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ten_year_vault import populate  # noqa: E402


def _ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    from survivor_vault.core.vault import Vault
    from survivor_vault.storage import key_slots
    from survivor_vault.storage.database import export_copy, key_literal, open_database

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    runs = 2 if parser.parse_args().quick else 5
    floor = key_slots.FLOOR_SETTINGS
    with tempfile.TemporaryDirectory(prefix="svbench-") as tmp_name:
        tmp = Path(tmp_name)
        vault = Vault.create(tmp / "v", "benchmark passphrase", kdf=floor,
                             recovery_key=key_slots.recovery_keys.generate())
        populate(vault.connection)
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = (tmp / "v" / "vault.db").stat().st_size
        run_ms, finish_ms = [], []
        for i in range(runs):
            change = vault.key_change(new_passphrase=f"benchmark passphrase {i}", kdf=floor)
            run_ms.append(_ms(change.run))
            finish_ms.append(_ms(change.finish))
        key = bytearray(vault._key)
        vault.lock()

        export_ms, rekey_ms = [], []
        for i in range(runs):
            target = tmp / f"export-{i}.db"
            export_ms.append(_ms(lambda t=target: export_copy(tmp / "v" / "vault.db", key, t,
                                                              key_slots.new_data_key())))
            target.unlink()
            copy = tmp / f"rekey-{i}.db"
            shutil.copy(tmp / "v" / "vault.db", copy)
            conn = open_database(copy, key)
            conn.execute("PRAGMA journal_mode = DELETE")
            new = key_slots.new_data_key()

            def rekey(conn=conn, new=new):
                conn.execute(f'PRAGMA rekey = "{key_literal(new)}"')

            rekey_ms.append(_ms(rekey))
            conn.close()
            copy.unlink()

    def line(label, values):
        print(f"{label:34} median {statistics.median(values):7.0f}   best {min(values):7.0f}")

    print(f"Ten-year vault database: {size / 1e6:.1f} MB; Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    line("rotation (app), run() on a worker", run_ms)
    line("rotation (app), finish() on the UI", finish_ms)
    line("rotation (app), total", [a + b for a, b in zip(run_ms, finish_ms, strict=True)])
    line("sqlcipher_export to a new file", export_ms)
    line("PRAGMA rekey in place", rekey_ms)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
