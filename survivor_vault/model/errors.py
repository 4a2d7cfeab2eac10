"""Errors a person can cause or meet. Each carries a kind, specific message.

The messages are plain English for the command line; the desktop app maps each
class to its own translated text, so never show `str(error)` in the UI.
"""


class VaultError(Exception):
    """Base of every error the vault raises on purpose."""

    exit_code = 1
    message = "Something went wrong with the vault."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)


class WrongPassphrase(VaultError):
    exit_code = 2
    message = "That passphrase did not open the vault. Please check it and try again."


class WrongRecoveryKey(WrongPassphrase):
    message = "That recovery key did not open the vault. Please check each group and try again."


class WrongPassphraseChangeStopped(WrongPassphrase):
    message = ("That passphrase did not open the vault. A change of your passphrase was stopped before it "
               "finished, so your old passphrase still works.")


class WrongRecoveryKeyChangeStopped(WrongRecoveryKey):
    message = ("That recovery key did not open the vault. A change of your recovery key was stopped before it "
               "finished, so your old recovery key still works.")


class InvalidRecoveryKeyFormat(WrongRecoveryKey):
    message = "That does not look like a recovery key. It has letters and numbers in groups, like ABCD-EFGH-..."


class DamagedVault(VaultError):
    exit_code = 3
    message = "The vault's files look damaged, so it cannot be opened safely. Nothing has been changed."


class DamagedBackup(DamagedVault):
    message = "This backup file is damaged or is not a vault backup. Nothing has been changed."


class BackupUnreadable(VaultError):
    message = "That backup file could not be read. Please check where it is."


class VaultInUse(VaultError):
    exit_code = 4
    message = "This vault is already open in another window. Close it there first."


class VaultNotFound(VaultError):
    message = "There is no vault in this folder yet."


class VaultExists(VaultError):
    message = "There is already a vault in this folder. Nothing has been changed."


class VaultLocked(VaultError):
    message = "The vault is locked. Unlock it first."


class PassphraseRejected(VaultError):
    message = "Please choose a passphrase. It cannot be empty."


class PassphrasesDiffer(PassphraseRejected):
    message = "The two passphrases were not the same. Nothing has been changed."


class PassphraseNeeded(VaultError):
    message = "To change the vault's keys, open it with your passphrase (or choose a new passphrase)."


class NoRecoverySlot(VaultError):
    message = "This vault has no recovery key."


class NotFound(VaultError):
    message = "That item is no longer in the vault."


class InvalidValue(VaultError):
    message = "That value cannot be saved."


class MissingTitle(InvalidValue):
    message = "A goal needs a short title."


class PaperTooLarge(InvalidValue):
    message = "This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added."


class PaperChanged(VaultError):
    message = ("This document changed while it was being read (perhaps it is still being saved or synced). "
               "Nothing was added. Please try again when it is finished.")


class PaperUnreadable(VaultError):
    message = "This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added."


class ImportStopped(VaultError):
    message = "Adding papers was stopped. The papers added before it are kept; the rest were not added."


class CopyNotSaved(VaultError):
    message = ("The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in "
               "your vault.")


class PaperDamaged(DamagedVault):
    message = "This document's copy in the vault is damaged and cannot be read. Your other papers are safe."


class StorageFull(VaultError):
    exit_code = 6
    message = "There is not enough space on the disk. Nothing was changed."


class NoRoomForPaper(StorageFull):
    message = ("There is not enough free space on this computer's disk to keep this paper safely: while it is "
               "added, it needs about twice its size. Nothing was added. Your vault is safe.")


class CannotWrite(VaultError):
    exit_code = 7
    message = ("The vault's folder cannot be written to (it may be read-only, or on a locked drive). "
               "Nothing was lost.")


class StillInUse(VaultError):
    exit_code = 4
    message = "Another task was still using the vault, so nothing was changed. Please try again in a moment."


class VaultTooNew(VaultError):
    message = "This vault was made by a newer version of the app. Please update the app to open it."


def from_os_error(error: OSError) -> VaultError | None:
    """The vault's own words for a full disk or a folder it may not write; None for other system errors."""
    import errno

    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return StorageFull()
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return CannotWrite()
    return None
