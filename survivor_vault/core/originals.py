"""Deleting the survivor's original files after they are safely in the vault, only when she asks.

A file is deleted only if it still holds exactly the bytes the vault kept (hashed again now): a file changed or
replaced since is left alone. It is overwritten before it is deleted; on an SSD, in a cloud-synced folder or
with the system's trash and backups, copies may still exist, and the app says so before she chooses.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from survivor_vault.model.papers import Paper
from survivor_vault.storage.file_shredder import shred

_READ = 1024 * 1024


@dataclass(frozen=True)
class Original:
    path: Path
    paper: Paper


def _same_bytes(path: Path, paper: Paper) -> bool:
    hasher = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as source:
            while block := source.read(_READ):
                size += len(block)
                if size > paper.size:
                    return False
                hasher.update(block)
    except OSError:
        return False
    return size == paper.size and hasher.hexdigest() == paper.sha256


def delete_originals(originals: list[Original]) -> tuple[list[Path], list[Path]]:
    """(deleted, left alone). A link is followed to the file it names: that file is the original."""
    deleted: list[Path] = []
    left: list[Path] = []
    for original in originals:
        real = Path(os.path.realpath(original.path))
        try:
            done = _same_bytes(real, original.paper) and shred(real)
        except OSError:
            done = False
        if done and original.path != real and os.path.islink(original.path):
            try:
                original.path.unlink()  # the link too: nothing left pointing at nothing
            except OSError:
                pass
        (deleted if done else left).append(original.path)
    return deleted, left
