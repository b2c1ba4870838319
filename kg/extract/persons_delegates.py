"""Delegates named by their country in brackets, in meeting coverage: "Fu Cong (China) said".

The United Nations' meeting summaries write each speaker as a name, the country in brackets and
a verb: "Tareq Albanai (Kuwait) said …", "Hwang Joon-kook (Republic of Korea) expressed …". Many
of these names open with no given name the list knows and carry no title, so no other finder sees
them. One such bracket alone may be a place ("Nuevo León (Mexico) said"), so the shape counts only
in a text that writes it twice or more: a name of two to five capitalized words, then a country
the reference knows in brackets. A speaker must then open a clause and take a verb of saying or
of stance right after the bracket ("… (Japan), speaking for …" too), and no word of the name may
be a country, capital, head word or role (:func:`person_names.two_words_ok`), nor may the first
open a place's name ("Ciudad Juárez (Mexico) said").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.gazetteer import country_forms, place_names
from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.persons_anchors import trie
from kg.extract.persons_titles import _FREE_NAME

#: verbs a delegate's statement takes in meeting summaries, beyond the verbs of saying
_STANCE_WORDS = """added agreed appealed asked called cautioned commended condemned deplored described echoed
encouraged expressed objected pledged praised recalled regretted rejected spoke thanked voiced welcomed
supported questioned proposed requested recommended underlined"""
_VERB = trie(sorted(set(SPEECH_VERBS) | set(_STANCE_WORDS.split()), key=len, reverse=True))
#: words that open a place's name, not a person's: "Nuevo León", "Ciudad Juárez", "Port Louis"
_OPENERS = """San Santa Santo Sao São Saint St Sainte Port Puerto Porto Fort Mount Lake Cape Rio Río Los
    Las El Nuevo Nueva Ciudad Villa Bahía Gran Grand New North South East West Upper Lower Greater Central"""
_PLACE_OPENERS = frozenset(_OPENERS.split())
#: a bracket right after a capitalized word: "… Cong (China)"
_BRACKET = re.compile(r"(?<=[\w’'.-])[ \t]+\((?P<country>[A-Z][^()\n]{1,50})\)")
#: what follows a speaker's bracket: a verb, or the comma of "speaking for …"
_THEN = re.compile(r"(?:,[ \t]+speaking[ \t]+|,?[ \t]+(?:also[ \t]+)?(?:" + _VERB + r")\b)")
_NAME_BEFORE = re.compile(r"(?P<name>" + _FREE_NAME + r")$")
#: the name opens a clause: "Fu Cong (…", ". Fu Cong (…", "; Fu Cong (…", "Also speaking, Fu Cong (…"
_CLAUSE_START = re.compile(r"(?:^|[\n.,;:“\"]|\b(?:and|while|whereas))[ \t]*$")


def delegate_names(text: str, name_ok: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each "Name (Country)" speaker, in a text with two such brackets or more."""
    if text.count(" (") < 2:
        return
    forms, places = country_forms(), place_names()
    found = []
    for b in _BRACKET.finditer(text):
        if b.group("country") not in forms:
            continue
        m = _NAME_BEFORE.search(text, max(0, b.start() - 80), b.start())
        if m is None:
            continue
        name = m.group("name")
        words = name.split()
        if (
            not 2 <= len(words) <= 5
            or words[0] in _PLACE_OPENERS
            or any(w in places or w in forms for w in words)
            or not name_ok(name)
        ):
            continue
        found.append((m, b))
    if len(found) < 2:
        return
    for m, b in found:
        if _THEN.match(text, b.end()) and _CLAUSE_START.search(text, max(0, m.start() - 20), m.start()):
            yield m.start("name"), m.end("name")
