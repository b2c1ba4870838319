"""Find the gazetteer's terms in a document with one PhraseMatcher over lower-cased tokens.

Matching lower case finds "Human trafficking", "TRAFFICKING IN PERSONS" and "UNITED NATIONS";
a case check per match then keeps acronyms exact ("US" is not "us", "UN" is not "un") and
keeps capitalized names from matching lower-case words ("Chad", "chad").

Each match becomes a candidate in the ``CANDIDATES`` group (:mod:`kg.extract.spans`):
``label`` the entity type (or ``DEMONYM`` / ``CAPITAL`` for those country terms), ``kb_id``
the reference IRI, ``source`` ``"reference"``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.gazetteer import ACRONYM, CAPITAL, DEMONYM, Gazetteer, Term
from kg.extract.ilo_numbers import IRI_BASE as ILO_IRI_BASE
from kg.extract.ilo_numbers import numbered_conventions
from kg.extract.spans import CANDIDATES, Cand, add_cands, doc_text, token_bounds

SOURCE = "reference"

_KIND_LABEL = {DEMONYM: "DEMONYM", CAPITAL: "CAPITAL"}
_UNSEEN = object()
_NOT_LOOKED_UP = ("", "")  # compared by identity


#: the last item of a list in a name, before "and": "Prevent, Suppress and Punish"
_LIST_AND = re.compile(r"(,\s[\w’'-]+(?:\s[\w’'-]+)?) and ")


def _variants(text: str) -> Iterable[str]:
    """The term, with the other apostrophe, and with and without the serial comma of a list in
    it ("Protocol to Prevent, Suppress, and Punish …" is how many texts write the Palermo Protocol)."""
    spellings = [text]
    if ", and " in text:
        spellings.append(text.replace(", and ", " and "))
    elif ", " in text and " and " in text:
        for m in _LIST_AND.finditer(text):  # one list at a time: "Prevent, Suppress, and Punish"
            spellings.append(f"{text[: m.end(1)]}, and {text[m.end() :]}")
    for spelling in spellings:
        yield spelling
        if "'" in spelling:
            yield spelling.replace("'", "’")
        if "’" in spelling:
            yield spelling.replace("’", "'")


def _is_acronym(text: str) -> bool:
    """ "UNODC", "SDGs", "MoU", "U.S.": upper-case letters dominate."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return " " not in text and upper >= 2 and upper >= len(letters) - 2 and len(letters) <= 10


#: a treaty named by a place and its kind: "Paris Agreement", "Kyoto Protocol", "Sendai Framework"
_PLACE_AND_HEAD = re.compile(
    r"[A-Z][a-zé]+ (?:Agreement|Protocol|Convention|Declaration|Framework|Compact|Accord|Treaty|Charter)"
)


#: the reference's ILO conventions, by IRI: ".../framework/ilo-c182" (not "ilo-centenary-declaration")
_ILO_SLUG = re.compile(re.escape(ILO_IRI_BASE) + r"(ilo-c\d+)")
#: words of a title that stays itself in lower case
_LONG_TITLE_WORDS = 6


#: a treaty's kind: a long title with one of these is that treaty even in lower case (not "a commission
#: on the status of women" or "an act on … supply chains": bodies and laws of many states share those)
_TREATY_KIND = re.compile(r"\b(?:Convention|Protocol|Covenant|Compact|Declaration|Charter)\b")


def case_ok(term: str, kind: str, found: str) -> bool:
    """Does ``found`` (text as written) match ``term`` closely enough in letter case?"""
    if kind == ACRONYM or _is_acronym(term):
        return found.replace("’", "'") == term.replace("’", "'")
    if term.islower():
        return True
    if found.islower():
        # "the protocol against the smuggling of migrants by land, sea and air": a treaty's long
        # title written in lower case is still that title; a short one may be a description
        return len(term.split()) >= _LONG_TITLE_WORDS and _TREATY_KIND.search(term) is not None
    if not (found[:1].isupper() or not term[:1].isupper()):
        return False
    if _PLACE_AND_HEAD.fullmatch(term) and found.split()[0] == term.split()[0]:
        return (
            True  # "the Paris agreement", "the Kyoto protocol": a place's name, then the kind in lower case
        )
    return " " not in term or not _lowered_tail(term, found) or _named_treaty(term)


#: words of a treaty's title that opens with a name and stays itself with the rest in lower case
_NAMED_TREATY_WORDS = 4


def _named_treaty(term: str) -> bool:
    """ "the ILO protocol on forced labour", "the UN convention against corruption": a treaty's title
    whose first word, a name, keeps its capital, is that treaty with the rest in lower case; a short
    one ("UN Protocol") or a body's ("UN Human Rights") may be a description."""
    return len(term.split()) >= _NAMED_TREATY_WORDS and _TREATY_KIND.search(term) is not None


def _lowered_tail(term: str, found: str) -> bool:
    """ "UN human rights" for "UN Human Rights": every capitalized word after the first written in
    lower case (and the text not in capitals), a description that opens with a name."""
    pairs = [(t, f) for t, f in zip(term.split()[1:], found.split()[1:], strict=False) if t[:1].isupper()]
    return bool(pairs) and not found.isupper() and all(f[:1].islower() for _t, f in pairs)


#: "US$12 million", "US dollars", "NZ$": a currency, not the country.
_CURRENCY_AFTER = re.compile(r"[ \t]?\$|[ \t]+dollars?\b")
#: "Latin America", "North American": a region, not the United States.
_REGION_BEFORE = re.compile(r"(?:Latin|North|South|Central|Middle)[ \t]+$")


_COUNTRY_LABELS = ("Country", "DEMONYM")
#: what stands before a global instrument's title written in lower case: "the sustainable development
#: goals", "the 17 …", "the new …", "the UN's …"; not "its own national …", "ambitious …" (a body's own
#: goals). A title that opens with its year ("2030 agenda …") needs nothing.
_DETERMINED = re.compile(
    r"(?:\b[Tt]he|\b17|\bseventeen|\bUN|U\.N\.|\bUN[’']s|\bNations[’'])[ \t]+(?:new[ \t]+|global[ \t]+)?$"
)
_INSTRUMENTS = ("Framework", "Plan")


def _undetermined_lower_case(text: str, start: int, surface: str) -> bool:
    """A lower-case instrument title with nothing before it that makes it the global one."""
    return (
        surface.islower()
        and not surface[:1].isdigit()
        and _DETERMINED.search(text, max(0, start - 20), start) is None
    )


#: "a", "an", "another", "such a" (perhaps with "new") right before a title: one of a kind, not the
#: named one; "the new UN convention against corruption" is still the named one
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Ss]uch[ \t]+an?)(?:[ \t]+new)?[ \t]+$")


def _indefinite_lowered_tail(text: str, start: int, surface: str) -> bool:
    """ "a new UN convention against corruption in sport": a name, then the rest of a treaty's title
    in lower case after an indefinite, describes some treaty, not the named one."""
    words = surface.split()
    return (
        len(words) > 1
        and surface[:1].isupper()
        and all(w[:1].islower() for w in words[1:])
        and _INDEFINITE.search(text, max(0, start - 12), start) is not None
    )


def _not_the_country(text: str, start: int, end: int) -> bool:
    """A country's name or demonym that is part of a currency or a region's name here."""
    if end < len(text) and text[end] in "$ " and _CURRENCY_AFTER.match(text, end):
        return True
    return (
        start > 5 and text[start - 1] == " " and bool(_REGION_BEFORE.search(text, max(0, start - 9), start))
    )


class ReferenceRuler:
    """Mark every gazetteer term found in the text (overlaps are left to the resolver)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, *, name: str = "kg_reference_ruler") -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._ilo = frozenset(
            m.group(1) for iri in gazetteer.entities if (m := _ILO_SLUG.fullmatch(iri)) is not None
        )
        self.terms: dict[str, list[Term]] = defaultdict(list)
        texts: list[str] = []
        for term in gazetteer.terms:
            for variant in _variants(term.text):
                key = variant.lower()
                if not self.terms[key]:
                    texts.append(variant)
                self.terms[key].append(Term(text=variant, iri=term.iri, kind=term.kind))
        keys = [t.lower() for t in texts]
        self._picked: dict[tuple[str, str], Term | None] = {}
        self._found_as: dict[tuple[int, str], tuple[str, str] | None] = {}
        self.key_of = {nlp.vocab.strings.add(k): k for k in keys}
        for key, pattern in zip(keys, nlp.tokenizer.pipe(texts), strict=True):  # type: ignore[union-attr]
            self.matcher.add(key, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        add_cands(doc, CANDIDATES, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Cand]:
        """The gazetteer terms found in ``doc``, as candidates."""
        matches = self.matcher(doc)
        if not matches:
            return []
        text = doc_text(doc)
        starts, ends = token_bounds(doc)
        found: list[Cand] = []
        add = found.append
        found_as = self._found_as
        for match_id, start, end in matches:
            s, e = starts[start], ends[end - 1]
            surface = text[s:e]
            hit = found_as.get((match_id, surface), _NOT_LOOKED_UP)
            if hit is _NOT_LOOKED_UP:
                hit = self._label_iri(match_id, surface)
            if hit is None or (hit[0] in _COUNTRY_LABELS and _not_the_country(text, s, e)):
                continue
            if hit[0] not in _INSTRUMENTS or not (
                _undetermined_lower_case(text, s, surface) or _indefinite_lowered_tail(text, s, surface)
            ):
                add(Cand(s, e, surface, hit[0], hit[1], SOURCE))
        for s, e, surface, iri in numbered_conventions(text, self._ilo):
            add(Cand(s, e, surface, "Framework", iri, SOURCE))  # "ILO conventions 182 and 138"
        return found

    def _label_iri(self, match_id: int, surface: str) -> tuple[str, str] | None:
        """The (label, IRI) of the term that ``surface`` spells, cached (the same names recur)."""
        if len(self._found_as) > 65536:
            self._found_as.clear()
        term = self._pick(self.key_of[match_id], surface)
        hit = None
        if term is not None:
            hit = (_KIND_LABEL.get(term.kind) or self.gazetteer.entities[term.iri].type, term.iri)
        self._found_as[match_id, surface] = hit
        return hit

    def _pick(self, key: str, found: str) -> Term | None:
        """The term of ``key`` that ``found`` spells (case checks cached: the same names recur)."""
        picked = self._picked.get((key, found), _UNSEEN)
        if picked is _UNSEEN:
            if len(self._picked) > 65536:
                self._picked.clear()
            picked = self._picked[key, found] = self._pick_uncached(key, found)
        return picked  # type: ignore[return-value]

    def _pick_uncached(self, key: str, found: str) -> Term | None:
        options = self.terms.get(key, ())
        for term in options:
            if term.text == found:
                return term
        for term in options:
            if case_ok(term.text, term.kind, found):
                return term
        return None
