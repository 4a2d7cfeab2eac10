"""My papers and My dates, used as a person would: at 800x600 with the largest text, with the mouse."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QLabel

from survivor_vault.core.vault import Vault
from survivor_vault.model.papers import MOST_BYTES
from survivor_vault.ui.vault_area import DATES, PAPERS, PLAN
from tests.conftest import POSIX
from tests.ui.helpers import (
    PASS,
    answer_file_dialogs,
    click,
    open_window,
    preferences,
    type_into,
    unlock,
    when_a_dialog_comes,
    with_modal,
)


def pdf_bytes(pages: int, words: str = "A letter") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for page in range(pages):
        painter.drawText(200, 200, f"{words}, page {page + 1}")
        if page < pages - 1:
            writer.newPage()
    painter.end()
    buffer.close()
    return bytes(data)


def png_bytes(width: int = 300, height: int = 200) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture
def window(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    vault.lock()
    prefs = preferences(tmp_path)
    prefs.text_scale = 1.75
    font = QApplication.font()
    main, _ = open_window(qtbot, tmp_path / "vault", prefs)
    main.resize(800, 600)
    unlock(qtbot, main)
    yield main
    if main.vault is not None:
        main.lock()
    QApplication.setFont(font)


def press(box, words: str) -> None:
    for push in box.buttons():
        if push.text() == words:
            push.click()
            return
    raise AssertionError(f"no {words!r} in {[b.text() for b in box.buttons()]}")


def test_several_papers_go_in_at_once_and_the_originals_go_only_when_asked(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "Downloads"
    folder.mkdir()
    letter = folder / "letter.pdf"
    letter.write_bytes(pdf_bytes(3))
    photo = folder / "photo.png"
    photo.write_bytes(png_bytes())
    notes = folder / "notes.txt"
    notes.write_bytes(b"Things to bring to the hearing")
    big = folder / "scan.pdf"
    with open(big, "wb") as f:
        f.truncate(MOST_BYTES + 1)
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    assert page.empty.isVisible() and not page.list_and_card.isVisible()
    answer_file_dialogs(monkeypatch, [letter, photo, notes, big])
    asked = when_a_dialog_comes(lambda box: box.text() and press(box, "Delete the originals"))
    click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: "result" in asked and page._job is None and "deleted" in page.message.text(),
                    timeout=10_000)
    assert sorted(p.title for p in window.vault.papers.list()) == ["letter", "notes", "photo"]
    assert "Not added: scan.pdf" in page.message.text() and "50 MB" in page.message.text()
    assert not letter.exists() and not photo.exists() and not notes.exists()
    assert big.exists()  # refused: not the vault's, not to be deleted
    assert page.list_and_card.isVisible() and page.model.rowCount() == 3


def test_the_originals_stay_when_the_survivor_keeps_them(qtbot, window, tmp_path, monkeypatch):
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(pdf_bytes(1))
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    answer_file_dialogs(monkeypatch, [letter])
    asked = when_a_dialog_comes(lambda box: press(box, "Keep them"))
    click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: "result" in asked and page._job is None, timeout=10_000)
    assert letter.exists() and [p.title for p in window.vault.papers.list()] == ["letter"]


def _add(window, name: str, data: bytes, **details):
    path = window.vault.path.parent / name
    path.write_bytes(data)
    paper = window.vault.papers.add_from_file(path, **details)
    path.unlink()
    window.area.page(PAPERS).refresh()
    return paper


def settled(qtbot, viewer, index: int | None = None) -> None:
    """Wait until the viewer has drawn what it was last asked (its pages are drawn on a worker thread)."""
    qtbot.waitUntil(lambda: viewer.ready and not viewer._drawing and (
        index is None or (viewer._drawn is not None and viewer._drawn.ask == viewer._want
                          and viewer._drawn.ask.index == index)), timeout=10_000)


def test_a_pdf_is_seen_page_by_page_larger_and_smaller(qtbot, window):
    paper = _add(window, "letter.pdf", pdf_bytes(3))
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    page.choose(paper.id)
    seen = {}

    def look(viewer):
        settled(qtbot, viewer, 0)
        seen["pages"] = viewer.shows_pages
        seen["first"] = viewer.page_label.text()
        first = viewer.picture.pixmap().toImage()
        click(qtbot, viewer.next_button)
        settled(qtbot, viewer, 1)
        seen["second"] = viewer.page_label.text()
        seen["changed"] = viewer.picture.pixmap().toImage() != first
        width = viewer.picture.width()
        click(qtbot, viewer.larger_button)
        settled(qtbot, viewer, 1)
        seen["larger"] = viewer.picture.width() > width
        click(qtbot, viewer.smaller_button)
        settled(qtbot, viewer, 1)
        click(qtbot, viewer.smaller_button)
        settled(qtbot, viewer, 1)
        seen["smaller"] = viewer.picture.width() < width
        qtbot.keyClick(viewer, Qt.Key.Key_Return)  # Return turns no page and closes nothing
        seen["after return"] = viewer.isVisible() and viewer.page_label.text()
        viewer.reject()

    with_modal(qtbot, lambda: click(qtbot, page.view_button), look)
    assert seen == {"pages": True, "first": "Page 1 of 3", "second": "Page 2 of 3", "changed": True,
                    "larger": True, "smaller": True, "after return": "Page 2 of 3"}


@pytest.mark.parametrize("name, data", [("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 400),
                                        ("letter.pdf", b"%PDF-1.7\n" + b"garbage" * 50),
                                        ("notes.txt", b"just words")])
def test_a_paper_that_cannot_be_shown_is_kept_and_says_so(qtbot, window, name, data):
    paper = _add(window, name, data)
    assert window.vault.papers.read_bytes(paper.id) == data  # kept exactly, damaged or not
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    page.choose(paper.id)
    seen = {}

    def look(viewer):
        settled(qtbot, viewer)
        seen["pages"] = viewer.shows_pages
        seen["words"] = viewer.message.text()
        seen["save offered"] = viewer.save_button.isVisible() and viewer.focusWidget() is viewer.save_button
        viewer.reject()

    with_modal(qtbot, lambda: click(qtbot, page.view_button), look)
    assert seen["pages"] is False and "no preview for this one" in seen["words"] and seen["save offered"]


def test_a_copy_is_saved_out_only_after_the_warning_and_is_the_paper_exactly(qtbot, window, tmp_path, monkeypatch):
    data = pdf_bytes(2)
    paper = _add(window, "letter.pdf", data)
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    page.choose(paper.id)
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    answer_file_dialogs(monkeypatch, target)
    with_modal(qtbot, lambda: click(qtbot, page.copy_button), lambda box: press(box, "Cancel"))
    assert not target.exists()
    with_modal(qtbot, lambda: click(qtbot, page.copy_button), lambda box: press(box, "Save a copy"))
    assert target.read_bytes() == data and (not POSIX or (target.stat().st_mode & 0o777) == 0o600)
    assert "not protected" in page.message.text()
    assert [p.name for p in target.parent.iterdir()] == ["copy.pdf"]  # no half-written file beside it


def test_a_damaged_paper_is_never_saved_out_half(qtbot, window, tmp_path, monkeypatch):
    paper = _add(window, "letter.pdf", pdf_bytes(1))
    window.vault.connection.execute("UPDATE paper_chunks SET bytes = ? WHERE paper_id = ?", (b"%PDF-changed", paper.id))
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    page.choose(paper.id)
    target = tmp_path / "copy.pdf"
    answer_file_dialogs(monkeypatch, target)
    with_modal(qtbot, lambda: click(qtbot, page.copy_button), lambda box: press(box, "Save a copy"))
    assert not target.exists() and not list(tmp_path.glob(".copy.pdf*"))
    assert "damaged" in page.message.text()


def test_a_runs_out_date_with_a_reminder_shows_on_my_papers_my_dates_and_my_plan(qtbot, window):
    paper = _add(window, "passport.png", png_bytes(), title="Passport")
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    page.choose(paper.id)
    assert not page.reminders.isVisible()

    def set_dates(dialog):
        click(qtbot, dialog.expires.check)
        dialog.expires.picker.setDate(dialog.expires.picker.date().addDays(20))
        click(qtbot, dialog.remind.check)
        dialog.remind.days.setValue(30)
        click(qtbot, dialog.findChild(type(page.add_button), "savePaper"))

    with_modal(qtbot, lambda: click(qtbot, page.edit_button), set_dates)
    kept = window.vault.papers.get(paper.id)
    assert kept.expires == date.today() + timedelta(days=20) and kept.remind_days == 30
    assert page.reminders.isVisible() and "Passport runs out on" in page.reminders.lines.text()
    window.area.show_page(DATES)
    assert "Passport runs out on" in window.area.page(DATES).reminders.lines.text()
    window.area.show_page(PLAN)
    plan_lines = [label.text() for label in window.area.page(PLAN).findChildren(QLabel)]
    assert any("Passport runs out on" in line and "(in 20 days)" in line for line in plan_lines)


def test_a_hearing_is_added_reminds_and_stops_reminding_once_done(qtbot, window):
    window.area.show_page(DATES)
    page = window.area.page(DATES)
    assert page.empty.isVisible()

    def add_hearing(dialog):
        type_into(qtbot, dialog.title, "Hearing at the family court")
        dialog.day.setDate(dialog.day.date().addDays(-4))  # from a week ahead to three days ahead
        dialog.kind.setCurrentIndex(dialog.kind.findData("hearing"))
        click(qtbot, dialog.remind.check)
        dialog.remind.days.setValue(5)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Return in a field saves the form

    with_modal(qtbot, lambda: click(qtbot, page.add_button), add_hearing)
    [item] = window.vault.dates.list()
    assert (item.title, item.day, item.remind_days) == ("Hearing at the family court",
                                                        date.today() + timedelta(days=3), 5)
    assert page.reminders.isVisible() and "(in 3 days)" in page.reminders.lines.text()
    page.table.select_row(0)
    click(qtbot, page.done_button)
    assert window.vault.dates.get(item.id).done and not page.reminders.isVisible()
    assert page.done_button.text() == "Not done yet"
    window.area.show_page(PLAN)
    assert not [w for w in window.area.page(PLAN).findChildren(QLabel) if "family court" in w.text()]


def test_a_date_half_typed_is_kept_through_a_lock(qtbot, window):
    window.area.show_page(DATES)
    page = window.area.page(DATES)

    def type_and_lock(dialog):
        type_into(qtbot, dialog.title, "Renew my work permit")
        window.lock()

    with_modal(qtbot, lambda: click(qtbot, page.add_button), type_and_lock)
    reopened = when_a_dialog_comes(lambda dialog: dialog.title.text(), close_after=True)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "result" in reopened, timeout=5000)
    assert reopened["result"] == "Renew my work permit"
    assert window.vault.dates.list() == []  # not saved: kept as a draft only


def test_deleting_a_paper_keeps_the_hearing_that_was_tied_to_it(qtbot, window):
    paper = _add(window, "summons.pdf", pdf_bytes(1), title="Court summons")
    window.vault.dates.add("Hearing", date.today() + timedelta(days=10), kind="hearing", paper_id=paper.id)
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    page.choose(paper.id)
    with_modal(qtbot, lambda: click(qtbot, page.delete_button), lambda box: press(box, "Delete"))
    assert window.vault.papers.list() == []
    [hearing] = window.vault.dates.list()
    assert hearing.title == "Hearing" and hearing.paper_id is None


def test_message_boxes_here_are_plain_text(qtbot, window):
    paper = _add(window, "bold.pdf", pdf_bytes(1), title="<b>bold</b>")
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    page.choose(paper.id)
    seen = {}

    def look(box):
        seen["format"] = box.textFormat()
        seen["text"] = box.text()
        press(box, "Keep")

    with_modal(qtbot, lambda: click(qtbot, page.delete_button), look)
    assert seen["format"] == Qt.TextFormat.PlainText and "<b>bold</b>" in seen["text"]
    assert page.card.title.text() == "<b>bold</b>" and page.card.title.textFormat() == Qt.TextFormat.PlainText


def test_viewing_papers_writes_nothing_anywhere(qtbot, window, tmp_path, monkeypatch):
    """A PDF with a marker in its text and a PNG with one in a text chunk, each seen page by page: afterwards
    no file outside the vault holds a marker, and no new file appeared in the temporary folder or home."""
    import struct
    import tempfile
    import zlib

    from survivor_vault.core.demo_papers import demo_card_png, demo_pdf
    from tests.conftest import all_files

    marks = [b"ZQMARKER-SEEN-PDF", b"ZQMARKER-SEEN-PNG"]
    text = b"Comment\x00" + marks[1]
    chunk = struct.pack(">I", len(text)) + b"tEXt" + text + struct.pack(">I", zlib.crc32(b"tEXt" + text))
    png = demo_card_png(120, 80)
    png = png[:33] + chunk + png[33:]  # after the header chunk
    pdf = demo_pdf([marks[0].decode()])
    assert all(m in blob for m, blob in zip(marks, (pdf, png), strict=True))
    private_temp = tmp_path / "temp"  # this test's own temporary folder: Qt, Python and PDFium would use it
    private_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_temp))
    home_before = set(all_files(tmp_path / "home"))
    papers = [_add(window, "a.pdf", pdf), _add(window, "b.png", png)]
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    for paper in papers:
        page.choose(paper.id)

        def look(viewer):
            settled(qtbot, viewer, 0)
            assert viewer.shows_pages
            click(qtbot, viewer.larger_button)
            settled(qtbot, viewer, 0)
            viewer.reject()

        with_modal(qtbot, lambda: click(qtbot, page.view_button), look)
    window.lock()
    new_files = set(all_files(private_temp)) | (set(all_files(tmp_path / "home")) - home_before)
    scanned = sorted(new_files) + list(all_files(tmp_path))
    hits = [(str(p), m) for p in scanned for m in marks if p.is_file() and m in p.read_bytes()]
    assert hits == []
    assert new_files == set()  # no preview, cache or thumbnail


def test_each_page_of_a_many_page_tiff_is_seen(qtbot, window):
    """Qt's TIFF reader touched its buffer from its destructor when Python freed the buffer first: a crash."""
    from tests.sharing.paper_samples import tiff

    paper = _add(window, "scan.tiff", tiff(2))
    window.area.show_page(PAPERS)
    page = window.area.page(PAPERS)
    page.choose(paper.id)
    seen = {}

    def look(viewer):
        settled(qtbot, viewer, 0)
        seen["first"] = viewer.page_label.text()
        click(qtbot, viewer.next_button)
        settled(qtbot, viewer, 1)
        seen["second"] = viewer.page_label.text()
        viewer.reject()

    with_modal(qtbot, lambda: click(qtbot, page.view_button), look)
    assert seen == {"first": "Page 1 of 2", "second": "Page 2 of 2"}


def test_many_dates_are_laid_out_a_page_at_a_time_and_each_can_still_be_reached(qtbot, window):
    today = date.today()
    for n in range(90):
        window.vault.dates.add(f"Appointment {n:02d}", today + timedelta(days=n + 1), kind="appointment")
    window.area.show_page(DATES)
    page = window.area.page(DATES)
    assert page.model.rowCount() == 40  # the rest as the list scrolls to its end
    last = window.vault.dates.list()[-1]
    page._choose(last.id)
    assert page.selected().title == "Appointment 89"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    qtbot.keyClick(page.table, Qt.Key.Key_End)
    assert page.selected().title == "Appointment 89" and page.model.rowCount() == 90
