"""Where the role phrase before a person's name starts, and the styles that close a title.

"IOM's Chief of Mission in Nepal Lorena Lando": back from the name over capitalized words, role
words and fillers, not over a sentence's end ("… in the U.S. President X" keeps "U.S."), nor over
"According to"; "Minister of Labour Dr. X": "Dr." is the person's, not the role's. Out of
:mod:`kg.extract.persons` (the person finder) so each stays small.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import country_forms
from kg.extract.lexicon import NOT_NAMES, PORTFOLIO_WORDS, SPEECH_VERBS, STYLES
from kg.extract.office_words import (
    AD_INTERIM,
    PORTFOLIO_OFFICES,
    ROLE_FILLERS,
    on_in_body_name,
)
from kg.extract.persons_anchors import ROLE_WORD

_NON_SPACE = re.compile(r"[^\s]+")
_CONNECTOR = re.compile(r"(?:of|to|in|at|the|and|for)[ \t]+")


def role_start(text: str, lo: int, hi: int) -> int:
    """Start of the role phrase that ends at ``hi``: back over capitalized words and fillers."""
    start = hi
    words = _NON_SPACE.findall(text, lo, hi)
    i = len(words)
    while i > 0:
        i -= 1
        word = words[i]
        if word in AD_INTERIM:
            start = text.rindex(word, lo, start)  # "Director of Cooperation a.i. of the Agency X"
            continue
        if word[-1] in ".:;" and len(word) > 2 and not _opens_role(word, text, lo, start):
            break  # a sentence's end, not "U.S." of "U.S. President X"
        if (
            word[0].isupper()
            or word[0] == "("
            or word.lower() in ROLE_FILLERS
            or (word == "on" and i > 0 and on_in_body_name(words[i - 1], text[start : start + 1]))
            or ROLE_WORD.fullmatch(word.strip(","))
            or ROLE_WORD.fullmatch(word.strip(",").rpartition("-")[2])  # "co-chair", "vice-president"
            or _portfolio(words, i)  # "Kenya's labour minister X"
        ):
            start = text.rindex(word, lo, start)
        elif (back := _described_role(words, i)) is not None:
            for k in range(i, back - 1, -1):  # "ICTU legal affairs officer X": the body's officer
                start = text.rindex(words[k], lo, start)
            i = back
        else:
            break
    lead = _LEAD_PHRASE.match(text, start, hi)  # "According to IOM Director General X"
    if lead is not None:
        start = lead.end()
    while True:  # no leading connectors
        m = _CONNECTOR.match(text[start:hi])
        if not m:
            break
        start += m.end()
    return start


#: lower-case words that may describe a role between a body's name and the role word ("ICTU legal
#: affairs officer", "USAID Bridgetown programme director"): not words of a clause
_DESCRIPTOR = re.compile(r"[a-z][a-z-]{2,}")
#: words of a clause, never a description: the lexicon's clause words and verbs of saying, and the
#: auxiliaries and relatives ("Kenya said that the director X", "who is director")
_NOT_DESCRIPTORS = (
    NOT_NAMES
    | SPEECH_VERBS
    | frozenset(("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would"))
    | frozenset(("who", "which", "not", "than", "then", "only", "just", "into", "over", "about"))
)


#: role words that name a field's worker, no office: "health expert", "policy analyst"
_NO_OFFICE = frozenset(("expert", "experts", "specialist", "analyst", "researcher", "consultant", "observer"))


def _described_role(words: list[str], i: int) -> int | None:
    """The index of the capitalized word before up to three lower-case words ``words[..i]`` that
    describe the lower-case role word right after them, or None."""
    if i + 1 >= len(words) or not words[i + 1][:1].islower() or not ROLE_WORD.fullmatch(words[i + 1]):
        return None
    if words[i + 1] in _NO_OFFICE:
        return None  # "Kenya's health expert X": a field's expert, no office of Kenya's
    k = i
    while (
        k >= 0
        and i - k < 3
        and _DESCRIPTOR.fullmatch(words[k])
        and words[k] not in _NOT_DESCRIPTORS
        and not words[k].endswith("ed")  # "Norway thanked outgoing programme director X": a verb
    ):
        k -= 1
    if (
        k < 0
        or k == i
        or not words[k][:1].isupper()
        or words[k][-1] in ".:;,"
        or words[k].endswith(("’s", "'s"))
        or words[k] in country_forms()  # "Kenya hosts refugee affairs officer X": the country acts
    ):
        return None  # not "Kenya's health officials": the country's, no body named before its officer
    return k


def _portfolio(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a lower-case portfolio in a run that ends in "minister" or "secretary"."""
    k = i
    while k < len(words) and (words[k].strip(",") in PORTFOLIO_WORDS or words[k] == "and"):
        k += 1
    return k > i and k < len(words) and words[k] in PORTFOLIO_OFFICES and words[i] != "and"


_DOTTED = re.compile(r"U\.S\.|U\.K\.|U\.N\.|E\.U\.|U\.A\.E\.")  # a country or body, not "M.I.M." of a name
#: "… exports to the U.S. President X said": the initialism ends a sentence as a place (not "met
#: with U.S. President X")
_PLACED = re.compile(r"\b(?:to|for|in|from|into|at)[ \t]+the[ \t]+\S+[ \t]*\Z")


#: styles and forms of address that end a title right before the name: "Minister of Labour Dr. X",
#: "Minister of Labour Sen. X", "Ambassador H.E. X": they are the person's, not the role's
_STYLES = STYLES | {"he"}  # "HE" for "H.E.": inside a title, no pronoun
_LAST_WORD = re.compile(r"[ \t]+(\S+)[ \t]*$")


def before_styles(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back before the styles that close the title ``text[lo:hi]``."""
    while (m := _LAST_WORD.search(text, lo, hi)) is not None and m.group(1).lower().rstrip(".") in _STYLES:
        hi = m.start()
    return hi


def _opens_role(word: str, text: str, lo: int, at: int) -> bool:
    """Whether a dotted initialism ending in "." opens the role phrase after it, not a sentence's end."""
    return _DOTTED.fullmatch(word) is not None and _PLACED.search(text, lo, at) is None


_LEAD_PHRASE = re.compile(r"(?:According|Thanks|Speaking|Writing|Talking)[ \t]+(?:to|at|in)[ \t]+")


#: a verb or preposition whose object is the role phrase after it: "Thanking the Foreign Minister of
#: Norway, Ambassador X said", "Having met the President of Ghana, X said", "In a meeting with the
#: Minister of Y, X": that office is someone else's, not the name's after the comma
_OBJECT_OF = re.compile(
    r"\b(?:[Tt]hank(?:ed|ing)|[Ww]elcom(?:ed|ing)|[Mm]et|[Mm]eeting|[Rr]eceiv(?:ed|ing)|[Hh]ost(?:ed|ing)"
    r"|[Cc]ongratulat(?:ed|ing)|[Ii]nvit(?:ed|ing)|[Vv]isit(?:ed|ing)|[Cc]all(?:ed|ing)[ \t]+on|with)"
    r"[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?(?=[A-Z])"
)
_CLAUSE_MARK = re.compile(r"[,.;:\n]")


def object_of_verb(text: str, role_start: int, role_end: int) -> bool:
    """Whether the role phrase ``text[role_start:role_end]`` is the object of a meeting or thanking
    verb in its clause, before it or as its first word ("Thanking the Foreign Minister of Norway")."""
    lo = max(0, role_start - 40)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, role_end)]
    return _OBJECT_OF.search(text, marks[-1] if marks else lo, role_end) is not None
