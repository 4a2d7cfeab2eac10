"""The frame of a dialog whose form is kept as a draft until it is saved (a paper's details, a date): a header, the
form scrolling on a small screen, a message line, "Throw away my changes", Save and Close. Nothing typed is lost:
closing it, a lock or auto-lock keep what differs from what is saved, and it comes back next time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from survivor_vault.model.drafts import DraftKind
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.draft_keeper import DraftKeeper, FormDraft
from survivor_vault.ui.form_parts import button, message_label, save_cancel, scrolled_body, size_to_content
from survivor_vault.ui.theme import SPACE
from survivor_vault.ui.unsaved_strip import throw_away_when_sure


@dataclass(frozen=True)
class Names:
    """Object names (for tests and screen readers): "paper" gives paperMessage, throwAwayPaperDraft, savePaper,
    closePaper."""

    stem: str

    def of(self, what: str) -> str:
        return {"message": f"{self.stem}Message", "throw away": f"throwAway{self.stem.title()}Draft",
                "save": f"save{self.stem.title()}", "close": f"close{self.stem.title()}"}[what]


def frame_form(dialog: QDialog, form: QFormLayout, words: str, names: Names) -> tuple[QWidget, QWidget]:
    """Put `form` in its frame; `dialog` gets .message and .throw_away_button, and must have .save() and .draft
    (made by keep_as_draft). Returns the scrolled body and the buttons, for keep_as_draft."""
    dialog.message = message_label(dialog, names.of("message"))
    form.addRow(dialog.message)
    dialog.throw_away_button = button(
        QCoreApplication.translate("Form", "Throw away my changes"), names.of("throw away"),
        lambda: throw_away_when_sure(dialog, dialog.draft, dialog.message.setText, dialog.throw_away_button), dialog)
    dialog.throw_away_button.hide()
    form.addRow(dialog.throw_away_button)
    buttons = save_cancel(dialog, names.of("save"), names.of("close"), dialog.save, close=True)
    body = scrolled_body(dialog)
    layout = QVBoxLayout(body)
    layout.addWidget(PageHeader(dialog.windowTitle(), words, dialog))
    layout.addLayout(form)
    layout.addStretch(1)
    dialog.layout().addWidget(buttons)
    dialog.layout().setContentsMargins(*(SPACE["s"],) * 4)
    return body, buttons


def keep_as_draft(dialog: QDialog, drafts: DraftKeeper | None, kind: DraftKind, key: str, read: Callable[[], dict],
                  fill: Callable[[dict], None], body: QWidget, buttons: QWidget) -> None:
    """Once the form shows what is saved: what differs from it is kept as a draft, and a draft held is put back."""
    dialog.draft = FormDraft(drafts, kind, key, read, fill)
    if dialog.draft.restored:
        dialog.message.setText(QCoreApplication.translate("Form", "You had not saved this yet. Here it is."))
        dialog.throw_away_button.show()
    dialog.finished.connect(lambda _result: dialog.draft.closed())
    size_to_content(dialog, body, buttons)
