"""The unlocked vault: a sidebar and one page per part. Built at unlock, destroyed at lock."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.backup_reminder import backup_due
from survivor_vault.model.drafts import DraftKind
from survivor_vault.sharing.date_text import date_time_text
from survivor_vault.ui import icons, theme, wording
from survivor_vault.ui.app_events import watching_paused
from survivor_vault.ui.draft_keeper import DraftKeeper
from survivor_vault.ui.form_parts import button, message_label
from survivor_vault.ui.preferences import Preferences
from survivor_vault.ui.theme import SPACE

PLAN, GOALS, SERVICES, PAPERS, DATES, ABOUT_ME, PEOPLE, SHARING, ACTIVITY, SETTINGS = range(10)
_RESUME_ORDER = (DraftKind.ABOUT_ME, DraftKind.SERVICE_CHOICE, DraftKind.GOAL, DraftKind.PAPER, DraftKind.DATE,
                 DraftKind.PERSON, DraftKind.PERMISSION, DraftKind.PACKET)


class VaultArea(QWidget):
    preferences_changed = Signal()
    erase_requested = Signal()
    language_chosen = Signal(str)
    text_size_chosen = Signal(float)

    def __init__(self, vault, preferences: Preferences, parent: QWidget | None = None, clipboard=None,
                 told: bool = False):
        """`told`: the pages are made again (a new language or text size): what the vault had to tell at unlock
        was said then, and is not said again (it stayed on every page until the vault was locked)."""
        super().__init__(parent)
        self.setObjectName("vaultArea")
        self.vault = vault
        self._clipboard = clipboard
        self._prefs = preferences
        self.drafts = DraftKeeper(vault.drafts, self)  # unsaved forms, kept in the vault until saved
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Parts of my vault"))
        self.sidebar.setProperty("drawsOwnFocus", True)  # its current item wears the ring (ui/theme.py)
        labels = [self.tr("My plan"), self.tr("My goals"), self.tr("My services"), self.tr("My papers"),
                  self.tr("My dates"), self.tr("About me"), self.tr("People & agencies"), self.tr("Sharing"),
                  self.tr("Activity"), self.tr("Settings")]
        self._labels = labels
        self._compact: bool | None = None
        self._full_sidebar = 0
        for label in labels:
            item = QListWidgetItem(label, self.sidebar)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        self._fit_sidebar()
        QTimer.singleShot(0, self, self.add_sidebar_icons)  # not if the pages were made again first
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self._built: dict[int, QWidget] = {}
        for _ in labels:
            placeholder = QWidget(self.pages)
            self.pages.addWidget(placeholder)
        self.reminder = self._backup_reminder(backup_due(vault, preferences.backup_reminder_weeks))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reminder)
        self.notices = QLabel(self)  # what the vault had to tell at unlock (e.g. a key file it repaired)
        self.notices.setObjectName("vaultNotices")
        self.notices.setContentsMargins(12, 8, 12, 8)
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setAccessibleName(self.tr("Something to know"))
        self.notices.setText("" if told else "\n".join(self._notice_lines()))
        self.notices.setVisible(bool(self.notices.text()))
        right_layout.addWidget(self.notices)
        right_layout.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(right, 1)
        self.sidebar.currentRowChanged.connect(self.show_page)
        self.sidebar.setCurrentRow(PLAN)

    def _fit_sidebar(self) -> None:
        """Icons as tall as the text beside them, and room for them and the longest name. (The icons come
        just after the first frame: rendering them loads QtSvg, ~50 ms.)"""
        side = max(20, self.fontMetrics().height())
        self.sidebar.setIconSize(QSize(side, side))
        self._show_names(True)
        self._full_sidebar = self.sidebar.sizeHintForColumn(0) + side + 40
        self._compact = None  # measured afresh: _arrange_sidebar sets the width whichever it chooses
        self._arrange_sidebar()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange_sidebar()

    def _arrange_sidebar(self) -> None:
        """The names beside the icons where the page keeps room for about 48 letters a line; only the icons
        where it would not (800x600 at the largest text: the names took half the window and every page was
        cut). Each name stays the item's tooltip and what screen readers say, and the page's title says it."""
        least_page = self.fontMetrics().averageCharWidth() * 48
        compact = self.width() > 0 and self.width() - self._full_sidebar < least_page
        if compact == self._compact:
            return
        self._compact = compact
        self._show_names(not compact)
        side = self.sidebar.iconSize().width()
        self.sidebar.setFixedWidth(side + 2 * SPACE["m"] + 2 * self.sidebar.frameWidth() if compact
                                   else self._full_sidebar)

    def _show_names(self, shown: bool) -> None:
        for row, label in enumerate(self._labels):
            item = self.sidebar.item(row)
            if item is None:  # still being made
                continue
            item.setText(label if shown else "")
            item.setToolTip("" if shown else label)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "_labels"):
            self._fit_sidebar()  # Settings → text size

    def _backup_reminder(self, due: bool) -> QWidget:
        """"It has been a while since your last backup", with Make a backup and Not now; shown when due."""
        reminder = QWidget(self)
        reminder.setObjectName("backupReminder")
        reminder_row = QHBoxLayout(reminder)
        text = message_label(reminder, "backupReminderText")
        text.setText(self.tr("It has been a while since your last backup. A backup keeps your plan safe if this "
                             "computer is lost or broken."))
        reminder_row.addWidget(text, 1)
        reminder_row.addWidget(button(self.tr("Make a backup"), "reminderBackup", self.show_backups,
                                      reminder))
        reminder_row.addWidget(button(self.tr("Not now"), "reminderLater", reminder.hide, reminder))
        reminder.setVisible(due)
        return reminder

    def _notice_lines(self) -> list[str]:
        """What the vault had to tell at unlock: a key file repaired, wrong tries since last time, drafts kept."""
        from survivor_vault.ui.wording import notice_text

        vault = self.vault
        lines = [notice_text(n) for n in getattr(vault, "notices", [])]
        tries = getattr(vault, "wrong_tries", [])
        if tries:
            from survivor_vault.core.placeholders import fill

            times = wording.comma().join(date_time_text(t) for t in tries)
            if len(tries) == 1:
                lines.append(fill(self.tr("Since you last opened it: one try with a wrong passphrase (%1)."), times))
            else:
                lines.append(fill(self.tr("Since you last opened it: %1 tries with a wrong passphrase (%2)."),
                                  len(tries), times))
        if any(self.drafts.keys(kind) for kind in DraftKind):
            lines.append(self.tr("What you had not saved yet is kept. It is where you left it."))
        return lines

    def add_sidebar_icons(self) -> None:
        scheme = theme.active_scheme()
        for row, icon_name in enumerate(icons.SIDEBAR):
            item = self.sidebar.item(row)
            if item is not None:
                item.setIcon(icons.icon(icon_name, scheme.text, scheme.highlighted_text))

    def page(self, index: int) -> QWidget:
        """The page at `index`, built the first time it is shown (keeps unlock fast)."""
        if index not in self._built:
            self._built[index] = self._build(index)
            old = self.pages.widget(index)
            self.pages.insertWidget(index, self._built[index])
            self.pages.removeWidget(old)
            old.deleteLater()
        return self._built[index]

    def _build(self, index: int) -> QWidget:
        if index == PLAN:
            from survivor_vault.ui.pages.plan_page import PlanPage
            page = PlanPage(self.vault, self._prefs.backup_reminder_weeks, self.pages)
            page.go_to.connect(self._go_to)
            return page
        if index == GOALS:
            from survivor_vault.ui.pages.goals_page import GoalsPage
            return GoalsPage(self.vault, self.pages, self.drafts)
        if index == SERVICES:
            from survivor_vault.ui.pages.services_page import ServicesPage
            return ServicesPage(self.vault, self.pages, self.drafts)
        if index == PAPERS:
            from survivor_vault.ui.pages.papers_page import PapersPage
            return PapersPage(self.vault, self.pages, self.drafts)
        if index == DATES:
            from survivor_vault.ui.pages.dates_page import DatesPage
            return DatesPage(self.vault, self.pages, self.drafts)
        if index == ABOUT_ME:
            from survivor_vault.ui.pages.about_me_page import AboutMePage
            return AboutMePage(self.vault, self.pages, self.drafts)
        if index == PEOPLE:
            from survivor_vault.ui.pages.people_page import PeoplePage
            return PeoplePage(self.vault, self.pages, self.drafts)
        if index == SHARING:
            from survivor_vault.ui.pages.sharing_page import SharingPage
            return SharingPage(self.vault, self._clipboard, self.pages, self.drafts)
        if index == ACTIVITY:
            from survivor_vault.ui.pages.activity_page import ActivityPage
            return ActivityPage(self.vault, self.pages)
        from survivor_vault.ui.pages.settings_page import SettingsPage
        page = SettingsPage(self.vault, self._prefs, self.pages, clipboard=self._clipboard)
        page.preferences_changed.connect(self.preferences_changed)
        page.erase_requested.connect(self.erase_requested)
        page.language_chosen.connect(self.language_chosen)
        page.text_size_chosen.connect(self.text_size_chosen)
        return page

    def resume_drafts(self) -> None:
        """After unlock: every page holding a draft takes it back; what was on screen at lock comes back on screen.

        Pages with drafts are built now, so a draft is in its form even before the survivor goes there.
        """
        for kind, index in ((DraftKind.ABOUT_ME, ABOUT_ME), (DraftKind.SERVICE_CHOICE, SERVICES),
                            (DraftKind.GOAL, GOALS), (DraftKind.PAPER, PAPERS), (DraftKind.DATE, DATES),
                            (DraftKind.PERSON, PEOPLE), (DraftKind.PACKET, SHARING),
                            (DraftKind.PERMISSION, SHARING)):
            if self.drafts.keys(kind):
                self.page(index)
        was_open = sorted(self.drafts.opened_at_lock, key=lambda key: _RESUME_ORDER.index(key[0]))
        for kind, key in was_open:
            if kind is DraftKind.ABOUT_ME:
                self.show_page(ABOUT_ME)
            elif kind is DraftKind.SERVICE_CHOICE:
                self.show_page(SERVICES)
                self.page(SERVICES).open_draft(key)
        # An editor (a dialog) that was open comes back last, over its page: at most one was open.
        editors = {DraftKind.GOAL: GOALS, DraftKind.PAPER: PAPERS, DraftKind.DATE: DATES, DraftKind.PERSON: PEOPLE}
        for kind, key in was_open:
            if kind in editors:
                index = editors[kind]
                if self.page(index).open_draft(key, show=lambda i=index: self.show_page(i)):
                    break
            if kind in (DraftKind.PACKET, DraftKind.PERMISSION) and self.page(SHARING).open_draft(
                    kind, key, show=lambda: self.show_page(SHARING)):
                break
        self.drafts.opened_at_lock.clear()

    def _go_to(self, name: str) -> None:
        """Where a card on My plan leads."""
        if name == "settings":
            self.show_backups()
        elif name == "history":
            self.show_page(SHARING)
            page = self.page(SHARING)
            QTimer.singleShot(0, lambda: shiboken6.isValid(page) and page.show_history())
        else:
            self.show_page({"goals": GOALS, "services": SERVICES, "sharing": SHARING, "papers": PAPERS,
                            "dates": DATES}[name])

    def show_backups(self) -> None:
        """Settings, scrolled to its Backups section (after the page is laid out, so the scroll lands)."""
        self.show_page(SETTINGS)
        page = self.page(SETTINGS)
        QTimer.singleShot(0, lambda: shiboken6.isValid(page) and page.show_backups())  # gone if locked first

    def show_page(self, index: int) -> None:
        if index < 0:
            return
        with watching_paused():  # a page built and shown shows no window and reads no input (ui/app_events.py)
            fresh = index not in self._built  # built just now: it has read the vault already
            page = self.page(index)
            if hasattr(page, "refresh") and index in (PLAN, PAPERS, DATES, ACTIVITY, SHARING) and not fresh:
                page.refresh()
            self.pages.setCurrentIndex(index)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
