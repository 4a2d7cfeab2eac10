"""The names papers carry inside a packet, and the check that a packet's papers carry only such names.

Without Qt (the agency's reader uses it): `file_name` makes `paper-` and a number, the title's letters and digits in
plain ASCII, and an extension from what the bytes are; `made_by_the_builder` tells the reader whether a name and type
are ones the builder makes for those bytes.
"""

from __future__ import annotations

import re
import unicodedata

PDF, JPEG, PNG, OTHER = "application/pdf", "image/jpeg", "image/png", "application/octet-stream"
_EXTENSIONS = {PDF: "pdf", JPEG: "jpg", PNG: "png"}
# Other files keep their own extension only if it names an everyday document (so the agency can open it), else .bin.
_KEPT_EXTENSIONS = {"txt", "rtf", "doc", "docx", "odt", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "odp", "bmp"}
EXTENSIONS = frozenset(_EXTENSIONS.values()) | _KEPT_EXTENSIONS | {"bin"}
SLUG_MOST = 40
FILE_NAME = re.compile(r"paper-[0-9]{1,4}(-[A-Za-z0-9]+)*\.(" + "|".join(sorted(EXTENSIONS)) + ")")  # as the schema


def slug(title: str) -> str:
    """The title's letters and digits in plain ASCII, words joined by hyphens, at most SLUG_MOST characters."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = ""
    for word in re.findall(r"[A-Za-z0-9]+", ascii_text):
        joined = f"{text}-{word}" if text else word
        if len(joined) > SLUG_MOST:
            return text or word[:SLUG_MOST]  # whole words; one very long word is cut
        text = joined
    return text


def file_name(number: int, width: int, title: str, media_type: str, original_name: str) -> str:
    """A safe, neutral name for the attached file: `paper-07-Lease.pdf`; numbers padded so names sort in order."""
    extension = _EXTENSIONS.get(media_type)
    if extension is None:
        own = original_name.rsplit(".", 1)[-1].lower() if "." in original_name else ""
        extension = own if own in _KEPT_EXTENSIONS else "bin"
    words = slug(title)
    return f"paper-{number:0{width}d}" + (f"-{words}" if words else "") + f".{extension}"


def made_by_the_builder(entry: dict, data: bytes) -> bool:
    """Whether an attached paper's name and type are ones `file_name` and `clean` make for these bytes: a PDF, JPEG
    or PNG (by its first bytes) as .pdf, .jpg or .png, anything else as an everyday document's extension or .bin,
    never a name a system would run (.exe, .js, .hta, .lnk: a forged packet carried a signed .exe, found by an
    attack; any vault's key can sign)."""
    from survivor_vault.storage.papers_repository import media_type as sniffed_type

    extension = entry["file_name"].rsplit(".", 1)[-1]
    sniffed = sniffed_type(data[:16])
    if sniffed in _EXTENSIONS:
        return entry["media_type"] == sniffed and extension == _EXTENSIONS[sniffed]
    return entry["media_type"] == OTHER and extension in _KEPT_EXTENSIONS | {"bin"}
