"""Names whose head word news writes in lower case: "the Falepili Union treaty", "the Blue Heart
campaign", "the Recognised Seasonal Employer scheme".

The capitalized words before the head name one instrument or plan; the head says which kind. The
shape finder in :mod:`kg.extract.patterns` needs a capitalized head and reads "Falepili Union" as a
body. Words that only say whose it is ("the Kenyan programme", "the UNDP project", "the EU-Turkey
agreement", "the EU-funded project") name nothing of their own and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.head_words import head_type
from kg.extract.lexicon import MONTHS, NOT_NAMES, REGION_WORDS, ROLE_WORDS, TITLES

_FRAMEWORK_HEADS = (
    "treaty",
    "accord",
    "pact",
    "agreement",
    "protocol",
    "charter",
    "compact",
    "convention",
    "bill",
)
_PLAN_HEADS = ("scheme", "campaign", "initiative", "programme", "program", "project", "strategy", "roadmap")
_EVENT_HEADS = ("meeting", "summit", "conference")
_HEAD_TYPE = {
    **{h: "Framework" for h in _FRAMEWORK_HEADS},
    **{h: "Plan" for h in _PLAN_HEADS},
    **{h: "Event" for h in _EVENT_HEADS},
}
#: lower-case words between a body's name and its meeting: "the Pacific Islands Forum leaders meeting"
_MEETING_KIND = (
    r"(?P<kind>(?:leaders[’']?|ministerial|inter-ministerial|annual|senior[ \t]+officials[’']?|high-level)"
    r"[ \t]+)?"
)

#: words that say what kind or whose, never which: "the Government campaign", "the National programme"
_KIND_WORDS = frozenset(
    (
        "Government", "Governments", "Federal", "National", "State", "Presidential", "Regional",
        "International", "Global", "Joint", "New", "Bilateral", "Multilateral", "Trilateral", "Official",
        "Public", "Sectoral", "Country", "Local", "Provincial", "Municipal", "Interim", "Draft", "Final",
    )
)  # fmt: skip
#: a backer written into an adjective: "EU-funded ", "Saudi-led ", "US-brokered "
_MADE_BY = re.compile(r"^(?:.*[ \t])?[A-Z][\w’']*-[a-z][\w-]*[ \t]+")
_OWNER = re.compile(r"^.*[’']s[ \t]+")
_LOWER_HEAD = re.compile(
    # "New Zealand's Zero Carbon bill": an owner's possessive stands for the article, as "under" does
    # before a name in capitals or with a number ("grants under PROTTASHA II project"; not "under
    # Kafala scheme", a system)
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|an?|(?P<under>under))|[’']s)[ \t]+"
    # "the Work in Freedom programme": a connector between two capitalized words
    r"(?P<name>(?P<year>(?:19|20)\d{2}[ \t]+)?"
    r"(?:[A-Z][\w’'\-]*[ \t]+(?:(?:in|for|and|of|on|against|from|with)[ \t]+(?=[A-Z]))?){1,5}"
    r"(?:(?P<head>" + "|".join((*_FRAMEWORK_HEADS, *_PLAN_HEADS)) + r")"
    r"|" + _MEETING_KIND + r"(?P<meeting>" + "|".join(_EVENT_HEADS) + r")))\b"
    r"(?![ \t]*\()"  # "the Safe Homes programme (SHP)": the acronym's own rule reads it
)


#: a union of states that names the treaty making it: "the Falepili Union treaty"
_UNION_WORDS = frozenset(("Union", "Alliance", "Community", "Partnership"))


def _whose_only(words: list[str], instrument: bool = False) -> bool:
    """True when every word only says whose or where ("Kenyan", "UNDP", "EU-Turkey", "Pacific"), or
    a word is no part of a name (a title, a month, a clause word) or a head word of its own.

    ``instrument``: the head is a treaty's or an agreement's, whose name may hold the word of a
    union ("the Falepili Union treaty") unless the words are a known body's whole name ("the
    European Union agreement": the Union's, unnamed)."""
    from kg.extract.gazetteer import body_acronyms, body_names, country_names, demonym_names

    if instrument and " ".join(words) in body_names():
        return True

    places, demonyms, acronyms = country_names(), demonym_names(), body_acronyms()

    def whose(word: str) -> bool:
        parts = word.split("-")
        return all(
            p in places or p in demonyms or p in acronyms or p in REGION_WORDS or p in _KIND_WORDS
            for p in parts
        )

    for word in words:
        low = word.lower()
        if low in NOT_NAMES or low in MONTHS or low in ROLE_WORDS or low in TITLES:
            return True
        if head_type(word) and not (instrument and len(words) > 1 and word in _UNION_WORDS):
            return True
        if low in ("government", "governments"):
            return True  # "the Modi Government scheme": a government's, unnamed
    return all(whose(w) for w in words)


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """The reference's instruments and plans, case folded: "the Paris agreement" is the Paris Agreement."""
    from kg.extract.gazetteer import names_of_type

    return frozenset(n.casefold() for t in ("Framework", "Plan") for n in names_of_type(t))


#: a capitalized word right before a lower-case head: rare, so found first (the full shape, which
#: opens at every article, is then tried only just before each)
_CAPITAL_THEN_HEAD = re.compile(
    r"[A-Z][\w’'\-]*[ \t]+"
    + _MEETING_KIND.replace("(?P<kind>", "(?:")
    + r"(?:"
    + "|".join(_HEAD_TYPE)
    + r")\b"
)


_ACRONYM_NEXT = re.compile(r"[ \t]*\(")
#: a word in capitals or a number: what a name after "under" without an article needs
_CODE_LIKE = re.compile(r"\b(?:[A-Z]{2,}|\d+)\b")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """``_LOWER_HEAD``'s matches in ``text``, each ending at a head word after a capitalized word."""
    done = -1
    for hit in _CAPITAL_THEN_HEAD.finditer(text):
        if _ACRONYM_NEXT.match(text, hit.end()):
            continue  # "the Safe Homes programme (SHP)": the acronym's own rule reads it
        for match in _LOWER_HEAD.finditer(text, max(done + 1, hit.start() - 160), hit.end()):
            if match.end("name") == hit.end():
                done = match.start()
                yield match
                break


def lower_head_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, type) of each capitalized name closed by a lower-case head word."""
    if not any(head in text for head in _HEAD_TYPE):
        return
    for match in _matches(text):
        start = match.start("name")
        owner = _OWNER.search(match.group("name"))
        if owner is not None:  # "the UNODC's Blue Heart campaign": the campaign's name follows its owner
            start += owner.end()
        made = _MADE_BY.match(text[start : match.end("name")])
        if made is not None:  # "the Qatar-funded Safe Roads programme": the name follows the backer
            start += made.end()
        if match.group("under") and not _CODE_LIKE.search(match.group("name")):
            continue
        head = match.group("head") or match.group("meeting")
        words = [w for w in text[start : match.end("name")].split()[:-1] if w[0].isupper()]
        if not words:
            continue
        if len(words) == 1 and words[0].isupper():
            continue  # "the PCCMHS programme": the acronym's, which resolution reads
        if match.group("meeting"):  # "the Pacific Islands Forum leaders meeting", "the 2019 X summit"
            dated = match.group("year") and not any(head_type(w) for w in words)  # not "the 2018 Compact …"
            if words and (match.group("kind") or dated):
                yield start, match.end("name"), "Event"
            continue  # "the Quito Process meeting": the body's meeting, unnamed
        if match.group("year") and start == match.start("name"):
            start = match.end("year")  # "the 2022 Safe Roads programme": the year dates the programme
        instrument = head in _FRAMEWORK_HEADS
        if text[start : match.end("name")].casefold() in _known_names() or not _whose_only(words, instrument):
            yield start, match.end("name"), _HEAD_TYPE[head]
