"""Which kind of service a directory entry from a kit is, or no guess at all: a wrong guess is worse than none.

A survivor who looks under "Counselling and mental health" and finds a summer camp stops trusting the
list. So a guess is made only on clear evidence, in this order:

1. the service's own taxonomy terms (HSDS), or the kind an agency wrote that is not one of our keys;
2. words in the service's own name;
3. at least two different words in the service's own description, twice as many as for any other kind.

The organisation's description is never used: it describes everything the organisation does (a parks
department's "therapeutic and healthy living programs" says nothing about its tennis club). Words are
matched whole ("health" is not "healthy"; "refuge" is not "refugee"); a word ending in * matches
any word that starts with it. Where the evidence is weak or split, the answer is None: the service is
listed under "other local services", and `make-setup-kit` shows it in its review table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Words and phrases that point at a kind in our catalogue. Phrases are matched as whole words in order.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "housing": ("housing", "shelter*", "accommodation*", "homeless*", "refuge", "refuges", "tenan*", "eviction*",
                "rent", "rental"),
    "safety_planning": ("domestic violence", "domestic abuse", "intimate partner", "safety plan*", "trafficking",
                        "protection order*", "sexual assault", "rape crisis", "abuse survivor*"),
    "legal": ("legal", "lawyer*", "law centre", "law center", "law clinic", "legal clinic", "attorney*",
              "solicitor*", "court*"),
    "immigration": ("immigra*", "visa", "visas", "asylum", "refugee*", "residence permit*", "citizenship",
                    "naturali*"),
    "interpretation": ("interpret*", "translat*"),
    "medical": ("medical", "clinic", "clinics", "doctor*", "hospital*", "dental", "dentist*", "nurse*", "nursing",
                "health care", "healthcare", "health centre", "health center", "primary care", "pharmac*",
                "sexual health", "vaccin*", "urgent care", "physician*"),
    "mental_health": ("counselling", "counseling", "counsellor*", "counselor*", "mental health", "therap*",
                      "psycholog*", "psychiatr*", "trauma", "emotional support"),
    "substance_use": ("substance*", "alcohol*", "drug", "drugs", "addiction*", "drinking problem*", "al anon",
                      "alcoholics anonymous", "narcotics anonymous", "detox*", "rehab*"),
    "case_management": ("case manag*", "case work*", "caseworker*", "support worker*", "navigator*"),
    "financial": ("financial", "finance*", "money", "benefits", "welfare", "debt*", "bank account*", "budget*",
                  "cash assistance", "tax return*"),
    "childcare": ("childcare", "child care", "nurser*", "daycare", "day care", "creche*", "preschool*",
                  "after school"),
    "transportation": ("transport*", "bus pass*", "bus fare*", "taxi*", "travel card*", "rides"),
    "food_clothing": ("food*", "meal", "meals", "pantr*", "soup kitchen*", "kitchen", "grocer*", "cloth*",
                      "lunch*", "breakfast*", "dinner*", "foodbank*"),
    "employment": ("employment", "employability", "job", "jobs", "career*", "vocational", "apprentice*",
                   "work skills"),
    "education": ("education*", "school*", "class", "classes", "literacy", "esol", "esl", "college*", "tutor*",
                  "course", "courses", "learning"),
    "peer_support": ("peer*", "mentor*", "support group*", "survivor led", "self help"),
    "family": ("reunif*", "family tracing", "tracing", "family links", "family reunion*"),
}

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class KindGuess:
    """The kind (a catalogue key, or None for "other local services") and why, in plain words for the review."""

    kind: str | None
    why: str


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _matches(keyword: str, words: list[str]) -> bool:
    """Whether `words` (a whole match, split) is `keyword`: the same words, the last one maybe a prefix."""
    parts = keyword.split()
    if len(parts) != len(words) or parts[:-1] != words[:-1]:
        return False
    last = parts[-1]
    return words[-1] == last or (last.endswith("*") and words[-1].startswith(last[:-1]))


def _pattern(keywords: tuple[str, ...]) -> re.Pattern:
    """One expression for a kind's keywords over text normalised to words and single spaces."""
    parts = []
    for keyword in keywords:
        *head, last = keyword.split()
        tail = re.escape(last[:-1]) + "[^ ]*" if last.endswith("*") else re.escape(last)
        parts.append(" ".join([*map(re.escape, head), tail]))
    if not parts:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"(?<![^ ])(?:" + "|".join(parts) + r")(?![^ ])")


_PHRASES = {kind: _pattern(tuple(k for k in keywords if " " in k)) for kind, keywords in KIND_WORDS.items()}
_SINGLE_WORDS = {kind: _pattern(tuple(k for k in keywords if " " not in k)) for kind, keywords in KIND_WORDS.items()}


def _collect(patterns: dict[str, re.Pattern], text: str, found: dict[str, list[str]]) -> list[tuple[int, int]]:
    spans = []
    for kind, pattern in patterns.items():
        for match in pattern.finditer(text):
            keyword = next((k for k in KIND_WORDS[kind] if _matches(k, match.group().split())), None)
            if keyword is None:
                continue
            spans.append(match.span())
            hits = found.setdefault(kind, [])
            if keyword.rstrip("*") not in hits:
                hits.append(keyword.rstrip("*"))
    return spans


def kinds_named_in(text: str) -> dict[str, list[str]]:
    """Each kind whose words appear in `text`, with the keywords found (as written in KIND_WORDS, without *).

    Phrases first, and the words of a phrase found are not read again on their own: "legal clinic" is
    legal help, not also medical care's "clinic".
    """
    normal = " ".join(_words(text))
    found: dict[str, list[str]] = {}
    for start, end in _collect(_PHRASES, normal, found):
        normal = normal[:start] + "#" * (end - start) + normal[end:]
    _collect(_SINGLE_WORDS, normal, found)
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
    in_name = kinds_named_in(name)
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
