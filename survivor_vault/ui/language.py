"""Languages: Qt's own translation files (.qm), chosen before unlock and kept outside the vault.

Adding a language is a data task (docs/translating.md): a new `svault_<code>.ts`, translated,
compiled to `.qm` in resources/translations. This module finds it by its file name.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from survivor_vault.resource_paths import resource_dir

NAMES = {"en": "English", "es": "Español"}  # each language's name in itself
_installed: list[QTranslator] = []


def available() -> dict[str, str]:
    """English plus every language with a compiled translation, as code → own name."""
    found = {"en": NAMES["en"]}
    folder = resource_dir() / "translations"
    for qm in sorted(folder.glob("svault_*.qm")):
        code = qm.stem.split("_", 1)[1]
        found[code] = NAMES.get(code, code)
    return found


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in available() else "en"


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
    pseudo = PseudoTranslator.from_environment()
    if pseudo is not None:
        _installed.append(pseudo)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    if pseudo is not None and pseudo.right_to_left:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return code


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
        padding = "·" * max(2, len(source_text) * 2 // 5)
        return f"⟦{changed} {padding}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False
