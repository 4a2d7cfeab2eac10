"""Qt's own file dialog keeps no history of where the survivor went (QtProject.conf is read to prove it)."""

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from survivor_vault.ui import file_dialogs


def qt_settings_file() -> Path:
    return Path(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject").fileName())


def accept_when_shown(path: Path):
    """Type `path` into the file dialog that opens, then accept it (as a person would, with Return)."""
    def poke():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, poke)
            return
        dialog.selectFile(str(path))
        dialog.accept()
    QTimer.singleShot(20, poke)


def test_saving_through_the_file_dialog_leaves_no_history(qtbot, tmp_path):
    secret_folder = tmp_path / "For Harbour Housing"
    secret_folder.mkdir()
    accept_when_shown(secret_folder / "packet.pdf")
    chosen = file_dialogs.choose_file_to_save(None, "Save", str(secret_folder / "packet.pdf"), "PDF files (*.pdf)")
    assert chosen and chosen.endswith("packet.pdf")
    conf = qt_settings_file()
    text = conf.read_text(errors="replace") if conf.exists() else ""
    assert "Harbour" not in text and "history" not in text and "lastVisited" not in text


def test_history_written_by_an_earlier_run_is_forgotten(qtbot, tmp_path):
    settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", ["file:///media/usb/svault-backups"])
    settings.setValue("Other/keep", "not ours")
    settings.sync()
    del settings
    file_dialogs.forget_file_dialog_history()
    text = qt_settings_file().read_text()
    assert "svault-backups" not in text and "keep" in text


def test_a_fresh_install_names_nothing_before_the_survivor_chooses(qtbot, tmp_path):
    from tests.ui.helpers import open_window, preferences

    window, _ = open_window(qtbot, tmp_path / "no-vault-yet", preferences(tmp_path))
    assert window.stack.currentWidget() is window.first_run
    assert window.windowTitle() == "Notes"


def test_discreet_unlock_screen_says_nothing_of_a_vault_or_packets(qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from tests.conftest import make_vault
    from tests.ui.helpers import open_window, preferences

    make_vault(tmp_path / "vault").lock()
    prefs = preferences(tmp_path)
    prefs.discreet = True
    window, _ = open_window(qtbot, tmp_path / "vault", prefs)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen and window.windowTitle() == "Notes"
    texts = [w.text() for w in screen.findChildren(QLabel) + screen.findChildren(QAbstractButton)]
    texts += [w.accessibleName() for w in screen.findChildren(QAbstractButton)]
    shown = " ".join(texts).lower()
    assert "vault" not in shown and "packet" not in shown and "survivor" not in shown, shown
    prefs.discreet = False
    window.apply_preferences()
    assert screen.unlock_button.text() == "Open my vault"


def test_an_erase_cut_short_is_finished_before_the_app_shows_anything(qtbot, tmp_path):
    from survivor_vault.core.vault import Vault
    from tests.ui.helpers import PASS, open_window, preferences

    folder = tmp_path / "vault"
    Vault.create(folder, PASS).lock()
    (folder / ".erasing").write_bytes(b"")  # what an erase writes first; the laptop died after it
    window, _ = open_window(qtbot, folder, preferences(tmp_path))
    assert window.first_run is not None and window.stack.currentWidget() is window.first_run
    assert not folder.exists() or sorted(p.name for p in folder.iterdir()) == []
