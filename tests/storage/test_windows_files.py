"""The Windows paths for the vault's files, run here on Linux with Windows' calls faked at their edge.

`storage/platform_files.WindowsFiles` takes the `msvcrt` module, a sleep, and (looked up at each call)
`os.replace` / `Path.unlink`. These tests hand it a fake `msvcrt` that behaves as Windows' byte-range locks do,
and a replace that fails as Windows fails while a scanner holds a file, then put it in the seam
(`platform_files.FILES`) and drive the real storage code through it: the lock, atomic writes, the shredder, a
whole vault. What they cannot prove (real NTFS, a real Defender scan) is in docs/packaging.md.
"""

import os
import sys
from pathlib import Path

import pytest

from survivor_vault.model.errors import VaultInUse
from survivor_vault.storage import file_shredder, platform_files
from survivor_vault.storage.platform_files import LOCK_RETRY_DELAYS, RETRY_DELAYS, PosixFiles, WindowsFiles
from survivor_vault.storage.vault_folder import restrict_dir, restrict_file, write_atomically
from survivor_vault.storage.vault_lock import VaultLock


class FakeMsvcrt:
    """Windows' LockFile through the C runtime: locks `nbytes` from the handle's current position; a region locked
    through another handle (even in this process) is refused with EACCES; unlocking needs the same region."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self, refuse_first: int = 0):
        self.held: dict[tuple[int, int], int] = {}  # (file id, offset) -> fd holding it
        self.calls: list[tuple[int, int, int, int]] = []  # (fd, mode, nbytes, position at the call)
        self.refuse_first = refuse_first  # a killed process's lock the system has not dropped yet

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((fd, mode, nbytes, position))
        region = (os.fstat(fd).st_ino, position)
        if mode == self.LK_NBLCK:
            if self.refuse_first > 0:
                self.refuse_first -= 1
                raise PermissionError(13, "Permission denied")
            if region in self.held:
                raise PermissionError(13, "Permission denied")
            self.held[region] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(region) != fd:
                raise PermissionError(13, "Permission denied")  # Windows: ERROR_NOT_LOCKED
            del self.held[region]


class Scanner:
    """A file briefly held by an antivirus scanner: the first `busy` calls fail as Windows fails them."""

    def __init__(self, real, busy: int):
        self.real, self.busy, self.calls = real, busy, 0

    def __call__(self, *args):
        self.calls += 1
        if self.calls <= self.busy:
            raise PermissionError(13, "The process cannot access the file because it is being used by another "
                                      "process")
        return self.real(*args)


@pytest.fixture
def windows(monkeypatch):
    """The seam set to Windows' files, with a fake msvcrt and a sleep that only counts."""
    msvcrt = FakeMsvcrt()
    slept: list[float] = []
    files = WindowsFiles(msvcrt, sleep=slept.append)
    monkeypatch.setattr(platform_files, "FILES", files)
    files.msvcrt, files.slept = msvcrt, slept  # for the tests to read
    return files


def test_the_seam_picks_windows_files_on_windows_and_posix_files_elsewhere(monkeypatch):
    monkeypatch.setitem(sys.modules, "msvcrt", FakeMsvcrt())
    assert isinstance(platform_files.for_system("nt"), WindowsFiles)
    if os.name == "posix":  # PosixFiles needs the fcntl module, which Windows does not have
        assert isinstance(platform_files.for_system("posix"), PosixFiles)


def test_a_rename_over_a_file_a_scanner_holds_waits_for_it(tmp_path, windows, monkeypatch):
    target = tmp_path / "v" / "vault.keys"
    target.parent.mkdir()
    target.write_bytes(b"old")
    scanner = Scanner(os.replace, busy=2)
    monkeypatch.setattr(os, "replace", scanner)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert scanner.calls == 3 and windows.slept == list(RETRY_DELAYS[:2])
    assert [p.name for p in target.parent.iterdir()] == ["vault.keys"]  # no temp file left


def test_a_file_held_for_good_fails_after_a_bounded_wait_and_leaves_the_old_file(tmp_path, windows, monkeypatch):
    target = tmp_path / "v" / "vault.keys"
    target.parent.mkdir()
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", Scanner(os.replace, busy=10_000))
    with pytest.raises(PermissionError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert windows.slept == list(RETRY_DELAYS) and sum(windows.slept) < 1.5
    assert [p.name for p in target.parent.iterdir()] == ["vault.keys"]


def test_only_a_busy_file_is_waited_for(tmp_path, windows):
    with pytest.raises(FileNotFoundError):
        windows.replace(tmp_path / "missing", tmp_path / "there")
    assert windows.slept == []


def test_the_shredder_waits_for_a_scanner_before_it_deletes(tmp_path, windows, monkeypatch):
    target = tmp_path / "vault.db"
    target.write_bytes(b"SECRET" * 100)
    scanner = Scanner(Path.unlink, busy=1)
    monkeypatch.setattr(Path, "unlink", lambda self, *a: scanner(self, *a))
    assert file_shredder.shred(target)
    assert not target.exists() and scanner.calls == 2


def test_the_lock_takes_the_first_byte_and_refuses_a_second_holder(tmp_path, windows):
    first = VaultLock(tmp_path / "vault.lock").acquire()
    with pytest.raises(VaultInUse):
        VaultLock(tmp_path / "vault.lock").acquire()
    assert windows.slept == list(LOCK_RETRY_DELAYS)  # a moment for a killed holder's lock to go, no more
    fd = first._fd
    assert windows.msvcrt.calls[0] == (fd, FakeMsvcrt.LK_NBLCK, 1, 0)
    os.lseek(fd, 5, os.SEEK_SET)  # wherever the handle stands, the unlock is for the byte that was locked
    first.release()
    assert windows.msvcrt.calls[-1][1:] == (FakeMsvcrt.LK_UNLCK, 1, 0) and windows.msvcrt.held == {}
    VaultLock(tmp_path / "vault.lock").acquire().release()


def test_a_lock_windows_has_not_yet_dropped_is_taken_once_it_goes(tmp_path, windows):
    windows.msvcrt.refuse_first = 2
    lock = VaultLock(tmp_path / "vault.lock").acquire()
    assert lock.held and windows.slept == list(LOCK_RETRY_DELAYS[:2])
    lock.release()


def test_windows_leaves_permissions_to_the_profile_folder(tmp_path, windows, monkeypatch):
    changed = []
    monkeypatch.setattr(os, "chmod", lambda *a, **k: changed.append(a))
    monkeypatch.setattr(os, "fsync", lambda fd: changed.append(fd))
    (tmp_path / "f").write_bytes(b"x")
    restrict_dir(tmp_path)
    restrict_file(tmp_path / "f")
    platform_files.FILES.fsync_dir(tmp_path)
    assert changed == []


def test_a_whole_vault_lives_through_the_windows_paths(tmp_path, windows, monkeypatch):
    from survivor_vault.core.vault import Vault
    from tests.conftest import PASSPHRASE, make_vault

    monkeypatch.setattr(os, "replace", Scanner(os.replace, busy=1))  # the first write of the vault is scanned
    with make_vault(tmp_path / "v") as vault:
        vault.goals.add("a goal on Windows")
        with pytest.raises(VaultInUse):
            Vault.unlock(tmp_path / "v", PASSPHRASE)
        vault.change_passphrase("a new passphrase for Windows")
    with Vault.unlock(tmp_path / "v", "a new passphrase for Windows") as vault:
        assert [g.title for g in vault.goals.list()] == ["a goal on Windows"]
    assert windows.msvcrt.held == {}
