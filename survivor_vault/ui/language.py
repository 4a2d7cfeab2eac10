"""Languages: Qt's own translation files (.qm), chosen before unlock and kept outside the vault.

Adding a language is a data task (docs/translating.md): a new `svault_<code>.ts`, translated,
compiled to `.qm` in resources/translations. This module finds it by its file name.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from survivor_vault.core.placeholders import write_numbers_with
from survivor_vault.resource_paths import resource_dir

# Each language's name in itself, as the language lists show it (docs/translating.md).
NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt_BR": "Português (Brasil)", "ar": "العربية",
         "zh_CN": "简体中文", "vi": "Tiếng Việt", "tl": "Filipino", "ru": "Русский", "ht": "Kreyòl ayisyen"}
# Qt names Filipino "fil" (QLocale.Filipino); our files, like most translation tools, say "tl".
_SAME_LANGUAGE = {"fil": "tl"}
_installed: list[QTranslator] = []


def available() -> dict[str, str]:
    """English plus every language with a compiled translation, as code → own name."""
    found = {"en": NAMES["en"]}
    folder = resource_dir() / "translations"
    for qm in folder.glob("svault_*.qm"):
        code = qm.stem.split("_", 1)[1]
        found[code] = NAMES.get(code, code)
    # In the order of their own names: the Latin scripts, then Cyrillic, Arabic, Chinese.
    return dict(sorted(found.items(), key=lambda item: item[1].casefold()))


def system_language() -> str:
    """The computer's language if we have it: its own variety first ("pt_BR"), else the same language in
    another ("pt_PT" reads "pt_BR"; "zh_TW" reads "zh_CN" more easily than English), else English."""
    return matching(QLocale.system().name(), available())


def matching(locale_name: str, have) -> str:
    if locale_name in have:
        return locale_name
    language = locale_name.split("_")[0]
    language = _SAME_LANGUAGE.get(language, language)
    if language in have:
        return language
    return next((code for code in have if code.split("_")[0] == language), "en")


def resolve(preference: str) -> str:
    """The language to use: the survivor's choice, else the system's if we have it, else English."""
    return preference if preference in available() else system_language()


def app_translator(code: str) -> QTranslator | None:
    if code == "en":
        return None
    translator = QTranslator()
    if translator.load(str(resource_dir() / "translations" / f"svault_{code}.qm")):
        return translator
    return None


def packet_translator(code: str) -> QTranslator | None:
    """A translator for a packet's words, independent of the app's language."""
    return app_translator(code)


def install(code: str) -> str:
    """Switch the running app to `code` (our strings, Qt's own dialogs, dates and numbers)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = app_translator(code)
    if ours is not None:
        _installed.append(ours)
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        words = QtDialogWords(code)
        if not words.isEmpty():
            _installed.append(words)  # after Qt's own: it is asked first
    pseudo = PseudoTranslator.from_environment()
    if pseudo is not None:
        _installed.append(pseudo)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    write_numbers_with(number_text(code))  # "Step ١ of ٧" in Arabic, as its dates are written
    # Arabic reads right to left: every screen mirrors (and back, when another language is chosen).
    right_to_left = (pseudo is not None and pseudo.right_to_left) or is_right_to_left(code)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    return code


def number_text(code: str):
    """Whole numbers in the language's own digits, never grouped ("2026", not "2,026")."""
    locale = QLocale(code)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString


def is_right_to_left(code: str) -> bool:
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def _dialog_words() -> dict[str, dict[tuple[str, str], str]]:
    """Qt's own words as the app shows them (the file dialog, the wizard's and message boxes' buttons, the menus of
    text fields, number fields and scroll bars): Qt's own translations leave "&Look in:" and "Files of &type:" in
    English (they translate them only without the "&"), name things their own way ("fichero" in Spain's Spanish,
    "دليل" — a word we never use — and gendered imperatives in Arabic), and for Vietnamese, Tagalog and Haitian
    Creole there is none. Ours, in resources/translations/qt_dialog_words.json ("Context|source" → words), are
    asked first (docs/translating.md, "Qt's own words")."""
    import json

    path = resource_dir() / "translations" / "qt_dialog_words.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    return {code: {tuple(key.split("|", 1)): text for key, text in words.items()} for code, words in table.items()}


class QtDialogWords(QTranslator):
    """Our words for the strings of Qt's own dialogs that Qt's translation misses or says otherwise."""

    def __init__(self, code: str):
        super().__init__()
        self._words = _dialog_words().get(code, {})

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._words.get((context, source_text))  # None (a null string): "not mine", the next translator answers

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self._words


class PseudoTranslator(QTranslator):
    """Pseudo-localisation for testing layouts: every string longer (and accented), optionally right-to-left.

    Set SVAULT_PSEUDO=long or SVAULT_PSEUDO=rtl. Placeholders (%1, %2 …) are kept as they are.
    """

    _ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")

    def __init__(self, right_to_left: bool = False):
        super().__init__()
        self.right_to_left = right_to_left

    @classmethod
    def from_environment(cls) -> PseudoTranslator | None:
        import os

        mode = os.environ.get("SVAULT_PSEUDO", "")
        if mode not in ("long", "rtl"):
            return None
        return cls(right_to_left=mode == "rtl")

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text:
            return source_text
        parts = re.split(r"(%\d|\(\*\.[a-z]+(?: \*\.[a-z]+)*\))", source_text)
        changed = "".join(p if re.fullmatch(r"%\d|\(\*\..*\)", p) else p.translate(self._ACCENTS) for p in parts)
        # 40% longer, as words of up to six letters: a real translation that is longer has more words, not one
        # word hundreds of pixels wide (which nothing could wrap).
        length = max(2, len(source_text) * 2 // 5)
        padding = " ".join("·" * min(6, length - i) for i in range(0, length, 7))
        return f"⟦{changed} {padding}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False
