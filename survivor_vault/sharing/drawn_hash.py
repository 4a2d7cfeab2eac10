"""One SHA-256 over everything a PDF viewer can draw or do with a packet.

Covered: the document catalogue (every key but /Names, which holds the embedded packet.json and
packet.sig) and everything it reaches — page tree, pages, boxes, rotation, annotations, actions,
contents, resources (fonts and their programs, graphics states, images, patterns, colour spaces),
outlines, open actions, forms, optional content, metadata — and the document information
dictionary (a viewer shows its title). Stream data is hashed as stored (decrypted, still
compressed), so nothing is ever inflated to compute it.

The form is canonical: object numbers, the order of dictionary keys, string spelling (literal or
hex) and encryption do not change the hash; any change of a value does. Our own parse of the file
(`pdf_structure`) and pypdf's must agree on every value, or the file is refused: a file that two
parsers read differently is not one our builder wrote.
"""

from __future__ import annotations

from collections import deque

from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from survivor_vault.sharing.pdf_structure import (
    MAX_DRAWN_STREAM,
    Name,
    PdfShapeError,
    PdfString,
    Ref,
    Stream,
    Structure,
)
from survivor_vault.storage.sha256 import Sha256

NAMES_KEY = "Names"


def _string_bytes(theirs) -> bytes:
    if isinstance(theirs, TextStringObject):
        return bytes(theirs.original_bytes)
    if isinstance(theirs, ByteStringObject):
        return bytes(theirs)
    raise PdfShapeError("parsers disagree: string")


class _Walker:
    """Serialises values canonically while checking that both parses agree."""

    def __init__(self, structure: Structure, data: bytes, reader):
        self.structure = structure
        self.data = data
        self.reader = reader
        self.digest = Sha256()
        self.ordinals: dict[int, int] = {}
        self.queue: deque[int] = deque()

    def emit(self, *parts: bytes) -> None:
        for part in parts:
            self.digest.update(part)

    def _sized(self, tag: bytes, payload: bytes) -> None:
        self.emit(tag, str(len(payload)).encode("ascii"), b":", payload)

    def ref(self, number: int) -> int:
        if number not in self.ordinals:
            self.ordinals[number] = len(self.ordinals)
            self.queue.append(number)
        return self.ordinals[number]

    def value(self, mine, theirs, depth: int = 0, skip_key: str | None = None) -> None:
        """Write one value canonically, after checking that pypdf read the very same value from the file."""
        if depth > 40:
            raise PdfShapeError("nesting")
        for is_kind, write in _WRITERS:  # in this order: a bool is also an int, a Name also a str
            if is_kind(mine):
                write(self, mine, theirs, depth, skip_key)
                return
        raise PdfShapeError("value")  # pragma: no cover - pdf_structure makes no other kind

    def _reference(self, mine: Ref, theirs, _depth: int, _skip: str | None) -> None:
        if not isinstance(theirs, IndirectObject) or theirs.idnum != mine.number:
            raise PdfShapeError("parsers disagree: reference")
        self.emit(b"R", str(self.ref(mine.number)).encode("ascii"), b";")

    def _stream(self, mine: Stream, theirs, depth: int, _skip: str | None) -> None:
        if not isinstance(theirs, StreamObject):
            raise PdfShapeError("parsers disagree: stream")
        self.emit(b"S")
        self.value(mine.dictionary, theirs, depth + 1, skip_key="Length")
        stored = theirs._data  # as stored: decrypted, still compressed (never inflated here)
        raw = memoryview(self.data)[mine.start:mine.start + mine.length]  # no copy
        if not self.structure.encrypted and raw != stored:
            raise PdfShapeError("parsers disagree: stream data")
        self.emit(str(len(stored)).encode("ascii"), b":", stored)

    def _dictionary(self, mine: dict, theirs, depth: int, skip_key: str | None) -> None:
        if not isinstance(theirs, DictionaryObject):
            raise PdfShapeError("parsers disagree: dictionary")
        keys = sorted(k for k in mine if k != skip_key)
        theirs_keys = sorted(str(k)[1:] for k in theirs if str(k)[1:] != skip_key)
        if keys != theirs_keys:
            raise PdfShapeError("parsers disagree: keys")
        self.emit(b"<", str(len(keys)).encode("ascii"), b":")
        for key in keys:
            self._sized(b"/", key.encode("latin-1"))
            self.value(mine[key], theirs.raw_get("/" + key), depth + 1)
        self.emit(b">")

    def _array(self, mine: list, theirs, depth: int, _skip: str | None) -> None:
        if not isinstance(theirs, ArrayObject) or len(theirs) != len(mine):
            raise PdfShapeError("parsers disagree: array")
        self.emit(b"[", str(len(mine)).encode("ascii"), b":")
        for index, item in enumerate(mine):
            self.value(item, list.__getitem__(theirs, index), depth + 1)
        self.emit(b"]")

    def _name(self, mine: Name, theirs, _depth: int, _skip: str | None) -> None:
        if not isinstance(theirs, NameObject) or str(theirs) != "/" + mine:
            raise PdfShapeError("parsers disagree: name")
        self._sized(b"/", mine.encode("latin-1"))

    def _string(self, mine: PdfString, theirs, _depth: int, _skip: str | None) -> None:
        decrypted = _string_bytes(theirs)
        if not self.structure.encrypted and decrypted != bytes(mine):
            raise PdfShapeError("parsers disagree: string")
        self._sized(b"s", decrypted)

    def _boolean(self, mine: bool, theirs, _depth: int, _skip: str | None) -> None:
        if not isinstance(theirs, BooleanObject) or theirs.value is not mine:
            raise PdfShapeError("parsers disagree: boolean")
        self.emit(b"t" if mine else b"f")

    def _null(self, _mine: None, theirs, _depth: int, _skip: str | None) -> None:
        if not isinstance(theirs, NullObject):
            raise PdfShapeError("parsers disagree: null")
        self.emit(b"n")

    def _integer(self, mine: int, theirs, _depth: int, _skip: str | None) -> None:
        if not isinstance(theirs, NumberObject) or int(theirs) != mine:
            raise PdfShapeError("parsers disagree: number")
        self.emit(b"i", str(mine).encode("ascii"), b";")

    def _real(self, mine: float, theirs, _depth: int, _skip: str | None) -> None:
        if not isinstance(theirs, FloatObject | NumberObject) or float(theirs) != mine:
            raise PdfShapeError("parsers disagree: number")
        self.emit(b"d", repr(mine).encode("ascii"), b";")

    def run(self, start: list[tuple[bytes, int, str | None]]) -> None:
        skip = {number: key for _, number, key in start}
        for label, number, _ in start:
            self.emit(label)
            self.ref(number)
        while self.queue:
            number = self.queue.popleft()
            mine = self.structure.objects[number]
            if isinstance(mine, Stream) and mine.length > MAX_DRAWN_STREAM:
                raise PdfShapeError("drawn stream too large")  # before pypdf reads (and decrypts) it
            self.emit(b"O", str(self.ordinals[number]).encode("ascii"), b":")
            self.value(mine, self.reader.get_object(number), skip_key=skip.get(number))


_WRITERS = (  # (is it this kind?, how _Walker writes it), in the order they must be asked
    (lambda v: isinstance(v, Ref), _Walker._reference),
    (lambda v: isinstance(v, Stream), _Walker._stream),
    (lambda v: isinstance(v, dict), _Walker._dictionary),
    (lambda v: isinstance(v, list), _Walker._array),
    (lambda v: isinstance(v, Name), _Walker._name),
    (lambda v: isinstance(v, PdfString), _Walker._string),
    (lambda v: isinstance(v, bool), _Walker._boolean),
    (lambda v: v is None, _Walker._null),
    (lambda v: isinstance(v, int), _Walker._integer),
    (lambda v: isinstance(v, float), _Walker._real),
)


def drawn_hash(structure: Structure, data: bytes, reader) -> tuple[str, set[int]]:
    """The canonical SHA-256 (hex) of the catalogue without /Names, and of the document info; and the objects it covers.

    `reader` is a pypdf reader of the same bytes, already decrypted if the file is protected.
    """
    root, info = structure.trailer["Root"], structure.trailer["Info"]
    if not isinstance(structure.objects.get(root.number), dict):
        raise PdfShapeError("catalogue")
    walker = _Walker(structure, data, reader)
    walker.run([(b"ROOT", root.number, NAMES_KEY), (b"INFO", info.number, None)])
    return walker.digest.hexdigest(), set(walker.ordinals)
