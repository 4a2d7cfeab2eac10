"""Data files shipped with the app (service catalogue, icons, translations)."""
