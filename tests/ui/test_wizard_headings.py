"""Every step of the packet wizard has its heading drawn the same way.

QWizard draws a page's title in a header band only when the page has a subtitle; pages without one
showed their title as plain page text, so the heading changed style from step to step.
"""

from survivor_vault.ui.pages.packet_wizard import PacketWizard


def test_every_step_has_a_title_and_a_subtitle(qtbot, vault):
    wizard = PacketWizard(vault, None, None)
    qtbot.addWidget(wizard)
    pages = [wizard.page(i) for i in wizard.pageIds()]
    assert len(pages) == 7
    assert [p.title() for p in pages if not p.title().strip() or not p.subTitle().strip()] == []
