"""Load the reference gazetteer: known entities and the surface forms that name them.

Reads the reference Turtle files shipped with policy-kg (``kg.resources.reference_files``)
plus any extra Turtle files a user supplies (``extra`` argument, or the ``KG_REFERENCE_EXTRA``
environment variable: paths separated by ``os.pathsep``). Entities are instances of
``pko:Country``, ``pko:Organization``, ``pko:Person``, ``pko:Plan``, ``pko:Framework``,
``pko:Issue`` or ``pko:Event`` with one ``rdfs:label``; ``skos:altLabel``, ``pko:acronym``,
``pko:officialName`` give more names, countries add ``pko:demonym`` and ``pko:capital``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.ontology import ENTITY_TYPES, PKO, local_name

ENV_EXTRA = "KG_REFERENCE_EXTRA"

#: Kinds of surface terms. A NAME or ACRONYM names the entity itself; a DEMONYM or a
#: CAPITAL names it only when the text uses it for the actor (decided by the resolver).
NAME, ACRONYM, DEMONYM, CAPITAL = "name", "acronym", "demonym", "capital"


@dataclass(frozen=True)
class RefEntity:
    """One reference entity and its names."""

    iri: str
    type: str
    label: str
    names: tuple[str, ...] = ()  # alt labels and official names
    acronyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    start_year: int | None = None
    end_year: int | None = None
    #: the year a framework was adopted: "… Convention 2000" names the reference treaty of that year only
    adopted_year: int | None = None


@dataclass(frozen=True)
class Term:
    """A surface string that points at a reference entity."""

    text: str
    iri: str
    kind: str


@dataclass(frozen=True)
class Gazetteer:
    """Reference entities by IRI and every term that names one of them."""

    entities: dict[str, RefEntity] = field(default_factory=dict)
    terms: tuple[Term, ...] = ()

    def get(self, iri: str) -> RefEntity | None:
        return self.entities.get(iri)


def extra_files_from_env() -> tuple[Path, ...]:
    """Extra gazetteer files named in ``KG_REFERENCE_EXTRA``."""
    value = os.environ.get(ENV_EXTRA, "")
    return tuple(Path(p) for p in value.split(os.pathsep) if p.strip())


def load_gazetteer(extra: Sequence[str | Path] = (), *, include_reference: bool = True) -> Gazetteer:
    """The gazetteer built from the reference files, ``KG_REFERENCE_EXTRA`` and ``extra``.

    Parameters
    ----------
    extra: more Turtle files to read after the shipped reference files.
    include_reference: read the shipped reference files (tests turn this off).

    Returns
    -------
    A Gazetteer; cached per set of files and their modification times.
    """
    from kg.resources import reference_files

    paths: list[Path] = list(reference_files()) if include_reference else []
    paths += list(extra_files_from_env())
    paths += [Path(p) for p in extra]
    key = tuple((str(p), p.stat().st_mtime_ns if p.exists() else 0) for p in paths)
    return _load(key)


@lru_cache(maxsize=8)
def _load(key: tuple[tuple[str, int], ...]) -> Gazetteer:
    """Parse the files, or read what they gave from the cache (``kg.extract.gazetteer_cache``)."""
    from kg.errors import KgError
    from kg.extract import gazetteer_cache

    contents = []
    for path, _mtime in key:
        try:
            contents.append(Path(path).read_bytes())
        except FileNotFoundError as err:
            raise KgError(f"{path}: gazetteer file not found; check {ENV_EXTRA} or the path given") from err
        except OSError:
            contents.append(b"")  # unreadable: the parser below reports it as before
    digest = gazetteer_cache.cache_key(contents)
    rows = gazetteer_cache.read(digest)
    if rows is not None:
        try:
            entities = {str(row[0]): _entity_from_row(row) for row in rows}
        except (TypeError, ValueError):
            pass
        else:
            return Gazetteer(entities=entities, terms=tuple(_terms(entities.values())))
    gazetteer = _parse(key)
    gazetteer_cache.write(digest, [_entity_row(e) for e in gazetteer.entities.values()])
    return gazetteer


def _parse(key: tuple[tuple[str, int], ...]) -> Gazetteer:
    from rdflib import Graph

    from kg.errors import KgError

    graph = Graph()
    for path, _mtime in key:
        try:
            graph.parse(path, format="turtle")
        except FileNotFoundError as err:
            raise KgError(f"{path}: gazetteer file not found; check {ENV_EXTRA} or the path given") from err
        except Exception as err:  # rdflib raises many parser error types
            raise KgError(f"{path}: not valid Turtle ({err}); fix the file or leave it out") from err
    return gazetteer_from_graph(graph)


def _entity_row(e: RefEntity) -> list[object]:
    """A RefEntity as a JSON row (the cache's layout)."""
    names = [list(e.names), list(e.acronyms), list(e.demonyms), list(e.capitals)]
    return [e.iri, e.type, e.label, *names, e.start_year, e.end_year, e.adopted_year]


def _entity_from_row(row: list[object]) -> RefEntity:
    iri, etype, label, names, acronyms, demonyms, capitals, start, end, adopted = row

    def strings(value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError("not a list of strings")
        return tuple(value)

    def year(value: object) -> int | None:
        if value is not None and type(value) is not int:
            raise TypeError("not a year")
        return value

    if not (isinstance(iri, str) and isinstance(etype, str) and isinstance(label, str)):
        raise TypeError("not an entity row")
    return RefEntity(
        iri=iri,
        type=etype,
        label=label,
        names=strings(names),
        acronyms=strings(acronyms),
        demonyms=strings(demonyms),
        capitals=strings(capitals),
        start_year=year(start),
        end_year=year(end),
        adopted_year=year(adopted),
    )


def gazetteer_from_graph(graph) -> Gazetteer:  # type: ignore[no-untyped-def]
    """Build a Gazetteer from an rdflib graph of reference instances."""
    from rdflib import RDF, RDFS
    from rdflib.namespace import SKOS

    entities: dict[str, RefEntity] = {}
    for type_name in ENTITY_TYPES:
        for subject in graph.subjects(RDF.type, PKO[type_name]):
            iri = str(subject)
            if iri in entities:
                continue
            labels = sorted(str(o) for o in graph.objects(subject, RDFS.label))
            if not labels:
                continue

            def values(pred, subject=subject):  # type: ignore[no-untyped-def]
                return tuple(sorted({str(o) for o in graph.objects(subject, pred)}))

            names = values(SKOS.altLabel) + values(PKO.officialName)
            acronyms = values(PKO.acronym)
            entities[iri] = RefEntity(
                iri=iri,
                type=type_name,
                label=labels[0],
                names=tuple(n for n in dict.fromkeys(names) if n not in acronyms),
                acronyms=acronyms,
                demonyms=values(PKO.demonym),
                capitals=values(PKO.capital),
                start_year=_year(graph.value(subject, PKO.startYear)),
                end_year=_year(graph.value(subject, PKO.endYear)),
                adopted_year=_year(graph.value(subject, PKO.adoptedYear)),
            )
    return Gazetteer(entities=entities, terms=tuple(_terms(entities.values())))


def _year(value) -> int | None:  # type: ignore[no-untyped-def]
    if value is None:
        return None
    try:
        return int(str(value)[:4])
    except ValueError:
        return None


def _terms(entities: Iterable[RefEntity]) -> Iterable[Term]:
    """Every surface term, first come first served: a term names one entity only.

    Order: labels and names before acronyms before demonyms and capitals, so that a
    country name is never taken by another entity's capital or demonym.
    """
    seen: set[str] = set()
    ordered = sorted(entities, key=lambda e: (ENTITY_TYPES.index(e.type), local_name(e.iri)))
    passes = (
        (NAME, lambda e: _with_un_dots((e.label, *e.names))),
        (ACRONYM, lambda e: e.acronyms),
        (DEMONYM, lambda e: e.demonyms),
        (CAPITAL, lambda e: e.capitals),
    )
    for kind, get in passes:
        for ent in ordered:
            for text in get(ent):
                text = text.strip()
                if len(text) < 2 or text in seen:
                    continue
                seen.add(text)
                yield Term(text=text, iri=ent.iri, kind=kind)


def _with_un_dots(names: Iterable[str]) -> list[str]:
    """The names, each "UN …" also as "U.N. …", news agencies' style ("U.N. High Commissioner …")."""
    names = list(names)
    return names + [f"U.N. {n[3:]}" for n in names if n.startswith("UN ")]


def country_names() -> frozenset[str]:
    """Every name of a country in the shipped reference ("Bolivia", "Cabo Verde", "Lao PDR"):
    a name found by shape that ends in one ran on past its own end."""
    return names_of_type("Country")


def is_country_name(text: str) -> bool:
    """Whether ``text`` (a leading "the" aside) is a reference country's name: "the Philippines"."""
    return text.removeprefix("the ") in country_names()


def holds_country_name(words: Sequence[str]) -> bool:
    """Whether some run of ``words`` is a reference country's name: "Sierra Leone AG", "Kenya Airways"."""
    names = country_names()
    return any(" ".join(words[i:j]) in names for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def body_names() -> frozenset[str]:
    """Every name of an organization in the shipped reference: "the Council of the Baltic Sea States
    and the X Organization" is two bodies when the first half is one of them."""
    return names_of_type("Organization")


@lru_cache(maxsize=1)
def body_acronyms() -> frozenset[str]:
    """Every acronym of an organization in the shipped reference ("UNICEF", "ILO")."""
    entities = load_gazetteer().entities.values()
    return frozenset(a for ent in entities if ent.type == "Organization" for a in ent.acronyms)


@lru_cache(maxsize=1)
def country_forms() -> dict[str, str]:
    """Every name and demonym of a reference country → its IRI ("Kenyan" → Kenya's)."""
    out: dict[str, str] = {}
    for ent in load_gazetteer().entities.values():
        if ent.type == "Country":
            for form in (ent.label, *ent.names, *ent.demonyms):
                out.setdefault(form, ent.iri)
    return out


@lru_cache(maxsize=1)
def demonym_names() -> frozenset[str]:
    """Every demonym, capital and acronym of a country in the shipped reference ("Kenyan", "Nairobi",
    "US"): words that say whose or where, never what."""
    entities = load_gazetteer().entities.values()
    return frozenset(
        w for ent in entities if ent.type == "Country" for w in (*ent.demonyms, *ent.capitals, *ent.acronyms)
    )


@lru_cache(maxsize=8)
def names_of_type(type_name: str) -> frozenset[str]:
    """Every name (label and other names) of the shipped reference's entities of ``type_name``."""
    entities = load_gazetteer().entities.values()
    return frozenset(name for ent in entities if ent.type == type_name for name in (ent.label, *ent.names))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every country's names and capitals in the shipped reference: "launched in Accra" names a place."""
    entities = load_gazetteer().entities.values()
    return frozenset(
        n for ent in entities if ent.type == "Country" for n in (ent.label, *ent.names, *ent.capitals)
    )
