"""From an error to the words a person reads: one table for the whole app (never `str(error)`).

Every error class the app raises on purpose has its own entry (a test walks them all, in English and
Spanish). A few are said differently where they happen — a wrong passphrase for a backup is "the
passphrase you had on the day you made it" — so an entry may name the place (`Where`); elsewhere
the general words are used. An error with no entry of its own (a bug) takes the words of the
nearest class it comes from, and at worst "Something unexpected went wrong".
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from survivor_vault.core.kit_parts import KitReadingStopped, KitTooLarge, SetupKitError
from survivor_vault.core.placeholders import fill
from survivor_vault.model import errors
from survivor_vault.sharing.packet_builder import PacketNotChecked
from survivor_vault.sharing.packet_format import MAX_PAPERS_BYTES
from survivor_vault.sharing.packet_papers import (
    PaperDamagedInVault,
    PaperNotAttached,
    PapersTooLarge,
    PhotoFormatNotCleanable,
    PictureNotCleaned,
    PicturePages,
)
from survivor_vault.sharing.packet_reader import (
    NoPacketFile,
    NotAPacket,
    NotARegularFile,
    PacketExpired,
    PacketTooLarge,
    TamperedPacket,
    WrongShareCode,
)
from survivor_vault.sharing.paper_extraction import NotAFolder, PaperFileExists, UnsafePaperName


class Where(Enum):
    ANYWHERE = "anywhere"
    RESTORE = "restore"  # restoring or checking a backup


Words = str | Callable[[BaseException], str]


def _t(text: str) -> str:
    """Translate a text marked in the table below (lupdate finds the marks, QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate("Errors", text)


def _kit_words(error: BaseException) -> str:
    reason = getattr(error, "reason", "")
    if reason:
        return fill(_t(QT_TRANSLATE_NOOP(
            "Errors", "This setup kit could not be read, so it was not used. Nothing was added. (%1)")), reason)
    return _t(QT_TRANSLATE_NOOP("Errors", "This setup kit could not be read, so it was not used. Nothing was added."))


def _paper_words(text: str) -> Callable[[BaseException], str]:
    """Words naming the paper that could not go into a packet (its title, as plain text)."""
    return lambda error: fill(_t(text), getattr(error, "title", ""))


_ANY, _RESTORE = Where.ANYWHERE, Where.RESTORE
_TABLE: dict[tuple[type[BaseException], Where], Words] = {
    (errors.VaultError, _ANY): QT_TRANSLATE_NOOP("Errors", "Something went wrong with the vault. Nothing more was changed."),
    (errors.WrongPassphraseChangeStopped, _ANY): QT_TRANSLATE_NOOP("Errors",
        "That passphrase did not open the vault. A change of your passphrase was stopped before it finished, "
        "so your old passphrase still works."),
    (errors.WrongRecoveryKeyChangeStopped, _ANY): QT_TRANSLATE_NOOP("Errors",
        "That recovery key did not open the vault. A change of your recovery key was stopped before it "
        "finished, so your old recovery key still works."),
    (errors.InvalidRecoveryKeyFormat, _ANY): QT_TRANSLATE_NOOP("Errors",
        "That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…"),
    (errors.WrongRecoveryKey, _ANY): QT_TRANSLATE_NOOP("Errors",
        "That recovery key did not open the vault. Please check each group and try again."),
    (errors.WrongPassphrase, _ANY): QT_TRANSLATE_NOOP("Errors",
        "That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?"),
    (errors.WrongPassphrase, _RESTORE): QT_TRANSLATE_NOOP("Errors",
        "That passphrase does not open this backup. It is the passphrase you had on the day you made it."),
    (errors.DamagedBackup, _ANY): QT_TRANSLATE_NOOP("Errors",
        "This backup file is damaged or is not a vault backup. Nothing has been changed."),
    (errors.DamagedBackup, _RESTORE): QT_TRANSLATE_NOOP("Errors",
        "This backup is damaged or is not a backup, so it was not used. Your vault is as it was."),
    (errors.BackupUnreadable, _ANY): QT_TRANSLATE_NOOP("Errors",
        "The backup file could not be read (was the USB stick taken out?). Nothing has been changed."),
    (errors.VaultTooNew, _ANY): QT_TRANSLATE_NOOP("Errors",
        "This vault was made by a newer version of the app. Please update the app to open it. Nothing has "
        "been changed."),
    (errors.DamagedVault, _ANY): QT_TRANSLATE_NOOP("Errors",
        "The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you "
        "have a backup, you can restore it."),
    (errors.StillInUse, _ANY): QT_TRANSLATE_NOOP("Errors",
        "Another task was still using the vault, so nothing was changed. Please try again in a moment."),
    (errors.PassphraseNeeded, _ANY): QT_TRANSLATE_NOOP("Errors", "To change the vault's keys, please choose a new passphrase first."),
    (errors.VaultInUse, _ANY): QT_TRANSLATE_NOOP("Errors",
        "This vault is already open in another window. Please close it there first."),
    (errors.VaultNotFound, _ANY): QT_TRANSLATE_NOOP("Errors", "There is no vault in this folder."),
    (errors.VaultExists, _ANY): QT_TRANSLATE_NOOP("Errors", "There is already a vault here. Nothing has been changed."),
    (errors.PassphraseRejected, _ANY): QT_TRANSLATE_NOOP("Errors", "Please choose a passphrase. It cannot be empty."),
    (errors.PassphrasesDiffer, _ANY): QT_TRANSLATE_NOOP("Errors", "The two passphrases are not the same. Please type them again."),
    (errors.NoRecoverySlot, _ANY): QT_TRANSLATE_NOOP("Errors", "This vault has no recovery key."),
    (errors.StorageFull, _ANY): QT_TRANSLATE_NOOP("Errors", "There is not enough space on the disk. Nothing was changed."),
    (errors.CannotWrite, _ANY): QT_TRANSLATE_NOOP("Errors",
        "The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was "
        "lost."),
    (errors.NotFound, _ANY): QT_TRANSLATE_NOOP("Errors", "That item is no longer in the vault."),
    (errors.VaultLocked, _ANY): QT_TRANSLATE_NOOP("Errors", "The vault is locked. Please unlock it first."),
    (errors.InvalidValue, _ANY): QT_TRANSLATE_NOOP("Errors", "That could not be saved. Please check what you typed."),
    (errors.MissingTitle, _ANY): QT_TRANSLATE_NOOP("Errors", "A goal needs a short title."),
    # my papers
    (errors.PaperTooLarge, _ANY): QT_TRANSLATE_NOOP("Errors",
        "This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added."),
    (errors.PaperChanged, _ANY): QT_TRANSLATE_NOOP("Errors",
        "This document changed while it was being read (perhaps it is still being saved or synced). Nothing "
        "was added. Please try again when it is finished."),
    (errors.PaperDamaged, _ANY): QT_TRANSLATE_NOOP("Errors",
        "This document's copy in the vault is damaged and cannot be read. Your other papers are safe."),
    (errors.NoRoomForPaper, _ANY): QT_TRANSLATE_NOOP("Errors",
        "There is not enough free space on this computer's disk to keep this paper safely: while it is added, it "
        "needs about twice its size. Nothing was added. Your vault is safe."),
    (errors.PaperUnreadable, _ANY): QT_TRANSLATE_NOOP("Errors",
        "This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added."),
    (errors.CopyNotSaved, _ANY): QT_TRANSLATE_NOOP("Errors",
        "The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in "
        "your vault."),
    (errors.ImportStopped, _ANY): QT_TRANSLATE_NOOP("Errors",
        "Adding papers was stopped. The papers added before it are kept; the rest were not added."),
    # share packets (the agency's side, and making one)
    (NotARegularFile, _ANY): QT_TRANSLATE_NOOP("Errors",
        "That is not a file that can hold a packet (a folder, a device or a pipe)."),
    (PacketTooLarge, _ANY): QT_TRANSLATE_NOOP("Errors", "This file is too large to be a share packet."),
    (WrongShareCode, _ANY): QT_TRANSLATE_NOOP("Errors",
        "That share code does not open this packet. Please check it with the person who sent it."),
    (TamperedPacket, _ANY): QT_TRANSLATE_NOOP("Errors",
        "Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely "
        "on it. Ask the person who sent it for a new one."),
    (NotAPacket, _ANY): QT_TRANSLATE_NOOP("Errors", "This file is not a share packet, or it is damaged."),
    (NoPacketFile, _ANY): QT_TRANSLATE_NOOP("Errors", "That file is not there any more. Please choose it again."),
    (PacketExpired, _ANY): QT_TRANSLATE_NOOP("Errors",
        "This packet's consent has ended, so it should not be used any more. Ask the person who sent it if "
        "they want to share again."),
    (PacketNotChecked, _ANY): QT_TRANSLATE_NOOP("Errors",
        "The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again."),
    # papers in a packet (the preview offers to leave the paper out)
    (PaperNotAttached, _ANY): _paper_words(QT_TRANSLATE_NOOP("Errors",
        "“%1” cannot go into the packet, so the packet was not made. You can leave it out.")),
    (PictureNotCleaned, _ANY): _paper_words(QT_TRANSLATE_NOOP("Errors",
        "“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its "
        "hidden details. It was not attached, and the packet was not made. You can leave it out.")),
    (PicturePages, _ANY): _paper_words(QT_TRANSLATE_NOOP("Errors",
        "“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden "
        "details. So that no page goes missing, the packet was not made. You can leave it out.")),
    (PhotoFormatNotCleanable, _ANY): _paper_words(QT_TRANSLATE_NOOP("Errors",
        "“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so "
        "the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.")),
    (PaperDamagedInVault, _ANY): _paper_words(QT_TRANSLATE_NOOP("Errors",
        "“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are "
        "safe. You can leave it out.")),
    (UnsafePaperName, _ANY): QT_TRANSLATE_NOOP("Errors",
        "A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do "
        "not rely on this packet."),
    (PaperFileExists, _ANY): QT_TRANSLATE_NOOP("Errors",
        "A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please "
        "choose an empty folder."),
    (NotAFolder, _ANY): QT_TRANSLATE_NOOP("Errors", "The papers can only be saved in a folder, and that is not one."),
    (PapersTooLarge, _ANY): lambda _error: fill(_t(QT_TRANSLATE_NOOP("Errors",
        "The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share "
        "them in two packets.")), MAX_PAPERS_BYTES // (1024 * 1024)),
    # setup kits
    (KitTooLarge, _ANY): QT_TRANSLATE_NOOP("Errors", "This setup kit is too large, so it was not used. Nothing was added."),
    (KitReadingStopped, _ANY): QT_TRANSLATE_NOOP("Errors", "Reading the setup kit was stopped. Nothing was added."),
    (SetupKitError, _ANY): _kit_words,
    # not ours, but met: a disk or a file the system refused
    (OSError, _ANY): QT_TRANSLATE_NOOP("Errors", "The files could not be read or written. Please check the disk and try again."),

}


def has_own_words(cls: type[BaseException]) -> bool:
    """Does this class have an entry of its own (not only through a class it comes from)?"""
    return (cls, Where.ANYWHERE) in _TABLE


def words_for(error: BaseException, where: Where = Where.ANYWHERE) -> str:
    """The words for `error` said `where` it happened: kind, specific, translated."""
    table = _TABLE
    for cls in type(error).__mro__:
        words = table.get((cls, where)) or table.get((cls, Where.ANYWHERE))
        if words is not None:
            return words(error) if callable(words) else _t(words)
    return _t("Something unexpected went wrong. Nothing more was changed.")
