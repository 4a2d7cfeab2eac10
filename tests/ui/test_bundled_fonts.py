"""The app falls back to the bundled fonts for any letter or emoji the desktop's own font lacks."""

from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import open_window, preferences


def test_the_app_font_falls_back_to_noto_sans_and_noto_emoji(qtbot, tmp_path):
    open_window(qtbot, tmp_path / "vault", preferences(tmp_path))
    qtbot.waitUntil(lambda: QApplication.font().families()[-2:] == ["Noto Sans", "Noto Emoji"], timeout=2000)
    emoji = QRawFont.fromFont(QFont("Noto Emoji"))
    assert all(emoji.supportsCharacter(c) for c in (0x1F4AA, 0x1F600, 0x2764, 0x1F3E0))
    text = QRawFont.fromFont(QFont("Noto Sans"))
    assert all(text.supportsCharacter(ord(c)) for c in "ñЖệ€")
