"""Persons named without a title or a verb of saying, known by their given name.

News writes heads of state and well-known people by name alone: "Ngozi Okonjo-Iweala praised
the deal", "Mohamed Ould Ghazouani received the delegation". No title, role or speech verb
marks them, so the person patterns cannot see them and, without a statistical model, nothing
else does. A run of two or more capitalized words that opens with a common given name
(``data/given_names.txt``, built by ``tools/build_given_names.py``) is such a name when:

- it overlaps nothing the rule-based components found (their reading knows better);
- every word is a word of letters ("Tier 2" is left out) and none is a head word of a body,
  plan or framework, a role, a month or a region (:func:`person_names.name_ok`);
- it is not in a Title Case headline, where every word is capitalized.

The list holds given names of many countries, minus words that are also common English words,
country names, demonyms and capitals, and the project's own head words. The source is
"given", ranked with the statistical model's: any other reading of the same text wins.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.gazetteer import country_forms
from kg.extract.given_name_list import given_names
from kg.extract.headlines import title_case_headline_end
from kg.extract.letters import UPPER
from kg.extract.lexicon import GEOGRAPHIC_FEATURES, NAME_PARTICLES
from kg.extract.ner import occupied, overlaps
from kg.extract.person_names import two_words_ok
from kg.extract.person_ruler import add_roles_of
from kg.extract.spans import CANDIDATES, add_cands, doc_text, snap

SOURCE = "given"

_PARTICLES = (
    r"(?:" + "|".join(sorted(NAME_PARTICLES - {"e", "ter", "ten", "ould"}, key=len, reverse=True)) + ")"
)
_PARTICLE = re.compile(_PARTICLES)
_WORD = r"[" + UPPER + r"][\w’'-]*"
#: a run of capitalized words with the particles and middle initials names have
_RUN = re.compile(
    r"(?<![\w’'.-])(?P<first>["
    + UPPER
    + r"][a-zà-öø-ÿ’'-]+)(?P<rest>(?:[ \t]+(?:"
    + _PARTICLES
    + r"[ \t]+)*(?:["
    + UPPER
    + r"]\.|"
    + _WORD
    + r"))+)"
)
_POSSESSIVE = re.compile(r"[’']s$")
_PLACES = """Airport Avenue Beach Boulevard Canal Center Centre City Coast County Delta Desert District
Drive Falls Hall Harbour Highway Hill Hills Hotel Island Islands Lake Lane Mountain Mountains Park Port
Province Reef River Road Square State Street Town Valley Village Way"""
#: the first word of a place's name, before a saint's or a person's name: "San Pedro Sula", "Port Louis"
_OPENERS = "San Santa Santo Sao São Saint St Sainte Port Puerto Porto Fort Mount Lake Cape Rio Río Los Las El"
_PLACE_OPENERS = frozenset(_OPENERS.split())
_NEXT_WORD = re.compile(r"[ \t]+\S+")
#: the last word of a place, not a person: "the Aral Sea", "Victoria Falls", "Grace Street"
_PLACE_WORDS = frozenset(_PLACES.split()) | GEOGRAPHIC_FEATURES
_BODIES = """Agencies Aid Airlines Airways Arena Authorities Baptist Bodies Bridge Brotherhood Brothers
Catholic Cathedral Celebration Church Club Collective Consortium Cooperative Entities FC Front Garden
Gardens Herald Holdings Hospital Inc Institutions International Limited Lines LLC Ltd Media Memorial
Methodist Ministries Mosque Movement Museum News NGOs Organisations Organizations Partners
Partnership Post Press Radio School Shrine Sisters Stadium Stakeholders Team Television Temple
Times Tower Tribune TV United Watch
AG GmbH PLC SA SpA NV Bhd Tbk PCL Corp LLP"""
#: words of bodies, media, places of worship and kinds of body that the head words of :mod:`lexicon`
#: leave out: "Mercy Corps International", "Grace Church", "Victoria Times", "Faith Based Organizations"
_BODY_WORDS = frozenset(_BODIES.split())
#: before a place: "held in Alba Iulia", "a camp near Siem Reap"
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside)[ \t]+$")
#: after a place, the words of its country: "Siem Reap, Cambodia"
_THEN_WORDS = re.compile(r",[ \t]+((?:[\w’'.-]+[ \t]*){1,4})")
_NAME_WORD = re.compile(r"[" + UPPER + r"](?:[\w’'-]*[^\W\d_])?\.?")


def given_name_spans(text: str, taken: list[tuple[int, int]], skip_to: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the names in ``text`` that open with a given name and overlap no range of ``taken``."""
    names = given_names()
    out = []
    pos = skip_to
    while (m := _RUN.search(text, pos)) is not None:
        if m.group("first") not in names:
            # "Peru's Ana Ruiz", "Meanwhile Ngozi …": the name may open further into the run; after the
            # word that opens a place's name, past the place's next word too ("San Pedro Sula", "El
            # Salvador's Nayib Bukele", "El Fasher Amina Idris")
            pos = m.end("first")
            if m.group("first") in _PLACE_OPENERS:
                after = _NEXT_WORD.match(text, pos)
                pos = after.end() if after else pos
            continue
        pos = m.end()
        start, end = m.start(), m.end()
        name = _POSSESSIVE.sub("", text[start:end])
        end = start + len(name)
        words = name.split()
        if name.endswith(".") or not all(_NAME_WORD.fullmatch(w) or _PARTICLE.fullmatch(w) for w in words):
            continue
        if not two_words_ok(name) or overlaps(taken, start, end):
            continue
        if (
            words[-1] in _PLACE_WORDS
            or any(w in _BODY_WORDS for w in words)
            or _AT_PLACE.search(text, max(0, start - 10), start)
            or _country_after(text, end)
        ):
            continue
        out.append((start, end))
    return out


def _country_after(text: str, end: int) -> bool:
    """Whether a country's name follows after a comma: "Siem Reap, Cambodia" is a place."""
    m = _THEN_WORDS.match(text, end, end + 60)
    if m is None:
        return False
    forms = country_forms()
    words = m.group(1).split()
    return any(" ".join(words[:n]).rstrip(".,;") in forms for n in range(1, len(words) + 1))


class GivenNameCandidates:
    """Add the persons known by their given name to the candidate spans."""

    def __init__(self, *, name: str = "kg_given_names") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        taken, _persons = occupied(doc)
        spans = given_name_spans(text, taken, title_case_headline_end(text))
        found = snap(doc, ((s, e, "Person", "", SOURCE) for s, e in spans))
        add_cands(doc, CANDIDATES, found)
        add_roles_of(doc, [(c.start, c.end) for c in found])  # "Walk Free Founder Andrew Forrest"
        return doc
