"""Overwrite files with random bytes, flush them to disk, then delete them.

On SSDs and copy-on-write or cloud-synced folders an overwrite may not reach the old
blocks; the README says so. The vault's content is encrypted anyway, so this removes
the last practical way in: the files themselves.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

CHUNK = 1024 * 1024


def shred(path: Path) -> bool:
    """Overwrite and delete one file; False if it was not there."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    try:
        with open(path, "r+b", buffering=0) as handle:
            remaining = size
            while remaining > 0:
                n = min(CHUNK, remaining)
                handle.write(secrets.token_bytes(n))
                remaining -= n
            os.fsync(handle.fileno())
    except PermissionError:
        os.chmod(path, 0o600)
        return shred(path)
    path.unlink()
    return True


def shred_tree(path: Path) -> None:
    """Shred every file below `path`, then remove the folders."""
    if not path.exists():
        return
    for root, dirs, files in os.walk(path, topdown=False):
        for name in files:
            shred(Path(root) / name)
        for name in dirs:
            (Path(root) / name).rmdir()
    path.rmdir()
