"""Packets with 5 papers, 25 MB together (issue 14: built in ≤ 3 s), used by packet_timings.py and hostile_files.py.

Three kinds of papers, because they take three paths (sharing/paper_cleaning.py):
- 5 PDFs of 5 MB: attached as they are;
- 5 upright JPEG photos of about 5 MB: rebuilt from their drawing segments (no decoding);
- 5 JPEG photos of about 5 MB whose EXIF says "turn me" (a phone held upright): decoded, turned and encoded
  again by Qt (quality 92), the slow path.
The photos are synthetic (coloured blocks under fine noise, 4000 × 3000), so that they compress like photos.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path

MB = 1024 * 1024


def photo(seed: int, width: int = 4000, height: int = 3000, quality: int = 91) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

    rng = random.Random(seed)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for _ in range(1500):
        painter.fillRect(rng.randrange(width), rng.randrange(height), rng.randrange(400), rng.randrange(400),
                         QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    noise = QImage(width // 10, height // 10, QImage.Format.Format_RGB32)
    for y in range(noise.height()):
        for x in range(noise.width()):
            noise.setPixel(x, y, rng.getrandbits(24))
    painter.setOpacity(0.3)
    painter.drawImage(image.rect(), noise.scaled(width, height))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(quality)
    writer.write(image)
    return bytes(buffer.data().data())


def turned(jpeg: bytes) -> bytes:
    """The same photo with an EXIF block saying "turn a quarter clockwise" (orientation 6)."""
    from tests.sharing.paper_samples import exif_tiff

    exif = b"Exif\x00\x00" + exif_tiff(6)
    return jpeg[:2] + b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif + jpeg[2:]


def paper_files(folder: Path) -> dict[str, list[Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, list[Path]] = {"5 PDFs": [], "5 upright photos": [], "5 turned photos": []}
    for n in range(5):
        pdf = folder / f"doc{n}.pdf"
        pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(5 * MB - 9))
        kinds["5 PDFs"].append(pdf)
        data = photo(n)
        upright, sideways = folder / f"photo{n}.jpg", folder / f"turned{n}.jpg"
        upright.write_bytes(data)
        sideways.write_bytes(turned(data))
        kinds["5 upright photos"].append(upright)
        kinds["5 turned photos"].append(sideways)
    return kinds


def paper_scope(vault, paths: list[Path], *, protected: bool = True, signed: bool = True):
    from datetime import date, timedelta

    from survivor_vault.model.permissions import ItemRef, Section
    from survivor_vault.sharing.packet_scope import PacketScope

    refs = frozenset(ItemRef(Section.PAPERS, str(vault.papers.add_from_file(p, title=p.stem, kind="id").id))
                     for p in paths)
    return PacketScope("Agency worker", "Benchmark", date.today() + timedelta(days=30), frozenset({Section.PAPERS}),
                       refs, recipient_organisation="Agency", protected=protected, signed=signed)


def papers_timings(tmp: Path, repeats: int) -> None:
    from survivor_vault.core.vault import Vault
    from survivor_vault.sharing import packet_builder
    from survivor_vault.sharing.packet_reader import read_packet
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS

    print("\nPackets with papers (protected, signed), median of", repeats)
    print(f"  {'papers':18} {'in':>6} {'file':>6} {'prepare':>8} {'build':>8} {'save':>7} {'total':>7} {'read':>7}")
    for kind, paths in paper_files(tmp / "originals").items():
        vault = Vault.create(tmp / f"vault-{kind.replace(' ', '-')}", "benchmark passphrase", kdf=FLOOR_SETTINGS)
        scope = paper_scope(vault, paths)
        timings: dict[str, list[float]] = {"prepare": [], "build": [], "save": [], "read": []}
        for n in range(repeats):
            start = time.perf_counter()
            prepared = packet_builder.prepare(vault, scope)
            timings["prepare"].append(time.perf_counter() - start)
            start = time.perf_counter()
            built = packet_builder.build(prepared)
            timings["build"].append(time.perf_counter() - start)
            start = time.perf_counter()
            packet_builder.save(vault, built, tmp / f"papers-{n}.pdf")
            timings["save"].append(time.perf_counter() - start)
            start = time.perf_counter()
            read_packet(built.data, built.code)
            timings["read"].append(time.perf_counter() - start)
        size_in = sum(p.stat().st_size for p in paths) / MB
        med = {name: statistics.median(values) for name, values in timings.items()}
        total = med["prepare"] + med["build"] + med["save"]
        print(f"  {kind:18} {size_in:5.1f}M {len(built.data) / MB:5.1f}M {med['prepare']:7.2f}s {med['build']:7.2f}s "
              f"{med['save']:6.2f}s {total:6.2f}s {med['read']:6.2f}s")
        vault.lock()
    print("  (total = prepare + build + save: made and saved; target <= 3 s for 25 MB)")
