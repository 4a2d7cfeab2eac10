"""The app's colours: one palette and a few styles, all meeting WCAG AA contrast (4.5:1 for text).

tests/ui/test_accessibility.py computes the contrast of every pair used here and in the palette.
Discreet mode changes only the window's name and icon, not these colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# Text on its background: (text, background). Each pair is checked by the tests.
PALETTE = {
    "window": ("#111111", "#f0f0f0"),
    "base": ("#111111", "#ffffff"),
    "button": ("#111111", "#e8e8e8"),
    "highlight": ("#ffffff", "#1d4f91"),
    "tooltip": ("#111111", "#fffbe6"),
    "placeholder": ("#595959", "#ffffff"),
    "link": ("#0b4fa8", "#ffffff"),
}
STYLES = {
    "honest warning": ("#3d2600", "#fff4e5"),
    "demo badge": ("#ffffff", "#5b2a86"),
    "quick exit": ("#ffffff", "#8a1c1c"),
}
FOCUS_RING = ("#ffd54f", "#8a1c1c")  # the Quick exit button's focus border on its own colour (non-text: 3:1)


def app_palette() -> QPalette:
    palette = QPalette()
    group_all = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    pairs = {
        QPalette.ColorRole.WindowText: PALETTE["window"][0], QPalette.ColorRole.Window: PALETTE["window"][1],
        QPalette.ColorRole.Text: PALETTE["base"][0], QPalette.ColorRole.Base: PALETTE["base"][1],
        QPalette.ColorRole.AlternateBase: "#f6f6f6",
        QPalette.ColorRole.ButtonText: PALETTE["button"][0], QPalette.ColorRole.Button: PALETTE["button"][1],
        QPalette.ColorRole.HighlightedText: PALETTE["highlight"][0],
        QPalette.ColorRole.Highlight: PALETTE["highlight"][1],
        QPalette.ColorRole.ToolTipText: PALETTE["tooltip"][0], QPalette.ColorRole.ToolTipBase: PALETTE["tooltip"][1],
        QPalette.ColorRole.PlaceholderText: PALETTE["placeholder"][0],
        QPalette.ColorRole.Link: PALETTE["link"][0],
        QPalette.ColorRole.BrightText: "#ffffff",
    }
    for group in group_all:
        for role, colour in pairs.items():
            palette.setColor(group, role, QColor(colour))
    # Disabled controls stay readable too (WCAG does not require it; survivors under stress benefit).
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#5c5c5c"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#5c5c5c"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#5c5c5c"))
    return palette


def style_sheet(point_size: float) -> str:
    """The app's few styles, sized from the chosen text size."""
    warn_fg, warn_bg = STYLES["honest warning"]
    demo_fg, demo_bg = STYLES["demo badge"]
    exit_fg, exit_bg = STYLES["quick exit"]
    ring = FOCUS_RING[0]
    # Tick boxes and round buttons grow with the text (Qt keeps them at 13 px whatever the text size).
    indicator = max(13, round(point_size * 1.45))
    return f"""
    QLabel#heading {{ font-size: {point_size * 1.6:.1f}pt; font-weight: bold; }}
    QLabel#subheading {{ font-size: {point_size * 1.2:.1f}pt; font-weight: bold; }}
    QLabel#honestWarning {{ background: {warn_bg}; color: {warn_fg}; padding: 8px; border-radius: 4px; }}
    QLabel#demoBadge {{ background: {demo_bg}; color: {demo_fg}; padding: 4px 8px; border-radius: 4px;
                        font-weight: bold; }}
    QPushButton#quickExitButton {{ background: {exit_bg}; color: {exit_fg}; padding: 4px 12px;
                                   border: 2px solid {exit_bg}; border-radius: 4px; font-weight: bold; }}
    QPushButton#quickExitButton:focus {{ border: 2px solid {ring}; }}
    QWidget#topBar {{ border-bottom: 1px solid #8c8c8c; }}
    QListWidget#sidebar::item {{ padding: 6px 8px; }}
    QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{
        width: {indicator}px; height: {indicator}px; }}
    """


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour like '#1d4f91'."""
    c = QColor(colour)

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
