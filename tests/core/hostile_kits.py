"""Hostile setup kits, built byte by byte: zips whose table of contents lies about what they hold."""

from __future__ import annotations

import json
import struct
import zlib

# Every field of a kit holds one of these: markup a rich-text widget would draw, and links it would follow.
LINK = '<a href="javascript:alert(1)"><b>ZQLINK</b></a>'
CLICK_HERE = '<a href="https://example.invalid/x"><span style="font-size:40pt">CLICK HERE</span></a>'

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_LOCATOR = struct.Struct("<4sLQL")


def one_member_listed_as(names: list[str], *, member: bytes | None = None, stated_entries: int | None = None) -> bytes:
    """One deflated member (2 MiB of CSV by default), and a table of contents with an entry per name in
    `names`, every one pointing at that same member (the "overlapping entries" zip bomb).

    `stated_entries` makes the end record lie about how many entries there are.
    """
    member = member if member is not None else b"id,name\n" + b"s1,Shelter\n" * (2 * 1024 * 1024 // 11)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(member) + packer.flush()
    crc = zlib.crc32(member)
    first = names[0].encode()
    local = _LOCAL.pack(b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(packed), len(member), len(first), 0) + first
    body = local + packed
    directory = b"".join(_CENTRAL.pack(b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(packed), len(member),
                                       len(name.encode()), 0, 0, 0, 0, 0, 0) + name.encode()
                         for name in names)
    count = len(names) if stated_entries is None else stated_entries
    tail = b""
    if count > 0xFFFF:
        end64_at = len(body) + len(directory)
        tail = (_END64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(directory), len(body))
                + _END64_LOCATOR.pack(b"PK\x06\x07", 0, end64_at, 1))
        count = 0xFFFF
    return body + directory + tail + _END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)


def linked_kit() -> dict:
    """A JSON kit with markup and links in every field, the agency's name being the "CLICK HERE" link."""
    agency = {"name": CLICK_HERE, "organisation": f"{LINK} agency", "role": f"{LINK} role",
              "contact": f"{LINK} contact", "notes": f"{LINK} notes"}
    services = [{"name": f"{LINK} shelter", "kind": "housing", "phone": f"{LINK} phone", "address": f"{LINK} address",
                 "hours": f"{LINK} hours", "languages": f"{LINK} languages", "notes": f"{LINK} notes"}]
    return {"format": "svault-setup-kit", "version": 1, "agency": agency, "services": services}


def linked_kit_json() -> bytes:
    return json.dumps(linked_kit()).encode()
