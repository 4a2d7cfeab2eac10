"""The code stays in small parts (issue 12, Checks): no function over 60 lines, no cyclomatic complexity over 15.

Complexity is radon's (the McCabe number: 1 + each branch, loop, boolean operator and except).
A function that needs more is split into parts with names; a table of data is a constant, not a function.
"""

import ast

from radon.complexity import cc_visit

from tests.conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "survivor_vault"
MAX_LINES = 60
MAX_COMPLEXITY = 15


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(REPO_ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_no_function_is_longer_than_sixty_lines():
    long = []
    for name, source in _sources():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_LINES:
                    long.append(f"{name}:{node.lineno} {node.name} ({lines} lines)")
    assert long == []


def _blocks(blocks):
    """Every function radon found: methods, inner classes' methods, functions inside functions."""
    for block in blocks:
        if hasattr(block, "methods"):  # a class: its own complexity is the sum of its methods'
            yield from _blocks([*block.methods, *block.inner_classes])
        else:
            yield block
            yield from _blocks(block.closures)


def test_no_function_is_more_complex_than_fifteen():
    tangled = []
    for name, source in _sources():
        for block in _blocks(cc_visit(source)):
            if block.complexity > MAX_COMPLEXITY:
                tangled.append(f"{name}:{block.lineno} {block.name} (complexity {block.complexity})")
    assert sorted(set(tangled)) == []  # radon lists a method with its class and on its own
