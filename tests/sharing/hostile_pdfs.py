"""Hostile files for the packet reader, made here (nothing is downloaded): bombs, lies, loops, floods.

`CORPUS` maps a name to a function returning the file's bytes (or a path to a special file).
Used by tests/sharing/test_hostile_files.py and benchmarks/hostile_files.py.
"""

from __future__ import annotations

import zlib

MIB = 1024 * 1024


def pdf(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"", size: int | None = None) -> bytes:
    """A PDF with these object bodies (numbered from 1), a correct xref table and trailer."""
    out = bytearray(b"%PDF-1.3\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    count = size if size is not None else len(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/ID [ <00> <00> ]\n" % (count, root, root)
            + trailer_extra + b">>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", length: int | None = None) -> bytes:
    return (b"<<\n/Length %d\n" % (len(data) if length is None else length) + extra + b">>\nstream\n"
            + data + b"\nendstream")


def _pages(contents: list[bytes]) -> bytes:
    """Catalog, page tree, one page per content stream."""
    n = len(contents)
    objects = [b"<<\n/Type /Catalog\n/Pages 2 0 R\n>>",
               b"<<\n/Type /Pages\n/Kids [ " + b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n))
               + b" ]\n/Count %d\n>>" % n]
    for i, content in enumerate(contents):
        objects.append(b"<<\n/Type /Page\n/Parent 2 0 R\n/MediaBox [ 0 0 595 842 ]\n/Contents %d 0 R\n>>" % (4 + 2 * i))
        objects.append(content)
    return pdf(objects)


def flate_bomb(pages: int, inflated: int = 74 * MIB) -> bytes:
    bomb = zlib.compress(b"0" * inflated, 9)
    return _pages([stream(bomb, b"/Filter /FlateDecode\n")] * pages)


def deep_nesting(depth: int = 200_000) -> bytes:
    return pdf([b"<<\n/Type /Catalog\n/X " + b"[" * depth + b"]" * depth + b"\n>>"])


def huge_xref(entries: int = 3_000_000) -> bytes:
    head = b"%PDF-1.3\n1 0 obj\n<<\n/Type /Catalog\n>>\nendobj\n"
    table = b"xref\n0 %d\n0000000000 65535 f \n" % entries + b"0000000009 00000 n \n" * (entries - 1)
    return head + table + b"trailer\n<<\n/Size %d\n/Root 1 0 R\n>>\nstartxref\n%d\n%%%%EOF\n" % (entries, len(head))


def length_lie_long() -> bytes:
    return _pages([stream(b"BT ET", length=60 * MIB)])


def length_lie_short() -> bytes:
    return _pages([stream(b"BT (hidden) Tj ET endstream endobj 9 0 obj << >> ", length=5)])


def reference_cycle() -> bytes:
    return pdf([b"<<\n/Type /Catalog\n/Pages 2 0 R\n>>", b"<<\n/Type /Pages\n/Kids [ 3 0 R ]\n/Count 1\n>>",
                b"<<\n/Type /Pages\n/Kids [ 2 0 R ]\n/Parent 2 0 R\n/Count 1\n>>"])


def length_loop() -> bytes:
    return pdf([b"<<\n/Type /Catalog\n/S 2 0 R\n>>", b"<<\n/Length 2 0 R\n>>\nstream\nxx\nendstream"])


def filter_stream(name: bytes) -> bytes:
    return _pages([stream(b"\x97JB2\r\n\x1a\n" + b"\x00" * 64, b"/Filter /" + name + b"\n")])


def many_tokens(size: int = 60 * MIB) -> bytes:
    return pdf([b"<<\n/Type /Catalog\n/X [ " + b"1 " * (size // 2) + b"]\n>>"])


def huge_hex_string(size: int = 60 * MIB) -> bytes:
    return pdf([b"<<\n/Type /Catalog\n/X <" + b"ab" * (size // 2) + b">\n>>"])


def huge_file() -> bytes:
    return b"%PDF-1.3\n" + b"\x00" * (65 * MIB)  # just over the reader's 64 MiB limit


def one_big_stream(size: int = 60 * MIB) -> bytes:
    """Shaped well: under the size limit, the reader must still stay within its memory budget."""
    return _pages([stream(b"\x00" * size)])


CODE = "bako7-dume2-fira9-goli4-kasu3"  # the code of the protected cases (the agency was told it)


def one_big_stream_protected(size: int = 60 * MIB) -> bytes:
    """The same, encrypted as our packets are: decrypting must not push memory past the budget."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(one_big_stream(size))))
    writer.encrypt(user_password=CODE, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def embedded_json(content: bytes, extra: bytes = b"") -> bytes:
    """A catalogue whose only embedded file is packet.json with this (maybe compressed) content."""
    return pdf([b"<<\n/Type /Catalog\n/Pages 2 0 R\n/Names 3 0 R\n>>", b"<<\n/Type /Pages\n/Kids [ ]\n/Count 0\n>>",
                b"<<\n/EmbeddedFiles 4 0 R\n>>", b"<<\n/Names [ (packet.json) 5 0 R ]\n>>",
                b"<<\n/Type /Filespec\n/F (packet.json)\n/EF << /F 6 0 R >>\n>>",
                stream(content, b"/Type /EmbeddedFile\n" + extra)])


def json_bomb() -> bytes:
    return embedded_json(zlib.compress(b" " * (512 * MIB), 9), b"/Filter /FlateDecode\n")


def line_continuations(size: int = 30 * MIB) -> bytes:
    """One literal string of backslash-newline pairs: it decodes to nothing, so only raw-size limits catch it."""
    return pdf([b"<<\n/Type /Catalog\n/X (" + b"\\\n" * (size // 2) + b")\n>>"])


def escaped_names(count: int = 31_000) -> bytes:
    """Names of 1,014 characters made of #-escapes (slow to decode for any parser)."""
    name = b"/" + (b"#41" * 400)[:1014]
    return pdf([b"<<\n/Type /Catalog\n/X [ " + b" ".join(name + b"%d" % i for i in range(count)) + b" ]\n>>"])


def blank_hex_strings(count: int = 480) -> bytes:
    """Hex strings of only whitespace: zero bytes decoded, 64 KiB each to read."""
    one = b"<" + b" " * 65536 + b">"
    return pdf([b"<<\n/Type /Catalog\n/X [ " + b" ".join([one] * count) + b" ]\n>>"])


def json_containers() -> bytes:
    """packet.json of millions of empty lists, small when compressed: Python would build them all."""
    return embedded_json(zlib.compress(b"[" + b"[[]]," * 800_000 + b"[]]", 9), b"/Filter /FlateDecode\n")


def json_nesting() -> bytes:
    return embedded_json(b"[" * 100_000 + b"]" * 100_000)


UNDER_LIMIT = 63 * MIB  # just under the reader's 64 MiB limit (a packet with papers may be that large)
OVER_LIMIT = 70 * MIB

CORPUS = {
    "flate bomb, one page (74 MB inflated)": lambda: flate_bomb(1),
    "flate bombs, 40 pages": lambda: flate_bomb(40),
    "flate bombs, 120 pages": lambda: flate_bomb(120),
    "deep nesting (200,000 arrays)": deep_nesting,
    "xref of 3 million entries": huge_xref,
    "/Length lie (longer than the file)": length_lie_long,
    "/Length lie (hides an object)": length_lie_short,
    "page tree cycle": reference_cycle,
    "/Length that refers to itself": length_loop,
    "JBIG2 stream": lambda: filter_stream(b"JBIG2Decode"),
    "DCT stream": lambda: filter_stream(b"DCTDecode"),
    "JPX stream": lambda: filter_stream(b"JPXDecode"),
    "CCITT stream": lambda: filter_stream(b"CCITTFaxDecode"),
    "LZW stream": lambda: filter_stream(b"LZWDecode"),
    "70 MB of tokens": lambda: many_tokens(OVER_LIMIT),
    "70 MB hex string": lambda: huge_hex_string(OVER_LIMIT),
    "70 MB stream in a well-shaped file": lambda: one_big_stream(OVER_LIMIT),
    "63 MB of tokens": lambda: many_tokens(UNDER_LIMIT),
    "63 MB hex string": lambda: huge_hex_string(UNDER_LIMIT),
    "63 MB stream in a well-shaped file": lambda: one_big_stream(UNDER_LIMIT),
    "63 MB stream, protected with a known code": lambda: one_big_stream_protected(UNDER_LIMIT),
    "packet.json: 63 MB stored": lambda: embedded_json(b" " * UNDER_LIMIT),
    "65 MB file": huge_file,
    "packet.json: flate bomb (512 MB inflated)": json_bomb,
    "packet.json: nested 100,000 deep": json_nesting,
    "packet.json: 1.6 million empty lists": json_containers,
    "30 MB of backslash-newline in one string": line_continuations,
    "31,000 names of #-escapes": escaped_names,
    "480 blank hex strings of 64 KiB": blank_hex_strings,
}
