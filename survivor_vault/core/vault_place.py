"""Where a vault lives by default ($SVAULT_HOME, else the per-user data folder named `svault`)."""

from __future__ import annotations

from pathlib import Path

from survivor_vault.storage.vault_folder import VaultFolder
from survivor_vault.storage.vault_folder import default_vault_dir as _default


def default_vault_dir() -> Path:
    return _default()


def vault_exists(path: Path | str) -> bool:
    """Is there a vault in this folder? (Light: reads no key and loads no encryption library.)"""
    return VaultFolder(Path(path)).exists()


def erase_cut_short(path: Path | str) -> bool:
    """Did an erase the survivor asked for stop half-way? (`Vault.exists` finishes it.)"""
    return VaultFolder(Path(path)).erase_pending()
