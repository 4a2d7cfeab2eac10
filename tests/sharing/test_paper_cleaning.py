"""Photos go into a packet without their hidden details; damaged or uncleanable pictures never go; documents go as
they are. Checked with exiftool (an independent reader, installed by .ci/run) and by the marker strings planted in
every place a picture keeps details (tests/sharing/paper_samples.py)."""

import json
import shutil
import struct
import subprocess
import zlib

import pytest
from PySide6.QtGui import QImage

from survivor_vault.sharing import paper_cleaning
from survivor_vault.sharing.paper_cleaning import JPEG, PDF, PNG, NotCleanable, clean
from tests.sharing import paper_samples as samples
from tests.sharing.packet_fixtures import a_pdf

needs_exiftool = pytest.mark.skipif(not shutil.which("exiftool"), reason="libimage-exiftool-perl, by .ci/run")
# What exiftool may say of a picture with nothing hidden in it: the file itself and what it computes from it.
PLAIN_GROUPS = {"ExifTool", "File", "System", "Composite", "PNG", "PNG-pHYs"}
HIDDEN_TAGS = ("GPS", "Make", "Model", "DateTimeOriginal", "ImageDescription", "Orientation", "Comment", "XMP",
               "IPTC", "ICC", "Profile", "Description", "ThumbnailImage", "JFIF")


def exif_groups(tmp_path, data: bytes, name: str = "picture") -> dict[str, str]:
    """exiftool's view of the bytes: {group:tag: value} for every tag it finds."""
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(["exiftool", "-j", "-a", "-G1", "-b", str(path)], capture_output=True, text=True, check=True)
    return {key: value for key, value in json.loads(out.stdout)[0].items() if key != "SourceFile"}


def assert_nothing_hidden(data: bytes, tmp_path=None) -> None:
    for marker in samples.ALL_MARKERS:
        assert marker.encode() not in data, marker
    if tmp_path is not None and shutil.which("exiftool"):
        found = exif_groups(tmp_path, data)
        assert {key.split(":")[0] for key in found} <= PLAIN_GROUPS, sorted(found)
        assert not [key for key in found if any(tag in key.split(":")[1] for tag in HIDDEN_TAGS)], sorted(found)


def decoded(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def pixels(data: bytes) -> tuple[int, int, bytes]:
    """The picture's size and pixels, as decoded (its colour profile, if any, left aside)."""
    image = decoded(data)
    return image.width(), image.height(), bytes(image.constBits())


@needs_exiftool
def test_the_samples_really_hide_details_where_exiftool_finds_them(tmp_path):
    """The check must be able to fail: exiftool finds the planted GPS, camera, times, XMP, IPTC and comment."""
    found = exif_groups(tmp_path, samples.jpeg_with_everything(), "photo.jpg")
    text = json.dumps(found)
    for marker in (samples.MARKER, samples.MAKE, samples.MODEL, samples.XMP_MARKER, samples.IPTC_MARKER,
                   samples.COMMENT_MARKER):
        assert marker in text, marker
    assert any("GPSLatitude" in key for key in found) and any("DateTimeOriginal" in key for key in found)
    assert any(key.startswith("ICC") for key in found)
    with pytest.raises(AssertionError):
        assert_nothing_hidden(samples.jpeg_with_everything(), tmp_path)


def test_an_upright_jpeg_loses_every_hidden_detail_and_keeps_every_pixel(tmp_path):
    original = samples.jpeg_with_everything(orientation=1)
    cleaned = clean(original, JPEG)
    assert cleaned.media_type == JPEG
    assert_nothing_hidden(cleaned.data, tmp_path)
    assert pixels(cleaned.data) == pixels(original)  # rebuilt from its own segments: not one pixel re-encoded
    assert cleaned.data.endswith(b"\xff\xd9") and cleaned.data.count(b"\xff\xd8") == 1  # nothing after its end


def test_a_turned_photo_is_turned_in_its_pixels_before_its_exif_goes(tmp_path):
    """Orientation 6 (a phone held upright): shown turned a quarter clockwise. Without the EXIF, only pixels that
    were turned show it the right way up."""
    raw = QImage.fromData(samples.jpeg_with_everything(orientation=6))  # as a reader ignoring EXIF would show it
    assert (raw.width(), raw.height()) == (64, 32) and samples.left_is_red(raw)
    cleaned = clean(samples.jpeg_with_everything(orientation=6), JPEG)
    assert_nothing_hidden(cleaned.data, tmp_path)
    image = decoded(cleaned.data)
    assert (image.width(), image.height()) == (32, 64) and samples.top_is_red(image)


def test_a_png_loses_its_text_exif_and_time_and_keeps_every_pixel(tmp_path):
    original = samples.png_with_everything()
    cleaned = clean(original, PNG)
    assert cleaned.media_type == PNG
    assert_nothing_hidden(cleaned.data, tmp_path)
    for chunk in (b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME", b"iCCP"):
        assert chunk not in cleaned.data
    assert pixels(cleaned.data) == pixels(original)


@pytest.mark.parametrize("kind, make, becomes", [
    ("image/gif", samples.gif_with_comment, PNG),
    ("image/webp", samples.webp_with_everything, JPEG),
    ("image/tiff", lambda: samples.tiff(1), JPEG),
])
def test_other_pictures_are_made_again_from_their_pixels_alone(tmp_path, kind, make, becomes):
    original = make()
    assert any(marker.encode() in original for marker in samples.ALL_MARKERS)  # something was hidden
    cleaned = clean(original, kind)
    assert cleaned.media_type == becomes
    assert_nothing_hidden(cleaned.data, tmp_path)
    image = decoded(cleaned.data)
    assert samples.left_is_red(image) and not samples.top_is_red(image)


def test_qt_would_have_written_the_comment_and_profile_back_without_the_fresh_picture(tmp_path):
    """Why pictures are re-encoded from a fresh QImage: Qt's own writer puts a picture's text back as a comment,
    and its colour profile as an ICC segment."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    image = QImage.fromData(samples.jpeg_with_everything(orientation=1))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"jpeg")).write(image)
    naive = bytes(buffer.data().data())
    assert samples.COMMENT_MARKER.encode() in naive and b"ICC_PROFILE" in naive
    fresh = paper_cleaning._only_pixels(image)
    assert fresh.textKeys() == [] and not fresh.colorSpace().isValid()


def test_cleaning_again_changes_nothing():
    """The rebuilt picture is its own rebuild: nothing is left that the rebuild would still drop."""
    for data, kind in ((samples.jpeg_with_everything(orientation=1), JPEG), (samples.png_with_everything(), PNG),
                       (samples.jpeg_with_everything(orientation=6), JPEG),
                       (samples.webp_with_everything(), "image/webp")):
        once = clean(data, kind)
        assert clean(once.data, once.media_type).data == once.data


def test_the_adobe_colour_flag_is_kept_and_nothing_else_of_its_segment():
    plain = samples.encoded(samples.picture(), b"jpeg")
    adobe = b"Adobe\x00\x64" + b"QM" + b"KA" + b"\x01" + b"QMKAD-MORE"  # version, two flags, transform 1, more
    data = plain[:2] + b"\xff\xee" + struct.pack(">H", len(adobe) + 2) + adobe + plain[2:]
    cleaned = paper_cleaning.jpeg_without_details(data)
    assert b"QMKAD" not in cleaned and b"\xff\xee\x00\x0eAdobe\x00\x64\x00\x00\x00\x00\x01" in cleaned


def test_a_damaged_picture_is_never_attached():
    with pytest.raises(NotCleanable) as cut:
        clean(samples.damaged_jpeg(), JPEG)
    assert cut.value.reason == "damaged"
    png = bytearray(samples.png_with_everything())
    png[40] ^= 0xFF  # inside a chunk: its CRC no longer matches
    with pytest.raises(NotCleanable):
        clean(bytes(png), PNG)
    with pytest.raises(NotCleanable):
        clean(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, PNG)
    with pytest.raises(NotCleanable):
        clean(b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 8, "image/webp")


def test_a_picture_file_of_several_pages_is_never_attached():
    """Only the first page would go (and Qt 6.11 crashed reading the size of a two-page TIFF from memory)."""
    with pytest.raises(NotCleanable) as pages:
        clean(samples.tiff(2), "image/tiff")
    assert pages.value.reason == "pages"


def test_a_photo_qt_cannot_read_is_never_attached_as_it_is():
    """An iPhone's HEIC keeps its place and time like a JPEG, and the vault calls it just "a file"."""
    with pytest.raises(NotCleanable) as heic:
        clean(samples.heic_header(), "application/octet-stream")
    assert heic.value.reason == "format"
    with pytest.raises(NotCleanable):
        clean(b"\xff\x0a" + b"\x00" * 64, "application/octet-stream")


def test_a_pdf_and_other_files_go_exactly_as_the_vault_holds_them():
    pdf = a_pdf()
    assert clean(pdf, PDF).data is pdf
    other = b"PK\x03\x04" + zlib.compress(b"a word-processor file")
    assert clean(other, "application/octet-stream").data is other
