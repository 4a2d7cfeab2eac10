"""A quiet line on a page for each draft it holds: "Not saved yet: …", with Open and Throw away.

It asks nothing when the survivor leaves a form; it only shows where their unsaved words are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from survivor_vault.model.drafts import NEW, record_id
from survivor_vault.model.errors import VaultError
from survivor_vault.ui.form_parts import button, confirm

Item = tuple[str, Callable[[], None], Callable[[], None]]  # text, open it, throw it away


class UnsavedStrip(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_items(self, items: list[Item]) -> None:
        while self._layout.count():
            row = self._layout.takeAt(0)
            if row.widget() is not None:
                row.widget().deleteLater()
        for number, (text, open_it, throw_away) in enumerate(items):
            row = QWidget(self)
            row.setObjectName("unsavedDraft")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, row)
            label.setObjectName("unsavedDraftText")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            # (`clicked` sends a bool: the lambdas take it and leave the callables alone)
            line.addWidget(button(self.tr("Open"), f"openDraft{number}", lambda *_a, o=open_it: o(), row))
            line.addWidget(button(self.tr("Throw away"), f"throwAwayDraft{number}",
                                  lambda *_a, t=throw_away: self._throw_away(t), row))
            self._layout.addWidget(row)
        self.setVisible(bool(items))

    def _throw_away(self, throw_away: Callable[[], None]) -> None:
        if ask_to_throw_away(self):
            throw_away()


def throw_away_when_sure(parent: QWidget, draft, say: Callable[[str], None], button: QWidget) -> None:
    """"Throw away my changes" in an editor: asked first; then the draft goes, and its notice and button."""
    if not ask_to_throw_away(parent):
        return
    if draft is not None:
        draft.throw_away()
    say("")
    button.hide()


def ask_to_throw_away(parent: QWidget) -> bool:
    """Unsaved words are gone for good once thrown away: ask first, with "Keep it" as the safe answer."""
    return confirm(parent, "confirmThrowAway",
                   QCoreApplication.translate("UnsavedStrip", "Throw away what you wrote?"),
                   QCoreApplication.translate("UnsavedStrip", "Throw away what you wrote and did not save? This "
                                                              "cannot be undone."),
                   QCoreApplication.translate("UnsavedStrip", "Throw away"),
                   QCoreApplication.translate("UnsavedStrip", "Keep it"))


def draft_items(drafts, kind, describe: Callable[[str, dict], str], open_draft: Callable[[str], None]) -> list[Item]:
    """One line for each draft of `kind`: `describe(key, fields)` gives its words ("" leaves it out)."""
    items: list[Item] = []
    for key in drafts.keys(kind):
        text = describe(key, drafts.draft(kind, key) or {})
        if text:
            items.append((text, lambda k=key: open_draft(k), lambda k=key: drafts.settle(kind, k)))
    return items


def field_line(fields: dict, name: str, limit: int = 80) -> str:
    """A draft's field as one short line (what the survivor typed, to recognise it by)."""
    value = fields.get(name)
    return " ".join(value.split())[:limit] if isinstance(value, str) else ""


def open_draft_of(key: str, get: Callable[[int], object], show, open_editor: Callable[[object], None]) -> bool:
    """Open the editor on a draft: a new record (key NEW), or the saved one it changes. `show()` first brings
    its page to the front. False if the record is gone (deleted since): there is nothing to open it on."""
    record = None if key == NEW else record_for(key, get)
    if key != NEW and record is None:
        return False
    if show is not None:
        show()
    open_editor(record)
    return True


def record_for(key, get: Callable[[int], object]):
    """The saved record a draft belongs to, or None (a new one, one deleted since, or a damaged key)."""
    number = record_id(key)
    if number is None:
        return None
    try:
        return get(number)
    except VaultError:
        return None
