"""Every label the app shows for a value from the core, translated, in the survivor's voice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from survivor_vault.core import errors
from survivor_vault.core.activity import ActivityKind
from survivor_vault.core.goals import GoalArea, GoalStatus
from survivor_vault.core.passphrase_strength import Strength
from survivor_vault.core.permissions import Section
from survivor_vault.core.services import Choice, ServiceKind


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choice_label(choice: Choice | None) -> str:
    return {
        None: _t("Choice", "Not decided"),
        Choice.INTERESTED: _t("Choice", "I want this"),
        Choice.USING: _t("Choice", "I'm using this"),
        Choice.NOT_RIGHT_NOW: _t("Choice", "Not right now"),
        Choice.DECLINED: _t("Choice", "No thanks"),
        Choice.FINISHED: _t("Choice", "Done"),
    }[choice]


def status_label(status: GoalStatus) -> str:
    return {
        GoalStatus.ACTIVE: _t("GoalStatus", "Working on it"),
        GoalStatus.PAUSED: _t("GoalStatus", "Paused"),
        GoalStatus.DONE: _t("GoalStatus", "Done"),
        GoalStatus.LET_GO: _t("GoalStatus", "Let go"),
    }[status]


def area_label(area: GoalArea | None) -> str:
    return {
        None: _t("GoalArea", "No area"),
        GoalArea.HOUSING: _t("GoalArea", "Housing"),
        GoalArea.HEALTH: _t("GoalArea", "Health"),
        GoalArea.WORK: _t("GoalArea", "Work"),
        GoalArea.LEARNING: _t("GoalArea", "Learning"),
        GoalArea.MONEY: _t("GoalArea", "Money"),
        GoalArea.FAMILY: _t("GoalArea", "Family"),
        GoalArea.SAFETY: _t("GoalArea", "Safety"),
        GoalArea.LEGAL: _t("GoalArea", "Legal matters"),
        GoalArea.WELLBEING: _t("GoalArea", "Well-being"),
        GoalArea.LEADERSHIP: _t("GoalArea", "Leadership & helping others"),
        GoalArea.OTHER: _t("GoalArea", "Other"),
    }[area]


def activity_label(kind: ActivityKind) -> str:
    return {
        ActivityKind.VAULT_CREATED: _t("Activity", "You made your vault"),
        ActivityKind.UNLOCKED: _t("Activity", "Opened with your passphrase"),
        ActivityKind.UNLOCKED_WITH_RECOVERY_KEY: _t("Activity", "Opened with your recovery key"),
        ActivityKind.PASSPHRASE_CHANGED: _t("Activity", "Passphrase changed"),
        ActivityKind.RECOVERY_KEY_ADDED: _t("Activity", "New recovery key made"),
        ActivityKind.RECOVERY_KEY_REMOVED: _t("Activity", "Recovery key removed"),
        ActivityKind.BACKUP_MADE: _t("Activity", "Backup made"),
        ActivityKind.RESTORED: _t("Activity", "Restored from a backup"),
        ActivityKind.GOAL_ADDED: _t("Activity", "Goal added"),
        ActivityKind.GOAL_CHANGED: _t("Activity", "Goal changed"),
        ActivityKind.GOAL_DELETED: _t("Activity", "Goal deleted"),
        ActivityKind.SERVICE_CHOICE_ADDED: _t("Activity", "Service choice added"),
        ActivityKind.SERVICE_CHOICE_CHANGED: _t("Activity", "Service choice changed"),
        ActivityKind.SERVICE_CHOICE_DELETED: _t("Activity", "Service choice removed"),
        ActivityKind.SERVICE_KIND_ADDED: _t("Activity", "Your own kind of service added"),
        ActivityKind.ABOUT_ME_CHANGED: _t("Activity", "About me changed"),
        ActivityKind.PERSON_ADDED: _t("Activity", "Person or agency added"),
        ActivityKind.PERSON_CHANGED: _t("Activity", "Person or agency changed"),
        ActivityKind.PERSON_DELETED: _t("Activity", "Person or agency deleted"),
        ActivityKind.PERMISSION_SAVED: _t("Activity", "Sharing permission saved"),
        ActivityKind.PERMISSION_REVOKED: _t("Activity", "Sharing permission taken back"),
        ActivityKind.PACKET_MADE: _t("Activity", "Share packet made"),
        ActivityKind.CONSENT_WITHDRAWN: _t("Activity", "Consent withdrawn for a packet"),
    }[kind]


def section_label(section: Section) -> str:
    return {
        Section.GOALS: _t("Sections", "My goals"),
        Section.SERVICES: _t("Sections", "My services"),
        Section.ABOUT_ME: _t("Sections", "About me"),
    }[section]


def about_me_label(name: str) -> str:
    return {
        "preferred_name": _t("AboutMe", "The name I like to be called"),
        "pronouns": _t("AboutMe", "My pronouns"),
        "languages": _t("AboutMe", "Languages I speak"),
        "contact_ways": _t("AboutMe", "Safe ways to contact me"),
        "contact_times": _t("AboutMe", "Safe times to contact me"),
        "accessibility": _t("AboutMe", "What helps me take part (access needs)"),
        "strengths": _t("AboutMe", "My strengths"),
        "want_providers_to_know": _t("AboutMe", "What I want providers to know"),
    }[name]


def strength_label(strength: Strength) -> str:
    return {
        Strength.EMPTY: "",
        Strength.WEAK: _t("Strength", "Easy to guess. A few words together are easier to remember "
                                      "and much harder to guess."),
        Strength.FAIR: _t("Strength", "Getting there. One or two more words would make it much stronger."),
        Strength.GOOD: _t("Strength", "Strong. Make sure you can remember it."),
    }[strength]


# --- the service catalogue (resources/service_catalogue.json), marked for translation -----------
def _catalogue_texts() -> None:  # pragma: no cover - only read by pyside6-lupdate
    _t("ServiceCatalogue", "Housing and shelter")
    _t("ServiceCatalogue", "A safe place to stay, now or for longer.")
    _t("ServiceCatalogue", "Home and safety")
    _t("ServiceCatalogue", "Safety planning")
    _t("ServiceCatalogue", "Making a plan to stay safe, with someone who knows how.")
    _t("ServiceCatalogue", "Legal help")
    _t("ServiceCatalogue", "Advice from a lawyer or legal worker, for example about rights, family law or court.")
    _t("ServiceCatalogue", "Rights and papers")
    _t("ServiceCatalogue", "Immigration help")
    _t("ServiceCatalogue", "Help with visas, residence and papers.")
    _t("ServiceCatalogue", "Interpreting and translation")
    _t("ServiceCatalogue", "Someone who speaks my language, for meetings or papers.")
    _t("ServiceCatalogue", "Medical care")
    _t("ServiceCatalogue", "Doctors, nurses, dental care and medicine.")
    _t("ServiceCatalogue", "Health")
    _t("ServiceCatalogue", "Counselling and mental health")
    _t("ServiceCatalogue", "Someone to talk to, and support for how I feel.")
    _t("ServiceCatalogue", "Support with alcohol or drugs")
    _t("ServiceCatalogue", "Help to cut down or stop, without judgement.")
    _t("ServiceCatalogue", "Support worker")
    _t("ServiceCatalogue", "One person who helps me connect with other services.")
    _t("ServiceCatalogue", "Everyday support")
    _t("ServiceCatalogue", "Money and benefits")
    _t("ServiceCatalogue", "Help with money, a bank account, benefits or debts.")
    _t("ServiceCatalogue", "Childcare")
    _t("ServiceCatalogue", "Care for my children while I do other things.")
    _t("ServiceCatalogue", "Getting around")
    _t("ServiceCatalogue", "Help with travel to appointments and places I need to go.")
    _t("ServiceCatalogue", "Food and clothing")
    _t("ServiceCatalogue", "Food, clothes and other basic things.")
    _t("ServiceCatalogue", "Work and jobs")
    _t("ServiceCatalogue", "Finding work, training for a job, or knowing my rights at work.")
    _t("ServiceCatalogue", "Learning and work")
    _t("ServiceCatalogue", "Learning and school")
    _t("ServiceCatalogue", "Classes, school, language courses or study.")
    _t("ServiceCatalogue", "Peer support and mentoring")
    _t("ServiceCatalogue", "Meeting people with similar experiences who can walk beside me.")
    _t("ServiceCatalogue", "People around me")
    _t("ServiceCatalogue", "Family and reunification")
    _t("ServiceCatalogue", "Staying in touch with, or reuniting with, my family.")


def kind_name(kind: ServiceKind) -> str:
    """Built-in kinds are translated; the survivor's own are shown as they wrote them."""
    return kind.name if kind.custom else _t("ServiceCatalogue", kind.name)


def kind_description(kind: ServiceKind) -> str:
    return kind.description if kind.custom else _t("ServiceCatalogue", kind.description)


def group_name(kind: ServiceKind) -> str:
    if kind.custom:
        return _t("ServiceCatalogue", "My own")
    return _t("ServiceCatalogue", kind.group)


# --- errors ----------------------------------------------------------------------------------
def error_message(error: BaseException) -> str:
    """A kind, specific message for anything the vault may raise. Never str(error)."""
    table = [
        (errors.InvalidRecoveryKeyFormat, _t("Errors", "That does not look like a recovery key. It has 7 groups of "
                                                       "4 letters and numbers, like ABCD-EFGH-…")),
        (errors.WrongRecoveryKey, _t("Errors", "That recovery key did not open the vault. Please check each "
                                               "group and try again.")),
        (errors.WrongPassphrase, _t("Errors", "That passphrase did not open the vault. Please check it and try "
                                              "again. Is Caps Lock on?")),
        (errors.DamagedBackup, _t("Errors", "This backup file is damaged or is not a vault backup. Nothing has "
                                            "been changed.")),
        (errors.VaultTooNew, _t("Errors", "This vault was made by a newer version of the app. Please update the "
                                          "app to open it. Nothing has been changed.")),
        (errors.DamagedVault, _t("Errors", "The vault's files look damaged, so it cannot be opened safely. "
                                           "Nothing has been changed. If you have a backup, you can restore it.")),
        (errors.VaultInUse, _t("Errors", "This vault is already open in another window. Please close it there "
                                         "first.")),
        (errors.VaultNotFound, _t("Errors", "There is no vault in this folder.")),
        (errors.VaultExists, _t("Errors", "There is already a vault here. Nothing has been changed.")),
        (errors.PassphraseRejected, _t("Errors", "Please choose a passphrase. It cannot be empty.")),
        (errors.NoRecoverySlot, _t("Errors", "This vault has no recovery key.")),
        (errors.StorageFull, _t("Errors", "There is not enough space on the disk. Nothing was changed.")),
        (errors.NotFound, _t("Errors", "That item is no longer in the vault.")),
        (errors.VaultLocked, _t("Errors", "The vault is locked. Please unlock it first.")),
        (errors.InvalidValue, _t("Errors", "That could not be saved. Please check what you typed.")),
        (OSError, _t("Errors", "The files could not be read or written. Please check the disk and try again.")),
    ]
    for cls, message in table:
        if isinstance(error, cls):
            if isinstance(error, errors.InvalidValue) and type(error).__name__ == "MissingTitle":
                return _t("Errors", "A goal needs a short title.")
            return message
    return _t("Errors", "Something unexpected went wrong. Nothing more was changed.")
