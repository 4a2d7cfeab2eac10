"""Long jobs, one shape: made on the UI thread, `run()` on a worker, `finish(result)` back on the UI thread.

In the spirit of Vorta's borg jobs. A widget only collects what the survivor typed and shows the
outcome; the job is the use case:

- **made** (its constructor) on the UI thread: it checks what it was given and gathers what the worker
  needs (a copy of a key, the items to share), raising a `VaultError` the widget can show at once;
- `run()` on a worker thread: the slow part. It touches no widget and no connection of the UI thread;
- `finish(result)` on the UI thread: the quick part that writes through the vault's own connection
  (a backup's date, a packet's consent record); what it returns is what the widget shows;
- `abandon(result)` instead of `finish` when nobody waits any more (the window closed, Quick exit,
  a lock): it tidies up, e.g. locks a vault that finished opening after its window was gone.

`ui/background_task.start_job` runs a job for the app; `run_here()` runs the same job on one thread
(the command line, tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from survivor_vault.core.job import Job
from survivor_vault.core.kit_parts import ImportSummary, ReadingBudget, SetupKit
from survivor_vault.model.errors import VaultLocked


class _OpensAVault(Job):
    """A job whose result holds an open vault: if nobody takes it, it is locked at once."""

    def abandon(self, result: Any) -> None:
        vault = getattr(result, "vault", result)
        vault.lock()


@dataclass(frozen=True)
class Created:
    vault: Any
    kit_summary: ImportSummary | None


class CreateVault(_OpensAVault):
    """A new vault, with its recovery key and the setup kit's agency and services, or nothing at all."""

    def __init__(self, folder: Path, passphrase: str, recovery_key: str | None = None, kit: SetupKit | None = None):
        from survivor_vault.core.passphrase_rules import check_new_passphrase

        check_new_passphrase(passphrase)
        self._folder, self._passphrase, self._recovery_key, self._kit = folder, passphrase, recovery_key, kit

    def run(self) -> Created:
        from survivor_vault.core.setup_kit import import_kit
        from survivor_vault.core.vault import Vault

        vault = Vault.create(self._folder, self._passphrase, recovery_key=self._recovery_key)
        try:
            summary = import_kit(vault, self._kit) if self._kit is not None else None
        except BaseException:
            vault.lock()
            raise
        return Created(vault, summary)


class UnlockVault(_OpensAVault):
    def __init__(self, folder: Path, passphrase: str):
        self._folder, self._passphrase = folder, passphrase

    def run(self):
        from survivor_vault.core.encryption_library import require_sqlcipher

        # Checked here too: the app checks it right after its first frame, and a passphrase typed at once
        # could come first (then a missing library gave "Something unexpected went wrong").
        require_sqlcipher()
        from survivor_vault.core.vault import Vault  # kept off the start-up path (benchmarks/ui_timings.py)

        return Vault.unlock(self._folder, self._passphrase)


class RecoverVault(_OpensAVault):
    """"I forgot my passphrase": open with the recovery key and choose a new passphrase (the key keeps working)."""

    def __init__(self, folder: Path, recovery_key: str, new_passphrase: str):
        from survivor_vault.core.passphrase_rules import check_new_passphrase

        check_new_passphrase(new_passphrase)
        self._folder, self._recovery_key, self._new = folder, recovery_key, new_passphrase

    def run(self):
        from survivor_vault.core.vault import Vault

        vault = Vault.unlock_with_recovery_key(self._folder, self._recovery_key)
        try:
            vault.change_passphrase(self._new)  # the recovery slot stays as it is
        except BaseException:
            vault.lock()
            raise
        return vault


class RestoreBackup(_OpensAVault):
    """A backup in place of the vault, once it has opened and passed its checks; the vault, opened."""

    def __init__(self, backup: Path, passphrase: str, folder: Path):
        self._backup, self._passphrase, self._folder = backup, passphrase, folder

    def run(self):
        from survivor_vault.core.vault import Vault

        return Vault.restore(self._backup, self._passphrase, self._folder)


class MakeBackup(Job):
    """One backup file, written and checked on the worker; its date recorded in the vault at the end."""

    def __init__(self, vault, destination: Path | str):
        self._vault = vault
        self._write = vault.backup_job(destination)  # a VaultError here if the vault is locked

    def run(self) -> Path:
        return self._write()

    def finish(self, path: Path) -> Path:
        try:
            self._vault.record_backup()
        except VaultLocked:
            pass  # locked meanwhile: the file is made and checked all the same
        return path


class CheckBackup(Job):
    """Whether a backup file opens with a passphrase and passes every check; the vault is not touched."""

    def __init__(self, backup: Path, passphrase: str, scratch_folder: Path):
        self._backup, self._passphrase, self._scratch = backup, passphrase, scratch_folder

    def run(self):
        from survivor_vault.core.vault import verify_backup_file

        return verify_backup_file(self._backup, self._passphrase, self._scratch)


class CheckPassphrase(Job):
    """The vault's passphrase asked again before something that cannot be undone (erase)."""

    def __init__(self, vault, passphrase: str):
        self._vault, self._passphrase = vault, passphrase

    def run(self) -> None:
        self._vault.check_passphrase(self._passphrase)


class ReadKit(Job):
    """A setup kit read from a file, folder or zip; `stop()` from the UI thread ends the reading early."""

    def __init__(self, path: Path):
        self.path = path
        self._budget = ReadingBudget()

    def run(self) -> SetupKit:
        from survivor_vault.core.setup_kit import read_kit

        return read_kit(self.path, self._budget)

    def stop(self) -> None:
        self._budget.stop()

    def abandon(self, result: Any) -> None:
        self.stop()


class AddPapers(Job):
    """Files read into the vault on a worker (core/paper_import.py); `stop()` from the UI thread ends it early.
    The result: one FileOutcome per file, in the order given."""

    def __init__(self, vault, paths: list[Path], untitled: tuple[str, str] | None = None):
        """`untitled`: the titles for a photo and another paper whose file's name says nothing (the app's words)."""
        import threading

        self._stopped = threading.Event()
        self._import = vault.papers_import_job(list(paths), self._stopped.is_set, untitled)  # VaultLocked, StillInUse

    def run(self) -> list:
        return self._import()

    def stop(self) -> None:
        self._stopped.set()

    def abandon(self, result: Any) -> None:
        self.stop()


class DeleteOriginals(Job):
    """The survivor's own files, overwritten and deleted once checked against what the vault kept."""

    def __init__(self, originals: list):
        self._originals = list(originals)

    def run(self) -> tuple[list, list]:
        from survivor_vault.core.originals import delete_originals

        return delete_originals(self._originals)
