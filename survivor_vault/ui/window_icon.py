"""The window's icon: the app's, or the plain "Notes" one in discreet mode (and before the survivor has chosen).

Drawn from PNGs (packaging/make_window_icons.py), one a size: Qt reads PNG itself, where an SVG icon would load
its SVG plugin and QtSvg before the first frame (~100 ms on a real X server).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from survivor_vault.resource_paths import window_icon_paths


def window_icon(neutral: bool) -> QIcon:
    icon = QIcon()
    for path in window_icon_paths("notes" if neutral else "app"):
        icon.addFile(path)
    return icon
