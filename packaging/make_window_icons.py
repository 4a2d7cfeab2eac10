"""Draw the window icons (resources/icons/window/*.png) from resources/icons/app.svg and notes.svg.

    python packaging/make_window_icons.py

It also draws packaging/windows/notes.ico, the discreet "Notes" shortcut's own icon (without one, the shortcut
showed the program's icon, which is the app's).

The window's icon is set before its first frame. From an SVG, Qt first loads its SVG plugin and QtSvg (~100 ms
on a real X server, measured with `benchmarks/ui_timings.py --x11`); PNG is built into Qt. tests/ui/
test_window_icons.py checks that these PNGs are still the SVGs' drawings.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAMES = ("app", "notes")


def draw(name: str, size: int):
    """The SVG `name` drawn at `size` × `size` pixels, as a QImage."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray((ROOT / "resources" / "icons" / f"{name}.svg").read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = ROOT / "resources" / "icons" / "window"
    folder.mkdir(exist_ok=True)
    for name in NAMES:
        for size in SIZES:
            if not draw(name, size).save(str(folder / f"{name}-{size}.png")):
                raise SystemExit(f"could not write {name}-{size}.png")
    if not draw("notes", 256).save(str(ROOT / "packaging" / "windows" / "notes.ico"), "ICO"):
        raise SystemExit("could not write notes.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
