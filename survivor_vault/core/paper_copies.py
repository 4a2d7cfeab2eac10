"""A copy of a paper saved out of the vault, where the survivor chose (the app warns first: it is not protected).

Written a chunk at a time to a hidden file beside the target, readable by this account only, and put in place
only once every chunk has been checked: a damaged paper, a full disk or a removed USB stick leaves no half copy.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from survivor_vault.model.errors import CopyNotSaved, StorageFull, from_os_error
from survivor_vault.storage.vault_folder import replace_file


def save_copy(papers, paper_id: int, target: Path | str) -> Path:
    target = Path(target)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            for chunk in papers.chunks(paper_id):  # PaperDamaged at the end if a chunk is not what was kept
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        replace_file(temp, target)
    except BaseException as error:
        try:
            os.unlink(temp)
        except OSError:
            pass
        if isinstance(error, OSError):
            known = from_os_error(error)
            # A full disk is said as such; a folder gone, or a name it may not have, as "could not be saved there".
            raise (known if isinstance(known, StorageFull) else CopyNotSaved()) from None
        raise
    return target
