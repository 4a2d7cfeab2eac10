"""Qt widgets, dialogs and item models. Talks to survivor_vault.core only."""
