"""A ten-year vault with 300 papers (about 1.5 GB): unlock, the pages, the viewer and an import. Prints figures.

    python benchmarks/papers_vault.py [--papers 300] [--mb-each 5]

Issue 14's budgets: unlock unchanged (≤ KDF + 100 ms), the papers page ≤ 50 ms, a 20 MB photo opened ≤ 300 ms,
a 40-page PDF's first page ≤ 300 ms, importing 20 MB ≤ 1 s. Offscreen Qt; each figure the best of 5 after one
warm-up (the vault's files are in the page cache, as on a laptop that just opened it). The vault is made in a
temporary folder and deleted at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def best_ms(action, repeats: int = 5) -> float:
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def build(folder: Path, papers: int, mb_each: float, with_papers: bool):
    from ten_year_vault import populate

    from survivor_vault.core.vault import Vault
    from survivor_vault.model.papers import PaperKind
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS

    vault = Vault.create(folder, "benchmark passphrase", kdf=FLOOR_SETTINGS)
    populate(vault.connection)
    if with_papers:
        kinds = [k.value for k in PaperKind]
        size = int(mb_each * 1024 * 1024)
        today = date.today()
        for n in range(papers):
            vault.papers.add_bytes(b"%PDF-1.7\n" + os.urandom(size), f"paper-{n}.pdf", title=f"Paper {n}",
                                   kind=kinds[n % len(kinds)],
                                   expires=today + timedelta(days=n * 7) if n % 3 == 0 else None,
                                   remind=30 if n % 6 == 0 else None)
            if n % 10 == 0:
                vault.dates.add(f"Appointment {n}", today + timedelta(days=n), kind="appointment", remind=3)
    vault.lock()


def photo_bytes(target_mb: float) -> bytes:
    """A JPEG of about `target_mb` (noise does not compress: a phone's photo of a paper is smaller)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    width, height = 6000, 4000
    image = QImage(os.urandom(width * height * 4), width, height, QImage.Format.Format_RGB32).copy()
    for quality in (95, 90, 80, 70):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", quality)
        if len(data) <= target_mb * 1024 * 1024:
            break
    return bytes(data)


def forty_page_pdf() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    picture = QImage(os.urandom(600 * 400 * 4), 600, 400, QImage.Format.Format_RGB32).copy()
    painter = QPainter(writer)
    for page in range(40):
        for line in range(40):
            painter.drawText(100, 100 + line * 30, f"Page {page + 1}, line {line + 1}: words of a long letter")
        painter.drawImage(100, 1400, picture)
        if page < 39:
            writer.newPage()
    painter.end()
    buffer.close()
    return bytes(data)


def measure(folder: Path, label: str, work: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from survivor_vault.core.vault import Vault
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS, _argon2

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the widgets need it
    kdf_ms = best_ms(lambda: _argon2(b"benchmark passphrase", os.urandom(16), FLOOR_SETTINGS))
    unlock_ms = best_ms(lambda: Vault.unlock(folder, "benchmark passphrase").lock())
    print(f"{label}: unlock {unlock_ms:.0f} ms (of which the floor KDF {kdf_ms:.0f} ms)", flush=True)
    vault = Vault.unlock(folder, "benchmark passphrase")
    try:
        pages(vault, label)
        if label == "with papers":
            viewer_and_import(vault, work)
    finally:
        vault.lock()


def pages(vault, label: str) -> None:
    from survivor_vault.ui.pages.dates_page import DatesPage
    from survivor_vault.ui.pages.papers_page import PapersPage
    from survivor_vault.ui.pages.plan_page import PlanPage

    for name, make in (("My plan", lambda: PlanPage(vault, 4)), ("My papers", lambda: PapersPage(vault)),
                       ("My dates", lambda: DatesPage(vault))):
        def build_and_show(make=make):
            page = make()
            page.resize(1000, 700)
            page.show()
            page.close()
            page.deleteLater()
        print(f"{label}: {name} page made and shown {best_ms(build_and_show):.0f} ms", flush=True)
    print(f"{label}: {vault.papers.count()} papers, {vault.papers.total_size() / 1024 ** 3:.2f} GB", flush=True)


def viewer_and_import(vault, work: Path) -> None:
    from survivor_vault.ui.pages.paper_viewer import PaperViewer

    photo = work / "photo.jpg"
    photo.write_bytes(photo_bytes(20))
    start = time.perf_counter()
    kept = vault.papers.add_from_file(photo)
    print(f"import a {kept.size / 1024 ** 2:.1f} MB photo: {(time.perf_counter() - start) * 1000:.0f} ms")
    letter = work / "letter.pdf"
    letter.write_bytes(forty_page_pdf())
    pdf = vault.papers.add_from_file(letter)
    for name, paper in ((f"a {kept.size / 1024 ** 2:.1f} MB photo", kept),
                        (f"a 40-page PDF ({pdf.size / 1024 ** 2:.1f} MB), its first page", pdf)):
        def open_it(paper=paper):
            # From the click to the first picture on screen (it is read and drawn on a worker thread).
            from PySide6.QtWidgets import QApplication

            viewer = PaperViewer(vault, paper)
            viewer.show()
            while not viewer.shows_pages:
                QApplication.processEvents()
                if viewer.ready and not viewer.shows_pages:
                    raise SystemExit(f"no pages for {paper.title}")
            viewer.done(0)
            viewer.deleteLater()
            QApplication.processEvents()
        print(f"open {name} in the viewer: {best_ms(open_it):.0f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--papers", type=int, default=300)
    parser.add_argument("--mb-each", type=float, default=5.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="svault-bench-"))
    try:
        start = time.perf_counter()
        build(work / "plain", args.papers, args.mb_each, with_papers=False)
        build(work / "papers", args.papers, args.mb_each, with_papers=True)
        print(f"(made in {time.perf_counter() - start:.0f} s; database with papers "
              f"{(work / 'papers' / 'vault.db').stat().st_size / 1024 ** 3:.2f} GB)", flush=True)
        measure(work / "plain", "without papers", work)
        measure(work / "papers", "with papers", work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
