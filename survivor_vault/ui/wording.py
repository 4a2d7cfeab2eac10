"""Every label the app shows for a value from the core, translated, in the survivor's voice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from survivor_vault.core.passphrase_strength import Strength
from survivor_vault.model.activity import ActivityKind
from survivor_vault.model.dates import DateKind
from survivor_vault.model.goals import GoalArea, GoalStatus
from survivor_vault.model.notices import Notice
from survivor_vault.model.papers import PaperKind
from survivor_vault.model.permissions import Section
from survivor_vault.model.services import Choice, ServiceKind


def in_own_digits(text: str, n: int) -> str:
    """A plural message (Qt writes its %n in ASCII digits) with its number in the language's own digits: "٥" in
    Arabic. A form that writes no number (Arabic says "two days" in one word) is left as it is."""
    from survivor_vault.core.placeholders import fill

    return text.replace(str(n), fill("%1", n), 1)


def separator(keep_with_before: bool = False) -> str:
    """Between facts on one line ("Health · reminder the day before"): a middle dot, or the language's own mark
    (Arabic: a comma; its middle dot beside Arabic digits reads as a zero: "٤ · أهداف" as "٤٠"). `keep_with_before`:
    the line may break after it, never before it."""
    words = QCoreApplication.translate("Form", " · ")
    return "\u00a0" + words.lstrip() if keep_with_before and words.startswith(" ") else words


def comma() -> str:
    """Between the items of a list ("Housing, Legal help"): the language's own comma (Arabic: "، ")."""
    return QCoreApplication.translate("Form", ", ")


def own_order(value: object) -> str:
    """A value (a title, a name, a file's path) in its own order inside a sentence, where the app reads right to
    left: in Arabic, "Court hearing: ٤ ديسمبر" began with its English title, so Qt laid the whole line out left to
    right with the colon on the wrong side, and "/tmp/packet.pdf" was drawn "tmp/packet.pdf/". As it is otherwise."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from survivor_vault.sharing.isolated_text import isolated

    text = str(value)
    return isolated(text) if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else text


def _t(context: str, text: str) -> str:  # for text held in variables
    return QCoreApplication.translate(context, text)


def notice_text(notice: Notice) -> str:
    return {
        Notice.KEY_FILE_REPAIRED: QCoreApplication.translate("Notice", "Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost."),
        Notice.DISK_FULL: QCoreApplication.translate("Notice", "This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need."),
        Notice.KEY_CHANGE_NOT_FINISHED: QCoreApplication.translate("Notice", "A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings."),
    }.get(notice, str(notice))


def choice_label(choice: Choice | None) -> str:
    return {
        None: QCoreApplication.translate("Choice", "Not decided"),
        Choice.INTERESTED: QCoreApplication.translate("Choice", "I want this"),
        Choice.USING: QCoreApplication.translate("Choice", "I'm using this"),
        Choice.NOT_RIGHT_NOW: QCoreApplication.translate("Choice", "Not right now"),
        Choice.DECLINED: QCoreApplication.translate("Choice", "No thanks"),
        Choice.FINISHED: QCoreApplication.translate("Choice", "Done"),
    }[choice]


def status_label(status: GoalStatus) -> str:
    return {
        GoalStatus.ACTIVE: QCoreApplication.translate("GoalStatus", "Working on it"),
        GoalStatus.PAUSED: QCoreApplication.translate("GoalStatus", "Paused"),
        GoalStatus.DONE: QCoreApplication.translate("GoalStatus", "Done"),
        GoalStatus.LET_GO: QCoreApplication.translate("GoalStatus", "Stopped"),
    }[status]


def area_label(area: GoalArea | None) -> str:
    return {
        None: QCoreApplication.translate("GoalArea", "No area"),
        GoalArea.HOUSING: QCoreApplication.translate("GoalArea", "Housing"),
        GoalArea.HEALTH: QCoreApplication.translate("GoalArea", "Health"),
        GoalArea.WORK: QCoreApplication.translate("GoalArea", "Work"),
        GoalArea.LEARNING: QCoreApplication.translate("GoalArea", "Learning"),
        GoalArea.MONEY: QCoreApplication.translate("GoalArea", "Money"),
        GoalArea.FAMILY: QCoreApplication.translate("GoalArea", "Family"),
        GoalArea.SAFETY: QCoreApplication.translate("GoalArea", "Safety"),
        GoalArea.LEGAL: QCoreApplication.translate("GoalArea", "Legal matters"),
        GoalArea.WELLBEING: QCoreApplication.translate("GoalArea", "Well-being"),
        GoalArea.LEADERSHIP: QCoreApplication.translate("GoalArea", "Leadership & helping others"),
        GoalArea.OTHER: QCoreApplication.translate("GoalArea", "Other"),
    }[area]


def paper_kind_label(kind: str) -> str:
    """A paper's kind in words: one of the common kinds, translated, or the survivor's own words as written."""
    return {
        PaperKind.ID.value: QCoreApplication.translate("PaperKind", "ID or passport"),
        PaperKind.IMMIGRATION.value: QCoreApplication.translate("PaperKind", "Immigration"),
        PaperKind.COURT.value: QCoreApplication.translate("PaperKind", "Court or legal"),
        PaperKind.HEALTH.value: QCoreApplication.translate("PaperKind", "Health"),
        PaperKind.MONEY.value: QCoreApplication.translate("PaperKind", "Money and benefits"),
        PaperKind.HOUSING.value: QCoreApplication.translate("PaperKind", "Housing"),
        PaperKind.SCHOOL.value: QCoreApplication.translate("PaperKind", "School or training"),
        PaperKind.OTHER.value: QCoreApplication.translate("PaperKind", "Other"),
    }.get(kind, kind)


def date_kind_label(kind: DateKind) -> str:
    return {
        DateKind.HEARING: QCoreApplication.translate("DateKind", "Hearing"),
        DateKind.APPOINTMENT: QCoreApplication.translate("DateKind", "Appointment"),
        DateKind.RENEWAL: QCoreApplication.translate("DateKind", "Renewal"),
        DateKind.EXPIRY: QCoreApplication.translate("DateKind", "A paper runs out"),
        DateKind.OTHER: QCoreApplication.translate("DateKind", "Other"),
    }[kind]


def size_text(size: int) -> str:
    """A file's size as people say it: "840 KB", "12.5 MB" (in the locale's digits and decimal mark)."""
    from PySide6.QtCore import QLocale

    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def days_left_text(days: int) -> str:
    """How near a day is, in words that go in brackets after it: "today", "tomorrow", "in 12 days", "2 days ago"."""
    if days == 0:
        return QCoreApplication.translate("Reminder", "today")
    if days == 1:
        return QCoreApplication.translate("Reminder", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("Reminder", "yesterday")
    # Two days or more from here on (one day is "tomorrow" or "yesterday"): in the language's own plural, which
    # in Arabic and Russian depends on the number ("بعد ٥ أيام", "بعد ١١ يومًا").
    return in_own_digits(Reminder().days_away(days), abs(days))


class Reminder(QObject):
    """A QObject only so that Qt's tools see these as plurals: they find plural forms in tr() alone."""

    def days_away(self, days: int) -> str:
        return self.tr("in %n days", "", days) if days > 0 else self.tr("%n days ago", "", -days)


def activity_label(kind: ActivityKind) -> str:
    return {
        ActivityKind.VAULT_CREATED: QCoreApplication.translate("Activity", "You made your vault"),
        ActivityKind.UNLOCKED: QCoreApplication.translate("Activity", "Opened with your passphrase"),
        ActivityKind.UNLOCKED_WITH_RECOVERY_KEY: QCoreApplication.translate("Activity", "Opened with your recovery key"),
        ActivityKind.PASSPHRASE_CHANGED: QCoreApplication.translate("Activity", "Passphrase changed"),
        ActivityKind.RECOVERY_KEY_ADDED: QCoreApplication.translate("Activity", "New recovery key made"),
        ActivityKind.RECOVERY_KEY_REMOVED: QCoreApplication.translate("Activity", "Recovery key removed"),
        ActivityKind.BACKUP_MADE: QCoreApplication.translate("Activity", "Backup made"),
        ActivityKind.RESTORED: QCoreApplication.translate("Activity", "Restored from a backup"),
        ActivityKind.GOAL_ADDED: QCoreApplication.translate("Activity", "Goal added"),
        ActivityKind.GOAL_CHANGED: QCoreApplication.translate("Activity", "Goal changed"),
        ActivityKind.GOAL_DELETED: QCoreApplication.translate("Activity", "Goal deleted"),
        ActivityKind.SERVICE_CHOICE_ADDED: QCoreApplication.translate("Activity", "Service choice added"),
        ActivityKind.SERVICE_CHOICE_CHANGED: QCoreApplication.translate("Activity", "Service choice changed"),
        ActivityKind.SERVICE_CHOICE_DELETED: QCoreApplication.translate("Activity", "Service choice removed"),
        ActivityKind.SERVICE_KIND_ADDED: QCoreApplication.translate("Activity", "Your own kind of service added"),
        ActivityKind.ABOUT_ME_CHANGED: QCoreApplication.translate("Activity", "About me changed"),
        ActivityKind.PERSON_ADDED: QCoreApplication.translate("Activity", "Person or agency added"),
        ActivityKind.PERSON_CHANGED: QCoreApplication.translate("Activity", "Person or agency changed"),
        ActivityKind.PERSON_DELETED: QCoreApplication.translate("Activity", "Person or agency deleted"),
        ActivityKind.PERMISSION_SAVED: QCoreApplication.translate("Activity", "Sharing permission saved"),
        ActivityKind.PERMISSION_REVOKED: QCoreApplication.translate("Activity", "Sharing permission removed"),
        ActivityKind.PACKET_MADE: QCoreApplication.translate("Activity", "Share packet made"),
        ActivityKind.CONSENT_WITHDRAWN: QCoreApplication.translate("Activity", "Consent withdrawn for a packet"),
        ActivityKind.PAPER_ADDED: QCoreApplication.translate("Activity", "Document added"),
        ActivityKind.PAPER_CHANGED: QCoreApplication.translate("Activity", "Document details changed"),
        ActivityKind.PAPER_DELETED: QCoreApplication.translate("Activity", "Document deleted"),
        ActivityKind.DATE_ADDED: QCoreApplication.translate("Activity", "Date added"),
        ActivityKind.DATE_CHANGED: QCoreApplication.translate("Activity", "Date changed"),
        ActivityKind.DATE_DELETED: QCoreApplication.translate("Activity", "Date deleted"),
    }[kind]


def section_label(section: Section) -> str:
    return {
        Section.GOALS: QCoreApplication.translate("Sections", "My goals"),
        Section.SERVICES: QCoreApplication.translate("Sections", "My services"),
        Section.ABOUT_ME: QCoreApplication.translate("Sections", "About me"),
        Section.PAPERS: QCoreApplication.translate("Sections", "My papers"),
    }[section]


def about_me_label(name: str) -> str:
    return {
        "preferred_name": QCoreApplication.translate("AboutMe", "The name I like to be called"),
        "pronouns": QCoreApplication.translate("AboutMe", "My pronouns"),
        "languages": QCoreApplication.translate("AboutMe", "Languages I speak"),
        "contact_ways": QCoreApplication.translate("AboutMe", "Safe ways to contact me"),
        "contact_times": QCoreApplication.translate("AboutMe", "Safe times to contact me"),
        "accessibility": QCoreApplication.translate("AboutMe", "What helps me take part (access needs)"),
        "strengths": QCoreApplication.translate("AboutMe", "My strengths"),
        "want_providers_to_know": QCoreApplication.translate("AboutMe", "What I want providers to know"),
    }[name]


def strength_label(strength: Strength) -> str:
    return {
        Strength.EMPTY: "",
        Strength.WEAK: QCoreApplication.translate("Strength", "Easy to guess. A few words together are easier to remember "
                                      "and much harder to guess."),
        Strength.FAIR: QCoreApplication.translate("Strength", "Getting there. One or two more words would make it much stronger."),
        Strength.GOOD: QCoreApplication.translate("Strength", "Strong. Make sure you can remember it."),
    }[strength]


# --- the service catalogue (resources/service_catalogue.json), marked for translation -----------
def _catalogue_texts() -> None:  # pragma: no cover - only read by pyside6-lupdate
    QCoreApplication.translate("ServiceCatalogue", "Housing and shelter")
    QCoreApplication.translate("ServiceCatalogue", "A safe place to stay, now or for longer.")
    QCoreApplication.translate("ServiceCatalogue", "Home and safety")
    QCoreApplication.translate("ServiceCatalogue", "Safety planning")
    QCoreApplication.translate("ServiceCatalogue", "Making a plan to stay safe, with someone who knows how.")
    QCoreApplication.translate("ServiceCatalogue", "Legal help")
    QCoreApplication.translate("ServiceCatalogue", "Advice from a lawyer or legal worker, for example about rights, family law or court.")
    QCoreApplication.translate("ServiceCatalogue", "Rights and papers")
    QCoreApplication.translate("ServiceCatalogue", "Immigration help")
    QCoreApplication.translate("ServiceCatalogue", "Help with visas, residence and papers.")
    QCoreApplication.translate("ServiceCatalogue", "Interpreting and translation")
    QCoreApplication.translate("ServiceCatalogue", "Someone who speaks my language, for meetings or papers.")
    QCoreApplication.translate("ServiceCatalogue", "Medical care")
    QCoreApplication.translate("ServiceCatalogue", "Doctors, nurses, dental care and medicine.")
    QCoreApplication.translate("ServiceCatalogue", "Health")
    QCoreApplication.translate("ServiceCatalogue", "Counselling and mental health")
    QCoreApplication.translate("ServiceCatalogue", "Someone to talk to, and support for how I feel.")
    QCoreApplication.translate("ServiceCatalogue", "Support with alcohol or drugs")
    QCoreApplication.translate("ServiceCatalogue", "Help to cut down or stop, without judgement.")
    QCoreApplication.translate("ServiceCatalogue", "Support worker")
    QCoreApplication.translate("ServiceCatalogue", "One person who helps me connect with other services.")
    QCoreApplication.translate("ServiceCatalogue", "Everyday support")
    QCoreApplication.translate("ServiceCatalogue", "Money and benefits")
    QCoreApplication.translate("ServiceCatalogue", "Help with money, a bank account, benefits or debts.")
    QCoreApplication.translate("ServiceCatalogue", "Childcare")
    QCoreApplication.translate("ServiceCatalogue", "Care for my children while I do other things.")
    QCoreApplication.translate("ServiceCatalogue", "Getting around")
    QCoreApplication.translate("ServiceCatalogue", "Help with travel to appointments and places I need to go.")
    QCoreApplication.translate("ServiceCatalogue", "Food and clothing")
    QCoreApplication.translate("ServiceCatalogue", "Food, clothes and other basic things.")
    QCoreApplication.translate("ServiceCatalogue", "Work and jobs")
    QCoreApplication.translate("ServiceCatalogue", "Finding work, training for a job, or knowing my rights at work.")
    QCoreApplication.translate("ServiceCatalogue", "Learning and work")
    QCoreApplication.translate("ServiceCatalogue", "Learning and school")
    QCoreApplication.translate("ServiceCatalogue", "Classes, school, language courses or study.")
    QCoreApplication.translate("ServiceCatalogue", "Peer support and mentoring")
    QCoreApplication.translate("ServiceCatalogue", "Meeting people with similar experiences who can walk beside me.")
    QCoreApplication.translate("ServiceCatalogue", "People around me")
    QCoreApplication.translate("ServiceCatalogue", "Family and reunification")
    QCoreApplication.translate("ServiceCatalogue", "Staying in touch with, or reuniting with, my family.")


def kind_name(kind: ServiceKind) -> str:
    """Built-in kinds are translated; the survivor's own are shown as they wrote them."""
    return kind.name if kind.custom else QCoreApplication.translate("ServiceCatalogue", kind.name)


def kind_description(kind: ServiceKind) -> str:
    return kind.description if kind.custom else QCoreApplication.translate("ServiceCatalogue", kind.description)


def group_name(kind: ServiceKind) -> str:
    if kind.custom:
        return QCoreApplication.translate("ServiceCatalogue", "My own")
    return QCoreApplication.translate("ServiceCatalogue", kind.group)


# --- errors ----------------------------------------------------------------------------------
def attempt(action, say) -> bool:
    """Do `action` on the vault; if the vault refuses (locked, a full disk…), `say` why in kind words.

    True when it was done. The one shape for "try this, and tell the survivor if it could not be done"."""
    from survivor_vault.model.errors import VaultError

    try:
        action()
    except VaultError as error:
        say(error_message(error))
        return False
    return True


def error_message(error: BaseException) -> str:
    """A kind, specific message for anything the vault may raise (from the one table in error_words)."""
    from survivor_vault.ui.error_words import words_for

    return words_for(error)
