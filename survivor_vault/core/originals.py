"""Deleting the survivor's original files after they are safely in the vault, only when she asks.

A file is deleted only if it still holds exactly the bytes the vault kept (hashed again now): a file changed or
replaced since is left alone, and so are links and files with a second name. It is overwritten before it is
deleted; on an SSD, in a cloud-synced folder or with the system's trash and backups, copies may still exist, and
the app says so before she chooses.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from survivor_vault.model.papers import Paper
from survivor_vault.storage.file_shredder import shred
from survivor_vault.storage.sha256 import Sha256

_READ = 1024 * 1024


@dataclass(frozen=True)
class Original:
    path: Path
    paper: Paper


def _same_bytes(path: Path, paper: Paper) -> bool:
    hasher = Sha256()
    size = 0
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as source:  # never waiting on a pipe put in the file's place
            if not stat.S_ISREG(os.fstat(source.fileno()).st_mode):
                return False
            while block := source.read(_READ):
                size += len(block)
                if size > paper.size:
                    return False
                hasher.update(block)
    except OSError:
        return False
    return size == paper.size and hasher.hexdigest() == paper.sha256


def delete_originals(originals: list[Original]) -> tuple[list[Path], list[Path]]:
    """(deleted, left alone). Left alone: a file changed since, a link (its file lives elsewhere, perhaps in a
    folder the survivor keeps on purpose), and a file with a second name (overwriting it would empty that other
    copy too: found by an attack, a family folder's hard-linked copy was filled with noise)."""
    deleted: list[Path] = []
    left: list[Path] = []
    for original in originals:
        try:
            info = os.lstat(original.path)
            done = (stat.S_ISREG(info.st_mode) and info.st_nlink == 1 and _same_bytes(original.path, original.paper)
                    and os.lstat(original.path).st_ino == info.st_ino and shred(original.path))
        except OSError:
            done = False
        (deleted if done else left).append(original.path)
    return deleted, left
