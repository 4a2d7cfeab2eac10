"""Papers' bytes read on a worker thread, through the connection `Vault.reading_job` gives it."""

from __future__ import annotations

from survivor_vault.model.errors import PaperDamaged
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.papers_repository import PapersRepository


def read_papers(conn, paper_ids) -> dict[int, bytes | None]:
    """Each paper's bytes, checked against its hash; None for one that is damaged (the caller says which)."""
    repo = PapersRepository(conn, ActivityRepository(conn))
    found: dict[int, bytes | None] = {}
    for paper_id in paper_ids:
        try:
            found[paper_id] = repo.read_bytes(paper_id)
        except PaperDamaged:
            found[paper_id] = None
    return found
