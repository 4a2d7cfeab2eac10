"""The app's "Open a share packet" says what the command line says: checked, not proven, changed, not a file."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from survivor_vault.sharing.packet_reader import MAX_PACKET_BYTES
from survivor_vault.ui import language
from survivor_vault.ui.open_packet_dialog import OpenPacketDialog
from tests.sharing import forgery
from tests.sharing.hostile_pdfs import CORPUS
from tests.sharing.packet_fixtures import MARK, fill_markers, make_packet, scope_for, sign_with_digits_first


def open_in_dialog(qtbot, path, code=""):
    dialog = OpenPacketDialog()
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    dialog.code.setText(code)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=20_000)
    return dialog


@pytest.fixture
def packets(vault, tmp_path):
    refs = fill_markers(vault)
    signed, _ = make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "signed.pdf")
    unsigned, _ = make_packet(vault, scope_for(refs, ["goal_a"], signed=False), tmp_path / "unsigned.pdf")
    return signed, unsigned


def test_signed_packet_is_checked(qtbot, packets, tmp_path):
    signed, _ = packets
    dialog = open_in_dialog(qtbot, tmp_path / "signed.pdf", signed.code.replace("-", " "))  # as heard
    assert dialog.status.text().startswith("Checked: unchanged since it was made.")
    assert MARK["goal_a"] in dialog.text.toPlainText()


def test_unsigned_packet_says_nothing_proves_it_unchanged(qtbot, packets, tmp_path):
    _, unsigned = packets
    dialog = open_in_dialog(qtbot, tmp_path / "unsigned.pdf", unsigned.code)
    assert "nothing proves it is unchanged" in dialog.status.text()
    assert not dialog.status.text().startswith("Checked")
    assert MARK["goal_a"] in dialog.text.toPlainText()


def test_changed_packet_shows_the_warning_and_no_text(qtbot, packets, tmp_path):
    signed, _ = packets
    path = tmp_path / "forged.pdf"
    path.write_bytes(forgery.rewrite(signed.data, signed.code, forgery.add_annotation))
    dialog = open_in_dialog(qtbot, path, signed.code)
    assert dialog.status.text().startswith("Warning: this packet has been changed")
    assert dialog.text.toPlainText() == "" and not dialog.save_json.isEnabled()


@pytest.mark.parametrize("kind", ["folder", "too large", "bomb"])
def test_files_that_cannot_be_packets(qtbot, tmp_path, kind):
    if kind == "folder":
        path, expected = tmp_path, "not a file that can hold a packet"
    elif kind == "too large":
        path, expected = tmp_path / "big.pdf", "too large"
        with open(path, "wb") as handle:
            handle.truncate(MAX_PACKET_BYTES + 1024 * 1024)  # sparse: costs no disk
    else:
        path, expected = tmp_path / "bomb.pdf", "not a share packet"
        path.write_bytes(CORPUS["flate bombs, 40 pages"]())
    dialog = open_in_dialog(qtbot, path)
    assert expected in dialog.status.text()


def test_choosing_another_file_forgets_what_was_shown(qtbot, packets, tmp_path):
    """Found by an attack test: "Checked" stayed on screen next to a newly chosen (changed) file."""
    signed, _ = packets
    dialog = open_in_dialog(qtbot, tmp_path / "signed.pdf", signed.code)
    assert dialog.status.text().startswith("Checked")
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forgery.rewrite(signed.data, signed.code, forgery.add_annotation))
    dialog.set_file(forged)
    assert dialog.status.text() == "" and dialog.text.toPlainText() == ""
    assert not dialog.save_json.isEnabled() and dialog.reading is None


def test_a_check_still_running_never_reports_on_a_newly_chosen_file(qtbot, packets, tmp_path):
    signed, _ = packets
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forgery.rewrite(signed.data, signed.code, forgery.add_annotation))
    dialog = OpenPacketDialog()
    qtbot.addWidget(dialog)
    dialog.set_file(tmp_path / "signed.pdf")
    dialog.code.setText(signed.code)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    dialog.set_file(forged)  # while the good file is still being checked
    from PySide6.QtCore import QCoreApplication

    from survivor_vault.ui.background_task import wait_for_background_work

    assert wait_for_background_work(20_000)
    QCoreApplication.processEvents()  # the finished check's result, queued before its thread ended, arrives
    assert not dialog.status.text().startswith("Checked") and dialog.reading is None


def from_the_left(label, words: list[str]) -> list[str]:
    """`words` in the order Qt draws them in `label`'s text, from the left: laid out on one line by Qt's own text
    engine, in the label's font and direction (as QLabel draws it)."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    inside = {word: line.cursorToX(text.index(word) + 1)[0] for word in words}  # between its first two letters
    return sorted(words, key=inside.get)


def test_in_arabic_the_fingerprint_reads_as_it_is_in_the_status(qtbot, vault, tmp_path):
    """Its first group, all digits, was drawn after the other seven (to their left) in the Arabic sentence."""
    fingerprint = sign_with_digits_first(vault)
    built, _ = make_packet(vault, scope_for(fill_markers(vault), ["goal_a"]), tmp_path / "signed.pdf")
    language.install("ar")
    try:
        dialog = open_in_dialog(qtbot, tmp_path / "signed.pdf", built.code)
        assert dialog.reading.verified and dialog.status.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.status.text().startswith("تمّ التحقق")
        groups = fingerprint.split()
        assert from_the_left(dialog.status, groups) == groups
    finally:
        language.install("en")


@pytest.mark.parametrize("app_language", ["en", "ar"])
def test_an_arabic_packets_text_keeps_each_value_in_its_own_order(qtbot, vault, tmp_path, app_language):
    """In the text below the status, the fingerprint's first group (all digits) was drawn after the rest, and a date
    "2026-11-28" as "28-11-2026": Qt ordered them by the Arabic label before them. As the text view lays them out."""
    from dataclasses import replace

    fingerprint = sign_with_digits_first(vault)
    scope = replace(scope_for(fill_markers(vault), ["goal_a"]), language="ar")
    built, _ = make_packet(vault, scope, tmp_path / "signed.pdf")
    language.install(app_language)
    try:
        dialog = open_in_dialog(qtbot, tmp_path / "signed.pdf", built.code)
        dialog.resize(900, 700)
        dialog.show()
        document = dialog.text.document()
        made = built.doc["made_at"][:10]
        for value, words in ((fingerprint, fingerprint.split()), (made, made.split("-"))):
            block = document.find(value).block()
            assert block.isValid(), value
            layout = block.layout()
            at = block.text().index(value)
            lines = [layout.lineForTextPosition(at + value.index(w)) for w in words]
            assert len({line.lineNumber() for line in lines}) == 1, value  # on one line, to compare
            x = {w: lines[0].cursorToX(at + value.index(w) + 1)[0] for w in words}
            assert sorted(words, key=x.get) == words, (value, x)
        consent = built.doc["consent_statement"]
        assert consent in dialog.text.toPlainText()  # a sentence with a colon in it is left whole
    finally:
        language.install("en")
