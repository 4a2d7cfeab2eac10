"""The app opens no network socket: an audit hook watches a full create/unlock/write/backup/restore cycle."""

import sys

from survivor_vault.core.vault import Vault
from survivor_vault.model.about_me import AboutMe
from tests.conftest import PASSPHRASE, make_vault

_EVENTS: list[str] = []
_WATCHING = [False]


def _hook(event, _args):
    if _WATCHING[0] and event.startswith("socket."):
        _EVENTS.append(event)


sys.addaudithook(_hook)  # hooks cannot be removed; it records only while watching


def test_no_socket_in_a_full_cycle(tmp_path):
    _EVENTS.clear()
    _WATCHING[0] = True
    try:
        vault = make_vault(tmp_path / "v")
        vault.goals.add("goal", steps=["a", "b"])
        vault.about_me.save(AboutMe(preferred_name="x"))
        vault.people.add("p")
        vault.add_recovery_key()
        backup = vault.backup(tmp_path / "b.svbackup")
        vault.check()
        vault.lock()
        Vault.unlock(tmp_path / "v", PASSPHRASE).lock()
        restored = Vault.restore(backup, PASSPHRASE, tmp_path / "r")
        restored.erase()
    finally:
        _WATCHING[0] = False
    assert _EVENTS == []


def test_the_hook_sees_a_socket():
    import socket

    _EVENTS.clear()
    _WATCHING[0] = True
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.close()
    finally:
        _WATCHING[0] = False
    assert "socket.__new__" in _EVENTS


def test_no_socket_in_the_self_test_either(tmp_path, qapp):
    """The self-test goes through packets (Qt typesetting, pypdf) and backups too."""
    import io

    from survivor_vault import self_test

    _EVENTS.clear()
    _WATCHING[0] = True
    try:
        assert self_test.run(io.StringIO()) == 0
    finally:
        _WATCHING[0] = False
    assert _EVENTS == []
