"""Saving the papers of a packet that was read and checked, for the agency (`open-packet --extract DIR`, the app).

A packet's file names come from the packet, so from whoever made the file: each is checked again here, whatever
the reader already checked, and used only as a name inside the chosen folder. Nothing is ever overwritten, and
nothing is written through a link planted under a paper's name. The folder is made (0700) if it is not there.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

from survivor_vault.model.errors import VaultError
from survivor_vault.sharing.packet_papers import FILE_NAME

MOST_NAME = 64


class UnsafePaperName(VaultError):
    exit_code = 3
    message = ("A paper in this packet has a file name that could reach outside the folder, so nothing was saved. "
               "Do not rely on this packet.")


class PaperFileExists(VaultError):
    message = "A file with a paper's name is already in that folder. Nothing was overwritten: choose an empty folder."


class NotAFolder(VaultError):
    message = "The papers can only be saved in a folder, and that is not one."


def safe_file_name(name: str) -> bool:
    """A plain name as the builder writes it: no folder, no `..`, no drive, no control or invisible character."""
    if not isinstance(name, str) or not 0 < len(name) <= MOST_NAME or FILE_NAME.fullmatch(name) is None:
        return False
    if any(unicodedata.category(char)[0] == "C" for char in name) or name.startswith("."):
        return False
    return PurePosixPath(name).name == name and PureWindowsPath(name).name == name and not os.path.isabs(name)


def _folder(folder: Path) -> Path:
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        if not folder.is_dir():
            raise NotAFolder() from None
    return folder


def _write_new(path: Path, data: bytes) -> None:
    """Write a file that was not there (never replaces one, never follows a link), readable only by its owner."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise PaperFileExists(f"There is already a file called {path.name} there. Nothing was overwritten.") \
            from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def extract(papers, folder: Path | str) -> list[Path]:
    """Write each paper (`ReadPaper`s of a checked reading) into `folder` under its own name. Refused whole, before a
    byte is written, for an unsafe name or a name already taken; a failure half-way removes what it wrote."""
    names = [paper.file_name for paper in papers]
    if not all(safe_file_name(name) for name in names) or len(set(names)) != len(names):
        raise UnsafePaperName()
    folder = _folder(Path(folder))
    taken = [name for name in names if os.path.lexists(folder / name)]
    if taken:
        raise PaperFileExists(f"There is already a file called {taken[0]} there. Nothing was overwritten.")
    written: list[Path] = []
    try:
        for paper in papers:
            path = folder / paper.file_name
            _write_new(path, paper.data)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def save_paper(paper, path: Path | str) -> None:
    """One paper, saved where the person chose in a file dialog (which asked before replacing a file): 0600, and
    never through a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(Path(path), flags, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(paper.data)
