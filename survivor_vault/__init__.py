"""Survivor Vault: a private, offline vault for a survivor's own plan."""

__version__ = "0.1.0"
