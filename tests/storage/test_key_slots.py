import dataclasses
import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from survivor_vault.model.errors import (
    DamagedVault,
    InvalidRecoveryKeyFormat,
    PassphraseRejected,
    WrongPassphrase,
    WrongRecoveryKey,
)
from survivor_vault.storage import recovery_key
from survivor_vault.storage.key_slots import (
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    FLOOR_SETTINGS,
    Argon2Settings,
    KeySlot,
    calibrate,
    make_legacy_recovery_slot,
    make_passphrase_slot,
    make_recovery_slot,
    new_data_key,
    open_slot,
    reseal,
    zero,
)

AWKWARD = [
    "it's \"quoted\"",
    "back\\slash\\\\x'00'",
    "emoji 🔐🌱 and ünïcödé",
    "x" * 1000,
    "'; DROP TABLE goals; --",
    "  spaces around  ",
]


@pytest.mark.parametrize("passphrase", AWKWARD)
def test_awkward_passphrases_round_trip(passphrase):
    key = new_data_key()
    slot = make_passphrase_slot(key, passphrase, "vault-a", FLOOR_SETTINGS)
    assert open_slot(slot, passphrase, "vault-a") == key
    with pytest.raises(WrongPassphrase):
        open_slot(slot, passphrase + "!", "vault-a")


@pytest.mark.parametrize("empty", ["", "   ", "\t\n"])
def test_empty_passphrase_is_refused(empty):
    with pytest.raises(PassphraseRejected):
        make_passphrase_slot(new_data_key(), empty, "v", FLOOR_SETTINGS)


def test_unicode_normalisation_lets_the_same_words_open():
    key = new_data_key()
    composed = "caf\u00e9"  # é as one code point
    decomposed = "cafe\u0301"  # e + combining accent, as some keyboards send it
    slot = make_passphrase_slot(key, composed, "v", FLOOR_SETTINGS)
    assert open_slot(slot, decomposed, "v") == key


def test_slot_is_bound_to_its_vault():
    key = new_data_key()
    slot = make_passphrase_slot(key, "pass", "vault-a", FLOOR_SETTINGS)
    with pytest.raises(WrongPassphrase):
        open_slot(slot, "pass", "vault-b")


def test_weakening_the_stored_parameters_breaks_the_slot():
    key = new_data_key()
    slot = make_passphrase_slot(key, "pass", "v", Argon2Settings(FLOOR_MEMORY_KIB, 3, 1))
    weakened = dataclasses.replace(slot, kdf={**slot.kdf, "iterations": 2})
    with pytest.raises(WrongPassphrase):
        open_slot(weakened, "pass", "v")


def test_flipped_wrapped_key_byte_fails_like_a_wrong_passphrase():
    key = new_data_key()
    slot = make_passphrase_slot(key, "pass", "v", FLOOR_SETTINGS)
    wrapped = bytearray(slot.wrapped_key)
    wrapped[3] ^= 0x01
    with pytest.raises(WrongPassphrase):
        open_slot(dataclasses.replace(slot, wrapped_key=bytes(wrapped)), "pass", "v")


def test_slot_json_round_trip():
    key = new_data_key()
    slot = make_passphrase_slot(key, "pass", "v", FLOOR_SETTINGS)
    again = KeySlot.from_json(slot.to_json())
    assert again == slot
    assert open_slot(again, "pass", "v") == key


def test_settings_below_the_owasp_floor_are_refused():
    with pytest.raises(ValueError):
        Argon2Settings(FLOOR_MEMORY_KIB - 1, FLOOR_ITERATIONS)
    with pytest.raises(ValueError):
        Argon2Settings(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS - 1)


def test_calibration_never_goes_below_the_floor_and_aims_at_the_target():
    fast = calibrate(target_seconds=0.0001)
    assert fast.memory_kib >= FLOOR_MEMORY_KIB and fast.iterations >= FLOOR_ITERATIONS
    target = 0.2
    tuned = calibrate(target_seconds=target)
    start = time.perf_counter()
    make_passphrase_slot(new_data_key(), "pass", "v", tuned)
    took = time.perf_counter() - start
    # Loose bounds: the point is that the iteration count follows the machine, not a constant.
    assert tuned.iterations >= FLOOR_ITERATIONS
    assert took < target * 4


def test_zero_clears_the_buffer():
    key = new_data_key()
    zero(key)
    assert key == bytearray(len(key))


# --- recovery keys ------------------------------------------------------------------
def test_recovery_key_has_enough_entropy_and_no_lookalikes():
    assert recovery_key.ENTROPY_BITS >= 128
    key = recovery_key.generate()
    groups = key.split("-")
    assert len(groups) == recovery_key.GROUPS and all(len(g) == recovery_key.GROUP_LENGTH for g in groups)
    for confusing in "0O1IL":
        assert confusing not in recovery_key.ALPHABET
    assert math.isclose(recovery_key.ENTROPY_BITS, recovery_key.LENGTH * math.log2(len(recovery_key.ALPHABET)))


def test_recovery_keys_differ():
    assert len({recovery_key.generate() for _ in range(50)}) == 50


def test_recovery_key_typed_loosely_still_opens():
    data_key = new_data_key()
    key = recovery_key.generate()
    slot, _mac = make_recovery_slot(data_key, key, "v")
    loose = "  " + key.lower().replace("-", " ") + "\n"
    assert open_slot(slot, loose, "v") == data_key


def test_wrong_recovery_key():
    data_key = new_data_key()
    slot, _mac = make_recovery_slot(data_key, recovery_key.generate(), "v")
    with pytest.raises(WrongRecoveryKey):
        open_slot(slot, recovery_key.generate(), "v")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_recovery_key_parser_never_crashes(text):
    try:
        normalised = recovery_key.normalise(text)
    except InvalidRecoveryKeyFormat:
        return
    assert len(normalised) == recovery_key.LENGTH


# --- sealed recovery slots: a rotation seals a new data key without the recovery key -------------------------
def test_a_sealed_recovery_slot_follows_a_new_data_key_without_the_recovery_key():
    key = recovery_key.generate()
    slot, mac_key = make_recovery_slot(new_data_key(), key, "v")
    next_key = new_data_key()
    resealed = reseal(slot, mac_key, next_key, "v")
    assert open_slot(KeySlot.from_json(resealed.to_json()), key, "v") == next_key
    assert resealed.wrapped_key == slot.wrapped_key and resealed.public_key == slot.public_key


def test_a_data_key_sealed_by_someone_else_is_refused():
    """Anyone can seal to the public key in the key file; without the MAC key (inside the vault) it is refused."""
    key = recovery_key.generate()
    slot, _mac = make_recovery_slot(new_data_key(), key, "v")
    planted = reseal(slot, b"\x00" * 32, new_data_key(), "v")  # an attacker's own data key, a guessed MAC key
    with pytest.raises(DamagedVault):
        open_slot(planted, key, "v")
    sealed_only = KeySlot(slot.kind, slot.slot_id, slot.kdf, slot.nonce, slot.wrapped_key, slot.public_key,
                          planted.sealed_key, slot.seal_mac)  # the real MAC, a different seal
    with pytest.raises(DamagedVault):
        open_slot(sealed_only, key, "v")


def test_a_swapped_public_key_does_not_open():
    key = recovery_key.generate()
    slot, _mac = make_recovery_slot(new_data_key(), key, "v")
    other, _ = make_recovery_slot(new_data_key(), recovery_key.generate(), "v")
    swapped = KeySlot(slot.kind, slot.slot_id, slot.kdf, slot.nonce, slot.wrapped_key, other.public_key,
                      slot.sealed_key, slot.seal_mac)
    with pytest.raises(WrongRecoveryKey):  # the public key is bound into the wrap of the private key
        open_slot(swapped, key, "v")


def test_an_older_recovery_slot_still_opens():
    data_key, key = new_data_key(), recovery_key.generate()
    legacy = make_legacy_recovery_slot(data_key, key, "v")
    assert not legacy.sealed
    assert open_slot(KeySlot.from_json(legacy.to_json()), key, "v") == data_key
    with pytest.raises(WrongRecoveryKey):
        open_slot(legacy, recovery_key.generate(), "v")


@pytest.mark.parametrize("field", ["public_key", "sealed_key", "seal_mac"])
def test_a_sealed_slot_with_a_field_missing_or_cut_is_damage(field):
    slot, _mac = make_recovery_slot(new_data_key(), recovery_key.generate(), "v")
    doc = slot.to_json()
    for broken in (None, doc[field][:-4]):
        bad = dict(doc)
        if broken is None:
            del bad[field]
        else:
            bad[field] = broken
        with pytest.raises(DamagedVault):
            KeySlot.from_json(bad)
