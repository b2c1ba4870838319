"""Acronym definitions: "Federal Investigation Agency (FIA)", after Schwartz & Hearst (2003).

For every "(ACR)" in the text, the long form is the shortest run of words before it whose
letters, read backwards, contain the acronym's letters in order, the first letter starting
a word. Definitions go to the ``ACRONYM_DEFS`` group: the candidate is the long form, its
``label`` the acronym. Later uses of the acronym are found by the resolver.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.head_words import head_type
from kg.extract.lexicon import GOVERNMENT_WORDS, MONTHS, NOT_NAMES, ROLE_WORDS, TITLES, WEEKDAYS
from kg.extract.names import initials
from kg.extract.spans import ACRONYM_DEFS, CANDIDATES, Cand, add_cands, candidates, doc_text, snap

_PAREN = re.compile(r"\((?P<acr>[A-Z][A-Za-z\-/&.]{1,14})\)")


def _letters(acronym: str) -> str:
    core = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    if core.lower().startswith("anti-"):
        core = core[5:]
    return "".join(c for c in core if c.isalnum()).lower()


@lru_cache(maxsize=16384)
def _usable_letters(acronym: str) -> str:
    """The acronym's letters, or "" when there are fewer than two or it has fewer than two capitals."""
    letters = _letters(acronym)
    return letters if len(letters) >= 2 and sum(c.isupper() for c in acronym) >= 2 else ""


def long_form(before: str, acronym: str) -> str | None:
    """The long form for ``acronym`` at the end of ``before``, or None."""
    letters = _usable_letters(acronym)
    if not letters:
        return None
    max_words = min(len(letters) + 5, 2 * len(letters) + 2)
    return _long_form_in(" ".join(before.rstrip().split()[-max_words:]), acronym, max_words)


@lru_cache(maxsize=16384)
def _long_form_in(text: str, acronym: str, max_words: int) -> str | None:
    """:func:`long_form` on the last ``max_words`` words before the acronym, cached: a corpus defines
    the same acronyms with the same words again and again."""
    letters = _letters(acronym)
    if acronym.lower().startswith("anti-"):
        idx = text.lower().rfind("anti-")
        if idx < 0:
            return None
        text, prefix = text[idx + 5 :], text[: idx + 5]
    else:
        prefix = ""
    li = len(letters) - 1
    ti = len(text) - 1
    while li >= 0:
        c = letters[li]
        while ti >= 0 and (text[ti].lower() != c or (li == 0 and ti > 0 and text[ti - 1].isalnum())):
            ti -= 1
        if ti < 0:
            return None
        li -= 1
        ti -= 1
    start = text.rfind(" ", 0, ti + 1) + 1
    if text[start : start + 1].islower():  # "Office of Climate Change … (OCCDA)": take "Office" too
        prev = text.rfind(" ", 0, max(0, start - 1)) + 1
        if text[prev : prev + 1].isupper():
            start = prev
    result = (prefix[prefix.rfind(" ") + 1 :] if prefix else "") + text[start:]
    result = result.strip(" ,;:“”\"'")
    if not result or not result[0].isupper() or len(result.split()) > max_words:
        return None
    return result


def long_form_before(text: str, at: int, acronym: str) -> tuple[int, int] | None:
    """(start, end) of the long form ``acronym`` stands for, written on its line right before ``at``
    (the bracket that opens the acronym), past a closing quote or comma; None if there is none."""
    lo = max(0, at - 200)
    lo = max(lo, text.rfind("\n", lo, at) + 1)  # the line's start, if nearer
    before = text[lo:at]
    lf = long_form(before, acronym)
    if lf is None:
        return None
    end = lo + len(before.rstrip())
    while end > lo and text[end - 1] in ",;:“”\"' ":
        end -= 1
    return end - len(lf), end


def find_definitions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, acronym) for every long form defined with an acronym in parentheses."""
    for m in _PAREN.finditer(text):
        acronym = m.group("acr")
        span = long_form_before(text, m.start(), acronym)
        if span is not None:
            yield span[0], span[1], acronym
    if _BARE.search(text) is not None:
        yield from _bare_definitions(text)


#: an initialism of three letters or more right after a capitalized word, not in brackets
_BARE = re.compile(r"(?<=[A-Za-z][ \t])(?P<acr>[A-Z]{3,8})(?![\w(-])")
_CAPITALIZED_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+)+\Z")


def _bare_definitions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, acronym) for "the Labour Market Regulatory Authority LMRA": a name followed by
    its initialism without brackets, when its capitalized words' initials are exactly the acronym."""
    for m in _BARE.finditer(text):
        acronym = m.group("acr")
        run = _CAPITALIZED_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if run is None:
            continue
        words = run.group().split()[-len(acronym) :]
        if len(words) == len(acronym) and initials(" ".join(words)) == acronym:
            end = run.end() - (len(run.group()) - len(run.group().rstrip()))
            yield text.rindex(words[0], run.start(), end), end, acronym


#: A short name that is no initialism: "(Europol)", "(Frontex)", "(FRONTEX)".
_SHORT_NAME = re.compile(r"[A-Z](?:[a-z]{2,}|[A-Z]{2,})(?:-[A-Za-z]+)?")
_NOT_SHORT_NAMES = MONTHS | WEEKDAYS | NOT_NAMES | TITLES | ROLE_WORDS | GOVERNMENT_WORDS


def find_short_names(text: str, cands: Sequence[Cand]) -> Iterator[tuple[int, int, str]]:
    """(start, end, short name) for every body's name of two words or more followed by a
    parenthesised short name that is not its initialism: "the European Union Agency for Law
    Enforcement Cooperation (Europol)", "the European Border and Coast Guard Agency (Frontex)".

    The name is the longest organization candidate in ``cands`` that ends right before the
    parenthesis or with it; none is defined where another type's candidate covers the short
    name ("Ministry of Labour (Kenya)").
    """
    for m in _PAREN.finditer(text):
        short = m.group("acr")
        if not _SHORT_NAME.fullmatch(short) or short.lower() in _NOT_SHORT_NAMES or head_type(short):
            continue
        if any(c.label != "Organization" and c.start <= m.start(1) and m.end(1) <= c.end for c in cands):
            continue
        lo = max(0, m.start() - 200)
        lo = max(lo, text.rfind("\n", lo, m.start()) + 1)
        before = text[lo : m.start()]
        if long_form(before, short) is not None:
            continue  # an initialism: find_definitions has it
        end = lo + len(before.rstrip())
        starts = [
            c.start for c in cands if c.label == "Organization" and c.start < end and c.end in (end, m.end())
        ]
        if starts and len(text[min(starts) : end].split()) >= 2:
            yield min(starts), end, short


#: "UN Climate Change Conference (COP 29)": a session of the Conference of the Parties named
#: after the meeting's name; its letters are not the name's initials.
_COP_PAREN = re.compile(r"\((?P<acr>CO[Pp][ -]?\d{1,2})\)")
_CONFERENCE_BEFORE = re.compile(
    r"(?:[A-Z\d][\w-]*[ \t]+(?:(?:of|on)[ \t]+(?:the[ \t]+)?)?){1,6}"
    r"(?:Conference|Summit)(?:[ \t]+of[ \t]+(?:the[ \t]+)?Parties"
    # "… Conference of the Parties to the UN Framework Convention on Climate Change (COP27)"
    r"(?:[ \t]+(?:to|of)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w-]*(?:[ \t]+(?:on|of|for)(?=[ \t]+[A-Z]))?[ \t]+){1,9})?)?[ \t]*$"
)


def find_session_definitions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, acronym) for every "<… Conference> (COP 29)"."""
    for m in _COP_PAREN.finditer(text):
        before = _CONFERENCE_BEFORE.search(text, max(0, m.start() - 200), m.start())
        if before:
            start = before.start() + (
                4 if text.startswith("The ", before.start()) else 0
            )  # a sentence's "The"
            yield start, before.start() + len(before.group().rstrip()), m.group("acr")


class AcronymFinder:
    """Record acronym definitions in the ``ACRONYM_DEFS`` group."""

    def __init__(self, *, name: str = "kg_acronyms") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = list(find_definitions(text))
        if "(" in text:
            found += find_short_names(text, candidates(doc, CANDIDATES))
        if "(COP" in text:
            found += find_session_definitions(text)
        add_cands(doc, ACRONYM_DEFS, snap(doc, ((s, e, acronym, "", "acronym") for s, e, acronym in found)))
        return doc
