"""At the largest text size, tick boxes and round buttons grow with the text (Qt keeps them at 13 px)."""

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from survivor_vault.core.vault import Vault
from survivor_vault.ui.preferences import TEXT_SCALES
from survivor_vault.ui.vault_area import SERVICES, SETTINGS
from tests.ui.helpers import PASS, open_window, preferences, unlock


def indicator_height(button) -> int:
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(button, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    return button.style().subElementRect(element, option, button).height()


@pytest.mark.parametrize("scale", [1.0, max(TEXT_SCALES)])
def test_indicators_are_as_tall_as_the_text(qtbot, tmp_path, scale):
    font = QApplication.font()
    Vault.create(tmp_path / "vault", PASS).lock()
    prefs = preferences(tmp_path)
    prefs.text_scale = scale
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    try:
        unlock(qtbot, window)
        window.area.show_page(SERVICES)
        window.area.show_page(SETTINGS)
        buttons = [b for b in window.area.findChildren(QCheckBox) + window.area.findChildren(QRadioButton)]
        assert buttons
        for button in buttons:
            text_height = QFontMetrics(button.font()).ascent()
            assert indicator_height(button) >= text_height, (button.text(), indicator_height(button), text_height)
    finally:
        window.close()
        QApplication.setFont(font)
