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
        if code in QT_DIALOG_WORDS:
            _installed.append(QtDialogWords(code))  # after Qt's own: it is asked first
    pseudo = PseudoTranslator.from_environment()
    if pseudo is not None:
        _installed.append(pseudo)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    if pseudo is not None and pseudo.right_to_left:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return code


# Qt's file dialog, as the app shows it: Qt's own Spanish leaves "&Look in:" and "Files of &type:" in
# English (it translates them only without the "&") and says "fichero" (Spain). These come first.
QT_DIALOG_WORDS: dict[str, dict[tuple[str, str], str]] = {
    "es": {
        ("QFileDialog", "&Look in:"): "&Buscar en:",
        ("QFileDialog", "Look in:"): "Buscar en:",
        ("QFileDialog", "File &name:"): "&Nombre del archivo:",
        ("QFileDialog", "Files of &type:"): "&Tipo de archivo:",
        ("QFileDialog", "Directory:"): "Carpeta:",
        ("QFileDialog", "&Open"): "&Abrir",
        ("QFileDialog", "&Save"): "&Guardar",
        ("QFileDialog", "&Choose"): "&Elegir",
        ("QFileDialog", "&New Folder"): "&Carpeta nueva",
        ("QFileDialog", "&Rename"): "&Cambiar el nombre",
        ("QFileDialog", "&Delete"): "&Borrar",
        ("QFileDialog", "All Files (*)"): "Todos los archivos (*)",
        ("QFileDialog", "Back"): "Atrás",
        ("QFileDialog", "Forward"): "Adelante",
        ("QFileDialog", "Go back"): "Ir atrás",
        ("QFileDialog", "Go forward"): "Ir adelante",
        ("QFileDialog", "Parent Directory"): "Carpeta de arriba",
        ("QFileDialog", "Go to the parent directory"): "Ir a la carpeta de arriba",
        ("QFileDialog", "Create New Folder"): "Crear una carpeta nueva",
        ("QFileDialog", "Create a New Folder"): "Crear una carpeta nueva",
        ("QFileDialog", "List View"): "Lista",
        ("QFileDialog", "Detail View"): "Detalles",
        ("QFileDialog", "Change to list view mode"): "Ver como lista",
        ("QFileDialog", "Change to detail view mode"): "Ver con detalles",
        ("QFileDialog", "Directories"): "Carpetas",
        ("QFileDialog", "Files"): "Archivos",
        ("QFileDialog", "Sidebar"): "Panel lateral",
        ("QFileDialog", "List of places and bookmarks"): "Lugares y marcadores",
        ("QFileDialog", "Show &hidden files"): "Mostrar archivos &ocultos",
        ("QFileSystemModel", "Computer"): "Computadora",
        ("QFileSystemModel", "Name"): "Nombre",
        ("QFileSystemModel", "Size"): "Tamaño",
        ("QFileSystemModel", "Type"): "Tipo",
        ("QFileSystemModel", "Date Modified"): "Modificado",
        ("QPlatformTheme", "Cancel"): "Cancelar",
        ("QPlatformTheme", "OK"): "Aceptar",
        ("QPlatformTheme", "Open"): "Abrir",
        ("QPlatformTheme", "Save"): "Guardar",
    },
}


class QtDialogWords(QTranslator):
    """Our words for the strings of Qt's own dialogs that Qt's translation misses or says otherwise."""

    def __init__(self, code: str):
        super().__init__()
        self._words = QT_DIALOG_WORDS.get(code, {})

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
