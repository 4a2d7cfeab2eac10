"""Product code carries no hooks for tests: tests replace Qt's file dialogs by patching the dialog module
(tests/ui/helpers.answer_file_dialogs), never through attributes left in the app's classes."""

import re

from tests.conftest import REPO_ROOT


def test_no_class_keeps_a_hook_for_tests():
    hooks = []
    for path in (REPO_ROOT / "survivor_vault").rglob("*.py"):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"\bask_for_\w+\b|tests? replace", line):
                hooks.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    assert hooks == []
