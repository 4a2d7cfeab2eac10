"""One table from error to words: every error class the app raises on purpose has words of its own, in
English and in Spanish, and no widget keeps a table of its own."""

import importlib
import pkgutil

import pytest

import survivor_vault
from survivor_vault.model.errors import VaultError
from survivor_vault.ui import language
from survivor_vault.ui.error_words import has_own_words, words_for
from tests.conftest import REPO_ROOT


def every_error_class() -> list[type[VaultError]]:
    for module in pkgutil.walk_packages(survivor_vault.__path__, "survivor_vault."):
        if ".ui" not in module.name and module.name not in ("survivor_vault.__main__",):
            importlib.import_module(module.name)
    found, todo = [], [VaultError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(set(found), key=lambda c: c.__qualname__)


def an(cls):
    try:
        return cls()
    except TypeError:
        return cls.__new__(cls)


def test_every_error_class_has_words_of_its_own():
    classes = every_error_class()
    assert len(classes) > 30
    assert [c.__qualname__ for c in classes if not has_own_words(c)] == []


@pytest.fixture
def spanish(qapp):
    language.install("es")
    yield
    language.install("en")


def test_every_error_has_spanish_words(spanish):
    untranslated = []
    for cls in every_error_class():
        said = words_for(an(cls))
        language.install("en")
        english = words_for(an(cls))
        language.install("es")
        if said == english:
            untranslated.append((cls.__qualname__, english))
    assert untranslated == []


def test_no_widget_keeps_its_own_table_of_error_words():
    # Only error_words.py may turn an error class into words; widgets ask it (wording.error_message).
    offenders = []
    for path in (REPO_ROOT / "survivor_vault" / "ui").rglob("*.py"):
        text = path.read_text()
        if path.name != "error_words.py" and ("QCoreApplication.translate(\"Errors\"" in text
                                             or "messages = {" in text):
            offenders.append(path.name)
    assert offenders == []
