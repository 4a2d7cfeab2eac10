"""The vault: create, unlock, lock, passphrase and recovery key, check, backup, restore, erase.

This is the use-case facade the CLI and the desktop app talk to. While unlocked it holds
the SQLCipher connection, the data key (a bytearray, zeroed on lock) and the OS lock that
keeps a second process out. Its record-type repositories are reached as attributes
(`vault.goals`, `vault.services`, ...) and stop working the moment the vault is locked.
"""

from __future__ import annotations

import base64
import inspect
import json
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from survivor_vault.core.job import Job
from survivor_vault.core.passphrase_rules import check_new_passphrase
from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.errors import (
    DamagedBackup,
    DamagedVault,
    NoRecoverySlot,
    PassphraseNeeded,
    StillInUse,
    StorageFull,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongPassphraseChangeStopped,
    WrongRecoveryKey,
    WrongRecoveryKeyChangeStopped,
    from_os_error,
)
from survivor_vault.model.notices import Notice
from survivor_vault.model.service_catalogue import default_catalogue
from survivor_vault.storage import backup_file, key_header, key_rotation, migrations, wrong_tries
from survivor_vault.storage import recovery_key as recovery_keys
from survivor_vault.storage.about_me_repository import AboutMeRepository
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import (
    Connection,
    DatabaseError,
    checkpoint,
    export_copy,
    integrity_problems,
    open_database,
    table_names,
    translate_database_error,
)
from survivor_vault.storage.dates_repository import DatesRepository
from survivor_vault.storage.directory_repository import DirectoryRepository
from survivor_vault.storage.drafts_repository import DraftsRepository
from survivor_vault.storage.file_shredder import shred, shred_tree
from survivor_vault.storage.goals_repository import GoalsRepository
from survivor_vault.storage.key_header import KeyHeader
from survivor_vault.storage.key_slots import (
    PASSPHRASE,
    RECOVERY,
    Argon2Settings,
    KeySlot,
    PassphraseKey,
    derive_passphrase_key,
    make_recovery_slot,
    new_data_key,
    open_passphrase_slot,
    open_slot,
    recovery_mac_key,
    reseal,
    zero,
)
from survivor_vault.storage.meta_repository import MetaRepository, write_first_rows
from survivor_vault.storage.papers_repository import PapersRepository, damaged_papers
from survivor_vault.storage.people_repository import PeopleRepository
from survivor_vault.storage.permissions_repository import PermissionsRepository
from survivor_vault.storage.services_repository import ServicesRepository
from survivor_vault.storage.sharing_history_repository import SharingHistoryRepository
from survivor_vault.storage.vault_folder import (
    REPLACED_PREFIX,
    VaultFolder,
    copy_atomically,
    default_vault_dir,
    fsync_dir,
    replace_file,
    restrict_file,
    storage_problem,
    write_atomically,
)
from survivor_vault.storage.vault_lock import VaultLock

# Decided by benchmarks/ten_year_vault.py; see docs/performance.md.
MEMORY_SECURITY_DEFAULT = False

LAST_BACKUP_KEY = "last_backup"
_SCRATCH_PREFIXES = (".export-", ".verify-", ".restore-", ".new-", key_rotation.SCRATCH_PREFIX)


@dataclass(frozen=True)
class VaultInfo:
    """Facts about a vault that need no passphrase and reveal no content."""

    path: Path
    vault_id: str
    created: datetime
    header_version: int
    kdf: dict
    has_recovery_key: bool
    database_bytes: int
    mirror_ok: bool
    from_mirror: bool


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    schema_version: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _folder(path: Path | str | None) -> VaultFolder:
    return VaultFolder(Path(path) if path is not None else default_vault_dir())


def _check_new_passphrase(passphrase: str) -> None:
    check_new_passphrase(passphrase)


def _clear_scratch(folder: VaultFolder) -> None:
    """Remove what an interrupted backup, check, create or restore left behind (all ciphertext),
    and finish an erase that was cut short."""
    if not folder.path.is_dir():
        return
    if folder.erase_pending():
        _erase_files(folder)
        return
    if folder.key_change_cut_short():  # kept (tiny) until the survivor has been told, at an unlock
        write_atomically(folder.change_stopped, b"")
    for entry in folder.path.iterdir():
        if entry.name.startswith(REPLACED_PREFIX):
            if entry.is_symlink() or not entry.is_dir():
                shred(entry)  # not ours: a restore only ever makes a real folder here (the link goes, not its target)
            else:
                _finish_interrupted_restore(folder, entry)
    key_rotation.finish_interrupted(folder)
    for entry in folder.path.iterdir():
        if entry.name.startswith(_SCRATCH_PREFIXES) or (entry.name.startswith(".") and entry.name.endswith(".tmp")):
            shred_tree(entry) if entry.is_dir() else shred(entry)


def _erase_files(folder: VaultFolder, *, remove_marker: bool = True) -> None:
    """Shred the key files first (then nothing can open the rest), then the data, then the marker."""
    for path in (folder.keys, folder.keys_mirror, folder.keys_next, folder.db, *folder.db_sidecars,
                 folder.db_next, folder.path / wrong_tries.FILE_NAME, folder.change_stopped):
        shred(path)
    for entry in list(folder.path.iterdir()):
        if entry.name.endswith(backup_file.SUFFIX) or entry.name.startswith(_SCRATCH_PREFIXES) \
                or entry.name.startswith((REPLACED_PREFIX, PRE_MIGRATION_PREFIX)) \
                or (entry.name.startswith(".") and entry.name.endswith(".tmp")):
            shred_tree(entry) if entry.is_dir() else shred(entry)
    fsync_dir(folder.path)
    if remove_marker:
        shred(folder.erase_marker)
        fsync_dir(folder.path)


def _remove_folder_if_empty(folder: VaultFolder) -> None:
    """The last of an erase: the lock file, then the marker (so a kill before this is finished later)."""
    shred(folder.lock)
    shred(folder.erase_marker)
    try:
        folder.path.rmdir()  # only if nothing else (of the survivor's) is in it
    except OSError:
        pass


_VAULT_FILE_NAMES = {p.name for p in VaultFolder(Path(".")).vault_files()}


def finish_interrupted_work(folder: VaultFolder) -> None:
    """Finish or roll back a restore or key rotation cut short, and remove scratch files, under the lock."""
    lock = VaultLock(folder.lock).acquire()
    try:
        _clear_scratch(folder)
    finally:
        lock.release()


def _finish_interrupted_restore(folder: VaultFolder, replaced: Path) -> None:
    if folder.db.exists() and folder.keys.exists() and folder.keys_mirror.exists():
        shred_tree(replaced)  # the swap completed; the old files are no longer needed
        return
    for old in replaced.iterdir():  # the swap did not complete: put the old vault back
        if old.is_symlink() or not old.is_file() or old.name not in _VAULT_FILE_NAMES:
            shred_tree(old)  # a restore only ever moves the vault's own files here
            continue
        replace_file(old, folder.path / old.name)
    replaced.rmdir()
    fsync_dir(folder.path)


class _Guarded:
    """Wraps a repository so a damaged page or a full disk surfaces as the vault's own errors."""

    def __init__(self, target, folder: VaultFolder):
        self._target = target
        self._folder = folder

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr

        def guarded(*args, **kwargs):
            try:
                result = attr(*args, **kwargs)
            except DatabaseError as exc:
                raise _database_error(exc, self._folder) from None
            return self._guarded_steps(result) if inspect.isgenerator(result) else result

        guarded.__name__ = name
        guarded.__doc__ = attr.__doc__
        return guarded


    def _guarded_steps(self, steps):
        """A generator's errors surface as it is read (a paper's chunks), so they are translated there too."""
        try:
            yield from steps
        except DatabaseError as exc:
            raise _database_error(exc, self._folder) from None


def _database_error(exc: DatabaseError, folder: VaultFolder) -> VaultError:
    """The vault's words for a database error; SQLite says "disk I/O error" on a full disk, so look."""
    error = translate_database_error(exc)
    if isinstance(error, DamagedVault):
        return _storage_problem(folder) or error
    return error


def _storage_problem(folder: VaultFolder) -> VaultError | None:
    return storage_problem(folder.path)


class Vault:
    """An unlocked vault. Get one from `create`, `unlock`, `unlock_with_recovery_key` or `restore`."""

    def __init__(self, folder: VaultFolder, header: KeyHeader, data_key: bytearray, conn: Connection,
                 lock: VaultLock, notices: list[str] | None = None, passphrase_key: PassphraseKey | None = None):
        self._folder = folder
        self._header = header
        self._key: bytearray | None = data_key
        # The passphrase's KEK while opened with the passphrase: a key rotation re-wraps with it.
        self._passphrase_key = passphrase_key
        self._conn: Connection | None = None
        self._lock = lock
        self.notices: list[str] = notices or []
        self.wrong_tries: list[datetime] = []  # since the last unlock, read once at this unlock
        self._long_jobs = _LongJobs()
        self._use_connection(conn)

    def _use_connection(self, conn: Connection) -> None:
        self._conn = conn
        activity = ActivityRepository(conn)
        self._repos = {name: _Guarded(repo, self._folder) for name, repo in {
            "activity": activity,
            "goals": GoalsRepository(conn, activity),
            "services": ServicesRepository(conn, activity),
            "about_me": AboutMeRepository(conn, activity),
            "people": PeopleRepository(conn, activity),
            "papers": PapersRepository(conn, activity),
            "dates": DatesRepository(conn, activity),
            "permissions": PermissionsRepository(conn, activity),
            "history": SharingHistoryRepository(conn, activity),
            "meta": MetaRepository(conn),
            "directory": DirectoryRepository(conn),
            "drafts": DraftsRepository(conn),
        }.items()}

    # --- opening ------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str | None, passphrase: str, *, kdf: Argon2Settings | None = None,
               recovery_key: str | None = None, memory_security: bool = MEMORY_SECURITY_DEFAULT) -> Vault:
        """Make a new vault in `path` (which must not hold one) and return it unlocked.

        With `recovery_key` (shown to the survivor first), the vault is made with its recovery slot:
        there is never a moment when it exists without the key she wrote down.
        """
        _check_new_passphrase(passphrase)
        folder = _folder(path)
        if folder.exists():
            raise VaultExists()
        if folder.db.exists():
            raise VaultExists("There is already a vault file in this folder, but its key file is missing. "
                              "Nothing has been changed.")
        folder.ensure()
        lock = VaultLock(folder.lock).acquire()
        data_key = new_data_key()
        passphrase_key = None
        staging = VaultFolder(folder.path / f".new-{secrets.token_hex(4)}")
        moved_in = header_saved = False
        try:
            _clear_scratch(folder)
            vault_id = uuid.uuid4().hex
            passphrase_key = derive_passphrase_key(passphrase, kdf)
            slots: tuple[KeySlot, ...] = (passphrase_key.wrap(data_key, vault_id),)
            recovery_record = None
            if recovery_key:
                recovery_slot, mac_key = make_recovery_slot(data_key, recovery_key, vault_id)
                slots += (recovery_slot,)
                recovery_record = _recovery_record(recovery_slot, mac_key)
            header = key_header.new_header(vault_id, slots)
            # Built aside and moved in whole, so closing the app half-way leaves no half-made vault.
            _build_first_database(staging, data_key, header, recovery_record, memory_security)
            replace_file(staging.db, folder.db)
            moved_in = True
            restrict_file(folder.db)
            shred_tree(staging.path)
            key_header.save(folder, header)  # last: the vault exists once its key file does
            header_saved = True
            conn = open_database(folder.db, data_key, memory_security=memory_security)
        except BaseException:
            shred_tree(staging.path)
            if moved_in and not header_saved:
                shred(folder.db)  # empty and unopenable without its key file: leave nothing half-made
            zero(data_key)
            if passphrase_key is not None:
                passphrase_key.forget()
            lock.release()
            raise
        vault = cls(folder, header, data_key, conn, lock, passphrase_key=passphrase_key)
        vault.services.sync_catalogue(default_catalogue())
        vault._take_wrong_tries()  # makes the sealing key pair: tries are recorded from the first lock on
        return vault

    @classmethod
    def unlock(cls, path: Path | str | None, passphrase: str, *,
               memory_security: bool = MEMORY_SECURITY_DEFAULT) -> Vault:
        """Open the vault with its passphrase (WrongPassphrase, DamagedVault, VaultInUse, VaultNotFound)."""
        return cls._open(_folder(path), PASSPHRASE, passphrase, memory_security)

    @classmethod
    def unlock_with_recovery_key(cls, path: Path | str | None, recovery_key: str, *,
                                 memory_security: bool = MEMORY_SECURITY_DEFAULT) -> Vault:
        return cls._open(_folder(path), RECOVERY, recovery_key, memory_security)

    @classmethod
    def _open(cls, folder: VaultFolder, kind: str, secret: str, memory_security: bool) -> Vault:
        if not folder.exists():
            raise VaultNotFound()  # and leave no lock file behind in a folder that holds no vault
        lock = VaultLock(folder.lock).acquire()
        try:
            _clear_scratch(folder)
            loaded = key_header.load(folder)
            if not folder.db.exists():
                raise DamagedVault("The vault's data file is missing. If you have a backup, you can restore it.")
            try:
                vault = cls._open_with(folder, loaded.header, kind, secret, lock, memory_security)
            except (WrongPassphrase, WrongRecoveryKey):
                if loaded.from_mirror:  # the key file itself is missing or damaged: say so, not "wrong"
                    raise DamagedVault(KEY_FILE_DAMAGED) from None
                vault = cls._open_with_other_copy(folder, loaded.header, kind, secret, lock, memory_security)
                if vault is None:
                    _wrong_secret(folder, loaded.header, kind)
                    raise
                loaded = key_header.LoadedHeader(vault._header, True, False)
            slot = loaded.header.slot(kind)
        except BaseException:
            lock.release()
            raise
        try:
            vault._after_opening(loaded, kind, slot, secret)
        except BaseException:
            vault.lock()  # a failed unlock gives back everything it took: the lock, the key, the connection
            raise
        return vault

    def _after_opening(self, loaded: key_header.LoadedHeader, kind: str, slot: KeySlot, secret: str) -> None:
        """What opening also does: wrong tries read, notices told, the key file put right, the unlock recorded."""
        folder = self._folder
        self._take_wrong_tries()
        if folder.change_stopped.exists():
            self.notices.append(Notice.KEY_CHANGE_NOT_FINISHED)
            shred(folder.change_stopped)
        if loaded.from_mirror:
            self.notices.append(Notice.KEY_FILE_REPAIRED)
        if loaded.from_mirror or not loaded.mirror_ok:
            self._save_header(self._header)  # as it is now (the tries key may have been put right)
        if kind == RECOVERY:
            self._keep_recovery_slot(slot, secret)
        try:
            self.activity.add(ActivityKind.UNLOCKED if kind == PASSPHRASE else ActivityKind.UNLOCKED_WITH_RECOVERY_KEY)
        except StorageFull:  # a full disk: the vault still opens (she may want to delete a paper to make room)
            self.notices.append(Notice.DISK_FULL)

    @classmethod
    def _open_with(cls, folder: VaultFolder, header: KeyHeader, kind: str, secret: str, lock: VaultLock,
                   memory_security: bool) -> Vault:
        """Open with one copy of the key file: its slot, the data, the generation check. On failure
        everything taken is given back except the lock, which the caller holds."""
        slot = header.slot(kind)
        if slot is None:
            raise NoRecoverySlot()
        passphrase_key = None
        if kind == PASSPHRASE:
            data_key, passphrase_key = open_passphrase_slot(slot, secret, header.vault_id)
        else:
            data_key = open_slot(slot, secret, header.vault_id)
        try:
            vault = cls._attach(folder, header, data_key, lock, memory_security)
        except BaseException:
            zero(data_key)
            if passphrase_key is not None:
                passphrase_key.forget()
            raise
        vault._passphrase_key = passphrase_key
        try:
            vault._check_generation()
            if kind == RECOVERY:
                vault._check_recovery_slot(slot)
        except BaseException:
            vault._close_keeping_lock()
            raise
        return vault

    @classmethod
    def _open_with_other_copy(cls, folder: VaultFolder, refused: KeyHeader, kind: str, secret: str,
                              lock: VaultLock, memory_security: bool) -> Vault | None:
        """The key file refused the secret; its copy differs and may be the right one (a key file put back
        with a higher generation written in it). The data decides: the copy is used only if its key opens
        the data and its generation is not older than the data has seen. Else None ("wrong passphrase")."""
        for path in (folder.keys_mirror, folder.keys):
            other = key_header.read_copy(path)
            if other is None or other == refused:
                continue
            try:
                return cls._open_with(folder, other, kind, secret, lock, memory_security)
            except (WrongPassphrase, WrongRecoveryKey, NoRecoverySlot, DamagedVault):
                continue
        return None

    def _close_keeping_lock(self) -> None:
        """Close the database, zero the keys, drop the repositories; the OS lock stays held."""
        conn, self._conn = self._conn, None
        self._repos = {}
        if conn is not None:
            try:
                conn.close()
            except DatabaseError:
                pass
        zero(self._key)
        self._key = None
        if self._passphrase_key is not None:
            self._passphrase_key.forget()
            self._passphrase_key = None

    @classmethod
    def _attach(cls, folder: VaultFolder, header: KeyHeader, data_key: bytearray, lock: VaultLock,
                memory_security: bool) -> Vault:
        """Open the database with a known-good data key, check it belongs to the header, migrate."""
        try:
            conn = open_database(folder.db, data_key, memory_security=memory_security)
        except DamagedVault:  # SQLite says "disk I/O error" when it cannot make its WAL files
            # The key came out of an authenticated slot, so if it does not open the data, the key file
            # is not the one for this data: most likely an old copy, from before a key change.
            raise _storage_problem(folder) or DamagedVault(KEY_FILE_DOES_NOT_FIT) from None
        try:
            for path in (folder.db, *folder.db_sidecars):
                restrict_file(path)
            if "meta" not in table_names(conn):
                raise DamagedVault()
            stored_id = MetaRepository(conn).get("vault_id")
            if stored_id is not None and stored_id != header.vault_id:
                raise DamagedVault("The key file belongs to a different vault than the data file.")
            if migrations.schema_version(conn) < migrations.LATEST:
                _keep_copy_before_migrating(conn, folder)
            migrations.migrate(conn)
            if stored_id is None:
                MetaRepository(conn).set("vault_id", header.vault_id)
        except DatabaseError as exc:
            conn.close()
            raise _database_error(exc, folder) from None
        except BaseException:
            conn.close()
            raise
        vault = cls(folder, header, data_key, conn, lock)
        vault.services.sync_catalogue(default_catalogue())
        return vault

    # --- state --------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def path(self) -> Path:
        return self._folder.path

    @property
    def vault_id(self) -> str:
        return self._header.vault_id

    @property
    def has_recovery_key(self) -> bool:
        return self._header.recovery_slot is not None

    def lock(self) -> None:
        """Forget everything: close the database, zero the key, drop the repositories, release the lock."""
        self._close_keeping_lock()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.lock()

    def _require(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def _repo(self, name: str):
        self._require()
        return self._repos[name]

    goals: GoalsRepository = property(lambda self: self._repo("goals"))  # type: ignore[assignment]
    services: ServicesRepository = property(lambda self: self._repo("services"))  # type: ignore[assignment]
    about_me: AboutMeRepository = property(lambda self: self._repo("about_me"))  # type: ignore[assignment]
    people: PeopleRepository = property(lambda self: self._repo("people"))  # type: ignore[assignment]
    papers: PapersRepository = property(lambda self: self._repo("papers"))  # type: ignore[assignment]
    dates: DatesRepository = property(lambda self: self._repo("dates"))  # type: ignore[assignment]
    permissions: PermissionsRepository = property(lambda self: self._repo("permissions"))  # type: ignore[assignment]
    history: SharingHistoryRepository = property(lambda self: self._repo("history"))  # type: ignore[assignment]
    activity: ActivityRepository = property(lambda self: self._repo("activity"))  # type: ignore[assignment]
    meta: MetaRepository = property(lambda self: self._repo("meta"))  # type: ignore[assignment]
    directory: DirectoryRepository = property(lambda self: self._repo("directory"))  # type: ignore[assignment]
    drafts: DraftsRepository = property(lambda self: self._repo("drafts"))  # type: ignore[assignment]

    @property
    def connection(self) -> Connection:
        """The open SQLCipher connection (for benchmarks and diagnostics)."""
        return self._require()

    # --- keys ---------------------------------------------------------------------
    # Every change of a secret rotates the data key (storage/key_rotation): the database is
    # re-encrypted under a new random key, so an old copy of the key file or an old backup, with
    # the old passphrase or recovery key, opens only the data as it was then.
    def change_passphrase(self, new_passphrase: str, *, kdf: Argon2Settings | None = None) -> KeyChangeResult:
        """A new passphrase, and a new data key: the old passphrase opens nothing written from now on."""
        return self.key_change(new_passphrase=new_passphrase, kdf=kdf).run_here()

    def key_change(self, *, new_passphrase: str | None = None, current_passphrase: str | None = None,
                   recovery_key: str | None = None, remove_recovery_key: bool = False,
                   kdf: Argon2Settings | None = None) -> KeyChange:
        """A key rotation to run in two halves: `run()` on a worker (slow), `finish()` on this thread.

        `current_passphrase`, if given, is checked first (WrongPassphrase: nothing changes).
        `new_passphrase` replaces the passphrase; else the current one keeps working (it must have
        opened the vault: PassphraseNeeded after a recovery-key unlock). `recovery_key` replaces the
        recovery key (show it to the survivor first); `remove_recovery_key` removes it; else it is kept.
        """
        self._require()
        if new_passphrase is not None:
            _check_new_passphrase(new_passphrase)
        elif self._passphrase_key is None:
            raise PassphraseNeeded()
        if remove_recovery_key and self._header.recovery_slot is None:
            raise NoRecoverySlot()
        if recovery_key is not None:
            recovery_key = recovery_keys.format_key(recovery_keys.normalise(recovery_key))
        self._long_jobs.start(KEY_CHANGE)
        try:
            return KeyChange(self, new_passphrase, current_passphrase, recovery_key, remove_recovery_key, kdf)
        except BaseException:
            self._long_jobs.end(KEY_CHANGE)
            raise

    def check_passphrase(self, passphrase: str) -> None:
        """WrongPassphrase unless `passphrase` opens this vault (slow: it derives the key)."""
        self._require()
        zero(open_slot(self._header.passphrase_slot, passphrase, self.vault_id))

    def add_recovery_key(self, key: str | None = None) -> str:
        """Make a new recovery key (replacing any old one, with a new data key) and return it, formatted.

        Show it before calling this with it (`key`), so a crash can never lose the only copy.
        """
        key = key or recovery_keys.generate()
        self.key_change(recovery_key=key).run_here()
        return recovery_keys.format_key(recovery_keys.normalise(key))

    def remove_recovery_key(self) -> KeyChangeResult:
        return self.key_change(remove_recovery_key=True).run_here()

    def _keep_recovery_slot(self, slot: KeySlot, recovery_key: str) -> None:
        """After a recovery-key unlock: turn an older recovery slot into a sealed one (so it survives
        rotations), and keep the sealed slot's MAC key inside the vault if it is not there yet."""
        if slot.sealed:
            if self._recovery_record() is None:
                self.meta.set(RECOVERY_RECORD, _recovery_record(slot, recovery_mac_key(slot, recovery_key)))
            return
        sealed, mac_key = make_recovery_slot(self._key, recovery_key, self.vault_id)
        self.meta.set(RECOVERY_RECORD, _recovery_record(sealed, mac_key))  # first: a kill between leaves the old slot
        self._save_header(self._header.with_slot(sealed))

    def _check_recovery_slot(self, slot: KeySlot) -> None:
        """The recovery key opened the key file; the data must know that same recovery slot.

        Whoever could open an old copy of the data (with an old passphrase) has its MAC key, and could
        build a vault around a copy of their own that the survivor's recovery key opens; its data would
        name their recovery slot, so that the next key change sealed the new key to them. Refused here.
        """
        record = self._recovery_record()
        if slot.sealed and record is not None and _static(record[0]) != _static(slot):
            raise DamagedVault(RECOVERY_SLOT_UNKNOWN)

    def _recovery_record(self) -> tuple[KeySlot, bytes] | None:
        """The sealed recovery slot as this vault made it, and its MAC key (from the encrypted meta table).

        Rotations seal to this public key, never to the one in the key file, which anyone could swap.
        """
        text = self.meta.get(RECOVERY_RECORD)
        if not text:
            return None
        try:
            doc = json.loads(text)
            slot = KeySlot.from_json(doc["slot"])
            mac_key = base64.b64decode(doc["mac_key"], validate=True)
        except (ValueError, KeyError, TypeError, DamagedVault):
            return None
        return (slot, mac_key) if slot.sealed and len(mac_key) == 32 else None

    def _commit_key_change(self, change: KeyChange, scratch: Path, header: KeyHeader, new_key: bytearray,
                           passphrase_key: PassphraseKey) -> None:
        """Swap the re-encrypted copy in (storage/key_rotation) and go on with the new key."""
        conn = self._require()

        def close_live() -> None:
            checkpoint(conn)
            self._conn, self._repos = None, {}
            conn.close()

        try:
            key_rotation.commit(self._folder, scratch, header, close_live)
        except BaseException as error:  # noqa: BLE001 - re-raised unless the swap had already happened
            if not getattr(error, "committed", False):
                if self._conn is None:  # closed for the swap, which did not happen: go on as before
                    self._use_connection(open_database(self._folder.db, self._key))
                raise _known(error) from None
            # Committed: the new key file waits as vault.keys.next (load() reads it); go on below.
        old_key, self._key = self._key, new_key
        zero(old_key)
        if passphrase_key is not self._passphrase_key:
            if self._passphrase_key is not None:
                self._passphrase_key.forget()
            self._passphrase_key = passphrase_key
        self._header = header
        try:
            self._use_connection(open_database(self._folder.db, new_key))
        except BaseException:
            self.lock()
            raise
        for kind in change.activity_kinds():
            self.activity.add(kind)

    def _save_header(self, header: KeyHeader) -> None:
        try:
            key_header.save(self._folder, header)
        except OSError as error:
            known = from_os_error(error)
            if known is None:
                raise
            raise known from None
        self._header = header
        self._record_generation()  # after the file: a kill between the two leaves the file ahead, not behind

    def _take_wrong_tries(self) -> None:
        """Read (and remove) the sealed record of wrong tries; make the sealing key pair the first time."""
        private = self.meta.get(TRIES_PRIVATE_KEY)
        if private is None or self._header.tries_key is None:
            private_raw, public_raw = wrong_tries.new_key_pair()
            self.meta.set(TRIES_PRIVATE_KEY, base64.b64encode(private_raw).decode("ascii"))
            self._save_header(self._header.with_tries_key(base64.b64encode(public_raw).decode("ascii")))
            return
        private_raw = base64.b64decode(private)
        public = base64.b64encode(wrong_tries.public_key_of(private_raw)).decode("ascii")
        if public != self._header.tries_key:  # swapped in the key file: tries would be sealed to someone else
            self._save_header(self._header.with_tries_key(public))
        self.wrong_tries = wrong_tries.read_and_clear(self._folder.path, private_raw, self.vault_id)

    def _record_generation(self) -> None:
        self.meta.set(HEADER_GENERATION, str(self._header.generation))

    def _check_generation(self) -> None:
        """Refuse a key file older than the newest this vault's data has seen (an old copy put back)."""
        stored = self.meta.get(HEADER_GENERATION)
        if stored is not None and stored.isdigit() and self._header.generation < int(stored):
            raise DamagedVault(KEY_FILE_OLDER)
        if stored is None or self._header.generation > int(stored):
            self._record_generation()

    # --- check --------------------------------------------------------------------
    def check(self) -> CheckReport:
        conn = self._require()
        report = CheckReport(notices=list(self.notices))
        primary = key_header.read_copy(self._folder.keys)
        mirror = key_header.read_copy(self._folder.keys_mirror)
        if primary is None:
            report.problems.append("The key file is missing or damaged.")
        if mirror is None:
            report.problems.append("The copy of the key file is missing or damaged.")
        elif primary is not None and mirror != primary:
            report.problems.append("The key file and its copy differ.")
        record = self._recovery_record()
        slot = self._header.recovery_slot
        if record is not None and (slot is None or _static(slot) != _static(record[0])):
            # Not used for anything (a key change seals to the vault's own record), but someone changed it.
            report.problems.append("The recovery key's entry in the key file is not the one this vault made.")
        report.problems += integrity_problems(conn)
        report.problems += _paper_problems(conn)
        report.schema_version = migrations.schema_version(conn)
        return report

    # --- papers -------------------------------------------------------------------------
    def papers_import_job(self, paths: list[Path], stop, untitled: tuple[str, str] | None = None) -> Callable[[], list]:
        """Adding papers from files, as a function for a worker thread (core/paper_import.py): a connection of
        its own, one transaction a file; `stop()` (or this vault locking) ends it between chunks."""
        from survivor_vault.core.paper_import import import_files

        self._require()
        self._long_jobs.start(PAPERS_IN)
        key = bytearray(self._key)
        folder, long_jobs = self._folder, self._long_jobs

        def job() -> list:
            try:
                conn = open_database(folder.db, key)
                try:
                    return import_files(conn, paths, lambda: stop() or self.is_locked, folder.path,
                                        *(untitled,) if untitled else ())
                finally:
                    conn.close()
            finally:
                zero(key)
                long_jobs.end(PAPERS_IN)

        return job

    def reading_job(self) -> Callable[[Callable[[Connection], object]], object]:
        """`read(work)` for a worker thread, to be called once: `work(conn)` runs on a connection of its own (a
        copy of the key, zeroed when it returns), so the UI thread's connection is never shared. For reads that
        take longer than a frame (a packet's papers: 0.1-0.3 s for 25 MB)."""
        self._require()
        key = bytearray(self._key)
        folder = self._folder

        def read(work):
            try:
                conn = open_database(folder.db, key)
                try:
                    return work(conn)
                finally:
                    conn.close()
            finally:
                zero(key)

        return read

    # --- backup and restore ---------------------------------------------------------
    def backup(self, destination: Path | str) -> Path:
        """Write one encrypted backup file, then reopen and check it. Returns its path."""
        path = self.backup_job(destination)()
        self.record_backup()
        return path

    def backup_job(self, destination: Path | str):
        """The slow part of a backup, as a function that can run on a worker thread.

        It works on copies (of the key and header) and its own connection to the database,
        so the app can go on using — or lock — the vault meanwhile. Call `record_backup()`
        on the vault's own thread when it has finished.
        """
        self._require()
        self._long_jobs.start(BACKUP)
        dest = Path(destination)
        if dest.is_dir():
            stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
            dest = dest / f"backup-{stamp}{backup_file.SUFFIX}"
        key = bytearray(self._key)
        header = self._header
        folder = self._folder
        long_jobs = self._long_jobs

        def job() -> Path:
            try:
                export = _export_database(folder, key)
                try:
                    backup_file.write(dest, header, export)
                finally:
                    shred(export)
                _verify_in(folder, backup_file.read(dest), key)
            except OSError as error:  # a full USB stick, a locked drive: the vault's own words
                known = from_os_error(error)
                if known is None:
                    raise
                raise known from None
            finally:
                zero(key)
                long_jobs.end(BACKUP)
            return dest

        return job

    def record_backup(self) -> None:
        self.activity.add(ActivityKind.BACKUP_MADE)
        self.meta.set(LAST_BACKUP_KEY, datetime.now(UTC).isoformat())

    @property
    def created(self) -> datetime | None:
        """When the vault was made (kept inside the encryption)."""
        value = self.meta.get("created")
        return datetime.fromisoformat(value) if value else None

    @property
    def last_backup(self) -> datetime | None:
        value = self.meta.get(LAST_BACKUP_KEY)
        return datetime.fromisoformat(value) if value else None

    def verify_backup(self, backup_path: Path | str, passphrase: str) -> CheckReport:
        """Open a backup with its own passphrase and check it, without changing anything."""
        self._require()
        return verify_backup_file(backup_path, passphrase, self._folder.path)

    @classmethod
    def restore(cls, backup_path: Path | str, passphrase: str, path: Path | str | None = None, *,
                memory_security: bool = MEMORY_SECURITY_DEFAULT) -> Vault:
        """Replace the vault in `path` (if any) with a backup, only once the backup has opened and passed checks.

        The backup's own passphrase opens it. Returns the restored vault, unlocked.
        """
        contents = backup_file.read(Path(backup_path))
        header = contents.header
        data_key = open_slot(header.passphrase_slot, passphrase, header.vault_id)
        folder = _folder(path)
        lock = None
        staging = replaced = None
        moved: list[Path] = []
        try:
            folder.ensure()
            lock = VaultLock(folder.lock).acquire()
            _clear_scratch(folder)
            token = secrets.token_hex(4)
            staging = VaultFolder(folder.path / f".restore-{token}")
            staging.ensure()
            _check_staged_database(staging, contents, data_key)
            key_header.save(staging, header)
            replaced = folder.path / f"{REPLACED_PREFIX}{token}"
            replaced.mkdir(mode=0o700)
            for current in (folder.db, *folder.db_sidecars, folder.keys, folder.keys_mirror):
                if current.exists():
                    replace_file(current, replaced / current.name)
                    moved.append(current)
            fsync_dir(folder.path)
            replace_file(staging.db, folder.db)
            replace_file(staging.keys, folder.keys)
            replace_file(staging.keys_mirror, folder.keys_mirror)
            fsync_dir(folder.path)
            # Opened (and migrated, if the backup is older) before the old vault is let go.
            vault = cls._attach(folder, header, data_key, lock, memory_security)
        except BaseException:
            if replaced is not None:
                if moved:
                    for path in (folder.db, *folder.db_sidecars, folder.keys, folder.keys_mirror):
                        shred(path)
                for current in moved:
                    replace_file(replaced / current.name, current)
                if replaced.exists():
                    shred_tree(replaced)
            if staging is not None:
                shred_tree(staging.path)
            zero(data_key)
            if lock is not None:
                lock.release()
            raise
        shred_tree(replaced)
        shred_tree(staging.path)
        # The backup's key file is now the newest: a backup exported while a passphrase change was
        # being written could hold data that saw one generation more than its own key file.
        vault._record_generation()
        vault.activity.add(ActivityKind.RESTORED)
        return vault

    # --- erase --------------------------------------------------------------------
    def erase(self) -> None:
        """Overwrite and delete the vault, its key file and copy, and backups kept in its folder.

        A marker is written first, and the key files go before the data: if the laptop dies half-way,
        what is left can no longer be opened by anyone, and the next start finishes the erasing
        (`Vault.exists`, `Vault.info`, any unlock) before it says anything else.
        """
        self.erase_job().run_here()

    def erase_job(self) -> Erase:
        """The erase as a job (core/jobs.py): made here it closes the vault and writes the marker (quick);
        `run()` overwrites the files, which for a large vault takes a while, on a worker."""
        return Erase(self)

    # --- facts without a passphrase -------------------------------------------------
    @staticmethod
    def exists(path: Path | str | None = None) -> bool:
        folder = _folder(path)
        if folder.erase_pending():
            # The survivor asked for it: finish it before saying anything.
            lock = VaultLock(folder.lock).acquire()
            try:
                _erase_files(folder, remove_marker=False)
            finally:
                lock.release()
            _remove_folder_if_empty(folder)
        return folder.exists()

    @staticmethod
    def info(path: Path | str | None = None) -> VaultInfo:
        folder = _folder(path)
        if folder.interrupted_work() or folder.erase_pending():
            finish_interrupted_work(folder)
            if not folder.exists():
                _remove_folder_if_empty(folder)
                raise VaultNotFound()  # facts about the vault as it is, not as a cut-short restore left it
        loaded = key_header.load(folder)
        header = loaded.header
        kdf = {k: v for k, v in header.passphrase_slot.kdf.items() if k != "salt"}
        size = folder.db.stat().st_size if folder.db.exists() else 0
        return VaultInfo(folder.path, header.vault_id, header.created, key_header.VERSION, kdf,
                         header.recovery_slot is not None, size, loaded.mirror_ok, loaded.from_mirror)


PRE_MIGRATION_PREFIX = "vault.db.before-v"
RECOVERY_RECORD = "recovery_slot"  # in the encrypted meta table: the sealed recovery slot as made, and its MAC key
HEADER_GENERATION = "header_generation"  # in the encrypted meta table: the newest key file generation seen
TRIES_PRIVATE_KEY = "wrong_tries_private_key"  # in the encrypted meta table (its public half is in the key file)
KEY_FILE_DAMAGED = ("The vault's key file is damaged or missing, and its copy did not accept this. "
                    "Nothing has been changed. If you have a backup, you can restore it.")
KEY_FILE_DOES_NOT_FIT = ("The vault's key file does not open its data. An old copy of the key file may have been "
                         "put back, or the data file is damaged. The vault was not opened and nothing was changed. "
                         "If you have a backup you trust, restore it.")
RECOVERY_SLOT_UNKNOWN = ("Your recovery key opened the key file, but the vault's data does not know this recovery "
                         "key: the vault's files may have been changed or replaced. The vault was not opened and "
                         "nothing was changed. If you have a backup you trust, restore it.")
KEY_FILE_OLDER = ("The vault's key file is older than its data: an old copy may have been put back. "
                  "The vault was not opened and nothing was changed. If you have a backup you trust, restore it.")


def _wrong_secret(folder: VaultFolder, header: KeyHeader, kind: str) -> None:
    """A wrong passphrase or key: the try is recorded (sealed), and if a key change was cut short, said so."""
    if header.tries_key:  # sealed: only the survivor, after unlocking, can read when
        wrong_tries.record(folder.path, base64.b64decode(header.tries_key), header.vault_id)
    if folder.change_stopped.exists():  # she may be typing the one she chose then
        raise (WrongPassphraseChangeStopped() if kind == PASSPHRASE else WrongRecoveryKeyChangeStopped()) from None


def _build_first_database(staging: VaultFolder, data_key: bytearray, header: KeyHeader,
                          recovery_record: str | None, memory_security: bool) -> None:
    """A new vault's database, in `staging`: its tables, its first facts and its first activity."""
    staging.ensure()
    conn = open_database(staging.db, data_key, memory_security=memory_security)
    try:
        migrations.migrate(conn)
        facts = {"vault_id": header.vault_id, "created": header.created.isoformat()}
        if recovery_record is not None:
            facts[RECOVERY_RECORD] = recovery_record

        def first_activity() -> None:
            ActivityRepository(conn).record(ActivityKind.VAULT_CREATED)
            if recovery_record is not None:
                ActivityRepository(conn).record(ActivityKind.RECOVERY_KEY_ADDED)

        write_first_rows(conn, facts, first_activity)
        checkpoint(conn)
    finally:
        conn.close()


def _keep_copy_before_migrating(conn: Connection, folder: VaultFolder) -> None:
    """An encrypted copy of the database as it was, in case a migration step ever turns out wrong."""
    checkpoint(conn)
    target = folder.path / f"{PRE_MIGRATION_PREFIX}{migrations.schema_version(conn)}"
    copy_atomically(folder.db, target)


def _export_database(folder: VaultFolder, key: bytearray) -> Path:
    """A consistent encrypted copy of the database, made through a connection of its own, in a scratch file in the
    vault's folder (the caller shreds it; one an interrupted run left is shredded by the next open)."""
    export = folder.path / f".export-{secrets.token_hex(4)}.db"
    try:
        export_copy(folder.db, key, export, key)
    except DatabaseError as exc:
        shred(export)
        raise translate_database_error(exc) from None
    except BaseException:
        shred(export)
        raise
    return export


def _verify_in(folder: VaultFolder, contents: backup_file.CheckedBackup, data_key: bytearray) -> CheckReport:
    scratch = VaultFolder(folder.path / f".verify-{secrets.token_hex(4)}")
    try:
        scratch.ensure()
        return _check_staged_database(scratch, contents, data_key)
    finally:
        shred_tree(scratch.path)


def verify_backup_file(backup_path: Path | str, passphrase: str, scratch_folder: Path | str) -> CheckReport:
    """Open a backup with its own passphrase and check it, in a scratch folder; changes nothing else."""
    contents = backup_file.read(Path(backup_path))
    data_key = open_slot(contents.header.passphrase_slot, passphrase, contents.header.vault_id)
    try:
        folder = VaultFolder(Path(scratch_folder))
        folder.ensure()
        return _verify_in(folder, contents, data_key)
    finally:
        zero(data_key)


def _check_staged_database(staging: VaultFolder, contents: backup_file.CheckedBackup,
                           data_key: bytearray) -> CheckReport:
    """Copy a backup's database into `staging` (checked again as it is copied), open it and check it, down to every
    chunk of every paper; DamagedBackup if anything fails."""
    try:
        backup_file.copy_database(contents, staging.db)
    except OSError as error:  # a vault-sized copy may not fit: "not enough space", in the vault's own words
        raise (from_os_error(error) or error) from None
    try:
        conn = open_database(staging.db, data_key)
    except DamagedVault:
        raise DamagedBackup() from None
    try:
        report = CheckReport(problems=integrity_problems(conn))
        try:
            report.schema_version = migrations.schema_version(conn)
            stored_id = MetaRepository(conn).get("vault_id")
        except DatabaseError:
            raise DamagedBackup() from None
        if report.schema_version > migrations.LATEST:
            raise VaultTooNew()
        if stored_id is not None and stored_id != contents.header.vault_id:
            report.problems.append("The backup's key file and data do not belong together.")
        if not report.problems:  # sound pages and structure: now every chunk of every paper, against its SHA-256
            report.problems += _paper_problems(conn)
        checkpoint(conn)
    finally:
        conn.close()
    if report.problems:
        raise DamagedBackup()
    return report


def _paper_problems(conn: Connection) -> list[str]:
    """One line in plain words if any paper's stored bytes are not what was stored (each read a chunk at a time)."""
    try:
        damaged = damaged_papers(conn) if "papers" in table_names(conn) else []  # none before schema v6
    except DatabaseError as exc:
        return [str(exc)]
    if not damaged:
        return []
    which = "One of your papers is" if len(damaged) == 1 else f"{len(damaged)} of your papers are"
    return [f"{which} damaged inside the vault and cannot be read (it says so when you open it). Your other "
            "papers and records are safe. A backup made before may still hold a good copy."]


def _static(slot: KeySlot) -> tuple:
    """What of a sealed recovery slot never changes (a key change only seals a new data key into it)."""
    return slot.slot_id, slot.kdf, slot.nonce, slot.wrapped_key, slot.public_key


def _recovery_record(slot: KeySlot, mac_key: bytes) -> str:
    return json.dumps({"slot": slot.to_json(), "mac_key": base64.b64encode(mac_key).decode("ascii")},
                      sort_keys=True)


def _known(error: BaseException) -> BaseException:
    """The vault's own words for a system or database error during a key change."""
    if isinstance(error, OSError):
        return from_os_error(error) or error
    if isinstance(error, DatabaseError):
        return translate_database_error(error)
    return error


KEY_CHANGE, BACKUP, ERASE, PAPERS_IN = "key change", "backup", "erase", "papers in"
# Adding papers writes through a connection of its own: a key change (which copies the data under a new key)
# or an erase meanwhile would lose them or be undone by them.
_CLASHES = {KEY_CHANGE: frozenset({BACKUP, KEY_CHANGE, ERASE, PAPERS_IN}), BACKUP: frozenset({KEY_CHANGE, ERASE}),
            ERASE: frozenset({KEY_CHANGE, BACKUP, ERASE, PAPERS_IN}), PAPERS_IN: frozenset({KEY_CHANGE, ERASE})}


class _LongJobs:
    """Which long jobs are running on this vault. A backup copies the files with the key as it was, a key
    change replaces them, an erase overwrites them: none may start while another of them runs (found by an
    attack test: a backup during a passphrase change was recorded as current yet opened only with the old
    passphrase, or was called damaged). Shared with the worker threads, so under a lock."""

    def __init__(self):
        self._guard = threading.Lock()
        self._running: dict[str, int] = {}

    def start(self, kind: str) -> None:
        with self._guard:
            if any(self._running.get(other) for other in _CLASHES[kind]):
                raise StillInUse()
            self._running[kind] = self._running.get(kind, 0) + 1

    def end(self, kind: str) -> None:
        with self._guard:
            if self._running.get(kind):
                self._running[kind] -= 1


class Erase(Job):
    """Erasing, in the shape of every long job. Once made, the vault is closed for good and the erase
    marker is written: whatever happens next (a kill, a crash, a closed window), the next start of the
    app finishes the erasing before it says anything else. `run()` can go on a worker: it needs no
    connection, only the folder and the lock it releases at the end."""

    def __init__(self, vault: Vault):
        vault._require()
        vault._long_jobs.start(ERASE)  # not while a backup or a key change still reads the files
        self._folder = vault._folder
        self._lock = vault._lock
        vault._close_keeping_lock()
        try:
            write_atomically(self._folder.erase_marker, b"")
        except BaseException:
            self._lock.release()
            raise

    def run(self) -> None:
        try:
            _erase_files(self._folder, remove_marker=False)
        finally:
            self._lock.release()
        _remove_folder_if_empty(self._folder)


@dataclass(frozen=True)
class KeyChangeResult:
    recovery_key_dropped: bool = False  # an older-kind recovery slot could not follow the new key (see README)


class KeyChange(Job):
    """One rotation of the data key, as a job (core/jobs.py): `run()` (slow: key derivation, re-encryption)
    may go on a worker thread; `finish()` (fast: the swap) runs on the vault's own thread; `cancel()`
    (or `abandon()`) if it will not finish.

    The copy is made through a connection of its own; if the vault was written to meanwhile, `finish()`
    makes it again, so nothing acknowledged is ever left out.
    """

    def __init__(self, vault: Vault, new_passphrase: str | None, current_passphrase: str | None,
                 recovery_key: str | None, remove_recovery_key: bool, kdf: Argon2Settings | None):
        self._vault = vault
        self._new_passphrase = new_passphrase
        self._current = current_passphrase
        self._recovery_key = recovery_key
        self._remove = remove_recovery_key
        self._kdf = kdf
        self._old_key = bytearray(vault._key)
        self._header = vault._header
        self._record = vault._recovery_record()
        self._changes = vault._conn.total_changes
        self._passphrase_key: PassphraseKey | None = None
        self._new_key: bytearray | None = None
        self._scratch: Path | None = None
        self._plan: tuple[KeyHeader, dict[str, str | None], bool] | None = None

    def run(self) -> None:
        """Check the current passphrase, derive the new one, and re-encrypt a copy. Changes nothing yet."""
        try:
            if self._current is not None:
                zero(open_slot(self._header.passphrase_slot, self._current, self._header.vault_id))
            if self._new_passphrase is not None:
                self._passphrase_key = derive_passphrase_key(self._new_passphrase, self._kdf)
            self._new_key = new_data_key()
            self._plan = self._make_plan()
            self._scratch = self._copy()
        except BaseException:
            self.cancel()
            raise

    def finish(self, _result: None = None) -> KeyChangeResult:
        """Swap the copy in. The vault goes on open, under the new key."""
        vault = self._vault
        try:
            vault._require()
            if self._scratch is None or self._plan is None:
                raise VaultLocked()
            if vault._header != self._header:
                raise VaultLocked()
            if vault._conn.total_changes != self._changes:  # written to meanwhile: copy again
                key_rotation.discard(self._scratch)
                self._scratch = None
                self._scratch = self._copy()
            header, _meta, dropped = self._plan
            passphrase_key = self._passphrase_key or vault._passphrase_key
            vault._commit_key_change(self, self._scratch, header, self._new_key, passphrase_key)
        except BaseException:
            self.cancel()
            raise
        self._scratch = self._new_key = self._passphrase_key = None  # the vault owns the key now
        zero(self._old_key)
        vault._long_jobs.end(KEY_CHANGE)
        return KeyChangeResult(recovery_key_dropped=dropped)

    def abandon(self, _result: None = None) -> None:
        self.cancel()

    def cancel(self) -> None:
        self._vault._long_jobs.end(KEY_CHANGE)
        if self._scratch is not None:
            key_rotation.discard(self._scratch)
            self._scratch = None
        zero(self._new_key)
        zero(self._old_key)
        if self._passphrase_key is not None:
            self._passphrase_key.forget()
            self._passphrase_key = None

    def activity_kinds(self) -> list[ActivityKind]:
        kinds = []
        if self._new_passphrase is not None:
            kinds.append(ActivityKind.PASSPHRASE_CHANGED)
        if self._recovery_key is not None:
            kinds.append(ActivityKind.RECOVERY_KEY_ADDED)
        if self._remove:
            kinds.append(ActivityKind.RECOVERY_KEY_REMOVED)
        return kinds

    def _make_plan(self) -> tuple[KeyHeader, dict[str, str | None], bool]:
        """The new key file and the meta rows the new database gets."""
        old = self._header
        vault_id = old.vault_id
        passphrase_key = self._passphrase_key or self._vault._passphrase_key
        if passphrase_key is None:
            raise PassphraseNeeded()
        slots = [passphrase_key.wrap(self._new_key, vault_id)]
        record: str | None = None
        dropped = False
        if self._recovery_key is not None:
            slot, mac_key = make_recovery_slot(self._new_key, self._recovery_key, vault_id)
            slots.append(slot)
            record = _recovery_record(slot, mac_key)
        elif not self._remove and self._record is not None:
            kept, mac_key = self._record  # as this vault made it, whatever the key file now says
            slots.append(reseal(kept, mac_key, self._new_key, vault_id))
            record = _recovery_record(kept, mac_key)
        elif not self._remove and old.recovery_slot is not None:
            dropped = True  # an older kind of slot that cannot be sealed anew without its key
        generation = old.generation + 1
        header = KeyHeader(vault_id, old.created, tuple(slots), generation, old.tries_key)
        meta = {HEADER_GENERATION: str(generation), RECOVERY_RECORD: record}
        return header, meta, dropped

    def _copy(self) -> Path:
        try:
            return key_rotation.build_copy(self._vault._folder, self._old_key, self._new_key, self._plan[1])
        except (OSError, DatabaseError) as error:
            raise _known(error) from None
