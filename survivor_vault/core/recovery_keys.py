"""New recovery keys, shown once to the survivor in groups of letters."""

from __future__ import annotations

from survivor_vault.storage.recovery_key import generate as _generate


def new_recovery_key() -> str:
    return _generate()
