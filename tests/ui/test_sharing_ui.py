"""The sharing screens driven like a person: a whole packet, permissions, withdrawal, opening a packet."""

import hashlib
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from survivor_vault.core.vault import Vault
from survivor_vault.sharing.packet_reader import read_packet
from survivor_vault.ui.vault_area import SHARING
from tests.sharing.notice_words import english_only_words, notice_words, pdf_words
from tests.sharing.packet_fixtures import MARK, fill_markers
from tests.ui.helpers import PASS, answer_file_dialogs, click, open_window, preferences, type_into, unlock, with_modal

FOOTER = re.compile(r"Page \d+ of \d+\s+·\s+[0-9a-f]{8}")


def words(text: str) -> Counter:
    text = FOOTER.sub(" ", unicodedata.normalize("NFKC", text))
    return Counter(text.split())


@pytest.fixture
def unlocked(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    refs = fill_markers(vault)
    person = vault.people.add("Jo Rivera", organisation="Harbour Housing")
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    window.area.sidebar.setCurrentRow(SHARING)
    return window, window.area.page(SHARING), refs, person


def run_wizard(qtbot, page, refs, tmp_path, *, tick, plain=False, use_permission=False, language=None):
    out = {}

    def drive(wizard):
        assert wizard.currentPage() is wizard.recipient_page
        wizard.next()
        content = wizard.content_page
        assert not content.chooser.chosen()  # nothing ticked by default
        assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
        if use_permission:
            qtbot.mouseClick(content.start_button, Qt.MouseButton.LeftButton)
        for key in tick:
            content.chooser.item(refs[key]).setCheckState(0, Qt.CheckState.Checked)
        wizard.next()
        purpose = wizard.purpose_page
        if not purpose.purpose.text():
            type_into(qtbot, purpose.purpose, "To plan housing support")
        if language:
            purpose.language.setCurrentIndex(purpose.language.findData(language))
        wizard.next()
        preview = wizard.preview_page
        qtbot.waitUntil(lambda: wizard.packet.preview is not None, timeout=15_000)
        out["preview_text"] = preview.plain_text
        out["pages"] = wizard.packet.preview.pages.page_count
        wizard.next()
        protection = wizard.protection_page
        if plain:
            click(qtbot, protection.plain)
            assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
            assert protection.plain_warning.isVisible()
            click(qtbot, protection.confirm_plain)
        wizard.next()
        save = wizard.save_page
        with pytest.MonkeyPatch.context() as patch:
            answer_file_dialogs(patch, str(tmp_path / "for-jo"))
            qtbot.mouseClick(save.save_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: save.saved, timeout=15_000)
        wizard.next()
        out["code_text"] = wizard.code_page.code.text() if wizard.code_page.code.isVisible() else None
        out["code"] = wizard.packet.saved.built.code
        out["record"] = wizard.packet.saved.record
        if out["code"]:
            qtbot.mouseClick(wizard.code_page.copy_button, Qt.MouseButton.LeftButton)
            from PySide6.QtGui import QGuiApplication

            out["clipboard"] = QGuiApplication.clipboard().text()
        wizard.accept()

    with_modal(qtbot, page.make_packet, drive)
    return out


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")
def test_whole_packet_flow_preview_equals_file_and_history_matches(qtbot, unlocked, tmp_path):
    window, page, refs, _person = unlocked
    out = run_wizard(qtbot, page, refs, tmp_path, tick=["goal_a", "svc_a", "name"])
    path = tmp_path / "for-jo.pdf"
    assert path.exists()
    assert out["code_text"] == out["code"]  # shown exactly as a PDF reader must be given it
    assert out["clipboard"] == out["code"]
    text = subprocess.run(["pdftotext", "-upw", out["code"], str(path), "-"], capture_output=True,
                          text=True).stdout
    assert words(text) == words(out["preview_text"])  # the preview is the packet
    assert MARK["goal_a"] in text and MARK["goal_b"] not in text and MARK["strengths"] not in text
    record = window.vault.history.list(with_items=True)[0]
    assert record.packet_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert {(i.section.value, i.key) for i in record.items} == {(refs[k].section.value, refs[k].key)
                                                              for k in ("goal_a", "svc_a", "name")}
    assert record.recipient_name == "Jo Rivera" and record.protected and record.signed
    assert page.history_model.rowCount() == 1
    read_packet(path.read_bytes(), out["code"])


def test_plain_pdf_needs_an_explicit_yes(qtbot, unlocked, tmp_path):
    window, page, refs, _person = unlocked
    out = run_wizard(qtbot, page, refs, tmp_path, tick=["goal_b"], plain=True)
    assert out["code"] is None and out["code_text"] is None
    reading = read_packet((tmp_path / "for-jo.pdf").read_bytes(), None)
    assert not reading.protected and not window.vault.history.list()[0].protected


def test_permission_is_a_starting_point_and_revoking_keeps_history(qtbot, unlocked, tmp_path):
    window, page, refs, person = unlocked
    page.permissions.selectRow(0)

    def set_items(dialog):
        dialog.chooser.item(refs["goal_b"]).setCheckState(0, Qt.CheckState.Checked)
        dialog.chooser.item(refs["strengths"]).setCheckState(0, Qt.CheckState.Checked)
        dialog.purpose.setText("Weekly check-ins")
        dialog.save()

    with_modal(qtbot, page.set_permission, set_items)
    permission = window.vault.permissions.active_for(person.id)
    assert {(r.section.value, r.key) for r in permission.items} == {
        (refs["goal_b"].section.value, refs["goal_b"].key), ("about_me", "strengths")}
    assert window.vault.history.count() == 0  # saving a permission sends nothing
    page.permissions.selectRow(0)
    out = run_wizard(qtbot, page, refs, tmp_path, tick=[], use_permission=True)
    reading = read_packet((tmp_path / "for-jo.pdf").read_bytes(), out["code"])
    assert reading.doc["purpose"] == "Weekly check-ins"
    assert set(reading.doc["sections"]) == {"goals", "about_me"}
    page.permissions.selectRow(0)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert window.vault.permissions.active_for(person.id) is None
    assert window.vault.history.count() == 1


def test_withdraw_consent_marks_history_and_saves_a_notice(monkeypatch, qtbot, unlocked, tmp_path):
    window, page, refs, _person = unlocked
    run_wizard(qtbot, page, refs, tmp_path, tick=["goal_a"])
    page.history.select_row(0)
    answer_file_dialogs(monkeypatch, str(tmp_path / "notice.pdf"))

    def confirm(box):
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Withdraw consent"), Qt.MouseButton.LeftButton)

    with_modal(qtbot, page.withdraw, confirm)
    qtbot.waitUntil(lambda: (tmp_path / "notice.pdf").exists(), timeout=10_000)
    record = window.vault.history.list()[0]
    assert record.withdrawn
    card = page.history_model.index(0, 0)
    assert card.data(Qt.ItemDataRole.AccessibleTextRole).endswith("Consent withdrawn")  # said in words
    # Its card stays chosen, under the keyboard (the choice was cleared and focus fell to Lock).
    assert page.history.selected_row() == 0 and window.focusWidget() is page.history
    assert MARK["goal_a"].encode() not in (tmp_path / "notice.pdf").read_bytes()
    kinds = [e.kind.value for e in window.vault.activity.list(limit=3)]
    assert "consent_withdrawn" in kinds


def withdraw_and_save_the_notice(qtbot, page, monkeypatch, path) -> None:
    """Withdraw consent for the first card with the button, yes to the question whatever its language."""
    from PySide6.QtWidgets import QMessageBox

    page.history.select_row(0)
    answer_file_dialogs(monkeypatch, str(path))

    def confirm(box):
        yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)

    with_modal(qtbot, lambda: qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton), confirm)
    qtbot.waitUntil(path.exists, timeout=10_000)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")
def test_the_withdrawal_notice_is_in_the_packets_language_not_the_apps(monkeypatch, qtbot, unlocked, tmp_path):
    """A packet made in French from the app in English: its record says French, and so does its notice."""
    window, page, refs, _person = unlocked
    out = run_wizard(qtbot, page, refs, tmp_path, tick=["goal_a"], language="fr")
    assert out["record"].language == "fr" and window.vault.history.list()[0].language == "fr"
    withdraw_and_save_the_notice(qtbot, page, monkeypatch, tmp_path / "notice.pdf")
    words = pdf_words(tmp_path / "notice.pdf")
    day = datetime.now(UTC).date()
    assert notice_words("fr", day) <= words, notice_words("fr", day) - words
    assert not english_only_words("fr", day) & words, english_only_words("fr", day) & words


@pytest.fixture
def app_in_english_again(qapp):
    yield
    from survivor_vault.ui import language

    language.install("en")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")
def test_a_packet_made_before_languages_were_kept_gets_a_notice_in_the_apps_language(
        monkeypatch, qtbot, unlocked, tmp_path, app_in_english_again):
    """Its record does not say (the migration to version 8 left it so): the app's language, Arabic here."""
    window, page, refs, _person = unlocked
    run_wizard(qtbot, page, refs, tmp_path, tick=["goal_a"], language="en")
    window.vault.connection.execute("UPDATE sharing_records SET language = NULL")
    window.change_language("ar")  # chosen in Settings: the pages are made again in Arabic
    page = window.area.page(SHARING)
    withdraw_and_save_the_notice(qtbot, page, monkeypatch, tmp_path / "notice.pdf")
    words = pdf_words(tmp_path / "notice.pdf")
    day = datetime.now(UTC).date()
    assert notice_words("ar", day) <= words, notice_words("ar", day) - words
    assert not english_only_words("ar", day) & words, english_only_words("ar", day) & words


def test_open_a_share_packet_from_the_unlock_screen(monkeypatch, qtbot, unlocked, tmp_path):
    window, page, refs, _person = unlocked
    out = run_wizard(qtbot, page, refs, tmp_path, tick=["goal_a", "name"])
    window.lock()
    seen = {}

    def use(dialog):
        dialog.set_file(tmp_path / "for-jo.pdf")
        type_into(qtbot, dialog.code, "nope2-nope3-nope4-nope5-nope6")
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.open_button.isEnabled() and dialog.status.text() != "Checking…",
                        timeout=10_000)
        seen["wrong"] = dialog.status.text()
        dialog.code.setText(out["code"].upper())
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.reading is not None, timeout=10_000)
        seen["text"] = dialog.text.toPlainText()
        seen["status"] = dialog.status.text()
        answer_file_dialogs(monkeypatch, str(tmp_path / "data.json"))
        qtbot.mouseClick(dialog.save_json, Qt.MouseButton.LeftButton)
        dialog.reject()

    with_modal(qtbot, lambda: qtbot.mouseClick(window.unlock_screen.open_packet_button, Qt.MouseButton.LeftButton),
               use)
    assert "does not open" in seen["wrong"]
    assert MARK["goal_a"] in seen["text"] and MARK["name"] in seen["text"]
    assert "unchanged" in seen["status"]
    assert (tmp_path / "data.json").exists()
    assert not window.is_unlocked  # no vault was needed


def test_nothing_of_the_vault_lands_in_the_preferences_file(qtbot, unlocked, tmp_path):
    """Preferences live outside the vault, so they must never hold content: only app choices."""
    window, page, refs, _person = unlocked
    run_wizard(qtbot, page, refs, tmp_path, tick=["goal_a", "name"])
    from survivor_vault.ui.vault_area import SETTINGS

    settings = window.area.page(SETTINGS)
    settings.discreet.setChecked(True)
    settings.auto_lock.setValue(3)
    window.lock()
    text = (tmp_path / "prefs.ini").read_text()
    assert "discreet" in text  # the file is the one the window used
    for marker in MARK.values():
        assert marker not in text
    assert "Jo Rivera" not in text and "housing" not in text.lower()
