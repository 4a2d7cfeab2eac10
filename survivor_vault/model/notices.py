"""Things the survivor should know after unlocking (the app shows them translated; the CLI prints the value)."""

from __future__ import annotations

from enum import StrEnum


class Notice(StrEnum):
    KEY_FILE_REPAIRED = ("The vault's key file was damaged or missing; its copy was used and "
                         "the key file has been restored.")
    DISK_FULL = ("This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is "
                 "safe. To make room, empty the trash or delete large files you do not need.")
    KEY_CHANGE_NOT_FINISHED = ("A change of your passphrase or recovery key was stopped before it finished, so "
                               "nothing was changed: your old passphrase and recovery key still work. If you "
                               "still want the change, please make it again.")
