"""Making and opening share packets as jobs (core/jobs.py): read on the UI thread, build on a worker, save here.

- `PreviewPacket`: the chosen items are read from the vault when it is made (the UI thread owns the
  vault's connection); the pages are typeset and the packet built and checked on a worker;
- `SavePacket`: the protection chosen after the preview is applied (building again only if it
  changed anything), and `finish` writes the file and the consent record through the vault;
- `OpenPacket`: a packet file read and checked on a worker (no vault needed);
- `WithdrawConsent`: the consent record marked withdrawn and the signing key read when it is made (the
  UI thread), the signed withdrawal notice typeset on a worker, in the packet's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from survivor_vault.core.job import Job
from survivor_vault.model.sharing_history import SharingRecord
from survivor_vault.sharing import packet_builder
from survivor_vault.sharing.packet_builder import BuiltPacket
from survivor_vault.sharing.packet_scope import PacketScope

if TYPE_CHECKING:
    from survivor_vault.sharing.packet_reader import PacketReading

PREVIEW_WIDTH = 560  # pixels: the pages as the preview shows them


class PreviewPacket(Job):
    def __init__(self, vault, scope: PacketScope):
        # A VaultError here if the vault is locked; the papers' bytes are read on the worker, not here.
        self.prepared = packet_builder.prepare(vault, scope, papers_later=True)
        self._read = vault.reading_job() if self.prepared.papers else None

    def run(self) -> BuiltPacket:
        prepared = packet_builder.with_papers(self.prepared, self._read) if self._read else self.prepared
        return packet_builder.build(prepared, preview_width=PREVIEW_WIDTH)  # with the pages as pictures


@dataclass(frozen=True)
class SavedPacket:
    built: BuiltPacket
    record: SharingRecord
    path: str


class SavePacket(Job):
    def __init__(self, vault, preview: BuiltPacket, path: str, *, protected: bool, signed: bool):
        self._vault, self._path = vault, path
        prepared = packet_builder.with_choices(preview.prepared, protected=protected, signed=signed)
        self._ready = preview if prepared.scope == preview.prepared.scope else None
        self._prepared = prepared

    def run(self) -> BuiltPacket:
        return self._ready or packet_builder.build(self._prepared)

    def finish(self, built: BuiltPacket) -> SavedPacket:
        return SavedPacket(built, packet_builder.save(self._vault, built, self._path), self._path)


@dataclass(frozen=True)
class OpenedPacket:
    reading: PacketReading
    text: str


class OpenPacket(Job):
    def __init__(self, path: Path, code: str | None, *, ignore_end_date: bool = False):
        self._path, self._code, self._ignore_end_date = path, code, ignore_end_date

    def run(self) -> OpenedPacket:
        from survivor_vault.sharing.packet_reader import read_packet, read_packet_file, readable_text

        reading = read_packet(read_packet_file(self._path), self._code, ignore_end_date=self._ignore_end_date)
        return OpenedPacket(reading, readable_text(reading))


class WithdrawConsent(Job):
    def __init__(self, vault, record_id: int, app_language: str = "en"):
        """`app_language`: the notice's language if the record does not say which the packet was made in."""
        from survivor_vault.sharing import signing_key

        self.record = vault.history.withdraw(record_id)  # withdrawn from this moment, whatever comes next
        self._private = signing_key.load_or_create(vault)
        self._app_language = app_language

    def run(self):
        from survivor_vault.sharing.withdrawal_notice import build_notice

        return build_notice(self.record, self._private, self._app_language)  # in the packet's language
