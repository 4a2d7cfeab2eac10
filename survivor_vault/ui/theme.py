"""The app's look in one place: spacing, type, colours for a light and a dark scheme, radii, focus ring.

Every pair of text and background here meets WCAG AA (4.5:1; 3:1 for a focus ring and borders that
carry meaning); tests/ui/test_theme.py computes them all, for both schemes. The scheme follows the
system's (Qt 6.5+ `styleHints().colorScheme()`); Fusion is the base style, so the app looks the same
on Windows, macOS and Linux. Discreet mode changes only the window's name and icon, not these colours.

Widgets ask for a look by name, never by colour: `objectName` for one-off widgets (the Quick exit
button), and the dynamic property `look` for kinds of widget ("primary", "destructive", "card",
"callout", "warning", "title", "section", "small") — see `set_look`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# An 8-px spacing scale (with one half step), and the type scale as multiples of the base text size.
SPACE = {"xs": 4, "s": 8, "m": 16, "l": 24, "xl": 32}
TYPE = {"small": 0.9, "body": 1.0, "section": 1.2, "title": 1.6}
MIN_BASE_POINT_SIZE = 10.5  # below this, body text is too small for tired eyes
RADIUS = {"control": 6, "card": 10}


@dataclass(frozen=True)
class Scheme:
    name: str
    window: str
    window_text: str
    base: str
    text: str
    alternate_base: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    tooltip: str
    tooltip_text: str
    placeholder: str
    link: str
    muted_text: str  # small print, hints
    border: str  # card and field borders (non-text: 3:1 against the window)
    card: str
    accent: str  # the one accent colour: primary buttons, the focus ring's partner, progress
    on_accent: str
    destructive: str  # Erase, Delete, Withdraw
    on_destructive: str
    callout: str  # the helper's notes
    on_callout: str
    warning: str  # honest warnings (a plain PDF, a backup due)
    on_warning: str
    demo: str
    on_demo: str
    quick_exit: str  # the same red in both schemes: it is found by its colour in a hurry
    on_quick_exit: str
    focus_ring: str


LIGHT = Scheme(
    name="light", window="#f5f6f8", window_text="#1b1f24", base="#ffffff", text="#1b1f24",
    alternate_base="#f1f3f6", button="#e7eaef", button_text="#1b1f24", highlight="#1d4f91",
    highlighted_text="#ffffff", tooltip="#fffbe6", tooltip_text="#1b1f24", placeholder="#5b626b",
    link="#0b4fa8", muted_text="#4b535d", border="#858d97", card="#ffffff", accent="#1d4f91",
    on_accent="#ffffff", destructive="#a4262c", on_destructive="#ffffff", callout="#e8f0fa",
    on_callout="#14263d", warning="#fff4e5", on_warning="#3d2600", demo="#5b2a86", on_demo="#ffffff",
    quick_exit="#8a1c1c", on_quick_exit="#ffffff", focus_ring="#b26a00",
)
DARK = Scheme(
    name="dark", window="#1c1f24", window_text="#e8eaed", base="#24282e", text="#e8eaed",
    alternate_base="#2a2f36", button="#30353c", button_text="#e8eaed", highlight="#8ab4f8",
    highlighted_text="#0b1b33", tooltip="#2f3a4a", tooltip_text="#f1f4f8", placeholder="#a3aab3",
    link="#8ab4f8", muted_text="#b4bac2", border="#7d858f", card="#24282e", accent="#8ab4f8",
    on_accent="#0b1b33", destructive="#f2a7a3", on_destructive="#3b0a08", callout="#1f2b3a",
    on_callout="#dce8f7", warning="#3a2a10", on_warning="#ffe2b3", demo="#d7b8f3", on_demo="#2a0f45",
    quick_exit="#8a1c1c", on_quick_exit="#ffffff", focus_ring="#ffd54f",
)
SCHEMES = (LIGHT, DARK)


def system_scheme() -> Scheme:
    """The system's light or dark scheme (light where the system does not say)."""
    hints = QGuiApplication.styleHints()
    dark = getattr(hints, "colorScheme", None) and hints.colorScheme() == Qt.ColorScheme.Dark
    return DARK if dark else LIGHT


def active_scheme() -> Scheme:
    """The scheme the app draws with: the system's. (Fusion's own edges for fields and tick boxes were too
    faint to find in the dark scheme; `field_palette` gives them the scheme's 3:1 border in both.)"""
    return system_scheme()


def text_pairs(scheme: Scheme) -> list[tuple[str, str, str, float]]:
    """Every (what, foreground, background, least contrast) this scheme uses, for the tests."""
    s = scheme
    text = [("window", s.window_text, s.window), ("base", s.text, s.base), ("button", s.button_text, s.button),
            ("highlight", s.highlighted_text, s.highlight), ("tooltip", s.tooltip_text, s.tooltip),
            ("placeholder", s.placeholder, s.base), ("link", s.link, s.base), ("muted", s.muted_text, s.window),
            ("muted on a card", s.muted_text, s.card), ("text on a card", s.text, s.card),
            ("primary", s.on_accent, s.accent), ("destructive", s.on_destructive, s.destructive),
            ("callout", s.on_callout, s.callout), ("warning", s.on_warning, s.warning), ("demo", s.on_demo, s.demo),
            ("quick exit", s.on_quick_exit, s.quick_exit), ("link on the window", s.link, s.window)]
    pairs = [(what, fg, bg, 4.5) for what, fg, bg in text]
    pairs += [("border", s.border, s.window, 3.0), ("focus ring", s.focus_ring, s.window, 3.0),
              ("focus ring on quick exit", s.focus_ring if s is DARK else "#ffd54f", s.quick_exit, 3.0)]
    return pairs


def app_palette(scheme: Scheme) -> QPalette:
    s = scheme
    role = QPalette.ColorRole
    pairs = {
        role.WindowText: s.window_text, role.Window: s.window, role.Text: s.text, role.Base: s.base,
        role.AlternateBase: s.alternate_base, role.ButtonText: s.button_text, role.Button: s.button,
        role.HighlightedText: s.highlighted_text, role.Highlight: s.highlight, role.ToolTipText: s.tooltip_text,
        role.ToolTipBase: s.tooltip, role.PlaceholderText: s.placeholder, role.Link: s.link,
        role.BrightText: s.on_quick_exit, role.Mid: s.border, role.Dark: s.border,
    }
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for which, colour in pairs.items():
            palette.setColor(group, which, QColor(colour))
    # Disabled controls stay readable too (WCAG does not require it; survivors under stress benefit).
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor(s.muted_text))
    for which in (role.Window, role.Base, role.Button):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor(pairs[which]))
    return palette


# Fusion draws the edge of fields, tick boxes, round buttons and lists in its "outline" colour: the palette's
# window colour made 1.4 times darker. From the window colour itself that edge is faint (2:1 in light, near
# invisible in dark), so these kinds of widget get a palette whose window colour gives the scheme's border.
FIELD_CLASSES = ("QLineEdit", "QComboBox", "QAbstractSpinBox", "QCheckBox", "QRadioButton", "QAbstractScrollArea",
                 "QGroupBox")
FUSION_DARKER = 140


LIGHTER_INDICATORS = ("QCheckBox", "QRadioButton")  # Fusion draws their edge 1.1 times lighter still


def outline_source(border: str, lighter: int = 100) -> QColor:
    """The window colour from which Fusion's outline (window.darker(140), then .lighter(`lighter`)) comes out
    as `border`."""
    hue, saturation, value, alpha = QColor(border).getHsv()
    return QColor.fromHsv(hue, saturation, min(255, round(value * FUSION_DARKER / lighter)), alpha)


def field_palette(scheme: Scheme, class_name: str = "QLineEdit") -> QPalette:
    palette = app_palette(scheme)
    source = outline_source(scheme.border, 110 if class_name in LIGHTER_INDICATORS else 100)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.Window, source)
    return palette


def apply_palettes(app, scheme: Scheme) -> None:
    """The scheme's palette for the whole app, and the one with visible edges for fields (see FIELD_CLASSES)."""
    app.setPalette(app_palette(scheme))
    for name in FIELD_CLASSES:
        app.setPalette(field_palette(scheme, name), name)


def _button_rules(s: Scheme) -> str:
    """Plain, primary, red, link and choice buttons: each with a ring when focused, and a dashed edge on the
    window's colour when it does not work (Fusion's own marks were a 1 px change, lost in the dark scheme)."""
    r, sp = RADIUS, SPACE
    ring = "#ffd54f" if s is LIGHT else s.focus_ring  # on the Quick exit red, in both schemes
    return f"""
    QPushButton {{ background: {s.button}; color: {s.button_text}; border: 1px solid {s.border};
        border-radius: {r["control"]}px; padding: {sp["xs"]}px {sp["m"] - sp["xs"]}px; }}
    QPushButton:hover {{ border: 1px solid {s.accent}; }}
    QPushButton:pressed {{ background: {s.alternate_base}; }}
    QPushButton:focus {{ border: 2px solid {s.focus_ring}; padding: {sp["xs"] - 1}px {sp["m"] - sp["xs"] - 1}px; }}
    QPushButton:disabled {{ background: {s.window}; color: {s.muted_text}; border: 1px dashed {s.border}; }}
    QListWidget#sidebar {{ outline: 0; }}
    QListWidget#sidebar::item:selected {{ background: {s.highlight}; color: {s.highlighted_text}; }}
    QListWidget#sidebar::item:focus {{ border: 2px solid {s.focus_ring}; padding: {sp["s"] - 2}px; }}
    QPushButton[look="primary"] {{ background: {s.accent}; color: {s.on_accent}; border: 1px solid {s.accent};
        border-radius: {r["control"]}px; padding: {sp["xs"]}px {sp["m"]}px; font-weight: 600; }}
    QPushButton[look="destructive"] {{ background: {s.destructive}; color: {s.on_destructive};
        border: 1px solid {s.destructive}; border-radius: {r["control"]}px; padding: {sp["xs"]}px {sp["m"]}px;
        font-weight: 600; }}
    QPushButton[look="primary"]:focus, QPushButton[look="destructive"]:focus {{
        border: 2px solid {s.focus_ring}; }}
    QPushButton[look="primary"]:disabled, QPushButton[look="destructive"]:disabled {{ background: {s.window};
        color: {s.muted_text}; border: 1px dashed {s.border}; font-weight: normal; }}
    QPushButton#quickExitButton {{ background: {s.quick_exit}; color: {s.on_quick_exit};
        padding: {sp["xs"]}px {sp["m"]}px; border: 2px solid {s.quick_exit}; border-radius: {r["control"]}px;
        font-weight: bold; }}
    QPushButton#quickExitButton:focus {{ border: 2px solid {ring}; }}
    QPushButton[look="link"] {{ background: transparent; color: {s.link}; border: 1px solid transparent;
        border-radius: {r["control"]}px; padding: {sp["xs"]}px {sp["xs"]}px; text-decoration: underline;
        font-weight: 600; }}
    QPushButton[look="link"]:focus {{ border: 2px solid {s.focus_ring}; }}
    QPushButton[look="choice"] {{ background: {s.base}; color: {s.text}; border: 1px solid {s.border};
        border-radius: {r["control"]}px; padding: {sp["s"]}px {sp["m"]}px; text-align: left; }}
    QPushButton[look="choice"]:hover {{ border: 1px solid {s.accent}; }}
    QPushButton[look="choice"]:checked {{ background: {s.accent}; color: {s.on_accent}; border: 1px solid {s.accent};
        font-weight: 600; }}
    QPushButton[look="choice"]:focus {{ border: 2px solid {s.focus_ring}; }}
    QPushButton[look="choice"]:disabled {{ background: {s.window}; }}
    """


def style_sheet(point_size: float, scheme: Scheme) -> str:
    """The app's styles, sized from the chosen text size, coloured from the scheme."""
    s, r, sp = scheme, RADIUS, SPACE
    indicator = max(13, round(point_size * 1.45))  # tick boxes grow with the text (Qt keeps 13 px)
    return f"""
    QLabel#heading, QLabel[look="title"] {{ font-size: {point_size * TYPE["title"]:.1f}pt; font-weight: 600; }}
    QLabel#subheading, QLabel[look="section"] {{ font-size: {point_size * TYPE["section"]:.1f}pt; font-weight: 600; }}
    QLabel[look="strong"] {{ font-weight: 600; }}
    QLabel[look="small"] {{ font-size: {point_size * TYPE["small"]:.1f}pt; color: {s.muted_text}; }}
    QLabel#honestWarning, QLabel[look="warning"] {{ background: {s.warning}; color: {s.on_warning};
        padding: {sp["s"]}px {sp["m"]}px; border-radius: {r["control"]}px; }}
    QLabel[look="callout"] {{ background: {s.callout}; color: {s.on_callout}; padding: {sp["s"]}px {sp["m"]}px;
        border-radius: {r["control"]}px; }}
    QFrame[look="card"] {{ background: {s.card}; border: 1px solid {s.border}; border-radius: {r["card"]}px; }}
    QFrame[look="callout"] {{ background: {s.callout}; border-radius: {r["control"]}px; }}
    QFrame[look="callout"] QLabel {{ color: {s.on_callout}; }}
    QLabel#demoBadge {{ background: {s.demo}; color: {s.on_demo}; padding: {sp["xs"]}px {sp["s"]}px;
        border-radius: {r["control"]}px; font-weight: bold; }}
{_button_rules(s)}
    QLabel[look="choiceOff"] {{ color: {s.text}; }}
    QLabel[look="choiceOn"] {{ color: {s.on_accent}; font-weight: 600; }}
    QLabel[look="choiceOff"]:disabled, QLabel[look="choiceOn"]:disabled {{ color: {s.muted_text}; }}
    QProgressBar[look="thin"] {{ background: {s.alternate_base}; border: 1px solid {s.border};
        border-radius: 4px; }}
    QProgressBar[look="thin"]::chunk {{ background: {s.accent}; border-radius: 3px; }}
    QFrame[look="code"] {{ background: {s.base}; border: 2px solid {s.border}; border-radius: {r["card"]}px; }}
    QWidget#topBar {{ border-bottom: 1px solid {s.border}; }}
    QListWidget#sidebar::item {{ padding: {sp["s"]}px {sp["s"]}px; }}
    QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{
        width: {indicator}px; height: {indicator}px; }}
    """


def set_look(widget: QWidget, look: str) -> QWidget:
    """Give a widget one of the looks the style sheet knows ("primary", "destructive", "card"…)."""
    widget.setProperty("look", look)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # a new widget is styled when first shown
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    return widget


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
