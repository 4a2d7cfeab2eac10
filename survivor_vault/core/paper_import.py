"""Adding papers from files: one file after another, each in a transaction of its own, on a worker thread.

A file that cannot be kept (too large, changing, unreadable) is said by name and the others go on; a stop (the
survivor, a lock, a quick exit) ends the file being read without keeping any of it, and keeps the ones before.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from survivor_vault.model.errors import (
    ImportStopped,
    NoRoomForPaper,
    PaperUnreadable,
    StorageFull,
    VaultError,
    from_os_error,
)
from survivor_vault.model.papers import Paper
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection
from survivor_vault.storage.papers_repository import UNTITLED, PapersRepository


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    paper: Paper | None = None  # kept
    error: VaultError | None = None  # not kept, and why


ROOM_TO_SPARE = 16 * 1024 * 1024  # besides twice the paper: the vault's other writes, the system's own


def room_for(path: Path, folder: Path | None) -> None:
    """NoRoomForPaper unless the vault's disk has room to add this file: its bytes go into the write-ahead log
    first, then into the database, so for a while they take twice their size. A paper that filled the disk had
    been kept all the same, in the log, and left the disk so full that the vault could not even be unlocked."""
    if folder is None:
        return
    try:
        size = os.stat(path).st_size
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # said by the reading itself
    if free < 2 * size + ROOM_TO_SPARE:
        raise NoRoomForPaper()


def import_files(conn: Connection, paths: list[Path], stop: Callable[[], bool],
                 folder: Path | None = None, untitled: tuple[str, str] = UNTITLED) -> list[FileOutcome]:
    """Each file into the vault through `conn`, in order, checking first that the vault's disk (in `folder`) has
    room for it. A full disk or a stop ends the whole import (what follows would fail the same way); any other
    error, a file too large for the room left included, is that file's alone."""
    repo = PapersRepository(conn, ActivityRepository(conn))
    outcomes: list[FileOutcome] = []
    for position, path in enumerate(paths):
        if stop():
            outcomes += [FileOutcome(p, error=ImportStopped()) for p in paths[position:]]
            break
        try:
            room_for(path, folder)
            outcomes.append(FileOutcome(path, paper=repo.add_from_file(path, stop=stop, untitled=untitled)))
        except NoRoomForPaper as error:
            outcomes.append(FileOutcome(path, error=error))  # a smaller one after it may still fit
        except (ImportStopped, StorageFull) as error:
            outcomes += [FileOutcome(p, error=error) for p in paths[position:]]
            break
        except VaultError as error:
            outcomes.append(FileOutcome(path, error=error))
        except OSError as error:
            known = from_os_error(error)
            if isinstance(known, StorageFull):
                outcomes += [FileOutcome(p, error=known) for p in paths[position:]]
                break
            outcomes.append(FileOutcome(path, error=PaperUnreadable()))
    return outcomes
