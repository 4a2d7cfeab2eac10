"""A withdrawal notice is written in the language its packet was made in, which the consent record keeps: the
person who read the packet can read the notice. It was always in English."""

import shutil
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from survivor_vault.sharing.packet_jobs import WithdrawConsent
from tests.sharing.notice_words import english_only_words, notice_words, pdf_words, title_line_edges
from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")


@pytest.fixture
def refs(vault):
    return fill_markers(vault)


@pytest.fixture
def app_in_spanish():
    """The app's dates and numbers in Spanish (what ui/language.install sets for sharing/), put back after."""
    before = QLocale()
    QLocale.setDefault(QLocale("es"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("code", ["fr", "ar", "zh_CN"])
def test_the_record_keeps_the_packets_language_whatever_the_apps(vault, refs, tmp_path, app_in_spanish, code):
    _built, record = make_packet(vault, replace(scope_for(refs, ["goal_a"]), language=code), tmp_path / "p.pdf")
    assert record.language == code
    assert vault.history.get(record.id).language == code
    assert [r.language for r in vault.history.list()] == [code]


def test_a_language_without_packet_words_is_kept_as_english_the_words_it_was_made_in(vault, refs, tmp_path):
    built, record = make_packet(vault, replace(scope_for(refs, ["goal_a"]), language="de"), tmp_path / "p.pdf")
    assert record.language == "en" and built.language == "en"


@needs_poppler
@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_notice_is_in_the_packets_language_and_writes_as_the_packet_does(vault, refs, tmp_path, code):
    _built, record = make_packet(vault, replace(scope_for(refs, ["goal_a"]), language=code), tmp_path / "p.pdf")
    job = WithdrawConsent(vault, record.id)  # the app in English
    path = tmp_path / "notice.pdf"
    path.write_bytes(job.run().data)
    words = pdf_words(path)
    day = datetime.now(UTC).date()
    assert notice_words(code, day) <= words, notice_words(code, day) - words  # its words, its month, its digits
    assert not english_only_words(code, day) & words, english_only_words(code, day) & words
    left, right, width = title_line_edges(path)
    if code == "ar":  # from the right, as an Arabic packet reads
        assert left > width / 2 and right > width * 0.85, (left, right, width)
    else:
        assert left < width / 8, (left, right, width)


@needs_poppler
@pytest.mark.parametrize(("app_language", "expected"), [("fr", "fr"), ("ar", "ar"), ("de", "en")])
def test_a_packet_made_before_languages_were_kept_gets_the_apps_language_if_packets_have_it(
        vault, refs, tmp_path, app_language, expected):
    """German: the app has no packet words in it, so English (as the packets made in it were)."""
    _built, record = make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "p.pdf")
    vault.connection.execute("UPDATE sharing_records SET language = NULL")  # as the migration leaves older ones
    assert vault.history.get(record.id).language is None
    path = tmp_path / "notice.pdf"
    path.write_bytes(WithdrawConsent(vault, record.id, app_language).run().data)
    words = pdf_words(path)
    day = datetime.now(UTC).date()
    assert notice_words(expected, day) <= words, notice_words(expected, day) - words
    if expected != "en":
        assert not english_only_words(expected, day) & words, english_only_words(expected, day) & words
