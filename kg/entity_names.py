"""Finding the entity a user named (``kg show``, ``--focus``, ``kg views path``, a bundled
query's ``--param``), and close names to suggest when none is found.

A name is a label, alt label or acronym in any case, or an IRI. Names are passed to the
store as bindings; close names for a misspelling are picked by difflib from the store's
labels, read only when a name matched nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher, get_close_matches

from rdflib import Literal, URIRef

from kg.errors import EntityNotFound
from kg.graph_read import short_iri
from kg.ontology import ENTITY_TYPES, REFERENCE_GRAPH, SPARQL_PREFIXES, local_name
from kg.store.base import Store

_TYPE_VALUES = " ".join(f"pko:{t}" for t in ENTITY_TYPES)

#: suggestions named in one error line; the rest are counted
MAX_SUGGESTIONS = 5
#: how alike (difflib ratio, lower case) a name must be to be suggested for a misspelling
CLOSE_ENOUGH = 0.75


@dataclass(frozen=True)
class Candidate:
    iri: str
    label: str
    type: str
    matched: str  # the label, alt label or acronym that matched


def _candidates(store: Store, needle: str, *, contains: bool) -> list[Candidate]:
    test = "CONTAINS(LCASE(STR(?name)), ?needle)" if contains else "LCASE(STR(?name)) = ?needle"
    rows = store.query(
        SPARQL_PREFIXES + "SELECT DISTINCT ?e ?label ?type ?name ?how WHERE { "
        "{ ?e rdfs:label ?name BIND(0 AS ?how) } UNION { ?e pko:acronym ?name BIND(1 AS ?how) } "
        f"UNION {{ GRAPH <{REFERENCE_GRAPH}> {{ ?e skos:altLabel ?name }} BIND(1 AS ?how) }} "
        "UNION { ?e skos:altLabel ?name BIND(2 AS ?how) } "
        f"FILTER({test}) ?e rdfs:label ?label ; a ?t . ?t rdfs:subClassOf* ?type . "
        f"VALUES ?type {{ {_TYPE_VALUES} }} }} LIMIT 500",
        bindings={"needle": Literal(needle.lower())},
    ).rows
    best: dict[str, tuple[int, Candidate]] = {}
    for e, label, t, name, how in rows:
        cand = Candidate(str(e), str(label), local_name(str(t)), str(name))
        rank = int(how.toPython()) if isinstance(how, Literal) else 1
        if str(e) not in best or rank < best[str(e)][0]:
            best[str(e)] = (rank, cand)
    if contains:  # the names most like the needle first: "Plan" → "Plan International" first
        ordered = sorted(
            best.values(), key=lambda rc: (rc[0], -_likeness(needle, rc[1].matched), rc[1].label.lower())
        )
        return [c for _, c in ordered]
    ordered = sorted(best.values(), key=lambda rc: (rc[0], rc[1].label.lower(), rc[1].iri))
    # an exact match on a label beats one on an acronym or reference name, which beats one on
    # a name only some document used ("UN" written for a UN agency)
    return [c for rank, c in ordered if rank == ordered[0][0]]


def _likeness(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower(), b.lower()).ratio()


_ALL_NAMES = (
    SPARQL_PREFIXES
    + "SELECT DISTINCT ?name WHERE { { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } "
    "UNION { ?e pko:acronym ?name } }"
)


def _spelled_alike(store: Store, name: str) -> list[Candidate]:
    """Entities whose label, alt label or acronym looks like a misspelling of ``name``."""
    by_lower: dict[str, str] = {}
    for (term,) in store.query(_ALL_NAMES).rows:
        by_lower.setdefault(str(term).lower(), str(term))
    close = get_close_matches(name.lower(), list(by_lower), n=MAX_SUGGESTIONS, cutoff=CLOSE_ENOUGH)
    found: dict[str, Candidate] = {}
    for lowered in close:
        for cand in _candidates(store, lowered, contains=False):
            found.setdefault(cand.iri, cand)
    return list(found.values())


def near_names(store: Store, name: str) -> list[Candidate]:
    """Entities to suggest for a ``name`` that matched none: those whose names contain it,
    then those whose names look like it (a misspelling), best first."""
    text = name.strip()
    near = _candidates(store, text, contains=True) if len(text) >= 2 else []
    if not text or len(near) >= MAX_SUGGESTIONS:
        return near
    seen = {c.iri for c in near}
    return near + [c for c in _spelled_alike(store, text) if c.iri not in seen]


def describe(cands: list[Candidate], limit: int = MAX_SUGGESTIONS) -> str:
    """``Pakistan (Country, pkr:country/PAK); …; and 3 more``: at most ``limit`` named."""
    shown = "; ".join(f"{c.label} ({c.type}, {short_iri(c.iri)})" for c in cands[:limit])
    more = f"; and {len(cands) - limit} more" if len(cands) > limit else ""
    return shown + more


def did_you_mean(store: Store, name: str) -> str:
    """``"; did you mean Pakistan (Country, pkr:country/PAK)?"``, or ``""`` when nothing is close."""
    near = near_names(store, name)
    return f"; did you mean {describe(near)}?" if near else ""


def entity_iri(text: str, *, shown: str | None = None) -> URIRef:
    """``text``, a name that looks like an IRI, as one; EntityNotFound naming ``shown`` (default
    ``text``) when it is not a valid IRI. Checked before the URIRef is made: rdflib would log a
    warning for ``>`` or ``{`` in it, and fail later, in its own words, writing it into SPARQL."""
    import pyoxigraph as ox  # its IRI parser follows RFC 3987; rdflib only looks for a few characters

    try:
        ox.NamedNode(text)
    except ValueError as err:
        raise EntityNotFound(f"{shown or text}: not a valid IRI") from err
    return URIRef(text)


def find_entity(store: Store, name: str) -> Candidate:
    """The one entity whose label, alt label or acronym is ``name`` (case-insensitive).

    Raises EntityNotFound listing candidates when no entity or several match. An entity IRI
    is accepted as is.
    """
    text = name.strip()
    if text.startswith("pkr:"):
        from kg.ontology import RESOURCE_BASE

        text = RESOURCE_BASE + text[4:]
    if text.startswith(("http://", "https://")):
        rows = store.query(
            SPARQL_PREFIXES
            + "SELECT ?label ?type WHERE { ?e rdfs:label ?label ; a ?t . ?t rdfs:subClassOf* ?type . "
            + f"VALUES ?type {{ {_TYPE_VALUES} }} }}",
            bindings={"e": entity_iri(text, shown=name.strip())},
        ).rows
        if rows:
            return Candidate(text, str(rows[0][0]), local_name(str(rows[0][1])), text)
        raise EntityNotFound(f"{text}: no entity with this IRI")
    exact = _candidates(store, text, contains=False) if text else []
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise EntityNotFound(
            f"{name!r} is ambiguous: matches {describe(exact)}; give the full label or the IRI"
        )
    hint = did_you_mean(store, text)
    if hint:
        raise EntityNotFound(f"{name!r}: no entity with this name{hint}")
    raise EntityNotFound(f"{name!r}: no entity with this name or alias (see 'kg views full')")
