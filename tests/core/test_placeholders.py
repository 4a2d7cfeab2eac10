"""core/placeholders.fill: values put into translated sentences."""

from survivor_vault.core.placeholders import fill


def test_a_value_is_put_in_once_and_never_read_again():
    assert fill("%1 and %2", "%2", "b") == "%2 and b"
    assert fill("%1 of %3", 1) == "1 of %3"


def test_a_sentences_full_stop_is_not_written_twice_after_a_value_that_ends_with_one():
    assert fill("Consent until %1.", "7 января 2027 г.") == "Consent until 7 января 2027 г."
    assert fill("Purpose: %1. Until %2.", "Housing help.", "today") == "Purpose: Housing help. Until today."
    assert fill("Reading %1...", "a.") == "Reading a..."  # an ellipsis keeps its three stops
    assert fill("%1.", 3) == "3." and fill("%1.%2", "1", "2") == "1.2"
