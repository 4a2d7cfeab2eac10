"""The share code as the wizard shows it opens a protected packet in every reader; so does the spoken form."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader

from survivor_vault.sharing import share_code
from tests.conftest import REPO_ROOT
from tests.sharing.packet_fixtures import MARK, fill_markers, make_packet, scope_for

PDFJS = REPO_ROOT / ".ci" / "node" / "node_modules" / "pdfjs-dist"  # installed by .ci/run with npm


@pytest.fixture
def protected(vault, tmp_path):
    refs = fill_markers(vault)
    packet, _ = make_packet(vault, scope_for(refs, ["goal_a"]), tmp_path / "p.pdf")
    return packet, tmp_path / "p.pdf"


def forms(code: str) -> dict[str, str]:
    return {"as shown": code, "as heard": share_code.spoken(code)}


def test_the_wizard_shows_the_code_that_opens_the_file(protected):
    packet, _ = protected
    assert share_code.spoken(packet.code) == packet.code.replace("-", " ")
    assert len(share_code.spoken(packet.code)) <= 32  # poppler's tools read at most 32 characters


def test_poppler_opens_with_the_code_as_shown_and_as_heard(protected):
    packet, path = protected
    shown = subprocess.run(["pdftotext", "-upw", packet.code, str(path), "-"], capture_output=True, text=True)
    heard = subprocess.run(["pdftotext", "-opw", share_code.spoken(packet.code), str(path), "-"],
                           capture_output=True, text=True)
    wrong = subprocess.run(["pdftotext", "-upw", share_code.generate(), str(path), "-"], capture_output=True)
    assert MARK["goal_a"] in shown.stdout and MARK["goal_a"] in heard.stdout
    assert wrong.returncode != 0


@pytest.mark.parametrize("form", ["as shown", "as heard"])
def test_qpdf_and_pypdf_open_with_either_form(protected, form):
    packet, path = protected
    password = forms(packet.code)[form]
    subprocess.run(["qpdf", f"--password={password}", "--check", str(path)], check=True, capture_output=True)
    assert PdfReader(io.BytesIO(packet.data)).decrypt(password) != PasswordType.NOT_DECRYPTED


@pytest.mark.skipif(shutil.which("node") is None or not PDFJS.is_dir(), reason="pdf.js (npm pdfjs-dist) not installed")
@pytest.mark.parametrize("form", ["as shown", "as heard"])
def test_pdfjs_opens_with_either_form(protected, form):
    packet, path = protected
    script = Path(__file__).with_name("pdfjs_open.mjs")
    opened = subprocess.run(["node", str(script), str(PDFJS), str(path), forms(packet.code)[form]],
                            capture_output=True, text=True, timeout=60)
    assert opened.returncode == 0 and "Information I chose to share with you" in opened.stdout, opened.stdout
    wrong = subprocess.run(["node", str(script), str(PDFJS), str(path), share_code.generate()],
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2 and "WRONG PASSWORD" in wrong.stdout
