"""The shared pieces (ui/components) as a person meets them: the plan's cards lead to their pages, empty
pages offer the one next thing, the service choice is a set of large toggles, steps are counted, the
share code and the recovery key stand in a frame with their actions, and the sharing timeline says in
words what it draws."""

from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from survivor_vault.core import demo_data
from survivor_vault.core.vault import Vault
from survivor_vault.model.services import Choice
from tests.ui.helpers import PASS, click, open_window, preferences, type_into, unlock


@pytest.fixture
def window(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    demo_data.fill(vault)
    vault.lock()
    main, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, main)
    return main


@contextmanager
def _demo_window(qtbot, tmp_path, *, language: str = "en", scale: float = 1.75, size=(800, 600)):
    """The demo's vault, unlocked in a window of `size` at text `scale` in `language`; everything put back after."""
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui import language as languages

    vault = Vault.create(tmp_path / "vault", PASS)
    demo_data.fill(vault)
    vault.lock()
    prefs = preferences(tmp_path)
    prefs.text_scale = scale
    prefs.language = language
    languages.install(language)
    font = QApplication.font()
    try:
        main, _ = open_window(qtbot, tmp_path / "vault", prefs)
        main.resize(*size)
        unlock(qtbot, main)
        yield main
        main.lock()
    finally:
        languages.install("en")
        QApplication.setFont(font)


def test_the_plan_comes_first_and_each_card_leads_to_its_page(qtbot, window):
    from survivor_vault.ui.vault_area import GOALS, PLAN, SERVICES, SETTINGS, SHARING

    area = window.area
    assert area.pages.currentIndex() == PLAN
    plan = area.page(PLAN)
    titles = [label.text() for label in plan.findChildren(QLabel, "planGoalTitle")]
    assert titles[:2] == ["Find my own flat", "Start an English course"]  # the demo's goals under way
    for card, page in (("planGoals", GOALS), ("planServices", SERVICES), ("planHolders", SHARING),
                       ("planLastPacket", SHARING), ("planBackup", SETTINGS)):
        area.show_page(PLAN)
        go = plan.findChild(QPushButton, card + "Go")
        assert go.accessibleName()
        click(qtbot, go)
        assert area.pages.currentIndex() == page, card
    assert not [w for w in plan.findChildren(QFrame, "planGoals")[0].findChildren(QLabel) if "Ana" in w.text()]


def test_the_plan_shows_what_changed_elsewhere_when_it_is_shown_again(qtbot, window):
    from survivor_vault.ui.vault_area import PLAN

    window.vault.goals.add("Visit my sister", target_date=date.today())
    window.area.show_page(PLAN)
    titles = [label.text() for label in window.area.page(PLAN).findChildren(QLabel, "planGoalTitle")]
    assert titles[0] == "Visit my sister"


def test_an_empty_list_offers_the_next_thing_to_do(qtbot, window):
    from survivor_vault.ui.vault_area import GOALS

    window.area.show_page(GOALS)
    page = window.area.page(GOALS)
    type_into(qtbot, page.search, "nothing is called this")
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.action.text() == "Clear the search"
    click(qtbot, page.empty.action)
    assert page.search.text() == "" and page.table.isVisible() and not page.empty.isVisible()


def test_the_service_choice_is_one_of_five_large_toggles(qtbot, window):
    from survivor_vault.ui.vault_area import SERVICES

    window.area.show_page(SERVICES)
    panel = window.area.page(SERVICES).panel
    toggles = panel.choice_buttons
    assert set(toggles) == set(Choice)
    line = toggles[Choice.USING].fontMetrics().height()
    for toggle in toggles.values():
        assert toggle.isCheckable() and toggle.accessibleName() and toggle.height() >= line * 1.6
        assert toggle.words.text() == toggle.accessibleName() and toggle.words.wordWrap()
    click(qtbot, toggles[Choice.DECLINED])
    assert panel.selected_choice() is Choice.DECLINED
    toggles[Choice.INTERESTED].setFocus()
    qtbot.keyClick(toggles[Choice.INTERESTED], Qt.Key.Key_Space)
    assert [c for c, t in toggles.items() if t.isChecked()] == [Choice.INTERESTED]  # only one at a time
    ring = toggles[Choice.DECLINED].mark
    qtbot.waitUntil(lambda: ring.pixmap() is not None and not ring.pixmap().isNull())  # a ring, ticked when chosen
    ticked = toggles[Choice.INTERESTED].mark.pixmap().toImage()
    assert ticked != ring.pixmap().toImage()  # the chosen one's mark is not the others' (not colour alone)


def test_the_first_run_and_the_packet_wizard_count_their_steps(qtbot, tmp_path, window):
    from survivor_vault.ui import first_run
    from survivor_vault.ui.pages.packet_wizard import PacketWizard

    fresh, _ = open_window(qtbot, tmp_path / "another", preferences(tmp_path))
    fresh.first_run.go(first_run.DISCREET)
    assert fresh.first_run.step_indicator.accessibleName() == "Step 3 of 7"
    wizard = PacketWizard(window.vault, None, window)
    qtbot.addWidget(wizard)
    wizard.show()
    shown = wizard.currentPage().findChild(QLabel, "packetStep1Words")
    assert shown is not None and shown.text() == "Step 1 of 7" and shown.isVisible()


def test_the_recovery_key_stands_in_a_frame_with_its_print_action(qtbot, tmp_path):
    from survivor_vault.ui import first_run

    fresh, _ = open_window(qtbot, tmp_path / "new", preferences(tmp_path))
    fresh.first_run.go(first_run.RECOVERY)
    key = fresh.first_run.recovery_view.key_label
    frame = key.parentWidget()
    assert isinstance(frame, QFrame) and frame.property("look") == "code"
    assert frame.findChild(QPushButton, "printRecoveryKey") is not None
    assert key.font().pointSizeF() >= 18 and key.font().styleHint().name == "Monospace"


def test_the_sharing_timeline_draws_the_history_and_says_it_in_words(qtbot, window):
    from survivor_vault.ui.vault_area import SHARING

    window.area.show_page(SHARING)
    timeline = window.area.page(SHARING).timeline
    assert timeline.isVisible() and len(timeline.timeline.bars) == 3
    words = timeline.accessibleDescription()
    assert "Ana Costa" in words and "withdrawn" in words and "ended" in words
    image = timeline.grab().toImage()
    accent = window.palette().color(window.palette().ColorRole.Highlight)
    assert any(image.pixelColor(x, y) == accent for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))  # the open packet is a filled bar


def test_the_timeline_runs_the_other_way_in_a_right_to_left_language(qtbot, window):
    from survivor_vault.ui.vault_area import SHARING

    window.area.show_page(SHARING)
    timeline = window.area.page(SHARING).timeline
    accent = window.palette().color(window.palette().ColorRole.Highlight)

    def open_bar_centre() -> float:
        image = timeline.grab().toImage()
        xs = [x for x in range(image.width()) for y in range(0, image.height(), 2) if image.pixelColor(x, y) == accent]
        return sum(xs) / len(xs) / image.width()

    left_to_right = open_bar_centre()
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left = open_bar_centre()
    assert left_to_right > 0.5 > right_to_left  # the packet still open lies towards the end of time, both ways


def test_choosing_a_person_shows_what_they_may_see_and_hold(qtbot, window):
    from survivor_vault.ui.vault_area import PEOPLE

    window.area.show_page(PEOPLE)
    page = window.area.page(PEOPLE)
    page.table.selectRow(0)  # Ana Costa: the demo's packet still open
    card = page.card
    assert card.title.text() == "Ana Costa"
    assert "Packets they hold now: 1" in card.holds.text()
    assert card.may_see.text() == "What they may see: nothing yet."
    page.table.selectRow(1)  # Dr Lee: consent withdrawn
    assert card.title.text() == "Dr Lee" and card.holds.text() == "They hold no packet from you now."


def test_the_card_goes_below_the_list_when_there_is_no_room_beside_it(qtbot, window):
    from survivor_vault.ui.vault_area import PEOPLE

    window.area.show_page(PEOPLE)
    page = window.area.page(PEOPLE)
    both = page.list_and_card
    both.resize(1200, 400)
    assert both.beside and page.table.isColumnHidden(3)  # beside: the card says the contact
    both.resize(both.fontMetrics().averageCharWidth() * 30, 400)
    assert not both.beside and not page.table.isColumnHidden(3)


def test_the_saved_text_size_reaches_the_top_bar_and_the_unlock_screen_at_launch(qtbot, tmp_path):
    """Made before the app's style sheet came, they kept 9 pt at the largest size, Quick exit too."""
    from PySide6.QtWidgets import QApplication

    Vault.create(tmp_path / "vault", PASS).lock()
    prefs = preferences(tmp_path)
    prefs.text_scale = 1.75
    font = QApplication.font()
    try:
        window, _ = open_window(qtbot, tmp_path / "vault", prefs)
        size = QApplication.font().pointSizeF()
        assert size >= 10.5 * 1.75
        for widget in (window.quick_exit_button, window.lock_button, window.unlock_screen.intro,
                       window.unlock_screen.unlock_button):
            assert widget.font().pointSizeF() == pytest.approx(size), widget.objectName()
    finally:
        QApplication.setFont(font)


def test_a_disabled_red_button_does_not_look_like_one_that_works(qtbot, window):
    from survivor_vault.ui.vault_area import PEOPLE

    window.area.show_page(PEOPLE)
    page = window.area.page(PEOPLE)
    delete = page.delete_button
    page.table.clearSelection()
    assert not delete.isEnabled()
    off = delete.grab().toImage()
    page.table.selectRow(0)
    assert delete.isEnabled()
    on = delete.grab().toImage()
    red = window.palette().color(window.palette().ColorRole.Window)  # the disabled one stands on the window colour
    middle = (off.width() // 2, 2)
    assert off.pixelColor(*middle) != on.pixelColor(*middle) and off.pixelColor(*middle) == red


def _ink_colours(image) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_a_plain_button_shows_focus_with_a_ring_and_disabled_with_a_dashed_edge(qtbot, window):
    """Fusion marked a focused plain button with a 1 px change (nearly invisible in the dark scheme), and a
    disabled one looked almost like one that works."""
    from survivor_vault.ui.theme import active_scheme
    from survivor_vault.ui.vault_area import PEOPLE

    scheme = active_scheme()
    window.area.show_page(PEOPLE)
    window.activateWindow()
    page = window.area.page(PEOPLE)
    page.table.selectRow(0)
    edit = page.edit_button
    page.table.setFocus()
    resting = edit.grab().toImage()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    focused = edit.grab().toImage()
    assert scheme.focus_ring in _ink_colours(focused) and scheme.focus_ring not in _ink_colours(resting)
    page.table.clearSelection()
    assert not edit.isEnabled()
    disabled = edit.grab().toImage()
    middle = (disabled.width() - 5, disabled.height() // 2)  # inside the edge, beyond the words
    assert disabled.pixelColor(*middle).name() == scheme.window  # no button face: it is not there to press
    assert resting.pixelColor(*middle).name() == scheme.button


def test_return_follows_a_card_link_and_an_empty_page_s_button(qtbot, window):
    from survivor_vault.ui.vault_area import GOALS, PLAN

    plan = window.area.page(PLAN)
    go = plan.findChild(QPushButton, "planGoalsGo")
    go.setFocus()
    qtbot.keyClick(go, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.area.pages.currentIndex() == GOALS)
    goals = window.area.page(GOALS)
    type_into(qtbot, goals.search, "nothing is called this")
    goals.empty.action.setFocus()
    qtbot.keyClick(goals.empty.action, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: goals.search.text() == "")


def test_go_to_backups_lands_on_the_backups_with_its_button_under_the_keyboard(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.vault_area import PLAN, SETTINGS

    window.resize(900, 500)  # Backups is below the fold
    click(qtbot, window.area.page(PLAN).findChild(QPushButton, "planBackupGo"))
    settings = window.area.page(SETTINGS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is settings.backups.backup_button)
    seen = settings.backups.backup_button.visibleRegion().boundingRect()
    assert not seen.isEmpty() and window.area.pages.currentIndex() == SETTINGS


def test_on_a_narrow_window_the_sidebar_shows_icons_and_keeps_the_names_for_tooltips_and_screen_readers(qtbot,
                                                                                                       window):
    sidebar = window.area.sidebar
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: sidebar.item(1).text() == "My goals")
    wide = sidebar.width()
    window.area.resize(sidebar.width() + window.area.fontMetrics().averageCharWidth() * 30, 700)
    qtbot.waitUntil(lambda: sidebar.item(1).text() == "")
    assert sidebar.width() < wide
    item = sidebar.item(1)
    assert item.toolTip() == "My goals" and item.data(Qt.ItemDataRole.AccessibleTextRole) == "My goals"


def test_tab_lands_on_the_chosen_service_choice_and_the_arrows_move_between_them(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.vault_area import SERVICES

    window.area.show_page(SERVICES)
    panel = window.area.page(SERVICES).panel
    toggles = panel.choice_buttons
    assert panel.selected_choice() is Choice.USING  # the demo's first service
    panel.entry.setFocus()  # the field before the choices in the Tab order
    for _ in range(10):
        if QApplication.focusWidget() in toggles.values():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is toggles[Choice.USING]
    qtbot.keyClick(toggles[Choice.USING], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is toggles[Choice.NOT_RIGHT_NOW]
    assert panel.selected_choice() is Choice.NOT_RIGHT_NOW
    assert "1 of 5" in toggles[Choice.INTERESTED].accessibleDescription()


@pytest.mark.parametrize("width", [900, 380])
def test_the_timeline_writes_its_dates_whole_or_shorter_never_cut(qtbot, window, width):
    """"14 de septiembre de 2026" in half a small picture at the largest text was cut; a shorter form of the
    date, still with its month in words, is written instead."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont

    from survivor_vault.sharing.date_text import date_text
    from survivor_vault.ui.vault_area import SHARING

    window.area.show_page(SHARING)
    timeline = window.area.page(SHARING).timeline
    before = QLocale()
    QLocale.setDefault(QLocale("es_MX"))
    try:
        font = QFont(timeline.font())
        font.setPointSizeF(10.5 * 1.75)
        timeline.setFont(font)
        timeline.resize(width, timeline.height())
        half = timeline.line_width() / 2
        first, last = timeline.axis_dates(timeline.line_width())
        for text in (first, last):
            assert timeline.fontMetrics().horizontalAdvance(text) < half, text
            assert any(c.isalpha() for c in text)  # the month in words, never "14/09/26"
        if width == 900:
            assert first == date_text(timeline.timeline.start)  # whole, where there is room
        else:
            assert first != date_text(timeline.timeline.start)
    finally:
        QLocale.setDefault(before)


def test_each_packet_in_the_history_is_a_card_with_its_purpose_whole(qtbot, window):
    """A table of seven columns cut the purpose to "Housin…"; a card wraps it to the list's width."""
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.components.card_list import CARD_ROLE
    from survivor_vault.ui.vault_area import SHARING

    window.resize(800, 600)
    window.area.show_page(SHARING)
    history = window.area.page(SHARING).history
    long_purpose = "Housing application " * 12
    record = history.model().record_at(0)
    cards = [history.model().index(row, 0).data(CARD_ROLE) for row in range(history.model().rowCount())]
    assert cards[0].title == f"For {record.recipient_name}, {record.recipient_organisation}"
    assert [c.state for c in cards].count("Consent withdrawn") == 1  # said in words, not colour alone
    delegate = history.itemDelegate()
    narrow = history.viewport().width()
    from dataclasses import replace

    tall = delegate._heights(replace(cards[0], words=long_purpose), narrow)
    assert tall[1] > 2 * history.fontMetrics().height()  # wrapped over lines, not cut
    QApplication.processEvents()
    assert history.horizontalScrollBar().maximum() == 0  # never sideways
    first = history.visualRect(history.model().index(0, 0))
    assert first.width() <= history.viewport().width()
    assert first.height() >= sum(delegate._heights(cards[0], narrow))  # the whole card, its lines not clipped


@pytest.mark.parametrize("where", ["goals", "people", "sharing"])
def test_tab_leaves_a_table_instead_of_walking_its_cells_for_ever(qtbot, window, where):
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui import vault_area

    index = {"goals": vault_area.GOALS, "people": vault_area.PEOPLE, "sharing": vault_area.SHARING}[where]
    window.area.show_page(index)
    page = window.area.page(index)
    table = page.permissions if where == "sharing" else page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_see_my_sharing_history_lands_on_the_history(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.vault_area import PLAN, SHARING

    window.resize(900, 500)  # the history is below the fold
    click(qtbot, window.area.page(PLAN).findChild(QPushButton, "planLastPacketGo"))
    sharing = window.area.page(SHARING)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sharing.history)
    assert not sharing.history.visibleRegion().boundingRect().isEmpty()


def test_back_and_next_stay_in_sight_on_every_first_run_step_at_the_largest_text(qtbot, tmp_path):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    prefs = preferences(tmp_path)
    prefs.text_scale = 1.75
    font = QApplication.font()
    try:
        fresh, _ = open_window(qtbot, tmp_path / "new", prefs)
        fresh.resize(1024, 720)
        for step in range(7):
            fresh.first_run.go(step)
            for _ in range(3):
                QApplication.processEvents()
            nav = fresh.first_run.next_button
            bottom = nav.mapTo(fresh, QPoint(0, nav.height())).y()
            assert nav.isVisible() and bottom <= fresh.height(), (step, bottom, fresh.height())
    finally:
        QApplication.setFont(font)


def test_the_services_list_keeps_its_names_whole_where_the_panel_leaves_room(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.models.services_model import ServicesModel
    from survivor_vault.ui.vault_area import SERVICES

    vault = Vault.create(tmp_path / "vault", PASS)
    demo_data.fill(vault)
    vault.lock()
    prefs = preferences(tmp_path)
    prefs.text_scale = 1.75
    font = QApplication.font()
    try:
        main, _ = open_window(qtbot, tmp_path / "vault", prefs)
        main.resize(1366, 740)  # a common laptop, the largest text
        unlock(qtbot, main)
        main.area.show_page(SERVICES)
        for _ in range(3):
            QApplication.processEvents()
        tree = main.area.page(SERVICES).tree
        tree.setWordWrap(False)  # the longest name on one line
        longest = tree.sizeHintForColumn(ServicesModel.SERVICE) + tree.indentation()
        tree.setWordWrap(True)
        assert tree.columnWidth(ServicesModel.SERVICE) >= longest  # "Hou…" before: the halves were equal
    finally:
        QApplication.setFont(font)


def _look_of_pages(window) -> dict:
    """What a page made at one text size keeps from it: icon sizes, the services arrangement, column widths."""
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.vault_area import PEOPLE, SERVICES

    area = window.area
    for page in (SERVICES, PEOPLE):
        area.show_page(page)
        for _ in range(3):
            QApplication.processEvents()
    services = area.page(SERVICES)
    people = area.page(PEOPLE)
    return {"sidebar icons": area.sidebar.iconSize().width(), "kind icons": services.tree.iconSize().width(),
            "services arranged": services.splitter.orientation(),
            "people columns": [people.table.columnWidth(c) for c in range(people.table.model().columnCount())],
            "people buttons": [b.iconSize().width() for b in people.findChildren(QPushButton)]}


def test_a_new_text_size_reaches_every_page_as_if_it_had_been_opened_at_it(qtbot, tmp_path):
    """Settings → Text size → Largest: the pages already made take it whole (they kept their small icons,
    their side-by-side services and their column widths, half adapted)."""
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.vault_area import SETTINGS

    vault = Vault.create(tmp_path / "vault", PASS)
    demo_data.fill(vault)
    vault.lock()
    font = QApplication.font()
    try:
        prefs = preferences(tmp_path / "changed")
        live, _ = open_window(qtbot, tmp_path / "vault", prefs)
        unlock(qtbot, live)
        before = _look_of_pages(live)
        live.area.show_page(SETTINGS)
        settings = live.area.page(SETTINGS)
        settings.text_size.setFocus()
        qtbot.keyClick(settings.text_size, Qt.Key.Key_End)  # Largest, from the keyboard
        for _ in range(3):
            QApplication.processEvents()
        assert prefs.text_scale == 1.75
        settings = live.area.page(SETTINGS)
        assert settings.text_size.hasFocus()  # the arrow keys go on choosing
        changed = _look_of_pages(live)
        live.lock()
        live.close()

        prefs_fresh = preferences(tmp_path / "fresh")
        prefs_fresh.text_scale = 1.75
        fresh, _ = open_window(qtbot, tmp_path / "vault", prefs_fresh)
        unlock(qtbot, fresh)
        opened = _look_of_pages(fresh)
        fresh.lock()
    finally:
        QApplication.setFont(font)
    assert changed["kind icons"] > before["kind icons"]
    assert changed == opened


def test_a_row_of_buttons_wraps_onto_a_second_line_and_keeps_each_button_its_width(qtbot):
    """A row too wide for its place became a column of full-width buttons (four lines of buttons under a list
    two rows tall); it wraps instead, each button as wide as its words, mirrored right to left."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from survivor_vault.ui.form_parts import ButtonRow

    holder = QWidget()
    qtbot.addWidget(holder)
    buttons = [QPushButton(text, holder) for text in ("Add a person or agency", "Open", "Archive", "Delete")]
    row = ButtonRow(buttons, holder)
    QVBoxLayout(holder).addLayout(row.layout)
    widest = max(b.sizeHint().width() for b in buttons)
    all_in_one = sum(b.sizeHint().width() for b in buttons)
    for width, direction in ((all_in_one + 60, Qt.LayoutDirection.LeftToRight),
                             (widest + 40, Qt.LayoutDirection.LeftToRight),
                             (buttons[0].sizeHint().width() + buttons[1].sizeHint().width() + 40,
                              Qt.LayoutDirection.RightToLeft)):
        holder.setLayoutDirection(direction)
        holder.resize(width, 400)
        holder.show()
        holder.layout().activate()
        lines = sorted({b.geometry().top() for b in buttons})
        for b in buttons:
            assert b.width() == b.sizeHint().width()  # never stretched to the whole width
            assert b.geometry().left() >= 0 and b.geometry().right() < holder.width()
        if width > all_in_one:
            assert len(lines) == 1
        else:
            assert 1 < len(lines) < len(buttons) or width < widest * 2  # wrapped, not a column of four
        if direction == Qt.LayoutDirection.RightToLeft:
            assert buttons[0].geometry().right() > buttons[1].geometry().right()  # the first on the right
            assert len(lines) == 2


def test_at_800x600_and_the_largest_text_the_lists_keep_rows_in_sight(qtbot, tmp_path):
    """In Spanish at the largest text on an 800x600 screen, the goals list showed two rows under a column of
    four buttons, and the services list two rows above its panel."""
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.vault_area import GOALS, PEOPLE, SERVICES

    seen = {}
    with _demo_window(qtbot, tmp_path, language="es") as main:
        for index, name in ((GOALS, "goals"), (PEOPLE, "people"), (SERVICES, "services")):
            main.area.show_page(index)
            for _ in range(3):
                QApplication.processEvents()
            page = main.area.page(index)
            view = page.tree if name == "services" else page.table
            row = view.sizeHintForRow(0) if name == "services" else view.rowHeight(0)
            seen[name] = view.viewport().height() // row
        save = main.area.page(SERVICES).panel.save_button  # ten scrolls down the panel, before
        seen["save in sight"] = not save.visibleRegion().isEmpty()
    assert seen["goals"] >= 4 and seen["people"] >= 3 and seen["services"] >= 2 and seen["save in sight"], seen


def test_the_chosen_card_is_in_sight_and_withdraw_names_whom_it_is_for(qtbot, tmp_path):
    """At 800x600 and the largest text: Tab into the history chose nothing though a card wore the ring (Withdraw
    stayed unavailable and Tab skipped it); the arrow keys chose cards below the page's fold; and Tab to
    Withdraw scrolled the chosen card away, the button not saying whom it was for."""
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.vault_area import SHARING

    with _demo_window(qtbot, tmp_path) as main:
        main.area.show_page(SHARING)
        page = main.area.page(SHARING)
        history = page.history
        page.timeline.setFocus()
        history.setFocus(Qt.FocusReason.TabFocusReason)
        assert history.selected_row() == 0 and page.withdraw_button.isEnabled()

        def in_sight(widget, rect) -> bool:
            seen = page._scroll.viewport()
            top = widget.mapTo(seen, rect.topLeft()).y()
            return top >= 0 and top + rect.height() <= seen.height()

        for row in (1, 2):
            qtbot.keyClick(history, Qt.Key.Key_Down)
            QApplication.processEvents()
            assert history.selected_row() == row
            assert in_sight(history.viewport(), history.visualRect(history.model().index(row, 0))), row
        qtbot.keyClick(history, Qt.Key.Key_Home)
        record = history.model().record_at(0)
        assert record.recipient_name in page.withdraw_button.text()
        assert record.recipient_name in page.withdraw_button.accessibleName()
        page.withdraw_button.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(3):
            QApplication.processEvents()
        assert in_sight(page.withdraw_button, page.withdraw_button.rect())


def test_each_activity_row_says_what_happened_whole_with_when_under_it(qtbot, tmp_path):
    """In Spanish at the largest text on an 800x600 screen, every activity line was cut: "28 de noviembre de
    2026 8:46 — Paquete para comparti…". What happened now has a line of its own, the moment under it."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.models.activity_model import ActivityModel
    from survivor_vault.ui.vault_area import ACTIVITY

    with _demo_window(qtbot, tmp_path, language="es") as main:
        main.area.show_page(ACTIVITY)
        QApplication.processEvents()
        view = main.area.page(ACTIVITY).list
        body = QFontMetrics(QFont(view.font()))
        room = view.viewport().width() - 16
        model = view.model()
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        assert rows and all(body.horizontalAdvance(i.data(ActivityModel.WhatRole)) <= room for i in rows)
        assert all(i.data(ActivityModel.WhenRole) and i.data(ActivityModel.WhenRole) in i.data(
            Qt.ItemDataRole.AccessibleTextRole) for i in rows)  # a screen reader hears both


def test_a_button_waiting_for_a_choice_says_what_to_choose(qtbot, window):
    """Open, Archive and Delete only looked faint until a goal was chosen; now they say why, to a screen reader
    and on hover."""
    from survivor_vault.ui.vault_area import GOALS

    window.area.show_page(GOALS)
    page = window.area.page(GOALS)
    page.table.clearSelection()
    for push in (page.edit_button, page.archive_button, page.delete_button):
        assert not push.isEnabled() and push.accessibleDescription() == "Choose a goal in the list first."
        assert push.toolTip() == push.accessibleDescription()
    page.table.selectRow(0)
    assert page.delete_button.isEnabled() and not page.delete_button.accessibleDescription()


def test_every_card_says_its_state_in_ink_that_shows(qtbot, window):
    """"They may still use it" and "Ended" were drawn in the selection's white on the white card: invisible
    on every card not chosen."""
    from survivor_vault.ui.components.card_list import CARD_ROLE
    from survivor_vault.ui.theme import active_scheme
    from survivor_vault.ui.vault_area import SHARING

    window.area.show_page(SHARING)
    history = window.area.page(SHARING).history
    history.clearSelection()
    history.setCurrentIndex(history.model().index(0, 0))
    history.clearSelection()
    card_colour = active_scheme().card
    image = history.viewport().grab().toImage()
    delegate = history.itemDelegate()
    for row in range(history.model().rowCount()):
        index = history.model().index(row, 0)
        card = index.data(CARD_ROLE)
        rect = history.visualRect(index)
        heights = delegate._heights(card, rect.width())
        top = rect.top() + 4 + 8 + sum(heights[:-1]) + 4 * (len(heights) - 1)  # the state line, the last
        line = [image.pixelColor(x, y).name() for y in range(top, top + heights[-1]) for x in range(rect.left() + 20,
                                                                                                 rect.right() - 20)]
        assert card.state and any(c != card_colour for c in line), card.state


def test_the_end_key_and_typing_a_name_reach_cards_not_laid_out_yet(qtbot, tmp_path):
    from survivor_vault.ui.models.history_model import PAGE
    from survivor_vault.ui.vault_area import SHARING

    vault = Vault.create(tmp_path / "vault", PASS)
    for n in range(PAGE + 10):
        vault.history.add(recipient_name=f"Zed {n:03}", purpose="Help", packet_id=f"p{n}", packet_sha256="0" * 64,
                          items=[])
    vault.lock()
    main, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, main)
    main.area.show_page(SHARING)
    history = main.area.page(SHARING).history
    history.setFocus()
    qtbot.keyClick(history, Qt.Key.Key_End)
    assert history.currentIndex().row() == PAGE + 9  # the oldest, not the fortieth
    history.setCurrentIndex(history.model().index(0, 0))
    history.keyboardSearch("Zed 000")
    assert history.currentIndex().data() == "Zed 000"
    main.lock()


def test_choosing_a_service_with_the_keyboard_keeps_the_choice_in_sight(qtbot, tmp_path):
    """At 800x600 and the largest text, Tab from the list to the choices, and the arrows between them, chose a
    toggle wholly out of sight: the panel never scrolled to it."""
    from PySide6.QtWidgets import QApplication

    from survivor_vault.ui.vault_area import SERVICES

    with _demo_window(qtbot, tmp_path) as main:
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        main.area.show_page(SERVICES)
        page = main.area.page(SERVICES)
        toggles = list(page.panel.choices.buttons.values())
        for toggle in (toggles[-1], toggles[0], toggles[2]):
            toggle.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            seen = toggle.visibleRegion().boundingRect()
            assert seen.height() == toggle.height(), toggle.objectName()  # whole, not cut or hidden


def test_a_fitting_label_says_as_much_as_its_room_holds(qtbot):
    from survivor_vault.ui.components.fitting_label import FittingLabel

    label = FittingLabel()
    qtbot.addWidget(label)
    whole, shorter, shortest = "DEMO — sample data only. It is deleted when you close the app.", "DEMO — sample", "DEMO"
    label.set_wordings(whole, shorter, shortest)
    label.show()
    advance = label.fontMetrics().horizontalAdvance
    for width, shown in ((advance(whole) + 40, whole), (advance(shorter) + 20, shorter),
                         (advance(shortest) + 4, shortest), (5, shortest)):
        label.resize(width, label.sizeHint().height())
        assert label.text() == shown, width
    assert label.toolTip() == whole and label.accessibleName() == whole  # all of it, one hover away
    assert label.minimumSizeHint().width() >= advance(shortest)


def test_a_code_whose_copy_button_gets_the_focus_before_the_page_is_laid_out_is_in_sight_after(qtbot):
    """The packet wizard's last page: its Copy button took the focus while the page's scroll area was a 12-pixel
    sliver (the layout comes after), was scrolled into sight in it, and the share code above it stayed out of view
    at 800x600 and the largest text."""
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

    from survivor_vault.ui.components.code_block import CodeBlock
    from survivor_vault.ui.components.focus_ring import install_focus_ring

    install_focus_ring(QApplication.instance())
    area = QScrollArea()
    qtbot.addWidget(area)
    body = QWidget()
    layout = QVBoxLayout(body)
    block = CodeBlock("someCode", "Share code", body)
    block.label.setText("bako7-dume2-fira9-goli4-kasu3")
    copy = QPushButton("Copy the code", block)
    block.add_action(copy)
    block.finish_actions()
    layout.addWidget(block)
    filler = QPlainTextEdit(body)  # where the focus is first
    filler.setMinimumHeight(600)
    layout.addWidget(filler)
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.resize(420, 40)  # not laid out yet
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    filler.setFocus()
    qtbot.waitUntil(filler.hasFocus)
    area.verticalScrollBar().setValue(0)
    copy.setFocus()
    assert QApplication.focusWidget() is copy
    area.resize(420, 3 * block.sizeHint().height())  # the page's layout is done
    QApplication.processEvents()
    seen = block.label.visibleRegion().boundingRect()
    assert seen.height() == block.label.height() and not copy.visibleRegion().isEmpty()
