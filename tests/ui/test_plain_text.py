"""Issue 9, item 5: a person's, a kit's or a packet's words are shown as written, everywhere.

Every field of a vault holds markup and links (`<a href="javascript:…">`); a setup kit's agency is a
40 pt "CLICK HERE" link. Then every page and every dialog is opened, and each widget is checked the
way Qt will draw it: labels and message boxes as plain text, tooltips drawing the characters (not
the tags), no widget that opens links, no `&` of someone's name turned into a keyboard shortcut.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QWidget,
)

from survivor_vault.core.setup_kit import import_kit, parse_kit_json
from survivor_vault.core.vault import Vault
from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.ui.plain_text import button_text, tooltip
from survivor_vault.ui.vault_area import ABOUT_ME, ACTIVITY, GOALS, PEOPLE, SERVICES, SETTINGS, SHARING
from tests.core.hostile_kits import CLICK_HERE, LINK, linked_kit_json
from tests.ui.helpers import (
    PASS,
    answer_file_dialogs,
    first_run_to_passphrase,
    open_window,
    preferences,
    type_into,
    unlock,
    with_modal,
)
from tests.ui.shown_text import links_in, looks_rich, rendered, shown_in_tooltip

# Qt's own delegates draw an item's text as the characters (a combo box's list uses a private one).
# Ours: CardDelegate (ui/components/card_list.py) and WhatThenWhen (pages/activity_page.py) write with
# QPainter.drawText, which never reads markup; WrappedRowDelegate (pages/services_page.py) only measures, and
# draws as QStyledItemDelegate does.
PLAIN_DELEGATES = {"QStyledItemDelegate", "QItemDelegate", "QComboMenuDelegate", "QComboBoxDelegate", "CardDelegate",
                   "WhatThenWhen", "WrappedRowDelegate"}
KEYS = ("ZQLINK", "CLICK HERE")  # what every field holds, inside its link
PERSON = f"{LINK} Tom & Jerry"


def holds_data(text) -> bool:
    return isinstance(text, str) and any(key in text for key in KEYS)


class Scan:
    """Every live widget, checked as Qt will draw it. Counts what held data, so the walk cannot pass empty."""

    def __init__(self):
        self.problems: list[str] = []
        self.seen = {"label": 0, "message box": 0, "button": 0, "tooltip": 0, "item tooltip": 0, "item": 0}

    def __call__(self, step: str) -> None:
        for widget in QApplication.allWidgets():
            where = f"{step}: {type(widget).__name__} {widget.objectName()!r} in {type(widget.window()).__name__}"
            self._widget(widget, where)

    def _widget(self, widget: QWidget, where: str) -> None:
        if isinstance(widget, QLabel | QTextBrowser) and widget.openExternalLinks():
            self.problems.append(f"{where}: opens links")
        if isinstance(widget, QLabel) and holds_data(widget.text()):
            self.seen["label"] += 1
            if widget.textFormat() != Qt.TextFormat.PlainText:
                self.problems.append(f"{where}: {widget.textFormat().name} label holds data")
        if isinstance(widget, QMessageBox) and holds_data(widget.text()):
            self.seen["message box"] += 1
            if widget.textFormat() != Qt.TextFormat.PlainText:
                self.problems.append(f"{where}: {widget.textFormat().name} message box holds data")
        if isinstance(widget, QAbstractButton) and holds_data(widget.text()):
            self.seen["button"] += 1
            if "&" in widget.text().replace("&&", ""):
                self.problems.append(f"{where}: an & of the data becomes a keyboard shortcut")
        self._tooltip(widget.toolTip(), where, "tooltip")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            delegate = widget.itemDelegate()
            if delegate is not None and delegate.metaObject().className() not in PLAIN_DELEGATES:
                self.problems.append(f"{where}: a delegate that may draw markup")
            for index in _indexes(widget.model()):
                self.seen["item"] += holds_data(index.data(Qt.ItemDataRole.DisplayRole))
                self._tooltip(index.data(Qt.ItemDataRole.ToolTipRole), f"{where} row {index.row()}", "item tooltip")

    def _tooltip(self, tip, where: str, kind: str) -> None:
        if not holds_data(tip):
            return
        self.seen[kind] += 1
        if not looks_rich(tip):
            return  # drawn as the characters themselves
        document = rendered(tip)
        if links_in(document):
            self.problems.append(f"{where}: {kind} draws a link")
        if "<a href" not in document.toPlainText():
            self.problems.append(f"{where}: {kind} draws the markup instead of showing it")


def _indexes(model):
    stack = [model.index(-1, -1).parent()]
    while stack:
        parent = stack.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:  # list models keep columnCount private in PySide6
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                yield index
                if column == 0:
                    stack.append(index)


class UrlRecorder(QObject):
    """Stands in for the desktop's browser: any link Qt tries to open ends here."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls():
    recorder = UrlRecorder()
    schemes = ("https", "http", "javascript", "file", "mailto")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, recorder, "handle")
    yield recorder.urls
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def seed(vault) -> dict:
    """Markup and links in every field a person, a kit or a packet fills."""
    refs = {}
    goal = vault.goals.add(f"{LINK} goal", why=f"{LINK} why", notes=f"{LINK} goal notes", steps=[f"{LINK} step"])
    refs["goal"] = goal
    housing = next(k for k in vault.services.kinds() if k.key == "housing")
    details = {name: f"{LINK} {name}" for name in ("provider", "contact", "notes", "feedback_working",
                                                   "feedback_not_working")}
    vault.services.add_choice(housing.id, **details)
    refs["housing"] = housing
    own = vault.services.add_kind(f"{LINK} own kind", description=f"{LINK} own kind description")
    vault.services.add_choice(own.id, **details)
    refs["own"] = own
    vault.about_me.save(AboutMe(**{name: f"{LINK} {name}" for name in AboutMe.field_names()}))
    refs["person"] = vault.people.add(PERSON, organisation=f"{LINK} organisation", role=f"{LINK} role",
                                      contact=f"{LINK} contact", notes=f"{LINK} person notes")
    import_kit(vault, parse_kit_json(linked_kit_json()))  # the agency (CLICK HERE) and the kit's directory
    agency = next(p for p in vault.people.list() if p.name == CLICK_HERE)
    refs["agency"] = agency
    vault.history.add(recipient_name=agency.name, recipient_organisation=agency.organisation, person_id=agency.id,
                      purpose=f"{LINK} history purpose", packet_id="p1", packet_sha256="0" * 64, items=[],
                      end_date=date.today() + timedelta(days=30))
    vault.permissions.save(refs["person"].id, [ItemRef(Section.GOALS, str(goal.id))],
                           purpose=f"{LINK} permission purpose", end_date=date.today() + timedelta(days=30))
    return refs


def _close(dialog) -> None:
    dialog.reject()


def test_tooltips_show_the_characters_as_written():
    for text in (CLICK_HERE, f"{LINK}\nsecond line", "a & b &amp; <b>c</b>\ttab  two spaces", "plain"):
        tip = tooltip(text)
        assert shown_in_tooltip(tip) == text and links_in(rendered(tip)) == []
    assert tooltip("") == ""
    assert links_in(rendered(CLICK_HERE)) == ["https://example.invalid/x"]  # the check sees a link when there is one
    assert button_text("Tom & Jerry") == "Tom && Jerry"


def test_the_scan_finds_rich_text_links_and_shortcuts(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    QLabel(LINK, box)
    linked = QLabel("fixed words", box)
    linked.setOpenExternalLinks(True)
    box.setToolTip(LINK)
    from PySide6.QtWidgets import QPushButton

    QPushButton(PERSON, box)
    scan = Scan()
    scan("test")
    assert {p.split(": ", 2)[2] for p in scan.problems if "'' in QWidget" in p} == {
        "AutoText label holds data", "opens links", "an & of the data becomes a keyboard shortcut",
        "tooltip draws a link", "tooltip draws the markup instead of showing it"}


def test_every_page_and_dialog_shows_data_as_plain_text(monkeypatch, qtbot, tmp_path, opened_urls):
    vault = Vault.create(tmp_path / "vault", PASS)
    refs = seed(vault)
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    scan = Scan()
    area = window.area
    for page in (GOALS, SERVICES, ABOUT_ME, PEOPLE, SHARING, ACTIVITY, SETTINGS):
        area.show_page(page)
        scan(f"page {page}")

    goals = area.page(GOALS)
    goals.table.selectRow(0)
    with_modal(qtbot, goals.edit_selected, lambda d: (scan("goal editor"), _close(d)))
    with_modal(qtbot, goals.delete_selected, lambda d: (scan("delete goal?"), _close(d)))

    services = area.page(SERVICES)
    services.select_kind(refs["own"].id)
    assert holds_data(services.panel.heading.text())
    scan("my own kind of service")
    services.select_kind(refs["housing"].id)
    scan("housing, with the kit's directory")

    def name_a_kind(dialog):
        assert isinstance(dialog, QInputDialog)
        scan("add a kind of service")
        dialog.setTextValue(f"{LINK} typed kind")
        dialog.accept()

    with_modal(qtbot, services.add_kind, name_a_kind)
    scan("a kind typed in")

    people = area.page(PEOPLE)
    for row in range(people.model.rowCount()):
        people.table.selectRow(row)
        with_modal(qtbot, people.edit_selected, lambda d: (scan("person editor"), _close(d)))
        with_modal(qtbot, people.delete_selected, lambda d: (scan("delete person?"), _close(d)))

    sharing = area.page(SHARING)
    area.show_page(SHARING)
    sharing.history.select_row(0)
    with_modal(qtbot, sharing.withdraw, lambda d: (scan("withdraw consent?"), _close(d)))
    person_row = next(r for r in range(sharing.permissions.rowCount())
                      if sharing.permissions.item(r, 0).data(Qt.ItemDataRole.UserRole) == refs["person"].id)
    sharing.permissions.selectRow(person_row)
    with_modal(qtbot, sharing.set_permission, lambda d: (scan("what they may see"), _close(d)))

    made = {}

    def make_packet(wizard):
        scan("packet: who")
        wizard.next()
        content = wizard.content_page
        assert content.start_button.isVisibleTo(wizard) and holds_data(content.start_button.text())
        content.chooser.item(ItemRef(Section.GOALS, str(refs["goal"].id))).setCheckState(0, Qt.CheckState.Checked)
        scan("packet: what")
        wizard.next()
        purpose = wizard.purpose_page
        type_into(qtbot, purpose.purpose, f"{LINK} wizard purpose")
        purpose.note.setPlainText(f"{LINK} wizard note")
        scan("packet: why")
        wizard.next()
        qtbot.waitUntil(lambda: wizard.packet.preview is not None, timeout=15_000)
        scan("packet: preview")
        wizard.next()
        scan("packet: protection")
        wizard.next()
        answer_file_dialogs(monkeypatch, str(tmp_path / "packet.pdf"))
        qtbot.mouseClick(wizard.save_page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.save_page.saved, timeout=15_000)
        scan("packet: saved")
        wizard.next()
        made["code"] = wizard.packet.saved.built.code
        scan("packet: share code")
        wizard.accept()

    with_modal(qtbot, sharing.make_packet, make_packet)
    scan("sharing history with the new packet")

    settings = area.page(SETTINGS)
    with_modal(qtbot, settings.new_recovery_key, lambda d: (scan("new recovery key"), _close(d)))
    with_modal(qtbot, settings.erase, lambda d: (scan("erase everything"), _close(d)))
    answer_file_dialogs(monkeypatch, str(tmp_path / "none.svbackup"))
    with_modal(qtbot, settings.check_backup, lambda d: (scan("check a backup"), _close(d)))

    window.lock()
    scan("locked")

    def read_packet(dialog):
        dialog.set_file(tmp_path / "packet.pdf")
        dialog.code.setText(made["code"])
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.reading is not None, timeout=15_000)
        scan("open a share packet")
        dialog.reject()

    with_modal(qtbot, window.open_packet, read_packet)
    with_modal(qtbot, window.forgot_passphrase, lambda d: (scan("forgot passphrase"), _close(d)))
    with_modal(qtbot, window.restore_backup, lambda d: (scan("restore"), _close(d)))

    assert scan.problems == []
    assert opened_urls == []
    # The walk met the data where it is shown: in labels, message boxes, buttons, lists and their tooltips
    # (no widget's own tooltip holds data today; the check is there for the day one does).
    assert all(count for kind, count in scan.seen.items() if kind != "tooltip"), scan.seen


def test_first_run_with_a_kit_full_of_links(qtbot, tmp_path, opened_urls):
    from survivor_vault.ui.first_run import DONE, KIT

    (tmp_path / "kit.json").write_bytes(linked_kit_json())
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    run = first_run_to_passphrase(qtbot, window)
    type_into(qtbot, run.first.edit, PASS)
    type_into(qtbot, run.second.edit, PASS)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    scan = Scan()
    with_modal(qtbot, run.skip_recovery, lambda d: (scan("skip the recovery key?"), _close(d)))
    type_into(qtbot, run.recovery_view.check, run.recovery_view.expected_group)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    assert run.step == KIT
    run.load_kit(tmp_path / "kit.json")
    qtbot.waitUntil(lambda: not run.reading_kit, timeout=15_000)
    assert CLICK_HERE in run.kit_summary.text()  # the characters, in a plain-text label
    scan("kit loaded")
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.step == DONE, timeout=15_000)
    qtbot.mouseClick(run.next_button, Qt.MouseButton.LeftButton)
    for page in (SERVICES, PEOPLE):
        window.area.show_page(page)
        scan(f"page {page}")
    services = window.area.page(SERVICES)
    housing = next(k for k in window.vault.services.kinds() if k.key == "housing")
    services.select_kind(housing.id)
    names = [services.panel.directory.itemText(i) for i in range(services.panel.directory.count())]
    assert f"{LINK} shelter" in names
    scan("the kit's directory")
    assert scan.problems == [] and opened_urls == []
    assert scan.seen["label"] and scan.seen["item"]


def test_withdraw_consent_from_a_kit_agency_named_click_here(qtbot, tmp_path, opened_urls):
    """The attack from the issue: the message box drew a 40 pt link that opened a web page."""
    vault = Vault.create(tmp_path / "vault", PASS)
    import_kit(vault, parse_kit_json(linked_kit_json()))
    agency = vault.people.list()[0]
    assert agency.name == CLICK_HERE
    vault.history.add(recipient_name=agency.name, person_id=agency.id, purpose="To plan housing support",
                      packet_id="p1", packet_sha256="0" * 64, items=[])
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    window.area.show_page(SHARING)
    sharing = window.area.page(SHARING)
    sharing.history.select_row(0)
    seen = {}

    def look_and_click(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen["text"], seen["format"], seen["label_format"] = box.text(), box.textFormat(), label.textFormat()
        seen["opens_links"] = label.openExternalLinks()
        box.grab().save(str(tmp_path / "withdraw.png"))
        for x in range(2, label.width(), 6):  # click all over the text, where a link would be
            for y in range(2, label.height(), 6):
                qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        box.reject()

    with_modal(qtbot, sharing.withdraw, look_and_click)
    assert CLICK_HERE in seen["text"] and f"to {agency.name}?" in seen["text"]
    assert seen["format"] == seen["label_format"] == Qt.TextFormat.PlainText
    assert seen["opens_links"] is False
    assert opened_urls == []
    assert not window.vault.history.list()[0].withdrawn  # nothing was clicked but the text
