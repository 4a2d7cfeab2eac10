"""The words printed in a packet, in the packet's own language (which may differ from the app's).

Strings are marked with QT_TRANSLATE_NOOP("Packet", …) for Qt's translation tools and looked
up in a translator for the packet's language, so a packet can be made in English or Spanish
whatever language the app is shown in.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTranslator

from survivor_vault.core.about_me import AboutMe
from survivor_vault.core.placeholders import fill

N = QT_TRANSLATE_NOOP

_STATUS = {
    "active": N("Packet", "Working on it"),
    "paused": N("Packet", "Paused"),
    "done": N("Packet", "Done"),
    "let_go": N("Packet", "Let go"),
}
_CHOICE = {
    "interested": N("Packet", "I want this"),
    "using": N("Packet", "I'm using this"),
    "not_right_now": N("Packet", "Not right now"),
    "declined": N("Packet", "No thanks"),
    "finished": N("Packet", "Done"),
}
_AREA = {
    "housing": N("Packet", "Housing"), "health": N("Packet", "Health"), "work": N("Packet", "Work"),
    "learning": N("Packet", "Learning"), "money": N("Packet", "Money"), "family": N("Packet", "Family"),
    "safety": N("Packet", "Safety"), "legal": N("Packet", "Legal matters"), "wellbeing": N("Packet", "Well-being"),
    "leadership": N("Packet", "Leadership & helping others"), "other": N("Packet", "Other"),
}
_ABOUT = {
    "preferred_name": N("Packet", "The name I like to be called"),
    "pronouns": N("Packet", "My pronouns"),
    "languages": N("Packet", "Languages I speak"),
    "contact_ways": N("Packet", "Safe ways to contact me"),
    "contact_times": N("Packet", "Safe times to contact me"),
    "accessibility": N("Packet", "What helps me take part (access needs)"),
    "strengths": N("Packet", "My strengths"),
    "want_providers_to_know": N("Packet", "What I want providers to know"),
}
if set(_ABOUT) != set(AboutMe.field_names()):  # a new about-me field needs a label here
    raise RuntimeError("packet wording is missing an about-me field")

TEXTS = {
    "title": N("Packet", "Information I chose to share with you"),
    "for": N("Packet", "For"),
    "purpose": N("Packet", "Purpose"),
    "made": N("Packet", "Made on"),
    "ends": N("Packet", "Consent ends on"),
    "consent": N("Packet", "In my words"),
    "mistake": N("Packet", "If this reached you by mistake, please delete it and do not share it."),
    "goals": N("Packet", "My goals"),
    "services": N("Packet", "My services"),
    "about_me": N("Packet", "About me"),
    "why": N("Packet", "Why it matters to me"),
    "status": N("Packet", "Where it is now"),
    "area": N("Packet", "Area of life"),
    "target": N("Packet", "Hoping by"),
    "steps": N("Packet", "Steps"),
    "step_done": N("Packet", "done"),
    "notes": N("Packet", "Notes"),
    "choice": N("Packet", "My choice"),
    "provider": N("Packet", "Preferred provider"),
    "contact": N("Packet", "Contact"),
    "working": N("Packet", "What is working"),
    "not_working": N("Packet", "What is not working"),
    "note": N("Packet", "A note from me"),
    "fingerprint": N("Packet", "Signed. Key fingerprint"),
    "fingerprint_help": N("Packet", "The same fingerprint on two packets means they come from the same person. "
                                    "Survivor Vault's \"open-packet\" checks that nothing was changed."),
    "unsigned": N("Packet", "Not signed."),
    "packet_id": N("Packet", "Packet"),
    "page": N("Packet", "Page %1 of %2"),
    "consent_statement": N("Packet", "I choose to share the information in this packet with %1, for this "
                                     "purpose: %2. My consent ends on %3. I can withdraw it at any time."),
    "withdrawal_title": N("Packet", "Consent withdrawn"),
    "withdrawal_body": N("Packet", "I withdraw my consent for the packet %1, which I made on %2 for %3. "
                                   "Please delete it and any copies, and do not use the information in it "
                                   "from now on."),
    "withdrawal_date": N("Packet", "Withdrawn on"),
}


class PacketWording:
    def __init__(self, language: str = "en", translator: QTranslator | None = None):
        self.language = language
        self._translator = translator
        self._locale = QLocale(language)

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

    def date(self, value: date) -> str:
        return self._locale.toString(value, QLocale.FormatType.LongFormat)

    def consent_statement(self, recipient: str, purpose: str, end: date) -> str:
        return fill(self.t("consent_statement"), recipient, purpose, self.date(end))
