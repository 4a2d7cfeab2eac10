"""The release workflow (.github/workflows/release.yml) is proven as far as a Linux machine can prove it.

actionlint checks its syntax, its expressions (`${{ matrix.exe }}` must exist, `runner.os` is a string...), the
inputs of each action and the runner labels. The rest of this file checks that it does what issue 15 asks: the
three systems, the bundle built with the spec's own command, its self-test, the Windows installer, the test suite,
and the artefacts uploaded. Whether it passes on GitHub's runners can only be seen there.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO_ROOT

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
RELEASE = WORKFLOWS / "release.yml"


def actionlint() -> str:
    beside = Path(sys.executable).with_name("actionlint")  # in the virtual environment, even if it is not active
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if found is None:
        pytest.fail("actionlint is not installed: pip install -e \".[test]\"")
    return found


def lint(*files: Path) -> subprocess.CompletedProcess:
    # shellcheck and pyflakes are left out so the result does not depend on what else the machine has.
    return subprocess.run([actionlint(), "-no-color", "-oneline", "-shellcheck=", "-pyflakes=", *map(str, files)],
                          capture_output=True, text=True, timeout=120)


def workflow() -> dict:
    return yaml.safe_load(RELEASE.read_text(encoding="utf-8"))


def steps() -> list[dict]:
    return workflow()["jobs"]["bundle"]["steps"]


def step_running(words: str) -> tuple[int, dict]:
    found = [(i, s) for i, s in enumerate(steps()) if words in s.get("run", "")]
    assert found, f"no step runs {words!r}"
    return found[0]


def test_actionlint_finds_nothing_in_any_workflow():
    files = sorted(WORKFLOWS.glob("*.y*ml"))
    assert RELEASE in files
    done = lint(*files)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_actionlint_would_catch_a_broken_expression(tmp_path):
    """The check above can fail: the same workflow with one expression broken is refused."""
    broken = tmp_path / ".github" / "workflows" / "release.yml"
    broken.parent.mkdir(parents=True)
    text = RELEASE.read_text(encoding="utf-8")
    assert "${{ matrix.exe }}" in text
    broken.write_text(text.replace("${{ matrix.exe }}", "${{ matrix.exe_path }}"), encoding="utf-8")
    done = lint(broken)
    assert done.returncode != 0 and "exe_path" in done.stdout, done.stdout + done.stderr


def test_it_runs_on_tags_by_hand_and_for_packaging_changes_with_read_only_rights():
    doc = workflow()
    triggers = doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in triggers
    assert "packaging/**" in triggers["pull_request"]["paths"]
    assert doc["permissions"] == {"contents": "read"}
    assert "secrets." not in RELEASE.read_text(encoding="utf-8")


def test_windows_macos_and_linux_each_build_with_their_own_program_path():
    include = workflow()["jobs"]["bundle"]["strategy"]["matrix"]["include"]
    exes = {entry["os"].split("-")[0]: entry["exe"] for entry in include}
    assert exes == {"ubuntu": "dist/survivor-vault/survivor-vault",
                    "windows": "dist/survivor-vault/survivor-vault.exe",
                    "macos": "dist/Survivor Vault.app/Contents/MacOS/survivor-vault"}
    assert {entry["os"] for entry in include} >= {"ubuntu-latest", "windows-latest", "macos-latest"}


def test_every_action_is_pinned_at_least_by_its_major_version():
    for step in steps():
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@(v\d+(\.\d+)*|[0-9a-f]{40})", step["uses"]), step["uses"]
    python = next(s for s in steps() if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11"


def test_build_self_test_installer_tests_and_upload_come_in_that_order():
    install, _ = step_running('pip install -e ".[test]" pyinstaller')
    build, _ = step_running("pyinstaller packaging/survivor-vault.spec --noconfirm")
    self_test, checked = step_running('"$EXE" --self-test')
    assert checked["env"]["EXE"] == "${{ matrix.exe }}" and "QT_QPA_PLATFORM=offscreen" in checked["run"]
    installer, windows = step_running("packaging/windows/survivor-vault.iss")
    assert windows["if"] == "runner.os == 'Windows'" and "iscc" in windows["run"].lower()
    compress, _ = step_running("tar -C dist -cf - survivor-vault | zstd")
    upload = next(i for i, s in enumerate(steps()) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert steps()[upload]["with"]["path"] == "release/"
    tests, _ = step_running("pytest")
    assert install < build < self_test < installer < compress < upload
    assert install < tests


def test_linux_gets_the_tools_the_tests_check_packets_with():
    _, tools = step_running("apt-get install")
    assert tools["if"] == "runner.os == 'Linux'"
    for package in ("poppler-utils", "qpdf", "libimage-exiftool-perl", "strace", "libxcb-cursor0"):
        assert package in tools["run"].split(), package
