"""The rule for a new passphrase lives in one place, and every way in (first run, Settings, recovery,
the command line, the Vault API) uses it."""

import pytest

from survivor_vault.core.passphrase_rules import check_new_passphrase
from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import PassphraseRejected, PassphrasesDiffer
from survivor_vault.storage.key_slots import FLOOR_SETTINGS


@pytest.mark.parametrize("empty", ["", "   ", "\t\n", None, 42])
def test_empty_or_not_text_is_refused(empty):
    with pytest.raises(PassphraseRejected):
        check_new_passphrase(empty)


def test_typed_twice_it_must_be_the_same():
    assert check_new_passphrase("four calm words here", "four calm words here") == "four calm words here"
    with pytest.raises(PassphrasesDiffer):
        check_new_passphrase("four calm words here", "four calm words her")


def test_the_vault_uses_the_rule(tmp_path):
    with pytest.raises(PassphraseRejected):
        Vault.create(tmp_path / "v", "   ", kdf=FLOOR_SETTINGS)


def test_the_words_come_from_the_one_table(qapp):
    from survivor_vault.ui.error_words import words_for
    from survivor_vault.ui.form_parts import new_passphrase_problem

    assert new_passphrase_problem(" ", " ") == words_for(PassphraseRejected())
    assert new_passphrase_problem("a b c", "a b d") == words_for(PassphrasesDiffer())
    assert new_passphrase_problem("a b c", "a b c") is None
