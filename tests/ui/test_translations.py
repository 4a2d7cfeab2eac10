"""Every language through Qt's own pipeline: complete, up to date, kind, used by the app and by packets;
pseudo-localisation."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.conftest import REPO_ROOT

FOLDER = REPO_ROOT / "resources" / "translations"
TS = FOLDER / "svault_es.ts"
QM = FOLDER / "svault_es.qm"
LANGUAGES = sorted(path.stem.split("_", 1)[1] for path in FOLDER.glob("svault_*.ts"))
PLACEHOLDER = re.compile(r"%\d|\(\*\.[a-z]+(?: \*\.[a-z]+)*\)")
# The words we never use, in each language: one regular expression a language (docs/translating.md).
FORBIDDEN_WORDS = REPO_ROOT / "tests" / "ui" / "forbidden_words"
# Each list must catch the words it is for: "victim", "case" or "evidence", said plainly in the language.
MUST_BE_CAUGHT = {
    "es": ["Eres una víctima", "tu caso", "debes hacerlo"],
    "fr": ["Vous êtes une victime", "votre dossier", "la preuve"],
    "pt_BR": ["Você é uma vítima", "o seu caso", "a prova"],
    "ar": ["أنت ضحية", "القضية"],
    "zh_CN": ["你是受害者", "你的案件", "证据"],
    "vi": ["Bạn là nạn nhân", "bằng chứng"],
    "tl": ["Ikaw ay biktima", "ebidensya"],
    "ru": ["Вы жертва", "доказательство", "клиент"],
    "ht": ["Ou se yon viktim", "prèv la"],
}
# Latin American Spanish (../shared/reviews/spanish-review.md, docs/translating.md): the Spain-only words
# the review replaced, and the Caps Lock mix-up in the quick-exit hint, never come back.
SPAIN_ONLY_ES = re.compile(r"\b(ordenador\w*|pulsa\w*|añad\w*|visados|cuenta atrás|mayúsculas tres|paquete de inicio|"
                           r"un piso|apetece|formarme)\b|[«»]", re.IGNORECASE)


def forbidden(code: str) -> re.Pattern:
    return re.compile((FORBIDDEN_WORDS / f"{code}.txt").read_text(encoding="utf-8").strip(), re.IGNORECASE)


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} comes with PySide6")
    return found


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message.find("source").text, message.find("translation")


# Plural forms a language writes with no number: Arabic says "a single day" (يوم واحد) and "two days" (يومين) in
# words, as "١ يوم" and "٢ يومين" would not be said. Qt's Arabic forms: zero, one, two, few, many, other.
WRITTEN_WITHOUT_THE_NUMBER = {"ar": (1, 2)}


def test_every_language_we_ship_is_checked():
    assert set(LANGUAGES) == {"es", "fr", "pt_BR", "ar", "zh_CN", "vi", "tl", "ru", "ht"}
    assert set(LANGUAGES) == set(MUST_BE_CAUGHT) == {p.stem for p in FORBIDDEN_WORDS.glob("*.txt")}


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_words_we_never_use_are_caught_in_each_language(code):
    assert all(forbidden(code).search(sentence) for sentence in MUST_BE_CAUGHT[code])


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_has_a_finished_translation_with_the_same_placeholders_and_no_word_we_never_use(code):
    problems = []
    count = 0
    never = forbidden(code)
    for context, source, translation in messages(FOLDER / f"svault_{code}.ts"):
        count += 1
        # A text with a number in it ("%n days") has one form for each plural form of the language.
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} has no finished translation")
            continue
        for form, text in enumerate(texts):
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: placeholders differ in {source!r}")
            says_it_in_words = len(texts) > 1 and form in WRITTEN_WITHOUT_THE_NUMBER.get(code, ())
            if ("%n" in source) != ("%n" in text) and not says_it_in_words:
                problems.append(f"{context}: the number (%n) is missing in {text!r}")
            if never.search(text):
                problems.append(f"{context}: a word we do not use, in {text!r}")
            if code == "es" and SPAIN_ONLY_ES.search(text):
                problems.append(f"{context}: Spain-only wording, in {text!r}")
    assert count > 500
    assert problems == []


def test_every_ts_file_is_up_to_date_with_the_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO_ROOT / "survivor_vault").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
                   check=True, capture_output=True)
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    for code in LANGUAGES:
        have = {(c, s) for c, s, _ in messages(FOLDER / f"svault_{code}.ts")}
        assert wanted - have == set(), f"new strings for {code}: run the commands in docs/translating.md"
        assert have - wanted == set(), f"strings no longer in the code in {code}: see docs/translating.md"


@pytest.mark.parametrize("code", LANGUAGES)
def test_qm_file_is_compiled_from_the_ts_file(tmp_path, code):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(FOLDER / f"svault_{code}.ts"), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == (FOLDER / f"svault_{code}.qm").read_bytes(), "recompile: see docs/translating.md"


@pytest.fixture
def spanish(qapp):
    from survivor_vault.ui import language

    language.install("es")
    yield
    language.install("en")
    QLocale.setDefault(QLocale("en"))


def test_the_app_speaks_spanish(qtbot, tmp_path, spanish):
    from tests.ui.helpers import open_window, preferences

    assert QCoreApplication.translate("Choice", "I want this") == "Lo quiero"
    window, _ = open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    assert window.quick_exit_button.text() == "Salida rápida"
    assert window.first_run.next_button.text() == "Siguiente"


def test_choosing_a_language_on_the_first_screen_switches_at_once(qtbot, tmp_path):
    from survivor_vault.core.vault import Vault
    from survivor_vault.ui import language
    from tests.ui.helpers import PASS, open_window, preferences, unlock

    Vault.create(tmp_path / "vault", PASS).lock()
    prefs = preferences(tmp_path)
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    try:
        combo = window.unlock_screen.language
        combo.setCurrentIndex(combo.findData("es"))
        combo.activated.emit(combo.currentIndex())
        assert prefs.language == "es"
        assert window.unlock_screen.unlock_button.text() == "Abrir mi caja fuerte"
        unlock(qtbot, window)
        assert window.area.sidebar.item(0).text() == "Mi plan"
        from survivor_vault.ui.vault_area import SETTINGS

        settings = window.area.page(SETTINGS)
        settings.language.setCurrentIndex(settings.language.findData("en"))
        settings.language.activated.emit(settings.language.currentIndex())
        assert window.is_unlocked and window.area.sidebar.item(0).text() == "My plan"
        assert window.area.pages.currentIndex() == SETTINGS
    finally:
        language.install("en")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")
def test_a_packet_in_spanish_whatever_the_app_language(vault, tmp_path, qapp):
    import unicodedata

    from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for

    refs = fill_markers(vault)
    from dataclasses import replace

    scope = replace(scope_for(refs, ["goal_a", "svc_a", "name"]), language="es")
    built, _ = make_packet(vault, scope, tmp_path / "es.pdf")
    raw = subprocess.run(["pdftotext", "-upw", built.code, str(tmp_path / "es.pdf"), "-"], capture_output=True,
                         text=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    assert "Información que elegí compartir con ustedes" in text  # "ustedes" towards the agency
    assert "Elijo compartir la información de este paquete" in text
    assert "Lo estoy usando" in text  # the choice, in Spanish
    assert built.doc["language"] == "es"
    assert QCoreApplication.translate("Choice", "I want this") == "I want this"  # the app stayed in English


def _translation(code: str, context: str, source: str) -> str:
    for ctx, src, translation in messages(FOLDER / f"svault_{code}.ts"):
        if (ctx, src) == (context, source):
            return translation.text
    raise KeyError(source)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")
@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "es"])  # Spanish: the test above
def test_a_packet_in_each_language_reads_back_in_pdftotext(vault, tmp_path, qapp, code):
    """As an agency opens it: the packet's own words in its language, found by a PDF reader that is not ours."""
    import unicodedata
    from dataclasses import replace

    from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for

    refs = fill_markers(vault)
    scope = replace(scope_for(refs, ["goal_a", "svc_a", "name"]), language=code)
    built, _ = make_packet(vault, scope, tmp_path / f"{code}.pdf")
    raw = subprocess.run(["pdftotext", "-upw", built.code, str(tmp_path / f"{code}.pdf"), "-"], capture_output=True,
                         text=True).stdout

    def plain(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text).split())  # pdftotext breaks lines and spaces its own way

    title = _translation(code, "Packet", "Information I chose to share with you")
    assert plain(title) in plain(raw)
    assert built.doc["language"] == code
    # A date that ends with a stop of its own ("2027 г.") at a sentence's end gave "2027 г.." in Russian.
    assert not re.search(r"(?<!\.)\.\.(?!\.)", raw), re.findall(r".{30}(?<!\.)\.\.(?!\.)", raw)


def test_pseudo_translator_keeps_placeholders_and_lengthens(monkeypatch):
    from survivor_vault.ui.language import PseudoTranslator

    monkeypatch.setenv("SVAULT_PSEUDO", "rtl")
    pseudo = PseudoTranslator.from_environment()
    assert pseudo.right_to_left
    out = pseudo.translate("Ctx", "Page %1 of %2 (*.pdf)")
    assert "%1" in out and "%2" in out and "(*.pdf)" in out and len(out) > len("Page %1 of %2 (*.pdf)") * 1.3


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_qts_own_file_dialog_speaks_each_language_too(in_language, qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    dialog = QFileDialog(None, "…")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    words = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    words += [b.text() for b in dialog.findChildren(QPushButton) if b.text() and b.isVisible()]
    english = [w for w in words if w.replace("&", "") in ("Look in:", "Files of type:", "File name:", "Open", "Cancel")]
    assert words and english == [], english
    assert not any(forbidden(in_language).search(w.replace("&", "")) for w in words)
    if in_language == "es":
        assert not any("fichero" in w.lower() for w in words)  # Latin American: archivo


def test_with_every_translator_installed_the_apps_own_words_still_reach_the_screen(spanish, qtbot):
    """A translator that answers "" for what it does not know blanks every other string (it did, for a
    moment, with Qt's dialog words): ours, Qt's and an unknown string must each come through."""
    from PySide6.QtCore import QCoreApplication

    from survivor_vault.ui.vault_area import VaultArea  # noqa: F401 - its strings are in the catalogue

    assert QCoreApplication.translate("SettingsPage", "Settings") == "Ajustes"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Buscar en:"
    assert QCoreApplication.translate("NoSuchContext", "Words nobody translated") == "Words nobody translated"
