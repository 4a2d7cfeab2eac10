"""Time to refuse (or read) hostile and large setup kits, and the peak memory it took.

    python benchmarks/hostile_kits.py

Each case runs in its own process, so peak RSS is that case's alone. Before issue 9, the
144,600-entry overlapping zip ran ~11 minutes on the UI thread.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _largest_legitimate_hsds() -> bytes:
    """2,000 services with phones, locations, addresses and languages: the most a kit may hold."""
    noise = random.Random(9)
    rows = {"services.csv": ["id,organization_id,name,description"], "organizations.csv": ["id,name,description"],
            "phones.csv": ["id,service_id,organization_id,number"], "locations.csv": ["id,organization_id,name"],
            "addresses.csv": ["id,location_id,address_1,city,postal_code"],
            "services_at_location.csv": ["id,service_id,location_id"], "languages.csv": ["id,service_id,name"]}
    for i in range(2000):
        org = f"o{i % 400}"
        rows["services.csv"].append(f"s{i},{org},Service {i} {noise.choice(['housing', 'legal', 'clinic'])},"
                                    f"Help number {i} {noise.randbytes(40).hex()}")
        rows["phones.csv"].append(f"p{i},s{i},,0100 {i:06}")
        rows["services_at_location.csv"].append(f"x{i},s{i},l{i}")
        rows["locations.csv"].append(f"l{i},{org},Office {i}")
        rows["addresses.csv"].append(f"a{i},l{i},{i} High Street,Townsville,T{i % 90} 1AA")
        rows["languages.csv"].append(f"la{i},s{i},Spanish")
    for i in range(400):
        rows["organizations.csv"].append(f"o{i},Organisation {i},Local help {i}")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, lines in rows.items():
            archive.writestr(name, "\n".join(lines) + "\n")
        archive.writestr("agency.json", json.dumps({"name": "Ana Costa", "organisation": "Safe Homes"}))
    return buffer.getvalue()


def cases() -> dict[str, bytes]:
    from tests.core.hostile_kits import one_member_listed_as

    return {
        "issue: 144,600 entries -> one 2 MiB member": one_member_listed_as(["services.csv"] * 144_600),
        "20,000 entries -> one member (under 8 MiB)": one_member_listed_as(["services.csv"] * 20_000),
        "100,000 entries (zip64 end record)": one_member_listed_as([f"{i:05}.csv" for i in range(100_000)],
                                                                   member=b"id,name\n"),
        "table of contents says 1 entry, holds 20,000": one_member_listed_as(["services.csv"] * 20_000,
                                                                             stated_entries=1),
        "3 names sharing one member": one_member_listed_as(["services.csv", "phones.csv", "languages.csv"],
                                                           member=b"id,name\ns1,Shelter\n"),
        "largest legitimate HSDS zip (2,000 services)": _largest_legitimate_hsds(),
    }


def _run(name: str, data: bytes, queue) -> None:
    from survivor_vault.core.setup_kit import SetupKitError, read_kit

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kit.zip"
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            kit = read_kit(path)
            outcome = f"read: {len(kit.services)} services"
        except SetupKitError as error:
            outcome = f"refused: {error.reason or type(error).__name__}"
        elapsed = (time.perf_counter() - start) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((name, len(data), elapsed, peak, outcome))


def main() -> int:
    context = multiprocessing.get_context("spawn")
    print(f"{'case':48} {'file':>9} {'time':>10} {'peak RSS':>9}  outcome")
    for name, data in cases().items():
        queue = context.Queue()
        process = context.Process(target=_run, args=(name, data, queue))
        process.start()
        result = queue.get(timeout=120)
        process.join()
        name, size, elapsed, peak, outcome = result
        print(f"{name:48} {size / 1e6:7.2f}MB {elapsed:8.1f}ms {peak:7.0f}MB  {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
