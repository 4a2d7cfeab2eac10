"""Accessibility checked from what is really on screen: names, labels, contrast, focus, text size."""

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from survivor_vault.core import demo_data
from survivor_vault.core.vault import Vault
from survivor_vault.ui.theme import DARK, LIGHT, contrast, style_sheet
from survivor_vault.ui.vault_area import ABOUT_ME, ACTIVITY, GOALS, PEOPLE, SERVICES, SETTINGS, SHARING
from tests.ui.helpers import PASS, open_window, preferences, unlock

FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def _is_internal(widget: QWidget) -> bool:
    parent = widget.parent()
    return (widget.objectName().startswith("qt_") or isinstance(parent, QAbstractSpinBox | QComboBox | QDateEdit
                                                                 | QAbstractItemView | QLineEdit)
            or type(widget).__name__ in ("QHeaderView", "QScrollBar"))


def problems_in(root: QWidget) -> list[str]:
    """Interactive widgets without a name (tests) or an accessible name, and fields without a label."""
    problems = []
    buddies = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            buddies.add(id(buddy))
            if buddy.focusProxy() is not None:
                buddies.add(id(buddy.focusProxy()))
    for widget in root.findChildren(QWidget):
        if _is_internal(widget) or widget.window() is not root.window():
            continue
        interactive = isinstance(widget, (QAbstractButton, QAbstractItemView, *FIELDS))
        if not interactive:
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not widget.objectName() or not name:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}: no name")
        if isinstance(widget, FIELDS) and id(widget) not in buddies:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}: no label")
    return problems


@pytest.fixture
def full_window(qtbot, tmp_path):
    vault = Vault.create(tmp_path / "vault", PASS)
    demo_data.fill(vault)
    vault.add_recovery_key()
    vault.lock()
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    unlock(qtbot, window)
    for page in (GOALS, SERVICES, ABOUT_ME, PEOPLE, SHARING, ACTIVITY, SETTINGS):
        window.area.show_page(page)
    return window


def test_every_window_and_dialog_names_its_controls_and_labels_its_fields(qtbot, full_window, tmp_path):
    from survivor_vault.ui.first_run import FirstRun
    from survivor_vault.ui.open_packet_dialog import OpenPacketDialog
    from survivor_vault.ui.pages.goal_editor import GoalEditor
    from survivor_vault.ui.pages.packet_wizard import PacketWizard
    from survivor_vault.ui.pages.people_page import PersonDialog
    from survivor_vault.ui.pages.safekeeping import CheckBackupDialog, EraseDialog, NewRecoveryKeyDialog
    from survivor_vault.ui.pages.sharing_page import PermissionDialog
    from survivor_vault.ui.recovery_dialogs import ForgotPassphraseDialog, RestoreDialog

    window = full_window
    vault = window.vault
    person = vault.people.list()[0]
    windows = [
        window,
        GoalEditor(vault.goals, vault.goals.list()[0], window),
        PersonDialog(vault.people, person, window),
        PermissionDialog(vault, person, window),
        PacketWizard(vault, None, window, person_id=person.id),
        OpenPacketDialog(window),
        ForgotPassphraseDialog(tmp_path / "vault", window),
        RestoreDialog(tmp_path / "vault", window),
        NewRecoveryKeyDialog(vault, window),
        EraseDialog(vault, window),
        CheckBackupDialog(vault, str(tmp_path / "x.svbackup"), window),
        FirstRun(tmp_path / "new", window.prefs),
    ]
    report = {type(w).__name__: problems_in(w) for w in windows}
    assert {k: v for k, v in report.items() if v} == {}
    window.lock()
    assert problems_in(window) == []  # the unlock screen


def test_the_check_finds_an_unlabelled_field(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    field = QLineEdit(box)
    field.setObjectName("lonely")
    field.setAccessibleName("Lonely")
    assert problems_in(box) == ["QLineEdit 'lonely': no label"]
    QLabel("Lonely", box).setBuddy(field)
    assert problems_in(box) == []


def _pairs_from_style_sheet(sheet: str) -> list[tuple[str, str, str]]:
    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        selector = " ".join(selector.split())
        fg = re.search(r"(?<!-)color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", body)
        if fg and bg:
            pairs.append((selector, fg.group(1), bg.group(1)))
    return pairs


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("discreet", [False, True])
def test_colours_in_use_meet_wcag_aa(qtbot, tmp_path, monkeypatch, discreet, scheme):
    from survivor_vault.ui import theme
    from tests.conftest import make_vault

    monkeypatch.setattr(theme, "active_scheme", lambda: {"light": LIGHT, "dark": DARK}[scheme])
    make_vault(tmp_path / "vault").lock()  # not a fresh install: the title may name the app
    prefs = preferences(tmp_path)
    prefs.discreet = discreet
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    palette = QApplication.palette()
    roles = [
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
        (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
        (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    ]
    low = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in roles:
            ratio = contrast(palette.color(group, fg).name(), palette.color(group, bg).name())
            if ratio < 4.5:
                low.append((group.name, fg.name, round(ratio, 2)))
    sheet = QApplication.instance().styleSheet()
    pairs = _pairs_from_style_sheet(sheet)
    assert len(pairs) >= 3  # the parser found the styled widgets
    low += [(selector, round(contrast(fg, bg), 2)) for selector, fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert low == []
    assert window.windowTitle() == ("Notes" if discreet else "Survivor Vault")
    QApplication.instance().setStyleSheet("")  # a style sheet wraps the style: look at the style itself
    assert QApplication.style().name().casefold() == "fusion"  # the same look on every system
    QApplication.instance().setStyleSheet(sheet)
    assert palette.color(QPalette.ColorRole.Window).name() == {"light": LIGHT, "dark": DARK}[scheme].window


def test_contrast_formula_matches_wcag_examples():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic "just fails" grey


def test_focus_is_always_visible_on_our_own_styled_button():
    for scheme in (LIGHT, DARK):
        sheet = style_sheet(10, scheme)
        focus = re.search(r"#quickExitButton:focus\s*\{([^}]*)\}", sheet)
        ring = re.search(r"border: 2px solid (#[0-9a-f]{6})", focus.group(1)).group(1)
        assert contrast(ring, scheme.quick_exit) >= 3.0  # WCAG 1.4.11 for a focus indicator


def test_system_font_size_and_the_text_size_setting_both_scale(qtbot, tmp_path):
    from PySide6.QtGui import QFont

    app = QApplication.instance()
    original = QFont(app.font())
    try:
        big = QFont(original)
        big.setPointSizeF(16)  # as if the system's fonts were set larger
        app.setFont(big)
        prefs = preferences(tmp_path)
        prefs.text_scale = 1.5
        window, _ = open_window(qtbot, tmp_path / "vault", prefs)
        assert QApplication.font().pointSizeF() == pytest.approx(24)
        heading = window.first_run.findChild(QLabel, "heading")
        assert heading.font().pointSizeF() >= 24 * 1.5
    finally:
        app.setFont(original)
        QApplication.instance().setStyleSheet(style_sheet(original.pointSizeF(), LIGHT))
