"""Values in their own order whatever the page's direction (sharing/isolated_text.py): a phone number, a fingerprint
that begins with digits, a name and an email in an Arabic packet; an Arabic name in an English one. Read back by
poppler, as an agency reads, copies or searches them."""

import shutil
import subprocess
import unicodedata
from dataclasses import replace

import pytest

from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.services import Choice
from tests.sharing.packet_fixtures import make_packet, scope_for, sign_with_digits_first

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")

ISOLATES = set("\u2066\u2067\u2068\u2069")
# poppler marks each right-to-left line, and each left-to-right run in it, with embedding controls of its own
# (U+202A-U+202E): they are not in the file. Dropped before reading, as a search box ignores them.
POPPLER_MARKS = dict.fromkeys(range(0x202A, 0x202F))


def read_back(path, code: str, *options: str) -> str:
    raw = subprocess.run(["pdftotext", *options, "-upw", code, str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert not ISOLATES & set(raw), "an isolate character came out with the text: a search would miss the value"
    return " ".join(unicodedata.normalize("NFKC", raw).translate(POPPLER_MARKS).split())


def a_packet(vault, tmp_path, language: str, *, recipient: str, organisation: str, name: str, contact: str,
             contact_ways: str):
    kinds = {kind.key: kind for kind in vault.services.kinds()}
    service = vault.services.add_choice(kinds["housing"].id, Choice.USING, provider="Harbour Housing",
                                        contact=contact)
    vault.about_me.save(AboutMe(preferred_name=name, contact_ways=contact_ways))
    refs = {"service": ItemRef(Section.SERVICES, str(service.id)),
            "name": ItemRef(Section.ABOUT_ME, "preferred_name"), "ways": ItemRef(Section.ABOUT_ME, "contact_ways")}
    scope = replace(scope_for(refs, list(refs)), language=language, recipient_name=recipient,
                    recipient_organisation=organisation)
    built, record = make_packet(vault, scope, tmp_path / f"{language}.pdf")
    return built, record, tmp_path / f"{language}.pdf"


def test_an_arabic_packet_keeps_a_phone_number_a_fingerprint_a_name_and_an_email_as_typed(vault, tmp_path):
    """Found in an Arabic packet: "+1 555 0100" read "0100 555 1+", and the fingerprint's first group, all
    digits, stood after the other seven."""
    fingerprint = sign_with_digits_first(vault)
    built, _, path = a_packet(vault, tmp_path, "ar", recipient="Jo Rivera", organisation="Harbour Housing",
                              name="Sam Lee", contact="+1 555 0100", contact_ways="sam.lee@example.org")
    assert built.doc["signer"]["fingerprint"] == fingerprint
    for options in ((), ("-layout",)):
        text = read_back(path, built.code, *options)
        assert "معلومات اخترت مشاركتها معكم" in text  # the page is in Arabic
        for typed in ("+1 555 0100", fingerprint, "Sam Lee", "sam.lee@example.org", "Jo Rivera, Harbour Housing"):
            assert typed in text, (options, typed, text)


def test_an_arabic_name_in_an_english_packet_stays_whole_and_apart(vault, tmp_path):
    """An Arabic name took the organisation's digits into its own run: "with سارة أحمد, 24/7 Helpline" read
    "with 24/7 ,سارة أحمد Helpline"."""
    built, _, path = a_packet(vault, tmp_path, "en", recipient="سارة أحمد", organisation="24/7 Helpline",
                              name="سارة", contact="+1 555 0100", contact_ways="سارة@example.org")
    for options in ((), ("-layout",)):
        text = read_back(path, built.code, *options)
        assert "in this packet with سارة أحمد, 24/7 Helpline, for this purpose" in text, (options, text)
        assert text.count("سارة أحمد, 24/7 Helpline") == 2, text  # beside "For" too, in the page's order
        assert "+1 555 0100" in text


def test_an_arabic_withdrawal_notice_keeps_the_fingerprint_and_the_names_as_typed(vault, tmp_path):
    from survivor_vault.sharing import signing_key
    from survivor_vault.sharing.withdrawal_notice import build_notice

    fingerprint = sign_with_digits_first(vault)
    built, record, _ = a_packet(vault, tmp_path, "ar", recipient="Jo Rivera", organisation="24/7 Helpline",
                                name="Sam Lee", contact="+1 555 0100", contact_ways="")
    notice = build_notice(vault.history.withdraw(record.id), signing_key.load_or_create(vault))  # in the packet's: ar
    path = tmp_path / "notice.pdf"
    path.write_bytes(notice.data)
    for options in ((), ("-layout",)):
        raw = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
        assert not ISOLATES & set(raw)
        text = " ".join(unicodedata.normalize("NFKC", raw).translate(POPPLER_MARKS).split())
        assert fingerprint in text and built.packet_id in text and "Jo Rivera, 24/7 Helpline" in text, text
