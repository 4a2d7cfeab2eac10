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
