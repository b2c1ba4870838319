"""Words of offices and of parts of bodies, which alone or together name no body of their own.

"Regional Office", "Project Office": an office of some body, which the text names elsewhere; "Unit"
and "Directorate" are heads of a part of another body; "the Organization" alone is a short form.
Shared by the name segmenter (:mod:`kg.extract.name_segments`), and the words a role phrase may hold
by the person rulers (:mod:`kg.extract.persons`, :mod:`kg.extract.persons_pronoun_owner`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.head_words import head_type
from kg.extract.lexicon import ROLE_WORDS


def _words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: An office its holder no longer holds: "Former UN Secretary-General", "Kenya's former Foreign Minister",
#: "Ex-President of Nigeria"; such a person speaks for no body (not "the former Yugoslav Republic of …",
#: a name, nor "ex officio", by virtue of the office)
_FORMER = re.compile(
    r"\b(?:(?:former(?![ \t]+Yugoslav)|erstwhile|one-time|past)[ \t]|ex-(?=[A-Za-z]))", re.IGNORECASE
)
#: before "former", words that make it describe a second office or a place, not the role itself:
#: "Cabinet Secretary for Labour and former Governor", "Minister of the former Soviet Republic"
_NOT_THE_ROLE = re.compile(r"(?:\band|\bof(?:[ \t]+the)?|\bin(?:[ \t]+the)?)[ \t]+$", re.IGNORECASE)


def former_office(text: str, start: int, end: int) -> bool:
    """Whether the role phrase text[start:end] is an office held before ("Former UN Secretary-General",
    "Kenya's former Foreign Minister"): "former" qualifies the role itself, not a second office joined
    by "and" or a place after "of the"."""
    found = _FORMER.search(text, start, end)
    return found is not None and _NOT_THE_ROLE.search(text, start, found.start()) is None


#: Head words that alone are a short form ("the Organization would …"), left to the resolver.
LONE_HEADS = _words_of("office department agency council house organization organisation platform guardia")


#: Heads of a body that is part of another: "… Unit of the … Directorate".
PART_HEADS = _words_of(
    "service services unit division department directorate bureau section branch desk cell centre"
    " center inspectorate office"
)


#: Words that with a part's head make no name of its own: "Regional Office", "Country Office".
GENERIC_PART_WORDS = _words_of(
    "regional sub-regional subregional country liaison field local provincial district head main"
    " central permanent executive technical joint"
)


#: Words that with "Office" or "Bureau" name an office of some body, not a body by name.
GENERIC_OFFICE_WORDS = _words_of(
    "regional sub-regional subregional country liaison field local provincial district programme project"
)


#: Words that with "Organization(s)" or "Agencies" name a kind of body, never one body: "members of the
#: Civil Society Organization", "Non-Governmental Organizations"
BODY_KIND_WORDS = frozenset(
    (
        "civil society", "non-governmental", "nongovernmental", "non governmental", "community-based",
        "community based", "faith-based", "faith based", "grassroots", "law enforcement",
        "sister law enforcement", "international non-governmental", "intergovernmental", "inter-governmental",
    )
)  # fmt: skip
_KIND_HEADS = _words_of("organization organizations organisation organisations agencies")


def generic_office(words: list[str]) -> bool:
    """ "Regional Office", "Project Office": which body's, the text says elsewhere; "Civil Society
    Organization": a kind of body, which the text does not name."""
    low = [w.lower() for w in words]
    return len(words) > 1 and (
        (low[-1] in ("office", "bureau") and all(w in GENERIC_OFFICE_WORDS for w in low[:-1]))
        or (low[-1] in _KIND_HEADS and " ".join(low[:-1]) in BODY_KIND_WORDS)
    )


#: lower-case words of an office between a demonym and a role word: "Chinese foreign ministry
#: spokesman", "Kenyan police spokesman", "the Chinese embassy spokesman"
OFFICE_NOUNS = "foreign|ministry|embassy|police"  # not "health expert": a field, not an office

#: the heads a lower-case portfolio (:data:`kg.extract.lexicon.PORTFOLIO_WORDS`) may stand before: only there,
#: since "health expert" names a field
PORTFOLIO_OFFICES = _words_of("minister ministers secretary")

#: lower-case words a role phrase may hold before its role word ("IOM country director X", "UNDP
#: resident representative X")
ROLE_FILLERS = frozenset(
    (
        "of", "to", "in", "at", "the", "and", "&", "for", "permanent", "deputy", "regional", "senior",
        "special", "acting", "former", "state", "assembly", "country", "resident", "executive", "vice",
        # "INZ assistant general manager X": words of a title before its role word
        "managing", "assistant", "general", "associate", "principal", "interim",
        "plc",  # "Unilever plc chief executive X": a company's legal form
        # "The head of the IOM mission in Yemen, X": the unit of a body the office is in
        "mission", "office", "delegation",
        *OFFICE_NOUNS.split("|"),
    )
)  # fmt: skip


@lru_cache(maxsize=1)
def office_word() -> str:
    """One expression for an office's word (lexicon.ROLE_WORDS and TITLES, three letters or more, any
    case, longest first): where a name is followed or preceded by the office its holder holds."""
    from kg.extract.lexicon import ROLE_WORDS, TITLES
    from kg.extract.persons_anchors import trie

    return (
        r"\b(?i:"
        + trie(sorted((w for w in ROLE_WORDS | TITLES if len(w) > 2), key=len, reverse=True))
        + r")\b"
    )


#: "a.i." (ad interim) inside an office: "Director of Cooperation a.i. of the Swiss Agency"
AD_INTERIM = frozenset(("a.i.", "(a.i.)", "a.i.,", "(a.i.),"))


def on_in_body_name(before: str, after: str) -> bool:
    """Whether "on" between the words ``before`` and ``after`` is inside a body's name or an office ("UN
    Office on Drugs and Crime", "Special Envoy on Migration"): a head word or a role word before it, a
    capitalized word after; not "Statement by Kenya on UNICEF …"."""
    return (head_type(before) is not None or before.lower() in ROLE_WORDS) and after[:1].isupper()


#: words of an office or a unit that never make a name on their own: "Ambassador Extraordinary and
#: Plenipotentiary", "the Environment Branch, Ministry of …", "Vice Chairwoman of …"
_OFFICE_ONLY_WORDS = frozenset(
    (
        *("extraordinary", "plenipotentiary", "vice", "deputy", "acting"),
        *("branch", "division", "unit", "section", "directorate", "bureau"),
    )
)


#: the last words of a document's or a sitting's name, never of a person's: "her Oral Report",
#: "General Debate Item 4"
_DOCUMENT_ENDS = frozenset(("Report", "Statement", "Item", "Session", "Debate", "Resolution", "Remarks"))


def no_persons_name(name: str) -> bool:
    """Whether ``name``, found where a person's name may stand, is none: only an office's or a unit's
    words (a role word, "Extraordinary", "Branch": "Ambassador Extraordinary and …", "Vice Chairwoman"),
    whatever title stands before it, or a document's or a sitting's closing word ("her Oral Report")."""
    words = name.split()
    return bool(words) and (
        words[-1] in _DOCUMENT_ENDS
        or all(w.lower() in _OFFICE_ONLY_WORDS or w.lower() in ROLE_WORDS for w in words)
    )
