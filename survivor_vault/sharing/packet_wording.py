"""The words printed in a packet, in the packet's own language (which may differ from the app's).

Strings are marked with QT_TRANSLATE_NOOP("Packet", …) for Qt's translation tools and looked
up in a translator for the packet's language, so a packet can be made in English or Spanish
whatever language the app is shown in.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QTranslator

from survivor_vault.core.placeholders import fill
from survivor_vault.model.about_me import AboutMe
from survivor_vault.sharing.date_text import date_text

_STATUS = {
    "active": QT_TRANSLATE_NOOP("Packet", "Working on it"),
    "paused": QT_TRANSLATE_NOOP("Packet", "Paused"),
    "done": QT_TRANSLATE_NOOP("Packet", "Done"),
    "let_go": QT_TRANSLATE_NOOP("Packet", "Stopped"),
}
_CHOICE = {
    "interested": QT_TRANSLATE_NOOP("Packet", "I want this"),
    "using": QT_TRANSLATE_NOOP("Packet", "I'm using this"),
    "not_right_now": QT_TRANSLATE_NOOP("Packet", "Not right now"),
    "declined": QT_TRANSLATE_NOOP("Packet", "No thanks"),
    "finished": QT_TRANSLATE_NOOP("Packet", "Done"),
}
_AREA = {
    "housing": QT_TRANSLATE_NOOP("Packet", "Housing"), "health": QT_TRANSLATE_NOOP("Packet", "Health"), "work": QT_TRANSLATE_NOOP("Packet", "Work"),
    "learning": QT_TRANSLATE_NOOP("Packet", "Learning"), "money": QT_TRANSLATE_NOOP("Packet", "Money"), "family": QT_TRANSLATE_NOOP("Packet", "Family"),
    "safety": QT_TRANSLATE_NOOP("Packet", "Safety"), "legal": QT_TRANSLATE_NOOP("Packet", "Legal matters"), "wellbeing": QT_TRANSLATE_NOOP("Packet", "Well-being"),
    "leadership": QT_TRANSLATE_NOOP("Packet", "Leadership & helping others"), "other": QT_TRANSLATE_NOOP("Packet", "Other"),
}
_ABOUT = {
    "preferred_name": QT_TRANSLATE_NOOP("Packet", "The name I like to be called"),
    "pronouns": QT_TRANSLATE_NOOP("Packet", "My pronouns"),
    "languages": QT_TRANSLATE_NOOP("Packet", "Languages I speak"),
    "contact_ways": QT_TRANSLATE_NOOP("Packet", "Safe ways to contact me"),
    "contact_times": QT_TRANSLATE_NOOP("Packet", "Safe times to contact me"),
    "accessibility": QT_TRANSLATE_NOOP("Packet", "What helps me take part (access needs)"),
    "strengths": QT_TRANSLATE_NOOP("Packet", "My strengths"),
    "want_providers_to_know": QT_TRANSLATE_NOOP("Packet", "What I want providers to know"),
}
if set(_ABOUT) != set(AboutMe.field_names()):  # a new about-me field needs a label here
    raise RuntimeError("packet wording is missing an about-me field")
_PAPER_KIND = {
    # The same words as the app's (ui/wording.paper_kind_label), in the packet's own language.
    "id": QT_TRANSLATE_NOOP("Packet", "ID or passport"), "immigration": QT_TRANSLATE_NOOP("Packet", "Immigration"),
    "court": QT_TRANSLATE_NOOP("Packet", "Court or legal"), "health": QT_TRANSLATE_NOOP("Packet", "Health"),
    "money": QT_TRANSLATE_NOOP("Packet", "Money and benefits"), "housing": QT_TRANSLATE_NOOP("Packet", "Housing"),
    "school": QT_TRANSLATE_NOOP("Packet", "School or training"), "other": QT_TRANSLATE_NOOP("Packet", "Other"),
}

TEXTS = {
    "title": QT_TRANSLATE_NOOP("Packet", "Information I chose to share with you"),
    "for": QT_TRANSLATE_NOOP("Packet", "For"),
    "purpose": QT_TRANSLATE_NOOP("Packet", "Purpose"),
    "made": QT_TRANSLATE_NOOP("Packet", "Made on"),
    "ends": QT_TRANSLATE_NOOP("Packet", "Consent ends on"),
    "consent": QT_TRANSLATE_NOOP("Packet", "In my words"),
    "mistake": QT_TRANSLATE_NOOP("Packet", "If this reached you by mistake, please delete it and do not share it."),
    "unprotected": QT_TRANSLATE_NOOP("Packet", "This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe."),
    "goals": QT_TRANSLATE_NOOP("Packet", "My goals"),
    "services": QT_TRANSLATE_NOOP("Packet", "My services"),
    "about_me": QT_TRANSLATE_NOOP("Packet", "About me"),
    "why": QT_TRANSLATE_NOOP("Packet", "Why it matters to me"),
    "status": QT_TRANSLATE_NOOP("Packet", "Where it is now"),
    "area": QT_TRANSLATE_NOOP("Packet", "Area of life"),
    "target": QT_TRANSLATE_NOOP("Packet", "Target date"),
    "steps": QT_TRANSLATE_NOOP("Packet", "Steps"),
    "step_done": QT_TRANSLATE_NOOP("Packet", "done"),
    "notes": QT_TRANSLATE_NOOP("Packet", "Notes"),
    "choice": QT_TRANSLATE_NOOP("Packet", "My choice"),
    "provider": QT_TRANSLATE_NOOP("Packet", "Preferred provider"),
    "contact": QT_TRANSLATE_NOOP("Packet", "Contact"),
    "working": QT_TRANSLATE_NOOP("Packet", "What is working"),
    "not_working": QT_TRANSLATE_NOOP("Packet", "What is not working"),
    "note": QT_TRANSLATE_NOOP("Packet", "A note from me"),
    "fingerprint": QT_TRANSLATE_NOOP("Packet", "Signed. Key fingerprint"),
    "fingerprint_help": QT_TRANSLATE_NOOP("Packet", "The same fingerprint on two packets means they come from the same person. "
                                    "Survivor Vault's \"open-packet\" checks that nothing was changed."),
    "unsigned": QT_TRANSLATE_NOOP("Packet", "Not signed."),
    "packet_id": QT_TRANSLATE_NOOP("Packet", "Packet"),
    "page": QT_TRANSLATE_NOOP("Packet", "Page %1 of %2"),
    "consent_statement": QT_TRANSLATE_NOOP("Packet", "I choose to share the information in this packet with %1, for this "
                                     "purpose: %2. My consent ends on %3. I can withdraw it at any time."),
    "withdrawal_title": QT_TRANSLATE_NOOP("Packet", "Consent withdrawn"),
    "withdrawal_body": QT_TRANSLATE_NOOP("Packet", "I withdraw my consent for the packet %1, which I made on %2 for %3. "
                                   "Please delete it and any copies, and do not use the information in it "
                                   "from now on."),
    "withdrawal_date": QT_TRANSLATE_NOOP("Packet", "Withdrawn on"),
    "papers_attached": QT_TRANSLATE_NOOP("Packet", "Papers attached: %1"),
    "papers_help": QT_TRANSLATE_NOOP("Packet", "They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's \"open-packet --extract\" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera)."),
    "paper_kind": QT_TRANSLATE_NOOP("Packet", "Kind"),
    "issued": QT_TRANSLATE_NOOP("Packet", "Issued on"),
    "expires": QT_TRANSLATE_NOOP("Packet", "Runs out on"),
    "file": QT_TRANSLATE_NOOP("Packet", "File"),
    "size": QT_TRANSLATE_NOOP("Packet", "Size"),
}


def for_language(code: str) -> PacketWording:
    """The packet's words in `code` (English if there is no translation for it)."""
    translator = None
    if code != "en":
        from survivor_vault.resource_paths import resource_dir

        candidate = QTranslator()
        if candidate.load(str(resource_dir() / "translations" / f"svault_{code}.qm")):
            translator = candidate
    return PacketWording(code if translator is not None else "en", translator)


class PacketWording:
    def __init__(self, language: str = "en", translator: QTranslator | None = None):
        self.language = language
        self._translator = translator
        self._locale = QLocale(language)

    def number(self, value: int) -> str:
        """A whole number as the packet's language writes it (not as the app's, which may differ)."""
        locale = QLocale(self._locale)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(value)

    @property
    def right_to_left(self) -> bool:
        return self._locale.textDirection() == Qt.LayoutDirection.RightToLeft

    def t(self, key_or_text: str) -> str:
        text = TEXTS.get(key_or_text, key_or_text)
        if self._translator is not None:
            return self._translator.translate("Packet", text) or text
        return text

    def service_kind(self, name: str) -> str:
        """A built-in kind's name (the catalogue's own translation context)."""
        if self._translator is not None:
            return self._translator.translate("ServiceCatalogue", name) or name
        return name

    def status(self, code: str) -> str:
        return self.t(_STATUS.get(code, code))

    def choice(self, code: str) -> str:
        return self.t(_CHOICE.get(code, code))

    def area(self, code: str | None) -> str:
        return self.t(_AREA.get(code, code)) if code else ""

    def about_field(self, name: str) -> str:
        return self.t(_ABOUT.get(name, name))

    def paper_kind(self, kind: str) -> str:
        """A common kind in the packet's language; the survivor's own kind as they wrote it."""
        return self.t(_PAPER_KIND[kind]) if kind in _PAPER_KIND else kind

    def size(self, size: int) -> str:
        return self._locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)

    def date(self, value: date) -> str:
        return date_text(value, self._locale)  # written as the app writes dates (sharing/date_text)

    def consent_statement(self, recipient: str, purpose: str, end: date) -> str:
        return fill(self.t("consent_statement"), recipient, purpose, self.date(end))
