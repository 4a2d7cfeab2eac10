"""Which kind of service a directory entry from a kit is, or no guess at all: a wrong guess is worse than none.

A survivor who looks under "Counselling and mental health" and finds a summer camp stops trusting the
list. So a guess is made only on clear evidence, in this order:

1. the service's own taxonomy terms (HSDS), or the kind an agency wrote that is not one of our keys;
2. words in the service's own name;
3. at least two different words in the service's own description, twice as many as for any other kind.

The organisation's description and name are never used: they describe everything the organisation does
(a parks department's "therapeutic and healthy living programs" says nothing about its tennis club).
Words are matched whole ("health" is not "healthy"; "refuge" is not "refugee"), phrases that are not our
kinds are read first and count for nothing ("animal shelter", "physical therapy"), and a word after "no"
or "not" in its sentence is not evidence. Where the evidence is weak or split, the answer is None: the
service is listed under "other local services", and `make-setup-kit` shows it in its review table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Words and phrases that point at a kind in our catalogue, matched as whole words (with the plurals written
# out): "hospital" is not "hospitality", "court" is not "courtyard", "peer" is not "peerless". Words that
# mean other things too are left out or only used in phrases ("drug" alone names a drug store; "trauma"
# alone, a trauma centre; "therapy" is here, but "physical therapy" is in NOT_A_KIND below).
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "housing": ("housing", "shelter", "shelters", "accommodation", "homeless", "homelessness", "refuge", "refuges",
                "tenancy", "tenant", "tenants", "eviction", "evictions", "rent"),
    "safety_planning": ("domestic violence", "domestic abuse", "intimate partner", "safety plan", "safety planning",
                        "trafficking", "protection order", "protection orders", "sexual assault", "rape crisis"),
    "legal": ("legal", "lawyer", "lawyers", "law centre", "law center", "law clinic", "legal clinic",
              "legal advice", "attorney", "attorneys", "solicitor", "solicitors", "court", "courts"),
    "immigration": ("immigration", "immigrant", "immigrants", "visa", "visas", "asylum", "refugee", "refugees",
                    "residence permit", "residence permits", "citizenship", "naturalisation", "naturalization"),
    "interpretation": ("interpreter", "interpreters", "interpreting", "interpretation", "translation",
                       "translations", "translator", "translators"),
    "medical": ("medical", "clinic", "clinics", "doctor", "doctors", "hospital", "hospitals", "dental", "dentist",
                "dentists", "nurse", "nurses", "nursing", "health care", "healthcare", "health centre",
                "health center", "primary care", "pharmacy", "pharmacies", "sexual health", "vaccination",
                "vaccinations", "vaccine", "vaccines", "urgent care", "physician", "physicians"),
    "mental_health": ("counselling", "counseling", "mental health", "therapy", "therapist", "therapists",
                      "psychology", "psychologist", "psychologists", "psychiatric", "psychiatrist",
                      "trauma counselling", "trauma counseling", "trauma support", "emotional support"),
    "substance_use": ("substance use", "substance misuse", "substance abuse", "alcohol", "alcoholism",
                      "drug use", "drug addiction", "drug and alcohol", "drugs and alcohol", "alcohol and drugs",
                      "addiction", "addictions", "drinking problem", "al anon", "alcoholics anonymous",
                      "narcotics anonymous", "detox"),
    "case_management": ("case management", "case manager", "case managers", "case work", "caseworker",
                        "caseworkers", "support worker", "support workers", "navigator", "navigators"),
    "financial": ("financial", "finance", "money", "benefits", "welfare benefits", "welfare rights", "debt", "debts",
                  "bank account", "bank accounts", "budgeting", "cash assistance", "tax return", "tax returns",
                  "tax clinic"),
    "childcare": ("childcare", "child care", "nursery", "nurseries", "daycare", "day care", "creche", "creches",
                  "preschool", "preschools", "after school"),
    "transportation": ("transport", "transportation", "bus pass", "bus passes", "bus fare", "bus fares", "taxi",
                       "taxis", "travel card", "travel cards"),
    "food_clothing": ("food", "foods", "food bank", "foodbank", "meal", "meals", "pantry", "pantries",
                      "soup kitchen", "kitchen", "grocery", "groceries", "clothing", "clothes", "lunch", "lunches",
                      "breakfast", "breakfasts", "dinner", "dinners"),
    "employment": ("employment", "employability", "job", "jobs", "career", "careers", "vocational", "apprentice",
                   "apprentices", "apprenticeship", "apprenticeships", "work skills"),
    "education": ("education", "educational", "school", "schools", "class", "classes", "literacy", "esol", "esl",
                  "college", "colleges", "tutor", "tutors", "tutoring", "learning"),
    "peer_support": ("peer", "peers", "mentor", "mentors", "mentoring", "mentorship", "support group",
                     "support groups", "survivor led", "self help"),
    "family": ("reunification", "family tracing", "family links", "family reunion", "family reunions"),
}
# Phrases that hold a kind's word but are not that kind: read first, and then their words count for nothing.
NOT_A_KIND = ("physical therapy", "physiotherapy", "occupational therapy", "speech therapy", "animal shelter",
              "animal welfare", "sheltered workshop", "golf course", "car wash", "camp counselor",
              "camp counsellor", "contact tracing", "drug store", "drugstore", "prescription drug",
              "prescription drugs", "trauma center", "trauma centre", "trauma unit", "trauma surgery")
# A service for animals is never one of our kinds, whatever else its name says ("Animal Shelter").
ANIMALS = frozenset({"animal", "animals", "pet", "pets", "wildlife", "dog", "dogs", "cat", "cats", "horse",
                     "horses", "pony", "ponies", "veterinary", "vet"})
# "No legal advice here", "not a shelter", "we can't help with housing": what follows these, to the end of
# the sentence, is not evidence ("can't" is read as the words "can" and "t").
# Names are not read this way ("Never Alone", "No Limits Housing"), nor "without" ("people without housing"
# is who the service is for).
NEGATIONS = frozenset({"no", "not", "non", "cannot", "nor", "none", "t"})
_CLAUSE = re.compile(r"[.;:!?\n]+")
_WORD = re.compile(r"[^\W\d_]+")

@dataclass(frozen=True)
class KindGuess:
    """The kind (a catalogue key, or None for "other local services") and why, in plain words for the review."""

    kind: str | None
    why: str


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _pattern(keywords: tuple[str, ...]) -> re.Pattern:
    """One expression for whole keywords over text normalised to words and single spaces."""
    if not keywords:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"(?<![^ ])(?:" + "|".join(" ".join(map(re.escape, k.split())) for k in keywords) + r")(?![^ ])")


_PHRASES = {kind: _pattern(tuple(k for k in keywords if " " in k)) for kind, keywords in KIND_WORDS.items()}
_SINGLE_WORDS = {kind: _pattern(tuple(k for k in keywords if " " not in k)) for kind, keywords in KIND_WORDS.items()}
_NOT_A_KIND = _pattern(NOT_A_KIND)


def _masked(text: str, spans) -> str:
    for start, end in spans:
        text = text[:start] + "#" * (end - start) + text[end:]
    return text


def _collect(patterns: dict[str, re.Pattern], text: str, negated_from: int,
             found: dict[str, list[str]]) -> list[tuple[int, int]]:
    """Record each kind's keywords in `text` (before `negated_from`); return where every keyword stood."""
    spans = []
    for kind, pattern in patterns.items():
        for match in pattern.finditer(text):
            spans.append(match.span())
            if match.start() >= negated_from:
                continue
            hits = found.setdefault(kind, [])
            if match.group() not in hits:
                hits.append(match.group())
    return spans


def _clause_kinds(clause: str, found: dict[str, list[str]], negations: bool) -> None:
    words = _words(clause)
    normal = " ".join(words)
    negator = next((i for i, w in enumerate(words) if w in NEGATIONS), None) if negations else None
    negated_from = len(" ".join(words[:negator])) if negator is not None else len(normal) + 1
    normal = _masked(normal, [m.span() for m in _NOT_A_KIND.finditer(normal)])
    normal = _masked(normal, _collect(_PHRASES, normal, negated_from, found))
    _collect(_SINGLE_WORDS, normal, negated_from, found)


def kinds_named_in(text: str, *, negations: bool = True) -> dict[str, list[str]]:
    """Each kind whose words appear in `text`, with the keywords found.

    Phrases first, and the words of a phrase found are not read again on their own ("legal clinic" is legal
    help, not also medical care's "clinic"; "animal shelter" is nothing). Words after a "no" or "not", to
    the end of their sentence, do not count. Text about animals names no kind at all.
    """
    if ANIMALS & set(_words(text)):
        return {}
    found: dict[str, list[str]] = {}
    for clause in _CLAUSE.split(text):
        _clause_kinds(clause, found, negations)
    return found


def _one_kind(found: dict[str, list[str]]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


def _from_terms(terms: tuple[str, ...]) -> KindGuess | None:
    votes: Counter[str] = Counter()
    for term in terms:
        kind = _one_kind(kinds_named_in(term))
        if kind:
            votes[kind] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    kind = ranked[0][0]
    term = next(t for t in terms if _one_kind(kinds_named_in(t)) == kind)
    return KindGuess(kind, f"category: {term}")


def _from_description(description: str) -> KindGuess | None:
    found = kinds_named_in(description)
    ranked = sorted(found.items(), key=lambda item: len(item[1]), reverse=True)
    if not ranked or len(ranked[0][1]) < 2:
        return None
    if len(ranked) > 1 and 2 * len(ranked[1][1]) > len(ranked[0][1]):
        return None  # split between kinds (the first has less than twice the second's words): no guess
    kind, words = ranked[0]
    return KindGuess(kind, "description: " + ", ".join(words))


def guess_kind(name: str, description: str = "", terms: tuple[str, ...] = ()) -> KindGuess:
    """The kind of one service from its taxonomy terms, its name, then its description; None if unclear."""
    from_terms = _from_terms(tuple(t for t in terms if t))
    if from_terms:
        return from_terms
    in_name = kinds_named_in(name, negations=False)
    if len(in_name) == 1:
        kind, words = next(iter(in_name.items()))
        return KindGuess(kind, "name: " + ", ".join(words))
    if len(in_name) > 1:
        in_description = {k: v for k, v in kinds_named_in(description).items() if k in in_name}
        if len(in_description) == 1:
            kind = next(iter(in_description))
            return KindGuess(kind, "name and description: " + ", ".join(in_name[kind] + in_description[kind]))
        return KindGuess(None, "the name points at several kinds: " + ", ".join(sorted(in_name)))
    return _from_description(description) or KindGuess(None, "no clear match")
