"""Where the app's data files are, installed or frozen (PyInstaller): the one place that knows."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "survivor_vault" / "resources"
    # The data package's own folder, found and not imported: the app is always installed as files (it hands Qt
    # paths), and this costs nothing, where importlib.resources loads zipfile and friends before the first frame.
    from importlib.util import find_spec

    return Path(find_spec("survivor_vault.resources").submodule_search_locations[0])


WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def window_icon_paths(name: str) -> list[str]:
    """The window icon `name` ("app" or "notes") as PNGs, one a size (packaging/make_window_icons.py)."""
    folder = resource_dir() / "icons" / "window"
    return [str(folder / f"{name}-{size}.png") for size in WINDOW_ICON_SIZES]


def icon_path(name: str) -> str:
    return str(resource_dir() / "icons" / name)


def font_path(name: str) -> str:
    return str(resource_dir() / "fonts" / name)
