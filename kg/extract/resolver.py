"""Choose mentions among the candidates and group them into the document's entities.

Steps, each a function: pick non-overlapping candidates (longer first, then the more trusted
source); map pattern names that are reference names ("2016 Paris Agreement") to the
reference entity; group by reference IRI or by type and normalized name; fold short names
into the long name they start or end ("Global Compact" → "Global Compact on Migration",
"Assembly" → "General Assembly"); attach acronyms and their later uses; then the anaphora
in :mod:`kg.extract.coref` (surnames, "the Plan", "the Pakistani envoy", demonyms, capitals,
"the Government").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.extract import coref
from kg.extract.gazetteer import ACRONYM as REF_ACRONYM
from kg.extract.gazetteer import NAME as REF_NAME
from kg.extract.gazetteer import Gazetteer
from kg.extract.names import clean, initials, period, strip_acronyms, strip_period
from kg.extract.records import ACRONYM, NAME, DocState, EntityRec, MentionRec
from kg.extract.spans import ACRONYM_DEFS, CANDIDATES, ENTITIES, MENTIONS, SOURCE_RANK, char_span, doc_text
from kg.ontology import normalize_name

_SPECIAL = ("DEMONYM", "CAPITAL")
_TRAILING_PLACE = re.compile(r"\s+in\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)$")
_ISSUE_LEAD = re.compile(
    r"\b(?:against|combat(?:ing)?|to end|to prevent|prevent(?:ion of)?|on|for the elimination of|to eliminate|"
    r"elimination of|to suppress|suppress(?:ion of)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


class Resolver:
    """Turn ``doc.spans[CANDIDATES]`` into entities (``doc.user_data[ENTITIES]``) and mentions."""

    def __init__(self, gazetteer: Gazetteer, *, name: str = "kg_resolver") -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.places = {
            name
            for ent in gazetteer.entities.values()
            if ent.type == "Country"
            for name in (ent.label, *ent.capitals)
        }
        self.lookup: dict[str, str] = {}
        for term in gazetteer.terms:
            if term.kind in (REF_NAME, REF_ACRONYM):
                self.lookup.setdefault(normalize_name(term.text), term.iri)

    def __call__(self, doc: Doc) -> Doc:
        state = self.resolve(doc)
        doc.user_data[ENTITIES] = state
        spans: list[Span] = []
        for mention, ent in state.by_position():
            span = char_span(
                doc, mention.start, mention.end, label=ent.type, kb_id=ent.key, span_id=mention.kind
            )
            if span is not None:
                spans.append(span)
        doc.spans[MENTIONS] = spans
        return doc

    def resolve(self, doc: Doc) -> DocState:
        text = doc_text(doc)
        cands = doc.spans[CANDIDATES] if CANDIDATES in doc.spans else []
        names = [s for s in cands if s.label_ not in _SPECIAL]
        special = [s for s in cands if s.label_ in _SPECIAL]
        chosen = _select(names)
        state = DocState()
        for span in chosen:
            self._add(state, span)
        self._named_issues(state, names, chosen)
        _fold_short_names(state)
        self._acronyms(doc, state)
        _initialisms(text, state)
        coref.resolve(doc, state, special, self.gazetteer)
        return state

    # -- grouping ------------------------------------------------------------------------

    def _add(self, state: DocState, span: Span) -> None:
        text = span.text
        iri = span.kb_id_ or None
        type_name = span.label_
        if iri is None and type_name != "Person":
            base = clean(strip_acronyms(text))
            base = re.sub(r"^(?:19|20|21)\d{2}\s+", "", base)
            iri = self.lookup.get(normalize_name(base)) or self.lookup.get(normalize_name(strip_period(base)))
            if iri is not None:
                ref = self.gazetteer.get(iri)
                if ref is None or ref.type != type_name:
                    iri = None
        mention = MentionRec(span.start_char, span.end_char, text, NAME)
        place = _TRAILING_PLACE.search(text)
        if iri is None and place and place.group(1) in self.places and type_name != "Person":
            text = text[: place.start()]  # "Regional Conference on Migration in Kampala"
            mention = MentionRec(span.start_char, span.start_char + len(text), text, NAME)
        if iri is not None:
            ref = self.gazetteer.entities[iri]
            ent = state.entities.get(iri)
            if ent is None:
                ent = state.entities[iri] = EntityRec(
                    iri, ref.type, ref.label, iri=iri, start_year=ref.start_year, end_year=ref.end_year
                )
                ent.acronyms.update(ref.acronyms)
            if text in ref.acronyms:
                mention.kind = ACRONYM
            ent.add(mention)
            return
        label = clean(strip_acronyms(text)) if type_name != "Person" else clean(text)
        key = f"{type_name}:{normalize_name(strip_period(label))}"
        ent = state.entities.get(key)
        if ent is None:
            ent = state.entities[key] = EntityRec(key, type_name, label)
        elif len(label) > len(ent.label):
            ent.label = label
        if type_name == "Plan" and ent.start_year is None and ent.end_year is None:
            start, end = period(text)
            if start or end:
                ent.start_year, ent.end_year = start, end
            if start and end and re.search(r"for the period", label):
                ent.label = f"{strip_period(label)} ({start}-{end})"
        for acronym in re.findall(r"\(([A-Z][\w\-/]*)\)", text):
            if sum(c.isupper() for c in acronym) >= 2:
                ent.acronyms.add(acronym)
        ent.add(mention)

    def _named_issues(self, state: DocState, names: list[Span], chosen: list[Span]) -> None:
        """Issues named inside a plan's or framework's name ("… to Combat Trafficking in Persons")."""
        items = [s for s in chosen if s.label_ in ("Plan", "Framework", "Event")]
        for span in names:
            if span.label_ != "Issue" or not span.kb_id_:
                continue
            for item in items:
                if item.start_char <= span.start_char and span.end_char <= item.end_char and item is not span:
                    lead = doc_text(item.doc)[item.start_char : span.start_char]
                    if not _ISSUE_LEAD.search(lead):
                        continue
                    owner = next(
                        (
                            e
                            for e in state.entities.values()
                            if any(m.start == item.start_char and m.end == item.end_char for m in e.mentions)
                        ),
                        None,
                    )
                    ref = self.gazetteer.get(span.kb_id_)
                    if owner is None or ref is None:
                        continue
                    issue = state.entities.get(ref.iri)
                    if issue is None:
                        issue = state.entities[ref.iri] = EntityRec(ref.iri, ref.type, ref.label, iri=ref.iri)
                        issue.add(MentionRec(span.start_char, span.end_char, span.text, NAME))
                    if ref.iri not in owner.named_issues:
                        owner.named_issues.append(ref.iri)

    def _acronyms(self, doc: Doc, state: DocState) -> None:
        """Attach defined acronyms to their long forms, then mark their other uses."""
        text = doc_text(doc)
        defs = doc.spans[ACRONYM_DEFS] if ACRONYM_DEFS in doc.spans else []
        for span in defs:
            ent = _entity_at(state, span.start_char, span.end_char)
            acronym = span.label_
            if ent is None:
                continue
            other = _entity_named(state, acronym)
            if other is not None and other is not ent:
                _merge(state, keep=other if other.iri else ent, drop=ent if other.iri else other)
                ent = other if other.iri else ent
            ent.acronyms.add(acronym)
        taken = _taken(state)
        for ent in list(state.entities.values()):
            for acronym in sorted(ent.acronyms):
                for m in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text):
                    if not _overlaps(taken, m.start(), m.end()):
                        ent.add(MentionRec(m.start(), m.end(), acronym, ACRONYM))
                        taken.append((m.start(), m.end()))


def _select(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans: longer first, then by source trust, then earlier."""
    order = sorted(
        spans, key=lambda s: (-(s.end_char - s.start_char), SOURCE_RANK.get(s.id_, 9), s.start_char)
    )
    taken: list[tuple[int, int]] = []
    chosen: list[Span] = []
    for span in order:
        if _overlaps(taken, span.start_char, span.end_char):
            continue
        taken.append((span.start_char, span.end_char))
        chosen.append(span)
    chosen.sort(key=lambda s: s.start_char)
    return chosen


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


def _taken(state: DocState) -> list[tuple[int, int]]:
    return [(m.start, m.end) for e in state.entities.values() for m in e.mentions]


def _entity_at(state: DocState, start: int, end: int) -> EntityRec | None:
    for ent in state.entities.values():
        for m in ent.mentions:
            if m.start <= start and end <= m.end + 1 and (end - start) * 2 >= (m.end - m.start) * 1:
                return ent
    return None


def _entity_named(state: DocState, name: str) -> EntityRec | None:
    for ent in state.entities.values():
        if any(m.text == name for m in ent.mentions):
            return ent
    return None


def _merge(state: DocState, *, keep: EntityRec, drop: EntityRec) -> None:
    if keep is drop:
        return
    for m in drop.mentions:
        keep.add(m)
    keep.acronyms |= drop.acronyms
    keep.roles += drop.roles
    keep.named_issues += [i for i in drop.named_issues if i not in keep.named_issues]
    if keep.start_year is None and keep.end_year is None:
        keep.start_year, keep.end_year = drop.start_year, drop.end_year
    if keep.iri is None and len(drop.label) > len(keep.label):
        keep.label = drop.label
    state.entities.pop(drop.key, None)


def _fold_short_names(state: DocState) -> None:
    """Merge a name into a longer one of the same type that starts or ends with it."""
    ents = sorted(state.entities.values(), key=lambda e: len(e.label))
    for short in ents:
        if short.key not in state.entities or short.type == "Person":
            continue
        s_norm = normalize_name(strip_period(short.label))
        if not s_norm:
            continue
        longer = [
            e
            for e in state.entities.values()
            if e is not short
            and e.type == short.type
            and len(e.label) > len(short.label)
            and any(
                (n := normalize_name(strip_period(clean(strip_acronyms(m.text))))).startswith(s_norm + "-")
                or n.endswith("-" + s_norm)
                for m in e.mentions
            )
        ]
        if len(longer) == 1 or (longer and short.iri is None):
            target = min(longer, key=lambda e: abs(e.first - short.first))
            if short.iri and not target.iri:
                _merge(state, keep=short, drop=target)
            else:
                _merge(state, keep=target, drop=short)


def _initialisms(text: str, state: DocState) -> None:
    """ "CCMA Act" names the "Climate Change Management Act" when the initials agree."""
    for ent in list(state.entities.values()):
        if ent.type not in ("Framework", "Plan", "Organization"):
            continue
        words = ent.label.split()
        if len(words) < 3:
            continue
        head = words[-1]
        abbrev = initials(" ".join(words[:-1]))
        if len(abbrev) < 2:
            continue
        for m in re.finditer(r"\b" + re.escape(abbrev) + r"\s+" + re.escape(head) + r"\b", text):
            other = _entity_at(state, m.start(), m.end())
            if other is not None and other is not ent and other.iri is None:
                _merge(state, keep=ent, drop=other)
            elif other is None:
                ent.add(MentionRec(m.start(), m.end(), m.group(), ACRONYM))
