"""One class per screen of the unlocked vault."""
