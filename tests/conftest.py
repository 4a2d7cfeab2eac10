"""Shared fixtures: headless Qt, an isolated home, fast (floor) key derivation, a fresh vault per test."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Subprocesses (CLI tests, the kill test) derive keys with the Argon2id floor, not a 0.5 s calibration.
os.environ["SVAULT_TEST_FAST_KDF"] = "1"

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.storage.key_slots import FLOOR_SETTINGS

PASSPHRASE = "correct horse battery staple"
REPO_ROOT = Path(__file__).resolve().parent.parent


def _can_make_links() -> bool:
    folder = Path(tempfile.mkdtemp())
    try:
        (folder / "link").symlink_to(folder / "target")
        return True
    except OSError:  # Windows without Developer Mode or an administrator's right to make links
        return False
    finally:
        for entry in folder.iterdir():
            entry.unlink()
        folder.rmdir()


# What only some systems have. Each test that needs one says so, so that a run on Windows or macOS (the release
# workflow) skips what it cannot do, with the reason, and means something for the rest.
POSIX = os.name == "posix"
posix_only = pytest.mark.skipif(not POSIX, reason="POSIX only (file modes 0600/0700, signals, /dev)")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes (os.mkfifo) are POSIX only")
needs_links = pytest.mark.skipif(not _can_make_links(), reason="this account cannot make symbolic links (Windows "
                                                                "needs Developer Mode or an administrator)")


@pytest.fixture(scope="session", autouse=True)
def _fusion_style():
    """The app's base style, set once as ui/app.run sets it (changing the style under live widgets crashes Qt)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    yield


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Nothing a test does may touch the real user's folders or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("SVAULT_HOME", str(home / "default-vault"))
    return home


@pytest.fixture
def vault_dir(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir):
    v = Vault.create(vault_dir, PASSPHRASE, kdf=FLOOR_SETTINGS)
    yield v
    if not v.is_locked:
        v.lock()


def make_vault(path, passphrase=PASSPHRASE) -> Vault:
    return Vault.create(path, passphrase, kdf=FLOOR_SETTINGS)


def python_cmd(*args: str) -> list[str]:
    return [sys.executable, *args]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "survivor_vault", *args]


def all_files(*roots: Path):
    for root in roots:
        if root.is_file():
            yield root
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                yield Path(dirpath) / name


@pytest.fixture
def temp_dir_snapshot():
    """Files in the system temp folder before the test, to find any the test's code wrote."""
    before = set(all_files(Path(tempfile.gettempdir())))
    return before


# Fontconfig with no font folder at all: a computer with no font for any script, only what the app brings.
NO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def env_without_fonts(tmp_path: Path) -> dict[str, str]:
    """The environment for a subprocess that sees no font of the computer's (Linux, BSD: fontconfig)."""
    (tmp_path / "fonts.conf").write_text(NO_FONTS_CONF.format(cache=tmp_path / "font-cache"))
    return {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"), "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(REPO_ROOT)}


@pytest.fixture
def in_language(qapp, request):
    """The app in the language given by the test's indirect parameter, and back in English after."""
    from PySide6.QtCore import QLocale

    from survivor_vault.ui import language

    language.install(request.param)
    yield request.param
    language.install("en")
    QLocale.setDefault(QLocale("en"))
