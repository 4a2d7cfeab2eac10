"""The packaging files are complete and consistent (the Linux bundle itself is built and self-tested by .ci/run)."""

import configparser
import xml.etree.ElementTree as ET

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
