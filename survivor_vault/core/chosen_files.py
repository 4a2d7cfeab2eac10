"""Files the survivor chooses to write outside the vault (a recovery key on paper, a withdrawal notice):
written whole or not at all, never half a file."""

from __future__ import annotations

from pathlib import Path

from survivor_vault.storage.vault_folder import write_atomically


def save_whole(path: Path | str, data: bytes) -> None:
    write_atomically(Path(path), data)
