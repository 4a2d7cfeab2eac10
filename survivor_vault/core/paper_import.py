"""Adding papers from files: one file after another, each in a transaction of its own, on a worker thread.

A file that cannot be kept (too large, changing, unreadable) is said by name and the others go on; a stop (the
survivor, a lock, a quick exit) ends the file being read without keeping any of it, and keeps the ones before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from survivor_vault.model.errors import ImportStopped, PaperUnreadable, StorageFull, VaultError, from_os_error
from survivor_vault.model.papers import Paper
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection
from survivor_vault.storage.papers_repository import PapersRepository


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    paper: Paper | None = None  # kept
    error: VaultError | None = None  # not kept, and why


def import_files(conn: Connection, paths: list[Path], stop: Callable[[], bool]) -> list[FileOutcome]:
    """Each file into the vault through `conn`, in order. A full disk or a stop ends the whole import (what
    follows would fail the same way); any other error is that file's alone."""
    repo = PapersRepository(conn, ActivityRepository(conn))
    outcomes: list[FileOutcome] = []
    for position, path in enumerate(paths):
        if stop():
            outcomes += [FileOutcome(p, error=ImportStopped()) for p in paths[position:]]
            break
        try:
            outcomes.append(FileOutcome(path, paper=repo.add_from_file(path, stop=stop)))
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
