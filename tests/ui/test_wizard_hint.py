"""The packet wizard's "What goes in?" hint follows what is ticked (it said "Nothing is ticked" after ticking)."""

from PySide6.QtCore import Qt

from survivor_vault.core.vault import Vault
from survivor_vault.ui.pages.packet_wizard import PacketWizard


def test_the_hint_follows_the_ticks(qtbot, tmp_path):
    with Vault.create(tmp_path / "vault", "four calm words") as vault:
        vault.goals.add("Find a flat")
        person = vault.people.add("Harbour Housing")
        wizard = PacketWizard(vault, None, None, person_id=person.id)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()  # to "What goes in?"
        page = wizard.content_page
        assert "Nothing is ticked" in page.intro.text()
        section = page.chooser.topLevelItem(0)
        child = next(section.child(i) for i in range(section.childCount()))
        child.setCheckState(0, Qt.CheckState.Checked)  # as a click on its box does
        assert "Nothing is ticked" not in page.intro.text() and "1" in page.intro.text()
        child.setCheckState(0, Qt.CheckState.Unchecked)
        assert "Nothing is ticked" in page.intro.text()
        wizard.close()
