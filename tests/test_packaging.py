"""The packaging files are complete and consistent (the Linux bundle itself is built and self-tested by .ci/run)."""

import ast
import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from tests.conftest import REPO_ROOT

PACKAGING = REPO_ROOT / "packaging"


def test_spec_compiles_and_ships_resources_and_the_one_lookup():
    spec = (PACKAGING / "survivor-vault.spec").read_text()
    compile(spec, "survivor-vault.spec", "exec")
    assert '"resources"' in spec and "survivor_vault/resources" in spec
    assert "BUNDLE(" in spec  # the macOS app bundle section
    lookup = (REPO_ROOT / "survivor_vault" / "resource_paths.py").read_text()
    assert "_MEIPASS" in lookup
    others = [p for p in (REPO_ROOT / "survivor_vault").rglob("*.py")
              if "_MEIPASS" in p.read_text() and p.name != "resource_paths.py"]
    assert others == []  # the frozen-path lookup lives in one place


def test_desktop_files_and_appstream_metadata():
    for name, title in (("org.svault.app", "Survivor Vault"), ("org.svault.notes", "Notes")):
        entry = configparser.ConfigParser(interpolation=None)
        entry.read(PACKAGING / "linux" / f"{name}.desktop")
        section = entry["Desktop Entry"]
        assert section["Type"] == "Application" and section["Name"] == title
        assert section["Exec"] == "survivor-vault" and section["Icon"] == name
        assert (PACKAGING / "linux" / f"{name}.svg").read_text().startswith("<svg")
    meta = ET.parse(PACKAGING / "linux" / "org.svault.app.metainfo.xml").getroot()
    assert meta.findtext("id") == "org.svault.app"
    assert meta.find("launchable").text == "org.svault.app.desktop"


def test_windows_and_macos_pieces_exist():
    iss = (PACKAGING / "windows" / "survivor-vault.iss").read_text()
    assert "PrivilegesRequired=lowest" in iss and "dist\\survivor-vault" in iss
    assert (PACKAGING / "windows" / "svault.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (PACKAGING / "macos" / "svault.icns").read_bytes()[:4] == b"icns"


# The built Linux bundle (.ci/run builds it before the tests), checked against the spec's choices.
BUNDLE = REPO_ROOT / "dist" / "survivor-vault" / "_internal"
needs_bundle = pytest.mark.skipif(not sys.platform.startswith("linux") or not BUNDLE.is_dir(),
                                  reason="no Linux bundle built (pyinstaller packaging/survivor-vault.spec)")


@needs_bundle
def test_bundle_has_only_the_qt_plugins_and_translations_the_app_uses():
    plugins = BUNDLE / "PySide6" / "Qt" / "plugins"
    shipped = {folder.name: {p.name.split(".")[0].removeprefix("lib") for p in folder.iterdir()}
               for folder in plugins.iterdir()}
    assert shipped["platforms"] == {"qxcb", "qwayland", "qoffscreen"}
    assert shipped["imageformats"] == {"qjpeg", "qgif", "qwebp", "qtiff", "qsvg"}
    assert shipped["iconengines"] == {"qsvgicon"}
    assert shipped["platformthemes"] == {"qxdgdesktopportal"}
    assert not {"generic", "egldeviceintegrations", "xcbglintegrations"} & set(shipped)
    translations = {p.name for p in (BUNDLE / "PySide6" / "Qt" / "translations").iterdir()}
    assert "qtbase_es.qm" in translations and all(name.startswith("qtbase_") for name in translations)
    assert not list((BUNDLE / "survivor_vault" / "resources" / "translations").glob("*.ts"))


@needs_bundle
def test_bundle_leaves_out_gtk_network_tls_and_debug_symbols():
    names = {p.name for p in BUNDLE.rglob("*")}
    for absent in ("libgtk-3.so.0", "libQt6Network.so.6", "libssl.so.3", "libqgtk3.so", "pytest", "hypothesis"):
        assert absent not in names
    assert not [n for n in names if n.startswith("_ssl.")]
    for binary in (BUNDLE / "libpython3.11.so.1.0", *BUNDLE.glob("sqlcipher3/_sqlite3*.so")):
        if binary.exists():
            assert b".debug_info" not in binary.read_bytes()  # stripped


def test_the_app_hashes_with_cryptography_not_hashlib():
    """The bundle leaves out hashlib's OpenSSL (the spec's EXCLUDES): hashlib in our code would be Python's own
    SHA-256 there, ~2x slower for backups and papers (storage/sha256.py)."""
    users = []
    for path in sorted((REPO_ROOT / "survivor_vault").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            if {"hashlib", "_hashlib"} & {name.split(".")[0] for name in names}:
                users.append(f"{path.relative_to(REPO_ROOT)}:{node.lineno}")
    assert users == []


@needs_bundle
def test_bundle_leaves_out_pythons_openssl_and_carries_every_font():
    from survivor_vault.sharing.bundled_fonts import FILES

    names = {p.name for p in BUNDLE.rglob("*")}
    assert "libcrypto.so.3" not in names and not [n for n in names if n.startswith("_hashlib.")]
    assert {n for n in names if n.startswith(("_sha256.", "_sha512.", "_md5."))}  # what hashlib falls back to
    fonts = BUNDLE / "survivor_vault" / "resources" / "fonts"
    assert {p.name for p in fonts.iterdir()} >= {*FILES, "OFL.txt"}


ICU_PROBE = """
from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone
words = ["zorro", "Ábaco", "ñandú", "nube", "éxito", "Öl", "中文", "汉字", "ёж", "еж", "file10", "file9"]
when = QDateTime.fromSecsSinceEpoch(1700000000)
for code in ("en", "es", "fr", "pt_BR", "ar", "zh_CN", "vi", "fil", "ru"):
    locale, collator = QLocale(code), QCollator(QLocale(code))
    collator.setNumericMode(True)
    print(code, sorted(words, key=collator.sortKey), locale.toUpper("istanbul straße"),
          QTimeZone(b"America/New_York").displayName(when, QTimeZone.NameType.LongName, locale),
          QTimeZone(b"Europe/Madrid").displayName(QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, locale))
print(QLocale("tr").toUpper("istanbul"), QStringDecoder("UTF-8").isValid(), QStringDecoder("UTF-16LE").isValid())
"""


@needs_bundle
def test_trimmed_icu_sorts_names_zones_and_cases_as_the_full_icu_does():
    """The bundle's libicudata (trimmed by the spec) against the wheel's, for the app's languages."""
    trimmed = next((BUNDLE / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    full = Path(PySide6.__file__).parent / "Qt" / "lib" / trimmed.name
    assert full.exists() and trimmed.stat().st_size < full.stat().st_size / 4
    outputs = []
    for library in (full, trimmed):
        env = {**os.environ, "LD_PRELOAD": str(library)}
        run = subprocess.run([sys.executable, "-c", ICU_PROBE], capture_output=True, text=True, env=env, timeout=120)
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert "hora estándar oriental" in outputs[0]  # the probe reaches ICU's data (Spanish zone names)
    assert outputs[1] == outputs[0]


def test_the_discreet_launchers_give_nothing_away():
    """The "Notes" shortcut on Windows has its own plain icon, and no Linux launcher claims the app's windows by
    class (the window's class is the neutral "svault": tests/ui/test_first_frame.py)."""
    root = Path(__file__).resolve().parent.parent
    setup = (root / "packaging" / "windows" / "survivor-vault.iss").read_text(encoding="utf-8")
    notes = next(line for line in setup.splitlines() if line.startswith('Name: "{userprograms}\\Notes"'))
    assert 'IconFilename: "{app}\\notes.ico"' in notes and 'Source: "notes.ico"' in setup
    assert (root / "packaging" / "windows" / "notes.ico").stat().st_size > 0
    for launcher in (root / "packaging" / "linux").glob("*.desktop"):
        assert "StartupWMClass" not in launcher.read_text(encoding="utf-8"), launcher.name
