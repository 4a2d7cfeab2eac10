"""The strict shape of a share packet's PDF: the file our builder writes, and nothing else.

Checked on the raw bytes before any PDF library reads them, within fixed limits, so that a hostile
file costs little time and memory and no decoder ever runs:

- one classic cross-reference table, one trailer, no later revision (an incremental update is
  refused), no object or cross-reference streams;
- every byte of the file belongs to the header, to exactly one object listed in that table, or to
  the table and trailer: there is nowhere to hide a second copy of an object for a viewer that
  rebuilds a broken table;
- no comments inside objects, no duplicate dictionary keys (readers disagree on which one wins),
  references only to listed objects;
- streams have a direct /Length, no filter but /FlateDecode, no external data;
- encryption, if any, is AES-256 (revision 6), the only kind our builder writes.

Nothing is decoded or decrypted here; `drawn_hash` and the packet reader work on what passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_OBJECTS = 20_000
MAX_TOKENS = 100_000  # a 200-item packet has about 7,000
MAX_DEPTH = 32
MAX_STRING = 16 * 1024
MAX_STRING_TOTAL = 1024 * 1024
# Everything but stream data (dictionaries, arrays, names, strings, whitespace, the table): what a
# parser may walk a byte at a time. A 200-item packet has 33 KiB of it (and a 20,000-object table
# is 0.4 MiB), so the limit is 1 MiB beside the table.
MAX_SYNTAX_BYTES = 1024 * 1024
MAX_PAGES = 2_000
# One stream a viewer draws (a page's contents, a font, an image): a 200-item packet's largest is 6 KiB. Checked
# before pypdf loads one (drawn_hash), so no drawn stream makes it hold and decrypt megabytes: only the attached
# papers are large, and each of those is loaded only if packet.json lists its exact size (packet_reader).
MAX_DRAWN_STREAM = 8 * 1024 * 1024

_WS = b"\x00\t\n\x0c\r "
_REGULAR = rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]"
_END = rb"(?=[\x00\t\n\x0c\r ()<>\[\]{}/%]|\Z)"
_TOKEN = re.compile(
    rb"[\x00\t\n\x0c\r ]*(?:"
    rb"(?P<name>/" + _REGULAR + rb"{0,1024})" + _END
    + rb"|(?P<real>[+-]?(?:\d{1,32}\.\d{0,32}|\.\d{1,32}))" + _END
    + rb"|(?P<int>[+-]?\d{1,32})" + _END
    + rb"|(?P<dopen><<)|(?P<dclose>>>)|(?P<aopen>\[)|(?P<aclose>\])"
    + rb"|(?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]{0," + str(4 * MAX_STRING).encode() + rb"}>)"
    rb"|(?P<lit>\()"
    rb"|(?P<kw>true|false|null|R|endobj|stream)" + _END
    + rb")")
_STRING_SPECIAL = re.compile(rb"[()\\]")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f",
            ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
# Separators where the builder writes one line break: bounded, so no run of padding goes uncounted.
_HEADER = re.compile(rb"%PDF-1\.[0-7]\r?\n(?:%[^\r\n]{0,64}\r?\n)?")
_TAIL = re.compile(rb"startxref\r?\n(\d{1,12})\r?\n%%EOF(?:\r?\n)?\Z")
_XREF_HEAD = re.compile(rb"xref\r?\n0 (\d{1,7})\r?\n")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)")
_OBJ_HEAD = re.compile(rb"(\d{1,7}) (\d{1,5}) obj")
_STREAM_END = re.compile(rb"(?:\r\n|\n|\r)?endstream[\x00\t\n\x0c\r ]+endobj[\x00\t\n\x0c\r ]*\Z")
_AFTER_ENDOBJ = re.compile(rb"[\x00\t\n\x0c\r ]*\Z")
TRAILER_KEYS = {"Size", "Root", "Info", "ID", "Encrypt"}
STREAM_KEYS_REFUSED = {"F", "FFilter", "FDecodeParms", "DecodeParms", "DL"}


class PdfShapeError(ValueError):
    """The file is not shaped like a packet our builder writes (the reason is for logs and tests)."""


class Name(str):
    """A PDF name, #-escapes decoded, without the slash."""


class PdfString(bytes):
    """A PDF string's bytes, escapes decoded (still encrypted in a protected file)."""


@dataclass(frozen=True)
class Ref:
    number: int
    generation: int


@dataclass(frozen=True)
class Stream:
    dictionary: dict
    start: int  # offset of the raw (still encoded, maybe encrypted) data in the file
    length: int


@dataclass
class Structure:
    objects: dict[int, object]
    trailer: dict
    encrypted: bool
    pages: int
    refs_to: set[int] = field(default_factory=set)

    def get(self, value):
        """Follow a reference (one step)."""
        return self.objects[value.number] if isinstance(value, Ref) else value


class _Counter:
    def __init__(self):
        self.tokens = 0
        self.string_bytes = 0
        self.syntax_bytes = 0


def _literal(data: bytes, pos: int, counter: _Counter) -> tuple[PdfString, int]:
    """A literal string starting just after '(' at pos; returns its bytes and the position after ')'."""
    out = bytearray()
    depth = 1
    start = pos
    while True:
        match = _STRING_SPECIAL.search(data, pos)
        if match is None or match.end() - start > 4 * MAX_STRING:  # raw bytes, whatever they decode to
            raise PdfShapeError("string")
        out += data[pos:match.start()]
        char = data[match.start()]
        pos = match.end()
        if char == 0x5C:  # backslash
            if pos >= len(data):
                raise PdfShapeError("string")
            nxt = data[pos]
            if nxt in _ESCAPES:
                out += _ESCAPES[nxt]
                pos += 1
            elif 0x30 <= nxt <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", data[pos:pos + 3]).group()
                out.append(int(digits, 8) & 0xFF)
                pos += len(digits)
            else:  # a line continuation or a needless escape: never written by the builder, slow to parse
                raise PdfShapeError("string escape")
        elif char == 0x28:
            depth += 1
            out.append(char)
        else:
            depth -= 1
            if depth == 0:
                break
            out.append(char)
        if len(out) > MAX_STRING:
            raise PdfShapeError("string")
    counter.string_bytes += len(out)
    if counter.string_bytes > MAX_STRING_TOTAL:
        raise PdfShapeError("strings")
    return PdfString(bytes(out)), pos


def _hex(token: bytes, counter: _Counter) -> PdfString:
    digits = bytes(ch for ch in token[1:-1] if ch not in _WS)
    if len(digits) > 2 * MAX_STRING:
        raise PdfShapeError("string")
    if len(digits) % 2:
        digits += b"0"
    counter.string_bytes += len(digits) // 2
    if counter.string_bytes > MAX_STRING_TOTAL:
        raise PdfShapeError("strings")
    return PdfString(bytes.fromhex(digits.decode("ascii")))


def _name(token: bytes) -> Name:
    if token.count(b"#") != len(_NAME_ESCAPE.findall(token)):
        raise PdfShapeError("name")
    return Name(_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), token[1:]).decode("latin-1"))


def _close_dict(items: list) -> dict:
    if len(items) % 2:
        raise PdfShapeError("dictionary")
    result: dict = {}
    for key, value in zip(items[::2], items[1::2], strict=True):
        if not isinstance(key, Name) or key in result:
            raise PdfShapeError("dictionary key")
        result[key] = value
    return result


def _next_token(data: bytes, pos: int, end: int, counter: _Counter) -> tuple[str, bytes, int]:
    """The next token's kind and bytes, and where the one after starts; every token and byte is counted."""
    if counter.syntax_bytes > MAX_SYNTAX_BYTES:
        raise PdfShapeError("too much syntax")
    match = _TOKEN.match(data, pos, end)
    if match is None:
        raise PdfShapeError("token")
    counter.tokens += 1
    if counter.tokens > MAX_TOKENS:
        raise PdfShapeError("too many tokens")
    counter.syntax_bytes += match.end() - pos
    kind = match.lastgroup
    return kind, match.group(kind), match.end()


_SIMPLE_VALUES = {
    "name": lambda token, _counter: _name(token),
    "int": lambda token, _counter: int(token),
    "real": lambda token, _counter: float(token),
    "hex": _hex,
}
_OPEN = {"dopen": "dict", "aopen": "array"}
_CLOSE = {"dclose": "dict", "aclose": "array"}
_CONSTANTS = {"true": True, "false": False, "null": None}


def _nest(kind: str, stack: list[tuple[str, list]]) -> None:
    """Open or close a dictionary or an array; a closed one becomes a value of the one around it."""
    if kind in _OPEN:
        if len(stack) > MAX_DEPTH:
            raise PdfShapeError("nesting")
        stack.append((_OPEN[kind], []))
        return
    want = _CLOSE[kind]
    if stack[-1][0] != want:
        raise PdfShapeError("unbalanced")
    _, closed = stack.pop()
    stack[-1][1].append(_close_dict(closed) if want == "dict" else closed)


def _keyword(word: str, items: list, depth: int, stop: tuple[str, ...]) -> str | None:
    """A reference, a constant, or (at the top) the keyword that ends the value: returned; anything else refused."""
    if word == "R":
        if len(items) < 2 or not all(type(v) is int and v >= 0 for v in items[-2:]):
            raise PdfShapeError("reference")
        generation = items.pop()
        number = items.pop()
        items.append(Ref(number, generation))
        return None
    if word in _CONSTANTS:
        items.append(_CONSTANTS[word])
        return None
    if depth == 1 and word in stop:
        if len(items) != 1:
            raise PdfShapeError("object")
        return word
    raise PdfShapeError("keyword")


def parse_value(data: bytes, pos: int, end: int, counter: _Counter, stop: tuple[str, ...]) -> tuple[object, int, str]:
    """One PDF value from pos, followed by one of the keywords in `stop`; returns (value, position, keyword)."""
    stack: list[tuple[str, list]] = [("top", [])]
    while True:
        kind, token, pos = _next_token(data, pos, end, counter)
        items = stack[-1][1]
        if kind in _SIMPLE_VALUES:
            items.append(_SIMPLE_VALUES[kind](token, counter))
        elif kind == "lit":
            value, after = _literal(data, pos, counter)
            counter.syntax_bytes += after - pos
            pos = after
            items.append(value)
        elif kind in _OPEN or kind in _CLOSE:
            _nest(kind, stack)
        else:
            word = _keyword(token.decode("ascii"), items, len(stack), stop)
            if word is not None:
                return items[0], pos, word


def _object(data: bytes, number: int, start: int, end: int, counter: _Counter) -> object:
    head = _OBJ_HEAD.match(data, start, end)
    if head is None or int(head.group(1)) != number or int(head.group(2)) != 0:
        raise PdfShapeError("object header")
    value, pos, word = parse_value(data, head.end(), end, counter, ("endobj", "stream"))
    if word == "endobj":
        if _AFTER_ENDOBJ.match(data, pos, end) is None:
            raise PdfShapeError("bytes after an object")
        return value
    return _stream(data, value, pos, end)


def _stream(data: bytes, value: object, pos: int, end: int) -> Stream:
    """A stream: the dictionary gives the exact length of its data; nothing else may follow."""
    if not isinstance(value, dict):
        raise PdfShapeError("stream")
    length = value.get("Length")
    if type(length) is not int or length < 0:
        raise PdfShapeError("stream length")
    if data[pos:pos + 2] == b"\r\n":
        pos += 2
    elif data[pos:pos + 1] == b"\n":
        pos += 1
    else:
        raise PdfShapeError("stream")
    if pos + length > end or _STREAM_END.match(data, pos + length, end) is None:
        raise PdfShapeError("stream length")
    if STREAM_KEYS_REFUSED & set(value) or value.get("Type") in ("ObjStm", "XRef"):
        raise PdfShapeError("stream kind")
    filters = value.get("Filter")
    if filters is not None and filters != "FlateDecode":
        raise PdfShapeError("filter")  # JBIG2, DCT, JPX, CCITT, LZW … are never written by our builder
    return Stream(value, pos, length)


def _collect_refs(value, into: set[int]) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Ref):
            into.add(item.number)
            if item.generation != 0:
                raise PdfShapeError("reference")
        elif isinstance(item, Stream):
            stack.append(item.dictionary)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _check_encryption(structure: Structure) -> None:
    encrypt = structure.get(structure.trailer["Encrypt"])
    expected = {"Filter": "Standard", "V": 5, "R": 6, "Length": 256, "StmF": "StdCF", "StrF": "StdCF"}
    if not isinstance(encrypt, dict) or any(encrypt.get(k) != v for k, v in expected.items()):
        raise PdfShapeError("encryption")
    if set(encrypt) - {*expected, "CF", "O", "U", "OE", "UE", "Perms", "P", "EncryptMetadata"}:
        raise PdfShapeError("encryption")
    filters = encrypt.get("CF")
    std = filters.get("StdCF") if isinstance(filters, dict) and set(filters) == {"StdCF"} else None
    if not isinstance(std, dict) or std.get("CFM") != "AESV3" or set(std) - {"CFM", "AuthEvent", "Length"}:
        raise PdfShapeError("encryption")
    if not all(isinstance(encrypt.get(k), PdfString) for k in ("O", "U", "OE", "UE", "Perms")):
        raise PdfShapeError("encryption")


def _offsets(data: bytes, first_byte: int, xref_at: int) -> tuple[int, dict[int, int], int]:
    """The cross-reference table: (size, object number -> offset, where the table ends). One section only."""
    xref = _XREF_HEAD.match(data, xref_at) if xref_at < len(data) else None
    if xref is None:
        raise PdfShapeError("cross-reference table")
    size = int(xref.group(1))
    if not 2 <= size <= MAX_OBJECTS:
        raise PdfShapeError("object count")
    offsets: dict[int, int] = {}
    pos = xref.end()
    for number in range(size):
        entry = _XREF_ENTRY.match(data, pos)
        if entry is None:
            raise PdfShapeError("cross-reference entry")
        pos = entry.end()
        offset, generation, kind = int(entry.group(1)), int(entry.group(2)), entry.group(3)
        if number == 0:
            if kind != b"f" or generation != 65535:
                raise PdfShapeError("cross-reference entry")
            continue
        if kind != b"n" or generation != 0 or not first_byte <= offset < xref_at:
            raise PdfShapeError("cross-reference entry")
        offsets[number] = offset
    return size, offsets, pos


def _trailer(data: bytes, pos: int, end: int, size: int, counter: _Counter) -> dict:
    trailer_start = re.compile(rb"trailer\r?\n").match(data, pos)
    if trailer_start is None:
        raise PdfShapeError("trailer")
    trailer = _trailer_dict(data, trailer_start.end(), end, counter)
    if not isinstance(trailer, dict) or set(trailer) - TRAILER_KEYS or trailer.get("Size") != size \
            or not isinstance(trailer.get("Root"), Ref) or not isinstance(trailer.get("Info"), Ref):
        raise PdfShapeError("trailer")
    return trailer


def _objects(data: bytes, offsets: dict[int, int], first_byte: int, xref_at: int, counter: _Counter) -> dict:
    """Every object, in file order: one after the other with nothing but whitespace before the first."""
    ordered = sorted(offsets.items(), key=lambda item: item[1])
    if data[first_byte:ordered[0][1]].strip(_WS):
        raise PdfShapeError("bytes before the first object")
    objects: dict[int, object] = {}
    for index, (number, start) in enumerate(ordered):
        end = ordered[index + 1][1] if index + 1 < len(ordered) else xref_at
        if end <= start:
            raise PdfShapeError("objects overlap")
        objects[number] = _object(data, number, start, end, counter)
    return objects


def _check_links(structure: Structure) -> None:
    """Every reference reaches an object; not too many pages; our encryption; two document ids."""
    _collect_refs(structure.trailer, structure.refs_to)
    for value in structure.objects.values():
        _collect_refs(value, structure.refs_to)
    if not structure.refs_to <= set(structure.objects):
        raise PdfShapeError("reference to a missing object")
    structure.pages = sum(1 for v in structure.objects.values() if isinstance(v, dict) and v.get("Type") == "Page")
    if structure.pages > MAX_PAGES:
        raise PdfShapeError("too many pages")
    if structure.encrypted:
        if not isinstance(structure.trailer["Encrypt"], Ref):
            raise PdfShapeError("encryption")
        _check_encryption(structure)
    ids = structure.trailer.get("ID")
    if not (isinstance(ids, list) and len(ids) == 2 and all(isinstance(i, PdfString) for i in ids)):
        raise PdfShapeError("document id")


def scan(data: bytes) -> Structure:
    """Check the whole file's shape (PdfShapeError if it is not ours); returns its objects, undecoded."""
    header = _HEADER.match(data)
    tail = _TAIL.search(data, max(0, len(data) - 64))
    if header is None or tail is None:
        raise PdfShapeError("header or end")
    xref_at = int(tail.group(1))
    size, offsets, pos = _offsets(data, header.end(), xref_at)
    counter = _Counter()
    trailer = _trailer(data, pos, tail.start(), size, counter)
    objects = _objects(data, offsets, header.end(), xref_at, counter)
    stream_bytes = sum(v.length for v in objects.values() if isinstance(v, Stream))
    if len(data) - stream_bytes - (pos - xref_at) > MAX_SYNTAX_BYTES + 64 * 1024:
        raise PdfShapeError("too much syntax")  # whitespace between objects counts too
    structure = Structure(objects, trailer, "Encrypt" in trailer, 0)
    _check_links(structure)
    return structure


def _trailer_dict(data: bytes, start: int, end: int, counter: _Counter) -> object:
    """The trailer dictionary: only whitespace may stand between it and startxref."""
    if end - start > MAX_STRING:  # before stripping: padding counts too
        raise PdfShapeError("trailer")
    text = data[start:end].rstrip(_WS)
    if not text.startswith(b"<<") or end - start - len(text) > 2:
        raise PdfShapeError("trailer")
    value, _, _ = parse_value(text + b" endobj", 0, len(text) + 7, counter, ("endobj",))
    return value
