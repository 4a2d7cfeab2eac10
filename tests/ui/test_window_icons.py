"""The window icons are PNGs drawn from the SVGs (packaging/make_window_icons.py), so that the first frame needs
no SVG plugin: they must still be those drawings, at every size Qt may ask for."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from survivor_vault.resource_paths import WINDOW_ICON_SIZES, window_icon_paths
from survivor_vault.ui.window_icon import window_icon

ROOT = Path(__file__).resolve().parents[2]


def _maker():
    spec = importlib.util.spec_from_file_location("make_window_icons", ROOT / "packaging" / "make_window_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["app", "notes"])
def test_each_window_icon_is_its_svg_drawn_at_that_size(qapp, name):
    maker = _maker()
    assert maker.SIZES == WINDOW_ICON_SIZES
    for size, path in zip(WINDOW_ICON_SIZES, window_icon_paths(name), strict=True):
        png = QImage(path).convertToFormat(QImage.Format.Format_ARGB32)
        drawn = maker.draw(name, size)
        assert (png.width(), png.height()) == (size, size), path
        worst = max(abs(png.pixelColor(x, y).alpha() - drawn.pixelColor(x, y).alpha())
                    + abs(png.pixelColor(x, y).red() - drawn.pixelColor(x, y).red())
                    for x in range(size) for y in range(size))
        assert worst <= 8, f"{path} is no longer {name}.svg: run packaging/make_window_icons.py"


def test_the_discreet_icon_is_not_the_apps(qapp):
    plain = window_icon(neutral=True).pixmap(32, 32).toImage()
    ours = window_icon(neutral=False).pixmap(32, 32).toImage()
    assert not plain.isNull() and not ours.isNull() and plain != ours
