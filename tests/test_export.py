"""kg.export: every format parses back with rdflib to exactly the store's quads (or, for
Turtle, the union of its triples); hostile text survives the round trip."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import KgError
from kg.export import EXPORT_FORMATS, export
from kg.ontology import PKO, source_iri
from kg.store import open_store

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)
HOSTILE = (
    'Pakistan adopted the "National Plan" on 3 May.\n'
    'He said: """ }  > <script>alert(1)</script> \\" \' ; DROP ALL ; } .\n'
    "The Global Compact for Migration was welcomed by UNODC.\n"
)

_RDFLIB_FORMAT = {"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.ingest import Ingestor
    from kg.sources import load_text

    s = open_store(str(tmp_path_factory.mktemp("export") / "kg"))
    ingestor = Ingestor(s)
    assert ingestor.add([str(EXAMPLE)]).added
    doc = load_text(HOSTILE, location="hostile.txt", title='A "title" with }""" and <b>tags</b>')
    ingestor.add_document(doc)
    yield s
    s.close()


def exported(store, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def as_quads(data: bytes, fmt: str) -> set[tuple]:
    """The quads rdflib reads from ``data``: a quad-set comparison with its own parser."""
    ds = Dataset()
    with warnings.catch_warnings():
        # rdflib 7.6's Dataset.parse calls its own deprecated default_context internally
        warnings.simplefilter("ignore", DeprecationWarning)
        ds.parse(data=data, format=_RDFLIB_FORMAT[fmt])
        return {(s, p, o, g) for s, p, o, g in ds.quads()}


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_dataset_formats_round_trip_to_the_same_quads(store, fmt):
    want = set(store.quads())
    got = as_quads(exported(store, fmt), fmt)
    assert got == want, f"missing {sorted(want - got)[:3]}, extra {sorted(got - want)[:3]}"
    assert {g for *_, g in got} == set(store.graphs())


def test_turtle_is_the_union_of_all_graphs_as_triples(store):
    g = Graph().parse(data=exported(store, "turtle"), format="turtle")
    want = {(s, p, o) for s, p, o, _ in store.quads()}
    assert set(g) == want
    assert b"@prefix pko: <https://w3id.org/policy-kg/ontology#> ." in exported(store, "turtle")


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_hostile_text_and_title_survive_exactly(store, fmt):
    from kg.sources import load_text

    doc = load_text(HOSTILE, location="hostile.txt")
    src = source_iri(doc.id)
    data = exported(store, fmt)
    if fmt == "turtle":
        triples = set(Graph().parse(data=data, format="turtle"))
    else:
        triples = {(s, p, o) for s, p, o, g in as_quads(data, fmt) if g == src}
    assert (src, PKO.text, Literal(doc.text)) in triples
    assert '"""' in doc.text and "<script>" in doc.text
    titles = {o for s, p, o in triples if s == src and p == URIRef("http://purl.org/dc/terms/title")}
    assert titles == {Literal('A "title" with }""" and <b>tags</b>')}


def test_unknown_format_lists_the_valid_ones(store):
    with pytest.raises(
        KgError, match="unknown export format 'rdfa'; valid formats: trig, nquads, turtle, jsonld"
    ):
        export(store, "rdfa", io.BytesIO())
