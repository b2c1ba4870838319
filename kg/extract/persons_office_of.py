"""A name right after an office and the country or body it is held in: "Deputy Prosecutor General of
the Republic of Ruritania Ana Ruiz said", "the Decree of the President of the Kyrgyz Republic Ana
Ruiz".

Official texts of the former Soviet states and UN bodies write the holder's name straight after
"<Office> of <Country>", no comma and no title. The other finders see no title before the name
(the office's last word is the country) and no verb of saying when a colon or a clause follows. The
country or body must be one the reference knows, so the split between it and the name is sure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from kg.extract.gazetteer import body_names, country_names
from kg.extract.given_name_list import given_names
from kg.extract.lexicon import ROLE_WORDS
from kg.extract.persons_anchors import ROLE_WORD, before_blanks, finditer_at

#: "<office word> of (the) ": where the owner's name, then the holder's, begin
_OFFICE_OF = re.compile(r"(?:" + ROLE_WORD.pattern + r")[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: the capitalized words after it, up to a lower-case word or a clause's end
_RUN = re.compile(
    r"(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|the|and)[ \t]+)*){1,7}?[A-Z][\w’'-]*"
    r"(?=[ \t]+[a-z]|[ \t]*[,.;:(\n]|[ \t]*$)"
)

#: what follows the office word in every match of :data:`_OFFICE_OF`, led by the space before "of"
_OF_THEN_NAME = re.compile(r"(?<=[ \t])of[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: the longest office word: where, at most, one ends before the spaces before "of" starts
_LONGEST = max(map(len, ROLE_WORDS))
_WORD_START = re.compile(r"\b\w")


def _offices(text: str) -> Iterator[re.Match[str]]:
    """``_OFFICE_OF.finditer(text)``, tried only at the word starts an office word can begin at.

    A match is an office word (case-free: as long as its spelling), spaces, then what
    :data:`_OF_THEN_NAME` matches; so it starts at a word start at most :data:`_LONGEST` characters
    before the spaces ahead of such an "of". Tried there in order, each match skipping the places it
    covers, these are the matches of a scan of the whole text (one that tests every place, 1/20 as fast).
    """
    starts: set[int] = set()
    for of in _OF_THEN_NAME.finditer(text):
        spaces = before_blanks(text, of.start())
        starts.update(w.start() for w in _WORD_START.finditer(text, max(0, spaces - _LONGEST), spaces))
    yield from finditer_at(_OFFICE_OF, text, sorted(starts))


#: someone else's tie to the office holder, right before the office: "an opponent of the", "the wife of"
_ANOTHERS = re.compile(
    r"\b(?:opponents?|critics?|rivals?|challengers?|wife|husband|widow|son|daughter|brother|sister|mother|"
    r"father|lawyers?|aides?|spokes(?:man|woman|person)|advis[eo]rs?|successor|predecessor|envoy)\s+"
    r"(?:of|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def name_after_office_of(
    text: str, two_words_ok: Callable[[str], bool], not_person_words: Collection[str]
) -> Iterator[tuple[int, int]]:
    """(start, end) of each two- or three-word name after "<office> of <known country or body>"."""
    countries, bodies, given = country_names(), body_names(), given_names()
    for office in _offices(text):
        if _ANOTHERS.search(text, max(0, office.start() - 40), office.start()):
            continue  # "an opponent of the President of Uganda Bobi Wine": not the holder
        run = _RUN.match(text, office.end())
        if run is None:
            continue
        words = run.group().split()
        for n in (2, 3):
            owner = " ".join(words[:-n])
            if len(words) <= n or (owner not in countries and owner not in bodies):
                continue
            if n == 3 and words[-3] not in given and words[-2] in given:
                continue  # "the President of Kenya Airways Allan Kilavuka": "Airways" is the owner's word
            name = " ".join(words[-n:])
            if any(w in not_person_words for w in words[-n:]) or not two_words_ok(name):
                continue
            start = text.index(words[-n], office.end() + len(owner))
            yield start, run.end()
            break
