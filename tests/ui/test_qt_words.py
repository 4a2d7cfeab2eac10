"""Qt's own words on the app's screens — the packet wizard's buttons, message box buttons, the menus of text fields,
date pickers and scroll bars, the file dialog and its questions — in each language, never in Qt's English.

For Vietnamese, Filipino and Haitian Creole Qt ships no translation at all; elsewhere it misses some words or says
them in ways the app does not (resources/translations/qt_dialog_words.json, docs/translating.md). The widgets are
driven for real while a translator that only listens writes down every (context, source) Qt asks for."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollBar, QWizard

from tests.ui.test_translations import FOLDER, LANGUAGES, forbidden

WORDS = json.loads((FOLDER / "qt_dialog_words.json").read_text(encoding="utf-8"))
# The Qt classes whose words reach the screen (or a screen reader) in this app.
QT_CONTEXTS = {"QWizard", "QPlatformTheme", "QGnomeTheme", "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox",
               "QScrollBar", "QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider", "QMimeType"}
# Words that are rightly the same as Qt's English in a language.
SAME_AS_ENGLISH = {
    "es": {"&No"}, "fr": {"OK", "&OK", "Type"}, "pt_BR": {"OK", "&OK", "Drive"}, "ru": {"OK", "&OK"},
    "vi": {"OK", "&OK"}, "ht": {"OK", "&OK"},
    # Filipino computers say these in English (docs/translating.md: the loanwords people really use).
    "tl": {"OK", "&OK", "Folder", "Drive", "Computer", "Sidebar"},
}
KEYS = re.compile(r"(Alt|Ctrl|Shift|Meta)\+\w+")  # key sequences Qt parses ("Alt+Left"), not words to read
ARROWS = re.compile(r"[<>‹›←→]")
WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton)


class Listener(QTranslator):
    """Asked first; answers nothing, remembers what Qt asked."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if context in QT_CONTEXTS and source_text and not KEYS.fullmatch(source_text):
            self.asked.add((context, source_text))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def plain(text: str) -> str:
    """A menu or button text as read: no accelerator mark, no shortcut after the tab."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if a.text()]


def popup_texts(qtbot, open_it) -> list[str]:
    """Open a context menu the way a right click does and read it: some Qt runs modally (a timer reads those),
    some it only pops up."""
    seen: list[str] = []
    read_it = {"done": False}

    def read():
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(10, read)
            return
        seen.extend(menu_texts(popup))
        popup.close()
        read_it["done"] = True

    QTimer.singleShot(0, read)
    open_it()
    qtbot.waitUntil(lambda: read_it["done"], timeout=5000)
    return seen


def right_click(qtbot, widget) -> list[str]:
    middle = QPoint(widget.width() // 2, widget.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, middle, widget.mapToGlobal(middle))
    return popup_texts(qtbot, lambda: QApplication.sendEvent(widget, event))


def question_texts(ask, answer: QMessageBox.StandardButton) -> list[str]:
    """The words of the message box `ask()` shows, and its buttons; answered with `answer`."""
    seen: list[str] = []

    def read():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        box.button(answer).click()

    QTimer.singleShot(0, read)
    ask()
    return seen


def packet_wizard_buttons(qtbot, vault) -> list[str]:
    from survivor_vault.ui.pages.packet_wizard import PacketWizard

    vault.people.add("Jo Rivera")
    wizard = PacketWizard(vault)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.recipient_page.reload()
    wizard.recipient_page.people.setCurrentIndex(0)
    wizard.next()  # on the second step: Back, Next and Cancel are all shown
    return [wizard.button(which).text() for which in WIZARD_BUTTONS]


def field_menus(qtbot) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QWidget

    from survivor_vault.ui.components.optional_date import date_picker
    from survivor_vault.ui.form_parts import line_edit, text_box

    parent = QWidget()
    qtbot.addWidget(parent)
    field, box = line_edit("f", parent), text_box("t", parent)
    box.setPlainText("Words\n" * 40)
    picker = date_picker(parent, "d", "date")
    bar = QScrollBar(Qt.Orientation.Horizontal, parent)
    parent.show()
    menus = {"text field menu": right_click(qtbot, field), "text box menu": right_click(qtbot, box.viewport()),
             "date picker menu": right_click(qtbot, picker), "scroll bar menu": right_click(qtbot, bar),
             "long text's scroll bar menu": right_click(qtbot, box.verticalScrollBar())}
    picker.calendarWidget().show()  # its month and day names are the locale's; Qt's words, if any, are heard
    box.setReadOnly(True)
    menus["read-only text menu"] = menu_texts(box.createStandardContextMenu())
    return menus


def yes_no_box(qtbot) -> list[str]:
    yes_no = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, "", "…", yes_no)
    qtbot.addWidget(box)
    return [b.text() for b in box.buttons()]


def file_dialog_words(qtbot, tmp_path) -> dict[str, list[str]]:
    """The app's own save dialog on a folder with a packet in it: its words, its columns, a folder's and the
    packet's type, the file list's menu, and the replace question when the same name is chosen again."""
    from PySide6.QtWidgets import QFileDialog

    from survivor_vault.ui import file_dialogs

    (tmp_path / "for-jo.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "older packets").mkdir()
    seen: dict[str, list[str]] = {}

    def in_dialog():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(10, in_dialog)
            return
        try:
            read_file_dialog(qtbot, dialog, tmp_path, seen)
        except BaseException as error:  # noqa: BLE001 - raised again below, once the dialog is closed
            seen["error"] = error
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    file_dialogs.choose_file_to_save(None, "…", str(tmp_path / "packet.pdf"), "PDF (*.pdf)")
    if "error" in seen:
        raise seen["error"]
    return seen


def read_file_dialog(qtbot, dialog, folder, seen: dict) -> None:
    from PySide6.QtWidgets import QFileSystemModel, QLabel, QLineEdit, QPushButton, QTreeView

    model = dialog.findChild(QFileSystemModel)
    view = dialog.findChild(QTreeView, "treeView")
    root = model.index(str(folder))
    qtbot.waitUntil(lambda: model.rowCount(root) >= 2, timeout=5000)  # the list is read on a thread of Qt's
    words = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton) if w.isVisible()]
    words += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    words += [model.index(str(folder / name)).siblingAtColumn(2).data() for name in ("for-jo.pdf", "older packets")]
    words += [a.text() for a in view.header().actions()]  # its header's menu: show or hide a column
    seen["file dialog"] = words
    seen["file list menu"] = popup_texts(qtbot, lambda: view.customContextMenuRequested.emit(QPoint(4, 4)))
    dialog.findChild(QLineEdit, "fileNameEdit").setText("for-jo.pdf")
    seen["replace question"] = question_texts(dialog.accept, QMessageBox.StandardButton.No)


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_qts_own_words_on_screen_are_in_the_language(in_language, qtbot, vault, tmp_path):
    listener = Listener()
    QCoreApplication.installTranslator(listener)  # the last installed is asked first
    try:
        shown = {"packet wizard": packet_wizard_buttons(qtbot, vault), "yes or no": yes_no_box(qtbot),
                 **field_menus(qtbot), **file_dialog_words(qtbot, tmp_path)}
    finally:
        QCoreApplication.removeTranslator(listener)
    same = SAME_AS_ENGLISH.get(in_language, set())
    assert {("QWizard", "&Next >"), ("QLineEdit", "&Copy"), ("QAbstractSpinBox", "&Step up"),
            ("QScrollBar", "Scroll here"), ("QPlatformTheme", "&No")} <= listener.asked  # it did listen
    # A type name is asked for every file Qt's file list reads, in folders around ours too (under pytest-xdist a
    # worker's other tests leave a "TOML document" there): it counts where it is on screen, checked below.
    untranslated = sorted(f"{c}|{s}" for c, s in listener.asked
                          if s not in same and c != "QMimeType" and QCoreApplication.translate(c, s) == s)
    assert untranslated == []
    english = {plain(s) for _, s in listener.asked if s not in same}
    on_screen = {where: [t for t in texts if t and plain(t) in english] for where, texts in shown.items()}
    assert {where: texts for where, texts in on_screen.items() if texts} == {}
    assert all(shown.values()), shown  # every one of them was seen


def qt_own_arabic() -> QTranslator:
    qt_own = QTranslator()
    assert qt_own.load("qtbase_ar", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return qt_own


@pytest.mark.parametrize("in_language", ["ar"], indirect=True)
def test_arabic_wizard_buttons_are_ours_without_arrows(in_language, qtbot, vault):
    """Qt's Arabic says «< السّابق», «التّالي >», «ألغِ», «أنهِ»: imperatives, which are gendered, and arrows
    that point the wrong way once the row is mirrored. Ours are verbal nouns, without arrows."""
    texts = packet_wizard_buttons(qtbot, vault)
    qt_says = [qt_own_arabic().translate("QWizard", s) for s in ("< &Back", "&Next >", "Commit", "&Finish", "Cancel")]
    assert all(qt_says) and not set(texts) & set(qt_says)
    assert [t for t in texts if ARROWS.search(t)] == []
    arabic = " ".join(WORDS["ar"].values())
    assert not ARROWS.search(arabic)


@pytest.mark.parametrize("in_language", ["ar"], indirect=True)
def test_arabic_scroll_bars_name_the_side_they_go_to(in_language, qtbot):
    """A horizontal scroll bar starts on the right in right to left: what Qt calls "Left edge" takes the handle
    to the right, so in Arabic it says right (Qt's Arabic says left)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    bar = QScrollBar(Qt.Orientation.Horizontal)
    qtbot.addWidget(bar)
    bar.resize(300, 20)
    bar.setRange(0, 100)
    bar.setValue(50)
    bar.show()
    first_edge = right_click(qtbot, bar)[1]  # "Scroll here", then the first edge
    assert QCoreApplication.translate("QScrollBar", "Left edge") == first_edge
    bar.triggerAction(QScrollBar.SliderAction.SliderToMinimum)  # what that menu entry does
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                        QStyle.SubControl.SC_ScrollBarSlider, bar)
    assert handle.center().x() > bar.width() / 2
    assert "اليمنى" in first_edge and first_edge != qt_own_arabic().translate("QScrollBar", "Left edge")


PLACEHOLDER = re.compile(r"%\d")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_word_of_ours_keeps_placeholders_and_one_accelerator_and_no_word_we_never_use(code):
    problems = []
    for key, text in WORDS[code].items():
        context, source = key.split("|", 1)
        if context not in QT_CONTEXTS:
            problems.append(f"{key}: not a context of Qt's that the app shows")
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            problems.append(f"{key}: placeholders differ in {text!r}")
        marks, wanted = text.replace("&&", "").count("&"), source.replace("&&", "").count("&")
        if marks > 1 or (marks == 1) != (wanted == 1):
            problems.append(f"{key}: {marks} accelerator marks in {text!r} for {wanted} in the source")
        if forbidden(code).search(plain(text)):
            problems.append(f"{key}: a word we do not use, in {text!r}")
        if not text.strip() or (text == source and source not in SAME_AS_ENGLISH.get(code, set())):
            problems.append(f"{key}: not translated")
    assert problems == []


@pytest.mark.parametrize("code", ["vi", "tl", "ht"])
def test_where_qt_has_no_translation_ours_has_every_word(code):
    """No qtbase_vi, qtbase_tl or qtbase_ht: whatever any language needed from us, these need too."""
    everything = {key for words in WORDS.values() for key in words}
    assert sorted(everything - set(WORDS[code])) == []
    assert not QTranslator().load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_character_of_our_qt_words_has_a_glyph_in_the_bundled_fonts(qapp, code):
    from tests.ui.test_bundled_fonts import _missing, _raw_fonts

    assert _missing(set("".join(WORDS[code].values())), _raw_fonts()) == []
