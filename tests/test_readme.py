"""The README's "use it from Python" example runs as written."""

import re

from tests.conftest import REPO_ROOT


def test_python_example_runs(tmp_path):
    readme = (REPO_ROOT / "README.md").read_text()
    block = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    (tmp_path / "usb").mkdir()
    code = block.replace("/path/to/folder", str(tmp_path / "vault")).replace("/media/usb", str(tmp_path / "usb"))
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - our own README
    assert len(list((tmp_path / "usb").iterdir())) == 1


def test_readme_shows_both_setup_commands():
    readme = (REPO_ROOT / "README.md").read_text()
    assert "pip install . && survivor-vault" in readme
    assert 'pip install -e ".[test]" && pytest' in readme
    assert 'pip install -e ".[test]" && pytest' in (REPO_ROOT / ".ci" / "run").read_text()
