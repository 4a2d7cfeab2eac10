"""Overwrite files with random bytes, flush them to disk, then delete them.

On SSDs and copy-on-write or cloud-synced folders an overwrite may not reach the old
blocks; the README says so. The vault's content is encrypted anyway, so this removes
the last practical way in: the files themselves.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from survivor_vault.storage import platform_files

CHUNK = 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def shred(path: Path) -> bool:
    """Overwrite and delete one file; False if it was not there.

    Links are never followed: a link (or anything but a regular file) planted where a vault file
    or a scratch file belongs is removed, and whatever it points to is left alone.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISDIR(info.st_mode):
        return False
    if not stat.S_ISREG(info.st_mode):
        platform_files.FILES.remove(path)
        return True
    try:
        fd = os.open(path, os.O_WRONLY | _NOFOLLOW | getattr(os, "O_BINARY", 0))
    except PermissionError:
        platform_files.FILES.remove(path)  # a read-only file in our own folder: removing it is what is left to do
        return True
    try:
        if os.fstat(fd).st_ino != info.st_ino:  # swapped between the look and the open: not ours to write
            return _unlink(path)
        remaining = info.st_size
        while remaining > 0:
            n = min(CHUNK, remaining)
            remaining -= os.write(fd, secrets.token_bytes(n))
        os.fsync(fd)
    finally:
        os.close(fd)
    platform_files.FILES.remove(path)
    return True


def _unlink(path: Path) -> bool:
    platform_files.FILES.remove(path)
    return True


def shred_tree(path: Path) -> None:
    """Shred every file below `path`, then remove the folders. A link is removed, never followed."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(info.st_mode):
        shred(path)
        return
    for root, dirs, files in os.walk(path, topdown=False):  # linked folders are listed, never entered
        for name in files:
            shred(Path(root) / name)
        for name in dirs:
            entry = Path(root) / name
            if entry.is_symlink():
                entry.unlink()
            else:
                entry.rmdir()
    path.rmdir()
