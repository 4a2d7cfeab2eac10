"""A full disk says "not enough space" (exit 6) and loses nothing; it is never called damage.

Runs on a small tmpfs (root on CI); skipped with the reason where mounting is not allowed.
"""

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import StorageFull
from tests.conftest import PASSPHRASE, cli, make_vault


def _tmpfs(tmp_path, size: str):
    if not sys.platform.startswith("linux"):
        pytest.skip("a small disk is made with Linux's tmpfs")
    mount = tmp_path / f"disk-{size}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", f"svtest-{uuid.uuid4().hex[:6]}", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip() or done.returncode}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def small_disk(tmp_path):
    yield from _tmpfs(tmp_path, "3m")


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:  # unbuffered: nothing left over to fail at close
        for block in (65536, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * block)
            except OSError:
                pass
    return filler


def test_writes_on_a_full_disk_say_storage_full_and_lose_nothing(small_disk):
    vault_dir = small_disk / "vault"
    vault = make_vault(vault_dir)
    vault.goals.add("before the disk filled")
    filler = fill(small_disk)
    with pytest.raises(StorageFull):
        for i in range(2_000):  # until SQLite needs a new page and the disk has none
            vault.goals.add(f"goal {i} " + "x" * 2_000)
    with pytest.raises(StorageFull):
        vault.change_passphrase("new passphrase words")
    report = vault.check()
    assert not any("damaged" in p for p in report.problems)
    vault.lock()
    filler.unlink()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:  # the passphrase did not change
        titles = [g.title for g in again.goals.list()]
        assert "before the disk filled" in titles
        again.goals.add("after space was freed")


def test_the_command_line_says_disk_full_with_exit_6(small_disk, tmp_path):
    vault_dir = small_disk / "vault"
    make_vault(vault_dir).lock()
    fill(small_disk)
    proc = subprocess.run(cli("change-passphrase", "--vault", str(vault_dir), "--passphrase-stdin"),
                          input=f"{PASSPHRASE}\nnew passphrase words\n", capture_output=True, text=True, timeout=60,
                          env={**os.environ, "SVAULT_TEST_FAST_KDF": "1"})
    assert proc.returncode in (6, 0), proc.stderr  # 0 if the key file still fitted in a freed block
    if proc.returncode == 6:
        assert "not enough space" in proc.stderr and "damaged" not in proc.stderr


def test_a_backup_to_a_full_stick_says_storage_full_and_leaves_no_file(small_disk, tmp_path):
    vault = make_vault(tmp_path / "vault")
    for i in range(50):
        vault.goals.add(f"goal {i} " + "y" * 4_000)
    stick = small_disk / "usb"
    stick.mkdir()
    fill(small_disk)
    with pytest.raises(StorageFull):
        vault.backup(stick)
    assert [p.name for p in stick.iterdir()] == []
    vault.lock()
    shutil.rmtree(stick)
    assert sys.platform  # (keeps the imports honest on every platform)


@pytest.mark.parametrize("free_kib", [40, 100, 160, 220, 400])
def test_a_key_change_on_a_nearly_full_disk_says_storage_full_and_changes_nothing(small_disk, free_kib):
    """The re-encrypted copy needs as much room as the vault: at every level it fits or says so."""
    vault_dir = small_disk / "vault"
    with make_vault(vault_dir) as vault:
        for i in range(40):
            vault.goals.add(f"goal {i} " + "x" * 1_000)
    filler = fill(small_disk)
    with open(filler, "r+b") as handle:  # give back just `free_kib`
        handle.truncate(max(0, filler.stat().st_size - free_kib * 1024))
    for command, stdin in ((["change-passphrase"], f"{PASSPHRASE}\nnew passphrase words\n"),
                           (["recovery-key", "add"], f"{PASSPHRASE}\n")):
        done = subprocess.run(cli(*command, "--vault", str(vault_dir), "--passphrase-stdin"), input=stdin,
                              capture_output=True, text=True, timeout=120)
        if done.returncode == 0:
            break  # it fitted: the change was made whole (checked below)
        assert done.returncode == 6, done.stderr  # "not enough space", never "damaged" (3)
        assert "not enough space" in done.stderr
    filler.unlink()
    changed = done.returncode == 0 and command == ["change-passphrase"]
    with Vault.unlock(vault_dir, "new passphrase words" if changed else PASSPHRASE) as again:
        assert len(again.goals.list()) == 40
        assert again.check().ok


def test_a_backup_that_fills_the_stick_half_way_says_storage_full_and_leaves_no_file(small_disk, tmp_path):
    """The backup streams: the first pieces fit, a later one does not (the stick holds 3 MB, the vault 5)."""
    vault = make_vault(tmp_path / "vault")
    document = tmp_path / "scan.pdf"
    document.write_bytes(b"%PDF-1.7\n" + os.urandom(5 * 1024 * 1024))
    vault.papers.add_from_file(document)
    stick = small_disk / "usb"
    stick.mkdir()
    with pytest.raises(StorageFull):
        vault.backup(stick)
    assert [p.name for p in stick.iterdir()] == []
    assert vault.check().ok
    vault.lock()


def test_a_restore_too_large_for_the_disk_says_storage_full_and_keeps_the_vault(small_disk, tmp_path):
    """The backup's database is copied beside the current vault before anything is replaced: on a disk without
    room for it, the copy stops part-way, is removed, and the vault is as it was."""
    source = make_vault(tmp_path / "source", "the backup's words")
    document = tmp_path / "scan.pdf"
    document.write_bytes(b"%PDF-1.7\n" + os.urandom(5 * 1024 * 1024))
    source.papers.add_from_file(document)
    backup = source.backup(tmp_path / "b.svbackup")
    source.lock()
    vault_dir = small_disk / "vault"
    with make_vault(vault_dir) as vault:
        vault.goals.add("before the restore")
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(StorageFull):
        Vault.restore(backup, "the backup's words", vault_dir)
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()} == before
    assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".")] == []
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert [g.title for g in again.goals.list()] == ["before the restore"]


@pytest.fixture
def disk_of_40_mb(tmp_path):
    yield from _tmpfs(tmp_path, "40m")


def test_a_paper_that_would_fill_the_disk_is_refused_and_the_vault_still_opens(disk_of_40_mb, tmp_path):
    """Found by an attack: two 20 MB papers on a 40 MB disk. The first was kept, in the write-ahead log, and left
    the disk full: every save failed and even unlocking said the disk was full."""
    from survivor_vault.core.jobs import AddPapers
    from survivor_vault.model.errors import NoRoomForPaper

    vault_dir = disk_of_40_mb / "vault"
    vault = make_vault(vault_dir)
    small = tmp_path / "letter.pdf"
    small.write_bytes(b"%PDF-1.4\n" + os.urandom(2 * 1024 * 1024))
    papers = [tmp_path / f"scan-{n}.pdf" for n in range(2)]
    for path in papers:
        path.write_bytes(b"%PDF-1.4\n" + os.urandom(20 * 1024 * 1024))
    outcomes = AddPapers(vault, [*papers, small]).run_here()
    assert [type(o.error) for o in outcomes] == [NoRoomForPaper, NoRoomForPaper, type(None)]  # the small one fits
    vault.goals.add("saved after")  # the disk has room left
    vault.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert [p.title for p in again.papers.list()] == ["letter"]


def test_a_vault_opens_when_its_unlock_cannot_be_recorded_and_says_why_nothing_can_be_saved(tmp_path, monkeypatch):
    """Recording "opened" is the first write after unlocking: on a full disk it failed and the vault did not open
    (found by an attack). Now it opens, and says the disk is full (the write itself fails as a full disk does)."""
    from survivor_vault.model.notices import Notice
    from survivor_vault.storage.activity_repository import ActivityRepository

    vault_dir = tmp_path / "vault"
    make_vault(vault_dir).lock()

    def disk_full(*_args, **_kwargs):
        raise StorageFull()

    monkeypatch.setattr(ActivityRepository, "add", disk_full)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert Notice.DISK_FULL in vault.notices
