"""Icons from Lucide (resources/icons/lucide, ISC licence shipped beside them), tinted with the scheme's colours.

Lucide draws with `stroke="currentColor"`: the colour is written into the SVG before QtSvg renders it, so
an icon is always the colour of the text beside it (and meets the same contrast). Rendered once per name,
colour and size, in memory; nothing is written to disk.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from survivor_vault.resource_paths import resource_dir

SIZES = (16, 20, 24, 32, 48)

# What each place of the app shows (one icon per meaning, so the same thing looks the same everywhere).
SIDEBAR = ("house", "target", "hand-heart", "paper", "calendar", "user", "users", "share-2", "history",
           "settings")  # in the sidebar's order
LOCK, ADD, OPEN, DELETE, PUT_AWAY, SAVE = "lock", "plus", "pencil", "trash-2", "archive", "save"
HOME, COPY, PRINT, BACKUP, SHARED = "sun", "copy", "printer", "hard-drive-download", "shield-check"
CHOICE_OFF, CHOICE_ON = "circle", "circle-check"
# One icon for each kind of service in the catalogue (resources/service_catalogue.json); the survivor's own
# kinds, and any a kit adds, get OWN_KIND.
KINDS = {"housing": "house", "safety_planning": "life-buoy", "legal": "scale", "immigration": "id-card",
         "interpretation": "languages", "medical": "stethoscope", "mental_health": "heart-handshake",
         "substance_use": "sprout", "case_management": "hand-helping", "financial": "wallet", "childcare": "baby",
         "transportation": "bus", "food_clothing": "shirt", "employment": "briefcase", "education": "graduation-cap",
         "peer_support": "messages-square", "family": "users-round"}
OWN_KIND = "star"


def _svg(name: str) -> str:
    """From Lucide, or from our own drawings in its style (resources/icons/own)."""
    lucide = resource_dir() / "icons" / "lucide" / f"{name}.svg"
    path = lucide if lucide.exists() else resource_dir() / "icons" / "own" / f"{name}.svg"
    return path.read_text(encoding="utf-8")


def _pixmaps(name: str, colour: str, sizes: tuple[int, ...] = SIZES) -> list[QPixmap]:
    from PySide6.QtSvg import QSvgRenderer  # ~50 ms to load: not before the first window is up

    from survivor_vault.ui.qt_classes import make_qt_classes

    make_qt_classes()  # QtSvg's too, before the app's event filter meets one of its objects (ui/qt_classes.py)

    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode("utf-8")))
    pixmaps = []
    for size in sizes:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmaps.append(pixmap)
    return pixmaps


@functools.cache
def icon(name: str, colour: str, selected_colour: str | None = None, sizes: tuple[int, ...] = SIZES) -> QIcon:
    """The icon `name`, drawn in `colour` ('#rrggbb') at `sizes` (by default those Qt asks for most); in
    `selected_colour` where it stands on a selected row (the highlight), so it keeps the contrast of the text
    beside it."""
    result = QIcon()
    for pixmap in _pixmaps(name, colour, sizes):
        result.addPixmap(pixmap)
    if selected_colour is not None:
        for pixmap in _pixmaps(name, selected_colour, sizes):
            result.addPixmap(pixmap, QIcon.Mode.Selected)
    return result


@functools.cache
def toggle_icon(off_name: str, off_colour: str, on_name: str, on_colour: str) -> QIcon:
    """An icon for a toggle button: `off_name` while it is off, `on_name` while it is on (so which one is
    chosen shows in shape, not colour alone), each in the colour of the text it stands beside."""
    result = QIcon()
    for pixmap in _pixmaps(off_name, off_colour):
        result.addPixmap(pixmap, QIcon.Mode.Normal, QIcon.State.Off)
    for pixmap in _pixmaps(on_name, on_colour):
        result.addPixmap(pixmap, QIcon.Mode.Normal, QIcon.State.On)
    return result


def kind_icon(key: str | None, colour: str, selected_colour: str, side: int) -> QIcon:
    """The icon of a kind of service, by its catalogue key, drawn at the list's one icon size only (all five
    sizes of seventeen icons took ~30 ms, on the services page's first frame)."""
    return icon(KINDS.get(key or "", OWN_KIND), colour, selected_colour, (side,))


def exists(name: str) -> bool:
    return (resource_dir() / "icons" / "lucide" / f"{name}.svg").is_file()
