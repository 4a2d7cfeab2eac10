"""Use cases: the vault session, keys, safekeeping (backup, restore, erase), setup kits. No Qt, no SQL.

Imports `storage` and `model`; the domain types and errors live in `model`.
"""
