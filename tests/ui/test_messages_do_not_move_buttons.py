"""A message appearing never moves the buttons below it (clicks aimed at them would miss), and the
"Check a backup" result is never cut off (its dialog was 256x154; Spanish ended at "…pasa todas las")."""

from PySide6.QtCore import QPoint, QTranslator
from PySide6.QtWidgets import QApplication

from survivor_vault.core.vault import Vault
from survivor_vault.ui.pages.safekeeping import CheckBackupDialog, EraseDialog
from tests.conftest import REPO_ROOT

LONG = ("Esta copia está bien: se abre con esa frase secreta y pasa todas las comprobaciones. "
        "Si quieres, guárdala en otro sitio también.")


def where(widget):
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_check_a_backup_keeps_its_buttons_still_and_shows_the_whole_result(qtbot, tmp_path):
    translator = QTranslator()
    assert translator.load(str(REPO_ROOT / "resources" / "translations" / "svault_es.qm"))
    QApplication.instance().installTranslator(translator)
    try:
        with Vault.create(tmp_path / "vault", "four calm words") as vault:
            dialog = CheckBackupDialog(vault, str(tmp_path / "b.svbackup"))
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            before = where(dialog.close_button)
            dialog.message.setText(LONG)
            QApplication.processEvents()
            assert where(dialog.close_button) == before
            label = dialog.message
            assert label.height() >= label.heightForWidth(label.width())  # every line of it shows
    finally:
        QApplication.instance().removeTranslator(translator)


def test_the_erase_dialogs_buttons_stay_still_when_a_message_appears(qtbot, tmp_path):
    with Vault.create(tmp_path / "vault", "four calm words") as vault:
        dialog = EraseDialog(vault)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        before = where(dialog.erase_button), where(dialog.cancel_button)
        dialog.message.setText("That passphrase did not open the vault. Please check it and try again.")
        QApplication.processEvents()
        assert (where(dialog.erase_button), where(dialog.cancel_button)) == before
