"""Nine languages besides English (issue 16): found for the computer's language, named in themselves, offered
first, Arabic read right to left with its own digits, and codes kept left to right inside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from survivor_vault.core.placeholders import fill
from survivor_vault.ui import language


@pytest.fixture
def back_to_english(qapp):
    yield
    language.install("en")
    QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize(("computer", "chosen"), [
    ("pt_BR", "pt_BR"), ("pt_PT", "pt_BR"),  # the same language in another variety rather than English
    ("fil_PH", "tl"),  # Qt says "fil" for Filipino; our files say "tl"
    ("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("ar_EG", "ar"), ("ht_HT", "ht"), ("fr_CA", "fr"),
    ("de_DE", "en"), ("en_US", "en"),
])
def test_the_computers_language_is_found_in_its_own_variety_or_another(computer, chosen):
    assert language.matching(computer, language.available()) == chosen


def test_each_language_is_named_in_itself_in_the_list():
    names = language.available()
    assert names["ar"] == "العربية" and names["zh_CN"] == "简体中文" and names["ht"] == "Kreyòl ayisyen"
    assert all(name != code for code, name in names.items())  # no bare code shown to anyone
    assert next(iter(names.values())) == "English"


def test_arabic_mirrors_the_app_and_writes_its_own_digits_and_english_puts_it_back(back_to_english):
    app = QApplication.instance()
    language.install("ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert fill("%1 / %2", 1, 2026) == "١ / ٢٠٢٦"
    language.install("en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert fill("%1 / %2", 1, 2026) == "1 / 2026"  # and never "2,026"


def test_a_packet_writes_numbers_in_its_own_language_whatever_the_apps(back_to_english):
    from survivor_vault.sharing.packet_wording import PacketWording

    language.install("ar")
    assert PacketWording("fr").number(12) == "12"
    assert PacketWording("ar").number(12) == "١٢"


def test_codes_stay_left_to_right_in_a_right_to_left_app(qtbot, back_to_english):
    from survivor_vault.ui.components.code_block import CodeBlock
    from survivor_vault.ui.open_packet_dialog import OpenPacketDialog

    language.install("ar")
    block = CodeBlock("packetCode", "Share code")
    qtbot.addWidget(block)
    dialog = OpenPacketDialog()
    qtbot.addWidget(dialog)
    assert block.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the page around it mirrors
    assert block.label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.code.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_first_screen_offers_the_language_before_anything_to_read(qtbot, tmp_path):
    from tests.ui.helpers import open_window, preferences

    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    welcome = window.first_run.steps.widget(0)
    first = welcome.layout().itemAt(0).layout()
    assert first is not None and first.itemAt(1).widget() is window.first_run.language


def test_an_arabic_packet_reads_from_the_right_with_each_label_beside_its_value(vault):
    """The page's HTML (what Qt typesets): looked at in screenshots, held here."""
    from dataclasses import replace

    from survivor_vault.sharing import packet_builder
    from survivor_vault.sharing.packet_html import packet_html
    from survivor_vault.sharing.packet_wording import for_language
    from tests.sharing.packet_fixtures import fill_markers, scope_for

    refs = fill_markers(vault)
    html = {}
    for code in ("ar", "fr"):
        built = packet_builder.build(packet_builder.prepare(vault, replace(scope_for(refs, ["goal_a"]), language=code)))
        html[code] = packet_html(built.doc, for_language(code))
    assert html["ar"].startswith("<div dir='rtl'>") and "<table align='right'>" in html["ar"]
    assert "dir='rtl'" not in html["fr"]
    # Qt keeps a table's columns in order whatever the direction: the label comes last, to stand at the right.
    assert "</td><td class='k'>" in html["ar"] and "<tr><td class='k'>" in html["fr"]


@pytest.mark.parametrize("code", ["zh_CN", "pt_BR", "tl", "ar"])
def test_a_packet_is_in_the_apps_language_to_begin_with(qtbot, vault, back_to_english, code):
    """Chinese, Portuguese and Filipino got English: the wizard asked for "zh", "pt", "fil"."""
    from survivor_vault.ui.pages.packet_wizard import PacketWizard

    language.install(code)
    wizard = PacketWizard(vault, None)
    qtbot.addWidget(wizard)
    assert wizard.findChild(QComboBox, "packetLanguage").currentData() == code


@pytest.mark.parametrize(("code", "side"), [("ar", "left"), ("en", "right")])
def test_a_dialogs_quick_exit_stands_where_the_title_does_not_begin(qtbot, back_to_english, code, side):
    from PySide6.QtWidgets import QDialog, QPushButton

    from survivor_vault.ui.quick_exit import BUTTON_NAME, DialogQuickExit

    language.install(code)
    watcher = DialogQuickExit(lambda: None)
    watcher.install()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(500, 300)
    dialog.show()
    button = dialog.findChild(QPushButton, BUTTON_NAME)
    watcher.uninstall()
    middle = button.geometry().center().x()
    assert (middle < dialog.width() / 2) == (side == "left")


def test_changing_language_on_the_first_screen_keeps_every_choice_made(qtbot, tmp_path, back_to_english):
    """A survivor goes forward, chooses, types, sees the recovery key, then comes back to the first screen and
    picks their own language: nothing chosen is lost, and the recovery key they may have written down stays."""
    from survivor_vault.ui import first_run as steps
    from tests.ui.helpers import open_window, preferences, type_into

    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = window.first_run
    run.next()
    run.with_helper.click()
    run.next()
    run.discreet.setChecked(not run.discreet.isChecked())
    discreet = run.discreet.isChecked()
    run.next()
    type_into(qtbot, run.first.edit, "four words make a picture")
    type_into(qtbot, run.second.edit, "four words make a picture")
    run.next()
    assert run.step == steps.RECOVERY
    key = run.recovery_view.key
    type_into(qtbot, run.recovery_view.check, run.recovery_view.expected_group)
    run.back()  # the passphrase is asked again from here, as before; half of it typed
    type_into(qtbot, run.first.edit, "four words make")
    for _ in range(steps.PASSPHRASE):
        run.back()
    assert run.step == steps.WELCOME
    combo = run.language
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())  # as the list does when a person picks from it
    again = window.first_run
    assert again is not run and again.next_button.text() == "Suivant"  # made again, in French
    assert again.with_helper.isChecked() and again.discreet.isChecked() == discreet
    assert again.first.text() == "four words make" and again.second.text() == ""
    assert again.recovery_view.key == key and again.recovery_view.confirmed
    for _ in range(steps.PASSPHRASE):
        again.next()
    type_into(qtbot, again.first.edit, " a picture")
    type_into(qtbot, again.second.edit, "four words make a picture")
    again.next()
    assert again.step == steps.RECOVERY and again.recovery_view.key == key  # the key written down still holds
    assert again.next_button.isEnabled()


def test_counted_days_and_minutes_agree_with_their_number_in_arabic_in_arabic_digits(qtbot, back_to_english):
    """"٤٠ أيام" and "٥ دقيقة" were wrong (after 11 to 99 a day is "يومًا", after 3 to 10 a minute is "دقائق"),
    and "تذكير قبل 2 يوم" had a Western digit: Qt writes a plural's number in ASCII."""
    import re
    from datetime import date

    from survivor_vault.model.dates import DateKind
    from survivor_vault.ui.components.optional_date import ReminderField
    from survivor_vault.ui.models.dates_model import DateRow, DatesModel
    from survivor_vault.ui.wording import days_left_text

    language.install("ar")
    assert days_left_text(2) == "بعد يومين" and days_left_text(5) == "بعد ٥ أيام"
    assert days_left_text(40) == "بعد ٤٠ يومًا" and days_left_text(-40) == "منذ ٤٠ يومًا"
    model = DatesModel(None)

    def row(days: int) -> DateRow:
        return DateRow("Hearing", DateKind.HEARING, date(2027, 3, 1), days, False)

    words = {n: model._reminder_words(row(n)) for n in (1, 2, 5, 40)}
    assert words[2] == "تذكير قبل يومين" and words[5] == "تذكير قبل ٥ أيام" and words[40] == "تذكير قبل ٤٠ يومًا"
    assert not any(re.search("[0-9]", text) for text in words.values())
    reminder = ReminderField("someReminder")
    qtbot.addWidget(reminder)
    for n, unit in ((5, "أيام"), (40, "يومًا")):
        reminder.days.setValue(n)
        assert reminder.days.suffix().split() == [unit, "مسبقًا"]
    language.install("en")
    assert model._reminder_words(row(1)) == "reminder the day before"  # not "1 days"
    assert days_left_text(12) == "in 12 days"



@pytest.mark.parametrize("code", ["en", "vi", "ar"])
def test_the_packet_wizards_buttons_are_named_without_arrows_or_accelerator_marks(qtbot, vault, back_to_english,
                                                                                   code):
    """A screen reader read "< &Quay lại": the button's text, copied as it was into its name."""
    from PySide6.QtWidgets import QWizard

    from survivor_vault.ui.pages.packet_wizard import PacketWizard

    language.install(code)
    wizard = PacketWizard(vault, None)
    qtbot.addWidget(wizard)
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton):
        name = wizard.button(which).accessibleName()
        assert name and not set(name) & set("&<>‹›") and name == name.strip(), name


def test_in_arabic_a_line_that_begins_with_an_english_title_still_reads_from_the_right(qtbot, back_to_english):
    """"Court hearing: ٤ ديسمبر ٢٠٢٦ (بعد ٦ أيام)" was laid out from the left, its colon on the wrong side: a line
    takes its direction from its first letter. The title is isolated in a right-to-left app (wording.own_order)."""
    from datetime import date, timedelta

    from PySide6.QtGui import QTextLayout

    from survivor_vault.model.dates import DateKind, Reminder
    from survivor_vault.ui.components.reminders_callout import reminder_line

    language.install("ar")
    day = date.today() + timedelta(days=6)
    text = reminder_line(Reminder("Court hearing", DateKind.HEARING, day, 6))
    layout = QTextLayout(text, QApplication.font())  # the direction left to the text, as a label leaves it
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    title_x = line.cursorToX(text.index("Court") + 1)[0]
    date_x = line.cursorToX(text.index("(") + 1)[0]
    assert title_x > date_x  # the title first, at the right; what follows it, to its left
    language.install("en")
    assert reminder_line(Reminder("Court hearing", DateKind.HEARING, day, 6)).startswith("Court hearing: ")


def test_in_arabic_no_middle_dot_stands_between_facts_where_it_reads_as_a_zero(back_to_english):
    """"أهداف قيد العمل: ٤ · أهداف حقّقتها: ١": the middle dot beside Arabic digits reads as ٠ ("٤٠")."""
    from survivor_vault.ui import wording
    from tests.ui.test_translations import FOLDER, messages

    language.install("ar")
    assert "·" not in wording.separator() and "·" not in wording.separator(keep_with_before=True)
    assert "," not in wording.comma()  # and lists with the Arabic comma, not the Latin one
    for _context, _source, translation in messages(FOLDER / "svault_ar.ts"):
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        assert not any("·" in text for text in texts), texts
    language.install("en")
    assert wording.separator() == " · " and wording.separator(keep_with_before=True) == "\u00a0· "
