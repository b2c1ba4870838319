"""Turn a processed spaCy Doc into the frozen :class:`kg.model.Extraction`."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.doc_relations import FOCUS, HAZARDS, THEMES
from kg.extract.generic_titles import generic_title
from kg.extract.name_joins import bare_holders_office
from kg.extract.records import DocState, EntityRec
from kg.extract.relations import Found
from kg.extract.spans import ENTITIES, RELATIONS
from kg.extract.text_fold import fold_text
from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation
from kg.ontology import ACTOR_TYPES, mint_iri

#: (subject types, object types) each predicate accepts.
SIGNATURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "adopts": (ACTOR_TYPES, ("Plan", "Framework")),
    "implements": (ACTOR_TYPES, ("Plan", "Framework")),
    "supports": (ACTOR_TYPES, ("Plan", "Framework", "Country", "Organization", "Person")),
    "callsFor": (ACTOR_TYPES, ("Plan", "Framework", "Issue")),
    "partnersWith": (ACTOR_TYPES, ACTOR_TYPES),
    "represents": (("Person",), ("Country", "Organization")),
    "memberOf": (ACTOR_TYPES, ("Organization",)),
    "participatesIn": (ACTOR_TYPES, ("Event",)),
    "addresses": (("Plan", "Framework", "Event"), ("Issue",)),
}


def to_extraction(doc: Doc, document: Document, version: str) -> Extraction:
    """The entities and relations the pipeline left on ``doc``, as an Extraction."""
    state: DocState | None = doc.user_data.get(ENTITIES)
    found: list[Found] = doc.user_data.get(RELATIONS, [])
    if state is None:
        return Extraction(document_id=document.id, extractor_version=version)
    entities: dict[str, Entity] = {}
    iri_of: dict[str, str] = {}
    scope = document_scope(document)
    for rec in sorted(state.entities.values(), key=lambda e: e.first):
        ent = _entity(rec, document.text, scope)
        iri_of[rec.key] = ent.iri
        if ent.iri in entities:
            ent = _union(entities[ent.iri], ent)
        entities[ent.iri] = ent
    types = {iri: e.type for iri, e in entities.items()}
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    text = document.text
    for f in found:
        subj, obj = iri_of.get(f.subject), iri_of.get(f.object)
        if subj is None or obj is None or subj == obj:
            continue
        domain, rng = SIGNATURES[f.predicate]
        if types[subj] not in domain or types[obj] not in rng:
            continue
        if (subj, f.predicate, obj) in seen:
            continue
        seen.add((subj, f.predicate, obj))
        evidence = Evidence(sentence=text[f.start : f.end], start=f.start, end=f.end)
        relations.append(
            Relation(subject=subj, predicate=f.predicate, object=obj, evidence=evidence, cue=f.cue)
        )
    kept = _kept_issues(state, iri_of, relations)
    return Extraction(
        document_id=document.id,
        extractor_version=version,
        entities=tuple(e for e in entities.values() if e.type != "Issue" or e.iri in kept),
        relations=tuple(relations),
    )


def _kept_issues(state: DocState, iri_of: dict[str, str], relations: list[Relation]) -> set[str]:
    """The issues a document is about: addressed or called for, named more than once, or a focus harm.

    A problem named once in passing ("poverty and inequality", "access to education") is
    not what the text addresses; one that a plan, framework or event addresses, that an
    actor calls for action on, or that the text comes back to, is. A theme (migration, decent
    work: a field, not a harm) is kept only when something addresses or calls for it: a text
    on labour migration names "migration" often without treating it as a problem; nor is a
    hazard the text reports ("affected by massive flooding") unless something addresses it. The
    harms policy-kg follows (human trafficking, forced labour, climate change …) are kept when named
    once: a text that names them is about them.
    """
    kept = {r.object for r in relations}
    for rec in state.entities.values():
        if rec.type != "Issue":
            continue
        label = rec.label.lower()
        named_again = len({(m.start, m.end) for m in rec.mentions}) >= 2
        if label in FOCUS or (named_again and label not in THEMES and label not in HAZARDS):
            kept.add(iri_of[rec.key])
    return kept


_DETERMINER = re.compile(r"^(?:[Tt]he|[Tt]his|[Ii]ts)\s+")
#: Quotation marks around a quoted name ("the “Safe Homes” campaign"), not apostrophes ("People’s")
_QUOTES = re.compile(r"[“”\"]|[’'](?=\s+[a-z]+$)|(?:(?<=\s)|^)[‘']")


@lru_cache(maxsize=16384)
def _surface(text: str) -> str:
    if "\n" in text or "  " in text or "\t" in text:
        text = " ".join(text.split())  # a name wrapped over two lines is one name
    text = _DETERMINER.sub("", text.strip())
    if "“" in text or '"' in text or "’" in text or "'" in text:
        text = _QUOTES.sub("", text)
    return text.strip(" ,;:")


@lru_cache(maxsize=16384)
def _minted(type_name: str, label: str) -> str:
    """:func:`kg.ontology.mint_iri` as a string, cached: documents of a corpus repeat their names."""
    return str(mint_iri(type_name, label))


#: types whose names in lower case are descriptions ("a memorandum of understanding", "the national
#: action plan"), each the one of its own text: an issue in lower case is the scheme's concept
_DESCRIBED_TYPES = frozenset(("Plan", "Framework", "Event", "Organization"))


def entity_iri(rec: EntityRec, scope: str = "") -> str:
    """The IRI an entity of the document gets: its reference IRI, else one minted from type and label.

    A plan, framework, meeting or body named only by a description in lower case ("memorandum of
    understanding", "labour mobility agreement") is the one its text speaks of, not every other text's:
    its IRI is minted within ``scope`` (the document's hash), so two texts' MoUs stay two nodes.
    So is a plan named by a bare generic title ("National Action Plan", :mod:`kg.extract.generic_titles`),
    and a body named only as an office holder's office ("the President's Office"): every country has one.
    """
    if rec.iri:
        return rec.iri
    if (
        scope
        and rec.type in _DESCRIBED_TYPES
        and (
            rec.label == rec.label.lower()
            or (rec.type == "Plan" and generic_title(rec.label))
            or (rec.type == "Organization" and bare_holders_office(rec.label))
        )
    ):  # "its national action plan", "the National Action Plan": this text's plan, not every country's
        return _minted(rec.type, f"{rec.label} {scope}")
    return _minted(rec.type, rec.label)


def document_scope(document: Document) -> str:
    """What scopes the IRIs of a document's described entities: its text's hash (stable across re-adds)."""
    return document.sha256[:12]


def _entity(rec: EntityRec, source: str, scope: str = "") -> Entity:
    iri = entity_iri(rec, scope)
    # distinct (start, end), in text order; the text from the source, which the pipeline read with
    # typographic hyphens and spaces folded (kg.extract.text_fold)
    spots = sorted({(m.start, m.end) for m in rec.mentions})
    mentions = tuple(Mention(text=source[start:end], start=start, end=end) for start, end in spots)
    aliases: list[str] = []
    read = [fold_text(m.text) for m in mentions]  # the forms as the pipeline read them
    found_acronyms = [a for a in sorted(rec.acronyms) if any(a in form for form in read)]
    for form in read + found_acronyms + [r.text for r in rec.roles]:
        form = _surface(form)
        if form and form != rec.label and form not in aliases:
            aliases.append(form)
    return Entity(
        iri=iri,
        type=rec.type,
        label=rec.label,
        aliases=tuple(aliases),
        mentions=mentions,
        reference=rec.iri is not None,
        start_year=rec.start_year if rec.type == "Plan" else None,
        end_year=rec.end_year if rec.type == "Plan" else None,
    )


def _union(a: Entity, b: Entity) -> Entity:
    aliases = tuple(dict.fromkeys(a.aliases + b.aliases + ((b.label,) if b.label != a.label else ())))
    mentions = tuple(sorted(set(a.mentions + b.mentions), key=lambda m: m.start))
    return Entity(
        iri=a.iri,
        type=a.type,
        label=a.label,
        aliases=aliases,
        mentions=mentions,
        reference=a.reference,
        start_year=a.start_year or b.start_year,
        end_year=a.end_year or b.end_year,
    )
