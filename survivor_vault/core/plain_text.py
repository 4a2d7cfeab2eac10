"""Text from outside made safe to show: see model/plain_text.py (storage uses it too, for file names)."""

from survivor_vault.model.plain_text import without_controls

__all__ = ["without_controls"]
