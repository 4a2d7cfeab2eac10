"""Words we use with survivors, and every visible string going through Qt's translation."""

import ast
import json
import re

from tests.conftest import REPO_ROOT

UI = REPO_ROOT / "survivor_vault" / "ui"
FORBIDDEN = re.compile(r"\b(victims?|clients?|cases?|non-?compliant|evidence|proof|prostitut\w*|you must)\b",
                       re.IGNORECASE)
TRANSLATE_CALLS = {"tr", "translate", "_t", "N", "QT_TRANSLATE_NOOP"}
SHARING = REPO_ROOT / "survivor_vault" / "sharing"
TEXT_SETTERS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "addItem", "setTitle",
                "setAccessibleName", "setAccessibleDescription", "QLabel", "QPushButton", "QCheckBox",
                "QRadioButton", "QGroupBox", "setSuffix", "addButton"}


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def translated_strings(paths) -> list[tuple[str, str]]:
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_CALLS:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.append((f"{path.name}:{node.lineno}", arg.value))
    return found


def test_we_find_the_app_strings():
    strings = [s for _, s in translated_strings(UI.rglob("*.py"))]
    assert len(strings) > 200
    assert "Quick exit" in strings and "I'm using this" in strings
    packet = [s for _, s in translated_strings(SHARING.rglob("*.py"))]
    assert "If this reached you by mistake, please delete it and do not share it." in packet


def test_no_word_we_never_use_with_survivors():
    texts = translated_strings([*UI.rglob("*.py"), *SHARING.rglob("*.py")])
    catalogue = json.loads((REPO_ROOT / "resources" / "service_catalogue.json").read_text())
    texts += [("catalogue", k[field]) for k in catalogue["kinds"] for field in ("name", "description", "group")]
    package = REPO_ROOT / "survivor_vault"
    for path in (package / "model" / "errors.py", package / "core" / "demo_data.py", SHARING / "packet_reader.py"):
        tree = ast.parse(path.read_text())
        texts += [(path.name, n.value) for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    cli = ast.parse((REPO_ROOT / "survivor_vault" / "cli.py").read_text())
    texts += [("cli.py", n.value) for n in ast.walk(cli) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    bad = [(where, text) for where, text in texts if FORBIDDEN.search(text)]
    assert bad == []


def test_the_word_check_can_fail():
    assert FORBIDDEN.search("Tell us about your case")
    assert FORBIDDEN.search("You must answer")
    assert not FORBIDDEN.search("Support worker")


def test_no_visible_text_bypasses_translation():
    """A string literal handed straight to a text setter or widget constructor is a string no one can translate."""
    offenders = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in TEXT_SETTERS:
                for arg in node.args[:1]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
                        offenders.append(f"{path.name}:{node.lineno} {arg.value!r}")
                    if isinstance(arg, ast.JoinedStr):
                        offenders.append(f"{path.name}:{node.lineno} f-string")
    assert offenders == []
