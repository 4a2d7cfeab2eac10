"""Papers on the sharing screens, driven like a person: listed as items (nothing ticked), said plainly on the preview,
one click from being left out, in what someone may see, and saved by the person who opens the packet."""

import stat

import pytest
from PySide6.QtCore import Qt

from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.ui.open_packet_dialog import OpenPacketDialog
from survivor_vault.ui.pages.packet_wizard import PacketWizard
from survivor_vault.ui.pages.sharing_page import PermissionDialog
from tests.conftest import POSIX
from tests.sharing import paper_samples
from tests.sharing.packet_fixtures import add_papers, fill_markers, make_packet, scope_for
from tests.ui.helpers import answer_file_dialogs

PHOTO_NOTE = "Photos are sent without their hidden details (where and when they were taken, the camera)."


@pytest.fixture
def papers(vault, tmp_path):
    refs = fill_markers(vault)
    refs.update(add_papers(vault, tmp_path / "originals"))
    person = vault.people.add("Jo Rivera", organisation="Harbour Housing")
    return refs, person


def wizard_at_preview(qtbot, vault, refs, tick):
    wizard = PacketWizard(vault)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    chooser = wizard.content_page.chooser
    for key in tick:
        chooser.item(refs[key]).setCheckState(0, Qt.CheckState.Checked)
    wizard.next()
    wizard.purpose_page.purpose.setText("To plan housing support")
    wizard.next()
    return wizard


def wait_for_preview(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.packet.preview is not None, timeout=20_000)


def test_papers_are_items_like_any_other_and_nothing_is_ticked(qtbot, vault, papers):
    refs, _person = papers
    wizard = PacketWizard(vault)
    qtbot.addWidget(wizard)
    wizard.next()
    chooser = wizard.content_page.chooser
    section = chooser.item(refs["photo"]).parent()
    assert section.text(0) == "My papers" and section.childCount() == 5
    assert chooser.item(refs["photo"]).text(0).startswith("Passport, photo page — ID or passport, ")
    assert chooser.chosen() == frozenset()


def test_the_preview_lists_the_papers_says_what_happens_to_photos_and_leaves_one_out_in_one_click(qtbot, vault,
                                                                                                   papers):
    refs, _person = papers
    wizard = wizard_at_preview(qtbot, vault, refs, ["goal_a", "photo", "letter"])
    preview = wizard.preview_page
    wait_for_preview(qtbot, wizard)
    assert preview.papers.isVisible()
    assert preview.papers.note.text() == PHOTO_NOTE + " Other documents go exactly as they are in your vault."
    assert preview.papers.heading.text() == "Papers attached: 2"
    assert preview.message.text() == f"Pages: {wizard.packet.preview.pages.page_count}. Items: 3."
    assert "Papers attached: 2" in preview.plain_text and "Passport, photo page" in preview.plain_text
    photo_id = int(refs["photo"].key)
    qtbot.mouseClick(preview.papers.leave_out_buttons[photo_id], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.packet.preview is not None, timeout=20_000)
    assert [paper.entry["id"] for paper in wizard.packet.preview.attached] == [int(refs["letter"].key)]
    assert refs["photo"] not in wizard.content_page.chooser.chosen()  # unticked where it was ticked
    assert refs["photo"] not in wizard.packet.items and "Passport" not in preview.plain_text


def test_a_photo_that_cannot_be_cleaned_is_named_and_left_out_in_one_click(qtbot, vault, papers, tmp_path):
    refs, _person = papers
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(paper_samples.damaged_jpeg())
    paper = vault.papers.add_from_file(broken, title="Old tenancy photo", kind="housing")
    refs["broken"] = ItemRef(Section.PAPERS, str(paper.id))
    wizard = wizard_at_preview(qtbot, vault, refs, ["goal_a", "broken"])
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: paper.id in preview.papers.leave_out_buttons, timeout=20_000)
    assert preview.message.text().startswith("“Old tenancy photo” is a picture the app cannot open")
    assert wizard.packet.preview is None and not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(preview.papers.leave_out_buttons[paper.id], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.packet.preview is not None, timeout=20_000)
    assert wizard.packet.preview.attached == () and wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_leaving_out_the_only_item_leaves_nothing_to_make(qtbot, vault, papers):
    refs, _person = papers
    wizard = wizard_at_preview(qtbot, vault, refs, ["letter"])
    wait_for_preview(qtbot, wizard)
    qtbot.mouseClick(wizard.preview_page.papers.leave_out_buttons[int(refs["letter"].key)], Qt.MouseButton.LeftButton)
    assert wizard.packet.preview is None and "Nothing is left" in wizard.preview_page.message.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_what_they_may_see_can_include_papers_and_starts_a_packet_with_them(qtbot, vault, papers):
    refs, person = papers
    dialog = PermissionDialog(vault, person)
    qtbot.addWidget(dialog)
    dialog.chooser.item(refs["letter"]).setCheckState(0, Qt.CheckState.Checked)
    dialog.save()
    permission = vault.permissions.active_for(person.id)
    assert permission.items == frozenset({refs["letter"]}) and permission.sections == frozenset({Section.PAPERS})
    wizard = PacketWizard(vault, person_id=person.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.content_page.start_from_permission()
    assert wizard.content_page.chooser.chosen() == frozenset({refs["letter"]})


def test_the_person_who_opens_a_packet_sees_its_papers_and_saves_them(qtbot, vault, papers, tmp_path, monkeypatch):
    refs, _person = papers
    built, _ = make_packet(vault, scope_for(refs, ["goal_a", "photo", "letter"]), tmp_path / "packet.pdf")
    dialog = OpenPacketDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.papers.isVisible()
    dialog.set_file(tmp_path / "packet.pdf")
    dialog.code.setText(built.code)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=20_000)
    box = dialog.papers
    assert box.isVisible() and box.title() == "Papers attached: 2" and box.list.topLevelItemCount() == 2
    assert [box.list.topLevelItem(i).text(0) for i in range(2)] == ["Letter from the court", "Passport, photo page"]
    assert "not protected" in box.warning.text()
    answer_file_dialogs(monkeypatch, tmp_path / "agency")
    qtbot.mouseClick(box.save_all, Qt.MouseButton.LeftButton)
    assert box.message.text() == f"Saved 2 papers in {tmp_path / 'agency'}."
    for paper in built.attached:
        assert (tmp_path / "agency" / paper.file_name).read_bytes() == paper.data
    qtbot.mouseClick(box.save_all, Qt.MouseButton.LeftButton)  # again: the files are there now
    assert "Nothing was overwritten" in box.message.text()
    answer_file_dialogs(monkeypatch, tmp_path / "one.pdf")
    box.list.setCurrentItem(box.list.topLevelItem(0))
    qtbot.mouseClick(box.save_one, Qt.MouseButton.LeftButton)
    assert (tmp_path / "one.pdf").read_bytes() == built.attached[0].data
    assert not POSIX or stat.S_IMODE((tmp_path / "one.pdf").stat().st_mode) == 0o600
    dialog.set_file(tmp_path / "packet.pdf")  # another file chosen: nothing of this one stays on screen
    assert not box.isVisible() and box.papers == ()
