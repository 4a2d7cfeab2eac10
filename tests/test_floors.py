"""Floors that only point down (DESIGN.md, Architecture): a test reads every module's imports.

    model      domain types and errors            imports nothing of ours
    storage    files, keys, SQLCipher, SQL        model
    core       use cases                          storage, model
    sharing    packets                            core, storage, model
    ui         widgets                            sharing, core, model   (never storage)
    cli        command line, app start            ui, sharing, core, model (never storage)

`resource_paths` (where data files are) stands on the ground floor beside model. Imports inside a
function count the same as those at the top: the rule is about what depends on what.
"""

import ast
from pathlib import Path

from tests.conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "survivor_vault"
FLOOR = {"": 0, "resource_paths": 0, "model": 0, "storage": 1, "core": 2, "sharing": 3, "ui": 4, "self_test": 5,
         "cli": 6, "__main__": 7}
NEVER = {"ui": {"storage"}, "cli": {"storage"}, "self_test": set(), "__main__": set()}


def _room(module: str) -> str:
    """survivor_vault.storage.goals_repository -> storage; survivor_vault.cli -> cli."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(path: Path):
    tree = ast.parse(path.read_text(), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:  # `from survivor_vault import cli` names a room too
                if node.module == "survivor_vault" and not alias.name.startswith("__"):
                    yield node.lineno, f"survivor_vault.{alias.name}"


def arrows_against_the_rule() -> list[str]:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(REPO_ROOT).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        here = _room(module)
        if here not in FLOOR:
            wrong.append(f"{module}: in no floor")
            continue
        for line, imported in _imports(path):
            if not imported.startswith("survivor_vault."):
                continue
            there = _room(imported)
            if there == here or imported == "survivor_vault":
                continue
            if there not in FLOOR:
                wrong.append(f"{module}:{line} imports {imported}: in no floor")
            elif FLOOR[there] > FLOOR[here] or (FLOOR[there] == FLOOR[here]) or there in NEVER.get(here, set()):
                wrong.append(f"{module}:{line} imports {imported} ({here} -> {there})")
    return wrong


def test_every_import_points_down():
    assert arrows_against_the_rule() == []


def test_the_rule_catches_an_arrow_that_points_up(tmp_path, monkeypatch):
    planted = PACKAGE / "model" / "_planted_for_the_floor_test.py"
    planted.write_text("from survivor_vault.storage import database\n")
    try:
        assert any("_planted_for_the_floor_test" in w for w in arrows_against_the_rule())
    finally:
        planted.unlink()


def test_no_sql_above_storage():
    """All the SQL is in storage: core, sharing, ui and cli call repositories, never `execute`."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        room = path.relative_to(PACKAGE).parts[0]
        if room in ("storage",):
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if ".execute(" in line or "PRAGMA " in line:
                found.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    assert found == []
