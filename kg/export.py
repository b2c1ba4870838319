"""Write the store out as RDF: the whole dataset (TriG, N-Quads, JSON-LD) or its union as Turtle.

The embedded store streams itself through Oxigraph's writers (a dump for the dataset, a
lazily read CONSTRUCT for the union), so a large store is never held in memory; other
stores go through the same writers from their quads. The dataset formats keep every named graph
(ontology, reference, consolidated, one per source); Turtle has no graphs, so it holds the
union of all graphs as a set of triples — what the SPARQL default graph shows.

Examples
--------
>>> with open("outputs/graph.trig", "wb") as out:                  # doctest: +SKIP
...     export(store, "trig", out)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from kg.errors import KgError
from kg.store.base import Store

#: format name → (pyoxigraph RdfFormat attribute, what it holds)
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "trig": ("TRIG", "every named graph (TriG)"),
    "nquads": ("N_QUADS", "every named graph (N-Quads)"),
    "turtle": ("TURTLE", "the union of all graphs as triples, without graph names (Turtle)"),
    "jsonld": ("JSON_LD", "every named graph (JSON-LD)"),
}

_DATASET_FORMATS = ("trig", "nquads", "jsonld")


def _ox_format(fmt: str) -> object:
    import pyoxigraph as ox

    if fmt not in EXPORT_FORMATS:
        raise KgError(f"unknown export format {fmt!r}; valid formats: {', '.join(EXPORT_FORMATS)}")
    return getattr(ox.RdfFormat, EXPORT_FORMATS[fmt][0])


def _prefixes() -> dict[str, str]:
    from kg.query import project_prefixes

    return project_prefixes()


def _ox_quads(store: Store) -> Iterator[object]:
    from kg.store.terms import quad_to_ox

    for quad in store.quads():
        yield quad_to_ox(*quad)


def _ox_union_triples(store: Store) -> Iterator[object]:
    """The union of all graphs as triples: a CONSTRUCT over the default graph (the store
    returns each triple once), parsed as it is written out."""
    import pyoxigraph as ox

    data = store.query_serialized("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "nt")
    yield from ox.parse(data, format=ox.RdfFormat.N_TRIPLES)


def export(store: Store, fmt: str, out: IO[bytes]) -> None:
    """Serialize the store as ``fmt`` (trig, nquads, jsonld: every named graph; turtle: the union).

    ``out`` is a binary file object (a file opened ``"wb"`` or ``sys.stdout.buffer``).
    """
    import pyoxigraph as ox

    rdf_format = _ox_format(fmt)
    native = getattr(store, "write_rdf", None)
    try:
        if native is not None:  # the embedded store streams through Oxigraph's writer
            native(out, rdf_format, dataset=fmt in _DATASET_FORMATS, prefixes=_prefixes())
            return
        items = _ox_quads(store) if fmt in _DATASET_FORMATS else _ox_union_triples(store)
        ox.serialize(items, out, format=rdf_format, prefixes=_prefixes())  # type: ignore[arg-type]
    except BrokenPipeError:
        raise
    except (OSError, ValueError, TypeError) as err:
        raise KgError(f"export as {fmt} failed: {err}") from err


__all__ = ["EXPORT_FORMATS", "export"]
