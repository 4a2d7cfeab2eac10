"""The rule for a new passphrase, in one place for the first run, Settings, "I forgot my passphrase" and the
command line: not empty (spaces alone count as empty), and the same when it is typed twice.

(How strong it is is advice, not a rule: see passphrase_strength.)
"""

from __future__ import annotations

from survivor_vault.model.errors import PassphraseRejected, PassphrasesDiffer


def check_new_passphrase(new: object, again: object = None) -> str:
    """`new` if it may be a passphrase; raises PassphraseRejected (empty) or PassphrasesDiffer. `again`
    None: it was typed once (a script on standard input)."""
    if not isinstance(new, str) or not new.strip():
        raise PassphraseRejected()
    if again is not None and again != new:
        raise PassphrasesDiffer()
    return new
