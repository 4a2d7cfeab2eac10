"""Things the survivor should know after unlocking (the app shows them translated; the CLI prints the value)."""

from __future__ import annotations

from enum import StrEnum


class Notice(StrEnum):
    KEY_FILE_REPAIRED = ("The vault's key file was damaged or missing; its copy was used and "
                         "the key file has been restored.")
    KEY_CHANGE_NOT_FINISHED = ("A change of your passphrase or recovery key was stopped before it finished, so "
                               "nothing was changed: your old passphrase and recovery key still work. If you "
                               "still want the change, please make it again.")
