"""One way to write dates (sharing/date_text): month in words, four-digit year, in every view and
in the packet; date pickers show a four-digit year. ("2/27/27", "2027-02-27" and "Friday, November
27, 2026" all appeared before.)"""

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

from survivor_vault.core.vault import Vault
from survivor_vault.sharing.date_text import date_format, date_text, picker_format
from survivor_vault.ui.vault_area import GOALS, SETTINGS, SHARING
from tests.ui.helpers import PASS, open_window, preferences, unlock

DAY = date(2027, 2, 27)


@pytest.mark.parametrize("name", ["en_US", "en_GB", "es_ES", "es_MX", "fr_FR", "pt_BR", "ru_RU", "zh_CN",
                                  "vi_VN", "ar_EG", "tl_PH", "ht_HT"])
def test_a_date_has_its_month_in_words_a_four_digit_year_and_no_weekday(name):
    locale = QLocale(name)
    shape = date_format(locale)
    month_in_words = "MMMM" in shape or "月" in shape  # Chinese and Japanese: "2月", unambiguous too
    assert "yyyy" in shape and month_in_words and "dddd" not in shape and not shape.startswith(("،", ","))
    assert "yyyy" in picker_format(locale)
    assert date_text(DAY, QLocale(name))  # and it writes something


def test_every_view_writes_dates_the_same_way(qtbot, tmp_path):
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        with Vault.create(tmp_path / "vault", PASS) as vault:
            vault.goals.add("Find a flat", target_date=DAY)
            vault.record_backup()
        window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
        unlock(qtbot, window)
        expected = date_text(DAY)
        assert expected == "February 27, 2027"
        goals = window.area.page(GOALS)
        model = goals.table.model()
        shown = [model.index(0, c).data() for c in range(model.columnCount())]
        assert expected in shown, shown
        settings = window.area.page(SETTINGS)
        assert "2026" in settings.last_backup.text() or "2027" in settings.last_backup.text()
        assert "/" not in settings.last_backup.text()
        for page in (GOALS, SHARING, SETTINGS):
            for picker in window.area.page(page).findChildren(QDateEdit):
                assert "yyyy" in picker.displayFormat(), picker.objectName()
        from survivor_vault.sharing.packet_wording import PacketWording
        assert PacketWording("en").date(DAY) == expected  # the packet's pages, the same way
    finally:
        QLocale.setDefault(before)


def test_haitian_creole_dates_are_written_in_creole_not_french():
    """Qt's locale data has no Creole months and falls back to French ("27 février 2027")."""
    from survivor_vault.sharing.date_text import fitting_date_text
    from survivor_vault.sharing.packet_wording import PacketWording

    creole, french = QLocale("ht"), QLocale("fr")
    for month in range(1, 13):
        day = date(2027, month, 27)
        texts = [date_text(day, creole), PacketWording("ht").date(day),
                 fitting_date_text(day, lambda text: len(text) < 12, creole)]
        for text in texts:
            for name in (french.monthName(month), french.monthName(month, QLocale.FormatType.ShortFormat)):
                same_word = name.strip(".") in ("avril", "avr")  # April is "avril" in both
                assert same_word or name.lower() not in text.lower().split(), (month, text)
    assert date_text(date(2027, 7, 4), creole) == "4 jiyè 2027"
    assert date_text(date(2027, 2, 27), french) == "27 février 2027"  # French itself is left as it is


def test_the_date_pickers_calendar_names_the_months_in_creole(qtbot):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QToolButton

    from survivor_vault.sharing.date_text import OWN_MONTHS
    from survivor_vault.ui.components.optional_date import date_picker

    QLocale.setDefault(QLocale("ht"))
    try:
        picker = date_picker(None, "somePicker", "Some day", date(2027, 7, 4))
    finally:
        QLocale.setDefault(QLocale("en"))
    qtbot.addWidget(picker)
    calendar = picker.calendarWidget()
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month.text() == "jiyè"
    calendar.setCurrentPage(2027, 8)
    assert month.text() == "out"
    assert [a.text() for a in month.menu().actions() if isinstance(a.data(), int)] == list(
        OWN_MONTHS[QLocale.Language.Haitian][0])
    picker.setDate(QDate(2027, 2, 1))
    assert month.text() == "fevriye"
