"""Links planted in the vault's folder never make the app write, shred or move anything outside it.

Someone with the laptop can delete the survivor's files anyway; a link must not let them reach
what they could not (a backup on a USB stick mounted later) through the app's own clean-up."""

import os

import pytest

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import VaultError, WrongPassphrase
from survivor_vault.storage.file_shredder import shred, shred_tree
from tests.conftest import PASSPHRASE, needs_fifo, needs_links

pytestmark = needs_links  # every test here plants a symbolic link


@pytest.fixture
def outside(tmp_path):
    usb = tmp_path / "usb"
    (usb / "inner").mkdir(parents=True)
    (usb / "backup.svbackup").write_bytes(b"her backup")
    (usb / "inner" / "letter.txt").write_bytes(b"her letter")
    (tmp_path / "notes.txt").write_bytes(b"her notes")
    return tmp_path


def untouched(outside):
    return ((outside / "usb" / "backup.svbackup").read_bytes() == b"her backup"
            and (outside / "usb" / "inner" / "letter.txt").read_bytes() == b"her letter"
            and (outside / "notes.txt").read_bytes() == b"her notes")


PLANTS = {
    ".rotate-1234abcd.db": "usb", ".new-1234": "usb", ".restore-1234": "usb", ".export-1234.db": "notes.txt",
    ".replaced-1234": "usb", ".x.tmp": "notes.txt", "vault.db.next": "notes.txt",
    "vault.keys.next": "usb/backup.svbackup", "vault.tries": "notes.txt",
}


@pytest.mark.parametrize("name", sorted(PLANTS))
def test_a_planted_link_is_removed_and_what_it_points_to_is_left_alone(vault, vault_dir, outside, name):
    vault.goals.add("kept")
    vault.lock()
    (vault_dir / name).symlink_to(outside / PLANTS[name])
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not the passphrase")  # a wrong try also cleans up and notes the try
    try:
        Vault.info(vault_dir)
        with Vault.unlock(vault_dir, PASSPHRASE) as opened:
            assert [g.title for g in opened.goals.list()] == ["kept"]
    except VaultError:
        pass  # a planted key file may make it refuse; what matters here is what is outside
    assert untouched(outside)


def test_erase_shreds_its_own_files_not_what_links_point_to(vault, vault_dir, outside):
    (vault_dir / "old.svbackup").symlink_to(outside / "usb" / "backup.svbackup")
    vault.erase()
    assert untouched(outside)


@needs_fifo
def test_shred_and_shred_tree_never_follow_links(outside):
    link = outside / "link"
    link.symlink_to(outside / "usb")
    shred_tree(link)
    assert not os.path.lexists(link) and untouched(outside)
    tree = outside / "tree"
    tree.mkdir()
    (tree / "to-usb").symlink_to(outside / "usb")
    (tree / "to-notes").symlink_to(outside / "notes.txt")
    shred_tree(tree)
    assert not tree.exists() and untouched(outside)
    fifo = outside / "pipe"
    os.mkfifo(fifo)
    assert shred(fifo) and not os.path.lexists(fifo)  # removed, never opened (opening a pipe would hang)
