"""Vault files on disk: key header, SQLCipher connection, schema, repositories.

Imports only the leaf domain-type modules of `survivor_vault.core`.
"""
