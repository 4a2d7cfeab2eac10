"""The main window: create / unlock / the vault, with Lock and Quick exit always one click away."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSize, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from survivor_vault.core.vault_place import erase_cut_short, vault_exists
from survivor_vault.ui import theme
from survivor_vault.ui.components.fitting_label import FittingLabel
from survivor_vault.ui.garbage_collection import collect_on_the_ui_thread_only
from survivor_vault.ui.preferences import Preferences
from survivor_vault.ui.qt_classes import make_qt_classes
from survivor_vault.ui.unlock_screen import UnlockScreen
from survivor_vault.ui.window_icon import window_icon

if TYPE_CHECKING:
    from survivor_vault.ui.vault_area import VaultArea

# What the first frame does not need is loaded after it (MainWindow.finish_starting; docs/performance.md):
# the vault's pages, the icons, the fonts for other scripts, and the watchers over every window.


def wipe_widget_tree(root: QWidget) -> None:
    """Empty every text-bearing widget and detach every model under `root`, at once.

    Deleting widgets is deferred by Qt (and waits for any nested event loop), so the
    content is cleared first: after lock, nothing of the vault can be read from any widget.
    """
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTableWidget,
        QTextEdit,
        QTreeWidget,
    )

    # Silence everything first: clearing a search box must not reload a list from the vault.
    root.blockSignals(True)
    for child in root.findChildren(QObject):
        child.blockSignals(True)
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QTableWidget | QTreeWidget | QListWidget):
            view.clear()
            if isinstance(view, QTableWidget):
                view.setRowCount(0)
            continue
        model = view.model()
        if model is not None and hasattr(model, "clear"):
            model.clear()
    for edit in root.findChildren(QLineEdit):
        edit.clear()
    for box in root.findChildren(QPlainTextEdit):
        box.clear()
    for box in root.findChildren(QTextEdit):
        box.clear()
    for combo in root.findChildren(QComboBox):
        combo.clear()
    for label in root.findChildren(QLabel):
        label.clear()
    for button in root.findChildren(QPushButton):
        button.setToolTip("")


def _desktop_point_size() -> float:
    """The desktop's own text size: a second window (after erase, in a demo, in tests) must scale from it,
    not from the size an earlier window already scaled the app's font to."""
    app = QApplication.instance()
    ours = app.property("svaultScaledPointSize")
    if ours is not None and app.font().pointSizeF() == float(ours):
        return float(app.property("svaultBasePointSize"))
    return app.font().pointSizeF()


class MainWindow(QMainWindow):
    def __init__(self, vault_dir: Path, preferences: Preferences | None = None, *,
                 quit_app: Callable[[], None] | None = None, demo: bool = False,
                 demo_hint: str = ""):
        super().__init__()
        self.setObjectName("mainWindow")
        self.vault_dir = Path(vault_dir)
        self.prefs = preferences or Preferences()
        self.demo = demo
        self.vault = None  # the unlocked survivor_vault.core.vault.Vault, or None
        self.area: VaultArea | None = None
        self._quit_app = quit_app or (lambda: QApplication.instance().exit(0))
        self._base_point_size = _desktop_point_size()
        self._add_font_fallback()  # before the first frame: the desktop's font resolves differently with them
        self._apply_look()  # before any widget is made (see _apply_look)
        self.last_quick_exit_ms: float | None = None
        self._erasing = False  # an erase is overwriting the files on a worker
        self._fitted = False
        self._started = False  # finish_starting has run
        collect_on_the_ui_thread_only()  # never a window's widgets collected on a worker's thread
        self.capture_shield = None  # ui/capture_shield.py, from finish_starting on (Windows and macOS)

        bar = self._top_bar(demo)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("screens")
        self.first_run = None  # the FirstRun, while there is no vault yet
        self._demo_hint = demo_hint
        self.unlock_screen = self._make_unlock_screen()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.setMinimumSize(640, 480)
        free = QGuiApplication.primaryScreen().availableGeometry() if QGuiApplication.primaryScreen() else None
        # On a small screen (800x600) the window opens as large as the screen allows, never past it.
        self.resize(min(1024, free.width()) if free else 1024, min(720, free.height() - 40) if free else 720)
        self.apply_preferences()
        self.show_start()
        self._startup_error: BaseException | None = None
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # the desktop went light or dark while the app runs
            hints.colorSchemeChanged.connect(self._scheme_changed)

    def finish_starting(self) -> None:
        """What the first frame does not need, right after it (once; also at once if anything is opened first).

        The watchers over every window are one Python event filter on the application, and before it sees an
        event every Qt class must exist (ui/qt_classes.py): making them takes ~150 ms that the first frame
        would otherwise wait for (docs/performance.md, start-up). After a paint they are made one module a turn
        of the event loop (_finish_starting_soon); here, what is left at once. Nothing can be done in the
        window before this runs but to read it, type, or press Quick exit, which is a button.
        """
        if self._started:
            return
        self._started = True
        from survivor_vault.sharing import bundled_fonts

        bundled_fonts.load()  # Arabic and Chinese, if the first frame did not need them (_add_font_fallback)
        make_qt_classes()  # all of them before the first watcher sees an event (ui/qt_classes.py)
        from survivor_vault.ui.components.focus_ring import install_focus_ring
        from survivor_vault.ui.discreet_titles import DiscreetTitles
        from survivor_vault.ui.inactivity_timer import InactivityTimer
        from survivor_vault.ui.quick_exit import DialogQuickExit, ShiftTripleDetector
        from survivor_vault.ui.reminder_notice import ReminderNotice
        from survivor_vault.ui.secret_clipboard import SecretClipboard

        self.clipboard = SecretClipboard(self)
        self.inactivity = InactivityTimer(self)
        self.inactivity.set_interval_ms(self.prefs.auto_lock_minutes * 60_000)
        self.reminder_notice = ReminderNotice(self.prefs, self)  # opt-in: says only "You have a reminder"
        self.inactivity.inactive.connect(self.lock)
        self.shift_detector = ShiftTripleDetector(self)
        self.shift_detector.triggered.connect(self.quick_exit)
        self.shift_detector.install()
        self.dialog_quick_exit = DialogQuickExit(self.quick_exit, self)  # the red button in every dialog too
        self.dialog_quick_exit.install()
        self.discreet_titles = DiscreetTitles(self._neutral, self)  # dialogs named "Notes" too, in discreet mode
        self.discreet_titles.install()
        from survivor_vault.ui.capture_shield import install_capture_shield

        # Out of screenshots and screen sharing: the window on screen at once (the unlock screen's first frame
        # shows nothing of the vault), then every window as it is shown. None on Linux, where it cannot be.
        self.capture_shield = install_capture_shield(lambda: self.prefs.hide_from_capture, self)
        install_focus_ring(QApplication.instance())  # a ring around the field that has the keyboard
        from PySide6.QtGui import QKeySequence, QShortcut

        lock_shortcut = QShortcut(QKeySequence(self.tr("Ctrl+L")), self)
        lock_shortcut.activated.connect(self.lock)
        self._add_bar_icons()
        self._prepare_in_background()

    def _top_bar(self, demo: bool) -> QWidget:
        """Always there: the demo badge, Lock (once a vault is open) and Quick exit."""
        bar = QWidget(self)
        bar.setObjectName("topBar")
        # As much of its words as the bar has room for: the whole sentence ran off an 800-pixel window in
        # French, Portuguese and Russian, and wrapped it made the bar so tall that page titles were squeezed.
        self.demo_badge = FittingLabel(bar)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setVisible(demo)
        self.lock_button = QPushButton(bar)
        self.lock_button.setObjectName("lockButton")

        self.lock_button.clicked.connect(self.lock)
        self.lock_button.hide()
        self.quick_exit_button = QPushButton(bar)
        self.quick_exit_button.setObjectName("quickExitButton")
        self._retranslate_bar()
        self.quick_exit_button.clicked.connect(self.quick_exit)
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        bar_layout.addWidget(self.demo_badge, 1)
        bar_layout.addStretch(0 if demo else 1)
        bar_layout.addWidget(self.lock_button)
        bar_layout.addWidget(self.quick_exit_button)
        return bar

    def _add_bar_icons(self) -> None:
        """Lock's icon, after the window is first shown (rendering SVG loads QtSvg, ~50 ms). Quick exit has
        none on purpose: it is the red button with its words, the same from the first frame on."""
        from survivor_vault.ui import icons

        self.lock_button.setIcon(icons.icon(icons.LOCK, theme.active_scheme().button_text))
        side = max(16, round(self.lock_button.fontMetrics().height() * 0.85))  # grows with the text size
        self.lock_button.setIconSize(QSize(side, side))

    def _scheme_changed(self, *_args) -> None:
        """Colours, and every icon drawn in the old scheme's colours, in the new one: on the window, on the
        pages' buttons and choices, and in any dialog open at the time. (A list's icons are drawn as it paints.)"""
        self.apply_preferences()
        self._add_bar_icons()
        if self.area is not None:
            self.area.add_sidebar_icons()
        from survivor_vault.ui.components.choice_toggles import ChoiceToggles
        from survivor_vault.ui.form_parts import tint_button_icon

        for widget in QApplication.allWidgets():
            if isinstance(widget, QPushButton):
                tint_button_icon(widget)
            elif isinstance(widget, ChoiceToggles) and widget.has_icons:
                widget.add_icons()

    def _add_font_fallback(self) -> None:
        """The bundled fonts for any letter or emoji the desktop's own font lacks. Before the first frame (~10 ms,
        most of it Qt reading the system's fonts, which the first text drawn needs anyway): registered later, the
        desktop's font name resolved to another font and every word on the screen moved after the first frame.
        Arabic and Chinese (~0.5 ms a file, then Qt reads its font list again) wait for finish_starting, unless
        they are the app's language: the app's font names them already, and uses them once they are there."""
        from survivor_vault.sharing.bundled_fonts import with_fallback
        from survivor_vault.ui.language import resolve

        app = QApplication.instance()
        app.setFont(with_fallback(app.font(), resolve(self.prefs.language)))

    def _retranslate_bar(self) -> None:
        self.demo_badge.set_wordings(self.tr("DEMO — sample data only. It is deleted when you close the app."),
                                     self.tr("DEMO — sample data only"), self.tr("DEMO"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the vault"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.quick_exit_button.setText(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit: hide and close the app now"))
        self.quick_exit_button.setToolTip(self.tr("Hide and close the app at once. Or press Shift three times."))

    def _make_unlock_screen(self) -> UnlockScreen:
        from survivor_vault.ui.language import resolve

        screen = UnlockScreen(self.vault_dir, self.stack, demo_hint=self._demo_hint,
                              language=resolve(self.prefs.language), discreet=self.prefs.discreet)
        screen.unlocked.connect(self.open_vault)
        screen.vault_missing.connect(self.show_start)
        screen.open_packet_requested.connect(self.open_packet)
        screen.forgot_requested.connect(self.forgot_passphrase)
        screen.restore_requested.connect(self.restore_backup)
        screen.cannot_run.connect(self._cannot_run)
        screen.language_chosen.connect(self.change_language)
        self.stack.addWidget(screen)
        return screen

    def change_language(self, code: str) -> None:
        """Switch language now: the screens are built again in it (what was typed comes back as drafts)."""
        from survivor_vault.ui import language

        self.prefs.language = code
        language.install(code)
        self._retranslate_bar()
        self.apply_preferences()
        old = self.unlock_screen
        self.unlock_screen = self._make_unlock_screen()
        self.stack.removeWidget(old)
        old.deleteLater()
        if self.area is not None:
            self._build_area_again()
            from survivor_vault.ui.vault_area import SETTINGS

            self.area.page(SETTINGS).focus_language()  # back where the survivor was, in the new language
        elif self.vault is None:
            earlier = self.first_run.choices() if self.first_run is not None else None
            self.show_start()
            if earlier is not None and self.first_run is not None:  # the first run again, in the new language
                self.first_run.take_choices(earlier)

    def change_text_size(self, scale: float) -> None:
        """Switch text size now. The pages are made again at it, as for a new language: a page made at the
        old size kept its icon sizes, column widths and side-by-side arrangement, half adapted.

        On the next turn of the event loop (the choice came from a control on the page that goes), and the
        old pages are deleted before the new look is applied: restyling them first cost ~300 ms for nothing.
        Several quick choices (arrow keys held down) make the pages once, at the last one."""
        self.prefs.text_scale = scale
        if self.area is None:
            self.apply_preferences()
            return
        if not hasattr(self, "_text_size_timer"):
            self._text_size_timer = QTimer(self, singleShot=True, interval=0)
            self._text_size_timer.timeout.connect(self._remake_at_text_size)
        self._text_size_timer.start()

    def _remake_at_text_size(self) -> None:
        if self.area is None or self.vault is None:  # locked in between: the next unlock makes them at it
            self.apply_preferences()
            return
        typed = self._passphrase_typed()
        self._drop_area(at_once=True)
        self.apply_preferences()
        self._add_bar_icons()  # Lock's icon grows with the text as well
        self._open_at_settings(self.vault, passphrase_typed=typed)
        from survivor_vault.ui.vault_area import SETTINGS

        self.area.page(SETTINGS).focus_text_size()

    def _build_area_again(self) -> None:
        """The open vault's pages, made anew on the Settings page (what was typed comes back as drafts)."""
        typed = self._passphrase_typed()
        self._drop_area(at_once=False)
        self._open_at_settings(self.vault, passphrase_typed=typed)

    def _passphrase_typed(self) -> bool:
        from survivor_vault.ui.vault_area import SETTINGS

        return self.area is not None and SETTINGS in self.area._built and self.area.page(SETTINGS).passphrase_typed()

    def _drop_area(self, *, at_once: bool) -> None:
        area, self.area = self.area, None
        area.drafts.stop(keep_first=True)
        wipe_widget_tree(area)
        self.stack.removeWidget(area)
        if at_once:
            shiboken6.delete(area)
        else:
            area.deleteLater()

    def _open_at_settings(self, vault, *, passphrase_typed: bool = False) -> None:
        self.open_vault(vault, told=True)
        from survivor_vault.ui.vault_area import SETTINGS

        self.area.show_page(SETTINGS)
        if passphrase_typed:  # emptied, as secrets always are: said, not silent
            self.area.page(SETTINGS).say_passphrase_not_kept()

    def _prepare_in_background(self) -> None:
        """Load the encryption code while the survivor reads the screen, and check it is really SQLCipher."""

        def work():
            from survivor_vault.core import vault  # noqa: F401 - imported for its side effect: loaded once
            from survivor_vault.core.encryption_library import require_sqlcipher

            require_sqlcipher()

        from survivor_vault.ui.background_task import run_in_background

        run_in_background(work, lambda _r: None, self._cannot_run, owner=self)

    def _cannot_run(self, error: BaseException) -> None:
        self._startup_error = error
        message = self.tr("The encryption library is missing or not working, so this app cannot keep your "
                          "information safe and will not open. Please reinstall the app.")
        self.unlock_screen.setEnabled(False)
        self.unlock_screen.show_message(message)
        if self.first_run is not None:
            self.first_run.steps.setEnabled(False)
            self.first_run.next_button.setEnabled(False)
            self.first_run.message.setText(message)

    # --- appearance ---------------------------------------------------------------------------
    def _neutral(self) -> bool:
        """Discreet mode — or a fresh install, which names nothing until the survivor has chosen (it is a
        first-run step)."""
        return self.prefs.discreet or not vault_exists(self.vault_dir)

    def apply_preferences(self) -> None:
        discreet = self.prefs.discreet
        if getattr(self, "unlock_screen", None) is not None:
            self.unlock_screen.set_discreet(discreet)
        neutral = self._neutral()
        self.setWindowTitle(self.tr("Notes") if neutral else self.tr("Survivor Vault"))
        icon = window_icon(neutral)
        self.setWindowIcon(icon)
        QApplication.instance().setWindowIcon(icon)
        self._apply_look()
        if self._started:
            self.inactivity.set_interval_ms(self.prefs.auto_lock_minutes * 60_000)
            if self.capture_shield is not None:
                self.capture_shield.apply_to_open_windows()  # the switch takes effect at once on open windows

    def _apply_look(self) -> None:
        """The text size, colours and styles. Called before the first widget is made as well: Qt gives a
        widget that exists but was never shown the font it had when the app's style sheet came, so the top
        bar and the unlock screen kept 9 pt at the largest text size."""
        app = QApplication.instance()
        # Never below 10.5 pt for body text, whatever the desktop says (many default to 9), then the survivor's scale.
        size = max(self._base_point_size, theme.MIN_BASE_POINT_SIZE) * self.prefs.text_scale
        scheme = theme.active_scheme()
        if getattr(self, "_look_applied", None) == (size, scheme.name):
            return  # the same again: styling every widget anew costs tens of milliseconds
        self._look_applied = (size, scheme.name)
        font = QFont(app.font())
        font.setPointSizeF(size)
        app.setFont(font)
        app.setProperty("svaultBasePointSize", self._base_point_size)
        app.setProperty("svaultScaledPointSize", app.font().pointSizeF())
        theme.apply_palettes(app, scheme)
        app.setStyleSheet(theme.style_sheet(size, scheme))

    # --- screens ------------------------------------------------------------------------------
    def _drop_first_run(self) -> None:
        if self.first_run is not None:
            self.first_run.stop_reading_kit()  # a kit still being read is dropped, and its worker stops
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None

    def show_start(self) -> None:
        if self._erasing:
            return  # the erase in progress holds the vault's lock and ends with this screen itself
        if self.vault is not None and self.area is not None:
            self.stack.setCurrentWidget(self.area)  # never the unlock screen in front of an open vault
            return
        self._drop_first_run()
        if erase_cut_short(self.vault_dir):  # an erase the survivor asked for was cut short: finish it first
            from survivor_vault.core.vault import Vault

            Vault.exists(self.vault_dir)
        if vault_exists(self.vault_dir):
            self.unlock_screen.reset()
            self.stack.setCurrentWidget(self.unlock_screen)
        else:
            # A fresh first run each time: nothing from an earlier attempt (or an erased vault) is kept.
            from survivor_vault.ui.first_run import FirstRun  # only needed before a vault exists

            self.first_run = FirstRun(self.vault_dir, self.prefs, self.stack)
            self.first_run.created.connect(self._adopt)
            self.first_run.finished.connect(lambda: self.open_vault(self.vault) if self.vault else self.show_start())
            self.first_run.restore_requested.connect(self.restore_backup)
            self.first_run.open_packet_requested.connect(self.open_packet)
            self.first_run.language_chosen.connect(self.change_language)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)

    def _adopt(self, vault) -> None:
        """The first run has made the vault: it is ours to lock from now on (auto-lock, quick exit)."""
        self.finish_starting()
        self.vault = vault
        self.lock_button.show()
        self.inactivity.set_interval_ms(self.prefs.auto_lock_minutes * 60_000)
        self.inactivity.start()

    def open_vault(self, vault, *, told: bool = False) -> None:
        from survivor_vault.ui.vault_area import VaultArea

        self.finish_starting()
        self._drop_first_run()
        self.vault = vault
        self.area = VaultArea(vault, self.prefs, self.stack, clipboard=self.clipboard, told=told)
        self.area.preferences_changed.connect(self.apply_preferences)
        self.area.erase_requested.connect(self.erase_vault)
        self.area.language_chosen.connect(self.change_language)
        self.area.text_size_chosen.connect(self.change_text_size)
        self.stack.addWidget(self.area)
        self.stack.setCurrentWidget(self.area)
        self.lock_button.show()
        self.inactivity.set_interval_ms(self.prefs.auto_lock_minutes * 60_000)
        self.inactivity.start()
        self.area.sidebar.setFocus()
        self.reminder_notice.note(vault, seen_now=True)
        QTimer.singleShot(0, self._resume_drafts)

    def _resume_drafts(self) -> None:
        if self.area is not None:
            self.area.resume_drafts()

    def open_packet(self) -> None:
        """For someone who received a packet: no vault needed."""
        from survivor_vault.ui.open_packet_dialog import OpenPacketDialog

        self.finish_starting()  # Quick exit in the dialog too
        dialog = OpenPacketDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def forgot_passphrase(self) -> None:
        from survivor_vault.ui.recovery_dialogs import ForgotPassphraseDialog

        self._open_from(ForgotPassphraseDialog(self.vault_dir, self))

    def restore_backup(self) -> None:
        from survivor_vault.ui.recovery_dialogs import RestoreDialog

        self._open_from(RestoreDialog(self.vault_dir, self))

    def _open_from(self, dialog) -> None:
        """Run a dialog that may hand back an unlocked vault (recovery key, restore)."""
        self.finish_starting()  # Quick exit in the dialog too
        dialog.exec()
        vault, dialog.vault = dialog.vault, None
        dialog.deleteLater()
        if vault is not None:
            self.open_vault(vault)
            return
        self.show_start()

    def erase_vault(self) -> None:
        """Overwrite and delete the vault, then start again with a first run."""
        from survivor_vault.model.errors import VaultError
        from survivor_vault.ui import wording

        vault = self.vault
        if vault is None:
            return
        try:
            job = vault.erase_job()  # closed, and marked to be erased: from here on the erase always finishes
        except VaultError as error:
            if vault.is_locked:  # the marker could not be written (a full disk): the vault is closed, not erased
                self.lock(keep_drafts=False)
                self.unlock_screen.show_message(wording.error_message(error))
            elif self.area is not None:  # e.g. a backup still reading the files: nothing is touched yet
                self.area.notices.setText(wording.error_message(error))
                self.area.notices.show()
            return
        area, self.area = self.area, None
        if area is not None:
            area.drafts.stop(keep_first=False)
            wipe_widget_tree(area)
            self.stack.removeWidget(area)
            area.hide()
            area.deleteLater()
        self.inactivity.stop()
        self.vault = None
        from survivor_vault.ui.file_dialogs import forget_file_dialog_history

        self.prefs.forget()  # discreet mode, language, text size: no sign left that the app was set up
        forget_file_dialog_history()
        self.lock_button.hide()
        self._erasing = True
        self._show_erasing()
        from survivor_vault.ui.background_task import start_job

        start_job(job, lambda _none: self._erased(), self._erase_failed, owner=self)

    def _show_erasing(self) -> None:
        """While the files are overwritten: one line and a busy bar, nothing to type into or click but Quick exit."""
        from survivor_vault.ui.form_parts import busy_bar, centred_column, message_label

        screen = QWidget(self.stack)
        screen.setObjectName("erasingScreen")
        box = QWidget(screen)
        column = QVBoxLayout(box)
        text = message_label(box, "erasingMessage")
        text.setText(self.tr("Erasing everything. This takes a moment."))
        bar = busy_bar(box, "erasingBusy", text.text())
        bar.show()
        column.addWidget(text)
        column.addWidget(bar)
        centred_column(screen, box, 520)
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)

    def _drop_erasing_screen(self) -> None:
        screen = self.stack.findChild(QWidget, "erasingScreen")
        if screen is not None:
            self.stack.removeWidget(screen)
            screen.deleteLater()

    def _erased(self) -> None:
        self.reminder_notice.forget()
        self._erasing = False
        self._drop_erasing_screen()
        self.show_start()

    def _erase_failed(self, error: BaseException) -> None:
        """The erase marker is written: the next start finishes what could not be done now."""
        from survivor_vault.ui import wording

        self._erasing = False
        self._drop_erasing_screen()
        self.show_start()
        self.unlock_screen.show_message(wording.error_message(error) + "\n" + self.tr(
            "The erasing is finished the next time the app starts."))

    @property
    def started(self) -> bool:
        """Everything that waited for the first frame is in place (finish_starting)."""
        return self._started

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None

    def lock(self, *, keep_drafts: bool = True) -> None:
        """Forget everything: close dialogs, empty and drop every view, lock the vault, show unlock.

        What the survivor typed and had not saved is first kept in the vault (not at Quick exit,
        which writes nothing once the windows are gone; the keeper wrote it a few seconds before).
        """
        if self._started:
            self.inactivity.stop()
        if self.area is not None:
            self.area.drafts.stop(keep_first=keep_drafts)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                wipe_widget_tree(widget)
                # done(), not reject(): a dialog whose work is running refuses reject() ("let it finish"), and
                # would stay up over the unlock screen. Its work is dropped whole: the vault is locked now.
                widget.done(QDialog.DialogCode.Rejected)
        area, self.area = self.area, None
        if area is not None:
            wipe_widget_tree(area)
            self.stack.removeWidget(area)
            area.hide()
            area.deleteLater()
        vault, self.vault = self.vault, None
        if vault is not None:
            self.reminder_notice.note(vault)  # the first day a reminder is due, in memory only
            vault.lock()
        if self._started:
            self.clipboard.clear_if_ours()
        self.lock_button.hide()
        self.show_start()

    def quick_exit(self) -> None:
        """Blank and hide the window first, then lock, then quit. Measured in benchmarks/ui_timings.py."""
        start = time.perf_counter()
        if self.area is not None:
            self.area.drafts.stop(keep_first=False)
        self.setUpdatesEnabled(False)
        self.hide()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.lock(keep_drafts=False)
        self.last_quick_exit_ms = (time.perf_counter() - start) * 1000
        self._quit_app()

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._started:  # the first frame is being drawn: the rest, as soon as it is on the screen
            QTimer.singleShot(0, self._finish_starting_soon)

    def _finish_starting_soon(self) -> None:
        """The Qt classes one module a turn (each ~30-70 ms: the window keeps answering), then the rest."""
        if self._started:
            return
        if make_qt_classes(one_module=True):
            QTimer.singleShot(0, self._finish_starting_soon)
        else:
            self.finish_starting()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._fitted:  # once: after that the survivor's own size and place are hers
            self._fitted = True
            from survivor_vault.ui.capture_shield import keep_out_before_the_first_frame
            from survivor_vault.ui.quick_exit import fit_on_screen

            keep_out_before_the_first_frame(self, self.prefs.hide_from_capture)

            fit_on_screen(self)
            QTimer.singleShot(0, self._measure_wrapped_text_again)

    def _measure_wrapped_text_again(self) -> None:
        """Wrapped labels made before the window was first shown keep the height they measured before Qt
        styled them (one line at the largest text was given 30 px of its 35: its letters were cut): they
        measure again once, now that they are styled."""
        for label in self.findChildren(QLabel):
            if label.wordWrap():
                label.updateGeometry()
        # A scroll area hears nothing of its content's new heights (its content is in no layout of its own):
        # ask each to size its content again.
        for area in self.findChildren(QScrollArea):
            QCoreApplication.postEvent(area, QEvent(QEvent.Type.LayoutRequest))

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        self.lock()
        if self._started:
            self.shift_detector.uninstall()
            self.dialog_quick_exit.uninstall()
            self.discreet_titles.uninstall()
            if self.capture_shield is not None:
                self.capture_shield.uninstall()
        super().closeEvent(event)
