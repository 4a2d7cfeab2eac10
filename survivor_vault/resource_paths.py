"""Where the app's data files are, installed or frozen (PyInstaller): the one place that knows."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "survivor_vault" / "resources"
    return Path(str(resources.files("survivor_vault.resources")))


def icon_path(name: str) -> str:
    return str(resource_dir() / "icons" / name)


def font_path(name: str) -> str:
    return str(resource_dir() / "fonts" / name)
