"""Nothing typed is lost: unsaved forms are kept, encrypted in the vault, until saved or thrown away.

One model everywhere: a form (goal editor, person, a service choice, About me) is a *draft* from
the first change until the survivor presses Save (kept as the record) or "Throw away my changes".
Leaving a panel, closing an editor, locking, auto-lock or a crash keep it; after unlock it comes
back where it was. The keeper reads the open forms every few seconds and writes only what changed,
so Quick exit — which writes nothing once the windows are gone — loses at most those seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from survivor_vault.model.drafts import Draft, DraftKind
from survivor_vault.model.errors import VaultError

Key = tuple[DraftKind, str]
Source = Callable[[], dict | None]  # an open form: its fields when they differ from what is saved, else None

KEEP_EVERY_MS = 3000


class DraftKeeper(QObject):
    """The unsaved forms of one unlocked vault. Made at unlock, stopped at lock (after a last keep)."""

    changed = Signal()  # the set of drafts changed: pages update their "not saved yet" marks

    def __init__(self, drafts_repository, parent: QObject | None = None):
        super().__init__(parent)
        self._repo = drafts_repository
        self._stopped = False
        try:
            stored = drafts_repository.all()
        except VaultError:
            stored = []
        self._stored: dict[Key, tuple[dict, bool]] = {(d.kind, d.key): (d.fields, d.was_open) for d in stored}
        self._held: dict[Key, dict] = {key: fields for key, (fields, _open) in self._stored.items()}
        self.opened_at_lock: set[Key] = {key for key, (_f, was_open) in self._stored.items() if was_open}
        self._sources: dict[Key, Source] = {}
        self._on_screen: dict[Key, Callable[[], bool]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(KEEP_EVERY_MS)
        self._timer.timeout.connect(self.keep)
        self._timer.start()

    # --- what is held ---------------------------------------------------------------------
    def draft(self, kind: DraftKind, key: str) -> dict | None:
        return self._held.get((kind, key))

    def keys(self, kind: DraftKind) -> list[str]:
        return [key for k, key in self._held if k is kind]

    def hold(self, kind: DraftKind, key: str, fields: dict | None) -> None:
        """Remember `fields` as the draft of (kind, key), or forget it (None): kept at the next keep()."""
        if self._stopped:
            return
        before = (kind, key) in self._held
        if fields is None:
            self._held.pop((kind, key), None)
        else:
            self._held[(kind, key)] = fields
        if before != ((kind, key) in self._held):
            self.changed.emit()

    def watch(self, kind: DraftKind, key: str, source: Source, on_screen: Callable[[], bool] = lambda: True) -> None:
        """An open form: read at every keep() while it is open. `on_screen`: is it what the survivor sees now?"""
        self._sources[(kind, key)] = source
        self._on_screen[(kind, key)] = on_screen

    def unwatch(self, kind: DraftKind, key: str, *, keep_what_is_there: bool = True) -> None:
        """The form closes: what it holds unsaved stays a draft (unless it was saved or thrown away)."""
        source = self._sources.pop((kind, key), None)
        self._on_screen.pop((kind, key), None)
        if source is not None and keep_what_is_there:
            self.hold(kind, key, self._read(source))
        self.keep()

    def settle(self, kind: DraftKind, key: str) -> None:
        """Saved or thrown away: no draft any more for (kind, key), in memory or in the vault."""
        self._sources.pop((kind, key), None)
        self._on_screen.pop((kind, key), None)
        self.hold(kind, key, None)
        self.keep()

    # --- records deleted: their ids may be given to new records, so nothing may point at them -----------
    def forget_goal(self, goal_id: int) -> None:
        self.settle(DraftKind.GOAL, str(goal_id))
        self._leave_out_item("goals", str(goal_id))

    def forget_service_choice(self, kind_id: int, choice_id: int) -> None:
        self.settle(DraftKind.SERVICE_CHOICE, f"{kind_id}:{choice_id}")
        self._leave_out_item("services", str(choice_id))

    def forget_paper(self, paper_id: int) -> None:
        self.settle(DraftKind.PAPER, str(paper_id))
        self._leave_out_item("papers", str(paper_id))

    def forget_date(self, item_id: int) -> None:
        self.settle(DraftKind.DATE, str(item_id))

    def forget_person(self, person_id: int) -> None:
        """Their own draft and what they may see go; a packet being made for them keeps its words but
        no longer names anyone (it must never reopen addressed to whoever is given their id next)."""
        self.settle(DraftKind.PERSON, str(person_id))
        self.settle(DraftKind.PERMISSION, str(person_id))
        for key in self.keys(DraftKind.PACKET):
            fields = dict(self.draft(DraftKind.PACKET, key) or {})
            if fields.get("recipient") == person_id:
                fields["recipient"] = None
                fields["recipient_gone"] = True
                self.hold(DraftKind.PACKET, key, fields)
        self.keep()

    def _leave_out_item(self, section: str, item_key: str) -> None:
        for kind in (DraftKind.PACKET, DraftKind.PERMISSION):
            for key in self.keys(kind):
                fields = dict(self.draft(kind, key) or {})
                items = fields.get("items")
                if isinstance(items, list) and [section, item_key] in items:
                    fields["items"] = [i for i in items if i != [section, item_key]]
                    self.hold(kind, key, fields)
        self.keep()

    # --- keeping --------------------------------------------------------------------------
    @staticmethod
    def _read(source: Source) -> dict | None:
        try:
            return source()
        except RuntimeError:  # the form's widgets are already gone (C++ side deleted)
            return None

    def _showing(self, key: Key) -> bool:
        try:
            return bool(self._on_screen.get(key, lambda: False)())
        except RuntimeError:
            return False

    def keep(self) -> bool:
        """Write to the vault the drafts that changed since the last keep. False if the vault refused."""
        if self._stopped:
            return False
        self._read_open_forms()
        open_now = {key for key in self._sources if self._showing(key)}
        wanted = {key: (fields, key in open_now) for key, fields in self._held.items()}
        changed = [Draft(kind, key, fields, was_open) for (kind, key), (fields, was_open) in wanted.items()
                   if self._stored.get((kind, key)) != (fields, was_open)]
        dropped = [key for key in self._stored if key not in wanted]
        if not changed and not dropped:
            return True
        try:
            too_large = self._repo.keep(changed, dropped)
        except VaultError:
            return False  # a full disk or a locked vault: still held in memory, tried again next time
        self._stored = wanted
        for draft in too_large:  # not in the vault: never counted as kept
            self._stored.pop((draft.kind, draft.key), None)
        return not too_large

    def _read_open_forms(self) -> None:
        for (kind, key), source in list(self._sources.items()):
            fields = self._read(source)
            if fields is not None or (kind, key) in self._held:
                self.hold(kind, key, fields)

    def stop(self, *, keep_first: bool) -> None:
        """At lock: a last keep (not at Quick exit, which writes nothing), then nothing more."""
        if self._stopped:
            return
        if keep_first:
            self.keep()
        self._timer.stop()
        self._stopped = True
        self._held.clear()
        self._sources.clear()
        self._on_screen.clear()
        self._stored.clear()


# --- reading and filling form widgets as plain JSON values ---------------------------------
def _plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def read_fields(widgets: dict[str, QWidget]) -> dict:
    """The values of a form's widgets, as JSON values (combo boxes give their item data)."""
    values = {}
    for name, widget in widgets.items():
        if isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[name] = _plain(widget.currentData())
        elif isinstance(widget, QCheckBox):
            values[name] = widget.isChecked()
        elif isinstance(widget, QDateEdit):
            values[name] = widget.date().toString("yyyy-MM-dd")
        elif isinstance(widget, QSpinBox):
            values[name] = widget.value()
    return values


def _fill_choice(widget: QComboBox, value) -> None:
    for index in range(widget.count()):
        if _plain(widget.itemData(index)) == value:
            widget.setCurrentIndex(index)
            return


def _fill_date(widget: QDateEdit, value: str) -> None:
    day = QDate.fromString(value, "yyyy-MM-dd")
    if day.isValid():
        widget.setDate(day)


def fill_fields(widgets: dict[str, QWidget], values: dict) -> None:
    """Put stored values back; a value of the wrong type (a damaged or older draft) is skipped."""
    for name, widget in widgets.items():
        if name not in values:
            continue
        value = values[name]
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            _fill_choice(widget, value)
        elif isinstance(widget, QCheckBox) and isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QDateEdit) and isinstance(value, str):
            _fill_date(widget, value)
        elif isinstance(widget, QSpinBox) and isinstance(value, int) and not isinstance(value, bool):
            widget.setValue(value)


class FormDraft:
    """Ties one form to the keeper: fills it from a held draft, is read while open, ends saved or kept.

    `read` gives the form's fields now; `fill` puts fields back. What `read` gives when the form is
    first filled from the record is the baseline: a draft exists only while the form differs from it.
    """

    def __init__(self, keeper: DraftKeeper | None, kind: DraftKind, key: str,
                 read: Callable[[], dict], fill: Callable[[dict], None],
                 on_screen: Callable[[], bool] = lambda: True):
        self._keeper, self.kind, self.key = keeper, kind, key
        self._read, self._fill, self._on_screen = read, fill, on_screen
        self.baseline = read()
        held = keeper.draft(kind, key) if keeper is not None else None
        self.restored = held is not None
        if held is not None:
            fill(held)
        if keeper is not None:
            keeper.watch(kind, key, self.unsaved, on_screen)

    def unsaved(self) -> dict | None:
        now = self._read()
        return now if now != self.baseline else None

    def saved(self) -> None:
        """Saved as the record: no draft, and what is on screen now is the new baseline."""
        self.baseline = self._read()
        if self._keeper is not None:
            self._keeper.settle(self.kind, self.key)
            self._keeper.watch(self.kind, self.key, self.unsaved, self._on_screen)

    def closed(self) -> None:
        """The form goes away without Save: what differs stays a draft."""
        if self._keeper is not None:
            self._keeper.unwatch(self.kind, self.key)

    def throw_away(self) -> None:
        """Back to what is saved; the draft is gone."""
        self._fill(self.baseline)
        if self._keeper is not None:
            self._keeper.settle(self.kind, self.key)
            self._keeper.watch(self.kind, self.key, self.unsaved, self._on_screen)
