"""Entry point for the frozen app (PyInstaller): the same `main` as the `survivor-vault` command."""

from survivor_vault.cli import main

raise SystemExit(main())
