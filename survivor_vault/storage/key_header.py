"""The key header file (`vault.keys`) and its mirror (`vault.keys.bak`).

A small versioned JSON document: the vault id, when it was made, the generation (one more at
every change) and the key slots. It holds no secret in the clear. It carries a SHA-256 checksum
of its own content, so a flipped bit reads as damage (and the copy is used), never as a wrong
passphrase. It is written atomically and mirrored; of two readable copies the one with the higher
generation wins, so an old copy can never replace a newer one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from survivor_vault.model.errors import DamagedVault, VaultNotFound, VaultTooNew
from survivor_vault.storage.key_slots import PASSPHRASE, RECOVERY, KeySlot
from survivor_vault.storage.sha256 import Sha256
from survivor_vault.storage.vault_folder import VaultFolder, write_atomically

FORMAT = "svault-keys"
VERSION = 2  # 2: recovery slots may be sealed (storage/key_slots); version 1 files still read
MAX_HEADER_BYTES = 64 * 1024


@dataclass(frozen=True)
class KeyHeader:
    vault_id: str
    created: datetime
    slots: tuple[KeySlot, ...]
    generation: int = 1
    tries_key: str | None = None  # base64 X25519 public key that wrong tries are sealed to (storage/wrong_tries)

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    @property
    def passphrase_slot(self) -> KeySlot | None:
        return self.slot(PASSPHRASE)

    @property
    def recovery_slot(self) -> KeySlot | None:
        return self.slot(RECOVERY)

    def with_slot(self, slot: KeySlot) -> KeyHeader:
        """A new header with `slot` replacing any slot of the same kind."""
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return replace(self, slots=(*others, slot), generation=self.generation + 1)

    def without(self, kind: str) -> KeyHeader:
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind),
                       generation=self.generation + 1)

    def with_tries_key(self, public_b64: str) -> KeyHeader:
        return replace(self, tries_key=public_b64, generation=self.generation + 1)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created.isoformat(),
            "generation": self.generation,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.tries_key is not None:
            doc["tries_key"] = self.tries_key
        doc["checksum"] = _checksum(doc)
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyHeader:
        doc = _checked_document(data)
        vault_id = doc.get("vault_id")
        generation = doc.get("generation", 1)
        slots = doc.get("slots")
        if not isinstance(vault_id, str) or not vault_id or not isinstance(slots, list) \
                or not isinstance(generation, int):
            raise DamagedVault()
        try:
            created = datetime.fromisoformat(doc.get("created"))
        except (TypeError, ValueError) as exc:
            raise DamagedVault() from exc
        parsed = tuple(KeySlot.from_json(s) for s in slots)
        if not any(s.kind == PASSPHRASE for s in parsed):
            raise DamagedVault()
        tries_key = doc.get("tries_key")
        if tries_key is not None and not (isinstance(tries_key, str) and len(tries_key) == 44):
            raise DamagedVault()
        return cls(vault_id, created, parsed, generation, tries_key)


def _checked_document(data: bytes) -> dict:
    """The header's JSON, of our format, not newer than this app, and matching its checksum (if it has one)."""
    if len(data) > MAX_HEADER_BYTES:
        raise DamagedVault()
    try:
        doc: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DamagedVault() from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DamagedVault()
    version = doc.get("version")
    if not isinstance(version, int):
        raise DamagedVault()
    if version > VERSION:
        raise VaultTooNew()  # before the checksum: a newer app may sum differently
    checksum = doc.pop("checksum", None)  # headers written before it existed have none
    if checksum is not None and checksum != _checksum(doc):
        raise DamagedVault()
    return doc


def _checksum(doc: dict) -> str:
    """SHA-256 of the header's content (for damage, not for attackers: the slots' own AEAD is for those)."""
    return Sha256(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def new_header(vault_id: str, slots: tuple[KeySlot, ...]) -> KeyHeader:
    return KeyHeader(vault_id, datetime.now(UTC).replace(microsecond=0), slots)


@dataclass(frozen=True)
class LoadedHeader:
    header: KeyHeader
    from_mirror: bool  # the primary was missing, damaged or older, and the mirror was used
    mirror_ok: bool  # the mirror exists and equals the primary


def read_copy(path) -> KeyHeader | None:
    """The header at `path`, or None if missing or damaged."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return None
    try:
        return KeyHeader.from_bytes(data)
    except DamagedVault:
        return None


def load(folder: VaultFolder) -> LoadedHeader:
    """Read the header, falling back to the mirror. VaultNotFound / DamagedVault if neither will do.

    A key rotation that committed but could not yet install its key file (a full disk) left it as
    `vault.keys.next`: that one is the primary then (storage/key_rotation).
    """
    primary = read_copy(folder.keys)
    if folder.rotation_committed():
        pending = read_copy(folder.keys_next)
        if pending is not None and (primary is None or pending.generation > primary.generation):
            return LoadedHeader(pending, False, False)
    mirror = read_copy(folder.keys_mirror)
    if primary is not None and (mirror is None or primary.generation >= mirror.generation):
        return LoadedHeader(primary, False, mirror == primary)
    if mirror is not None:  # the primary is missing, damaged, or older than its copy: never go back
        return LoadedHeader(mirror, True, primary is None or primary == mirror)
    if not folder.keys.exists() and not folder.keys_mirror.exists():
        if folder.db.exists():
            raise DamagedVault("The vault's key file is missing, and so is its copy. "
                               "Without it the vault cannot be opened.")
        raise VaultNotFound()
    raise DamagedVault("The vault's key file and its copy are both damaged. Nothing has been changed.")


def save(folder: VaultFolder, header: KeyHeader) -> None:
    """Write the primary, then the mirror; each atomically."""
    data = header.to_bytes()
    write_atomically(folder.keys, data)
    write_atomically(folder.keys_mirror, data)
