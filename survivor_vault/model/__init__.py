"""Domain types and errors: what a goal, a service choice, a draft … is. Imports nothing of this project,
so every floor above (storage, core, sharing, ui, cli) can use them."""
