"""Vaults with marker strings in every item, and packets made from them."""

from __future__ import annotations

from datetime import date, timedelta

from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.permissions import ItemRef, Section
from survivor_vault.model.services import Choice
from survivor_vault.sharing import packet_builder
from survivor_vault.sharing.packet_scope import PacketScope

MARK = {
    "goal_a": "QMKGOALALPHA", "goal_a_step": "QMKSTEPALPHA", "goal_a_notes": "QMKNOTESALPHA",
    "goal_b": "QMKGOALBRAVO",
    "svc_a": "QMKPROVIDERALPHA", "svc_a_feedback": "QMKFEEDBACKALPHA", "svc_a_notes": "QMKSVCNOTESALPHA",
    "svc_b": "QMKPROVIDERBRAVO",
    "name": "QMKPREFNAME", "strengths": "QMKSTRENGTHS",
}


def fill_markers(vault) -> dict[str, ItemRef]:
    a = vault.goals.add(MARK["goal_a"], notes=MARK["goal_a_notes"], steps=[MARK["goal_a_step"]])
    b = vault.goals.add(MARK["goal_b"])
    kinds = {k.key: k for k in vault.services.kinds()}
    sa = vault.services.add_choice(kinds["housing"].id, Choice.USING, provider=MARK["svc_a"],
                                   notes=MARK["svc_a_notes"], feedback_working=MARK["svc_a_feedback"])
    sb = vault.services.add_choice(kinds["legal"].id, Choice.INTERESTED, provider=MARK["svc_b"])
    vault.about_me.save(AboutMe(preferred_name=MARK["name"], strengths=MARK["strengths"]))
    return {
        "goal_a": ItemRef(Section.GOALS, str(a.id)), "goal_b": ItemRef(Section.GOALS, str(b.id)),
        "svc_a": ItemRef(Section.SERVICES, str(sa.id)), "svc_b": ItemRef(Section.SERVICES, str(sb.id)),
        "name": ItemRef(Section.ABOUT_ME, "preferred_name"), "strengths": ItemRef(Section.ABOUT_ME, "strengths"),
    }


def scope_for(refs, chosen: list[str], *, notes=False, feedback=False, protected=True, signed=True,
              end_date: date | None = None, sections=None) -> PacketScope:
    items = frozenset(refs[k] for k in chosen)
    return PacketScope(
        recipient_name="Jo Rivera", recipient_organisation="Harbour Housing", purpose="To plan housing support",
        end_date=end_date or date.today() + timedelta(days=90),
        sections=frozenset(sections) if sections is not None else frozenset(i.section for i in items),
        items=items, include_notes=notes, include_feedback=feedback, protected=protected, signed=signed)


def sign_with_digits_first(vault) -> str:
    """Give the vault a signing key whose fingerprint begins with a group of digits followed by one with a letter
    ("3475 0f98 …"): after Arabic words, those digits were drawn after the rest. Returns the fingerprint."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from survivor_vault.sharing import signing_key

    for seed in range(256):  # the same key every run: the first seed that gives such a fingerprint
        key = Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)
        fingerprint = signing_key.fingerprint(signing_key.public_raw(key))
        if fingerprint[:4].isdigit() and not fingerprint[5:9].isdigit():
            raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
            vault.meta.set(signing_key.META_KEY, base64.b64encode(raw).decode("ascii"))
            return fingerprint
    raise AssertionError("no seed gives a fingerprint that begins with digits")


def make_packet(vault, scope, path):
    built = packet_builder.build(packet_builder.prepare(vault, scope))
    record = packet_builder.save(vault, built, path)
    return built, record


# --- papers ---------------------------------------------------------------------------------------------------
PDF_MARKER = "QMKINSIDEAPDF"
OTHER_MARKER = "QMKINSIDEADOCX"


def a_pdf(marker: str = PDF_MARKER) -> bytes:
    """A small PDF (as a scanner might write it) with a marker in its text and an author in its document info."""
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n2 0 obj << /Author (QMKAUTHOR) >> endobj\n"
            b"3 0 obj << /Length 30 >> stream\nBT (" + marker.encode() + b") Tj ET\nendstream endobj\n"
            b"trailer << /Root 1 0 R /Info 2 0 R >>\n%%EOF\n")


def add_papers(vault, folder) -> dict[str, ItemRef]:
    """Papers of every kind in the vault (read from files that are then deleted): a photo with EXIF that says
    "turn me", a PNG with text chunks, a PDF, a word-processor file, and one never chosen. Keys as in `fill_markers`."""
    from tests.sharing import paper_samples

    folder.mkdir(exist_ok=True)
    files = {"photo": ("IMG_2041.jpg", paper_samples.jpeg_with_everything(orientation=6), "Passport, photo page", "id"),
             "scan": ("scan.png", paper_samples.png_with_everything(), "Tenancy agreement", "housing"),
             "letter": ("letter.pdf", a_pdf(), "Letter from the court", "court"),
             "form": ("form.docx", b"PK\x03\x04" + OTHER_MARKER.encode() + b"\x00" * 64, "Benefit form", "money"),
             "unchosen": ("other.pdf", a_pdf("QMKNEVERCHOSEN"), "Never chosen", "other")}
    refs = {}
    for key, (name, data, title, kind) in files.items():
        path = folder / name
        path.write_bytes(data)
        paper = vault.papers.add_from_file(path, title=title, kind=kind, issued=date(2021, 5, 2),
                                           expires=date(2031, 5, 1) if key == "photo" else None)
        path.unlink()
        refs[key] = ItemRef(Section.PAPERS, str(paper.id))
    return refs
