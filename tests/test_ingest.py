"""Adding, replacing and removing sources keeps the store exact: quad sets before and after compared."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.catalog import list_sources, stored_documents
from kg.consolidate import recompute
from kg.errors import KgError, StoreError
from kg.ingest import Ingestor
from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.ontology import CONSOLIDATED_GRAPH, PKO, PKR, mint_iri, source_iri
from kg.store.base import Change
from kg.store.oxigraph import OxigraphStore

PAK = str(PKR["country/PAK"])
UNODC = str(PKR["org/unodc"])


def _doc(doc_id: str, text: str, **meta: str) -> Document:
    return Document(
        id=doc_id,
        location=f"/docs/{doc_id}.txt",
        text=text,
        media_type="text/plain",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        **meta,
    )


def _scripted(doc: Document) -> Extraction:
    """A stand-in extractor whose output is written into the document text, one fact per line.

    Lines: ``E|Type|Label|alias1;alias2|start|end`` and ``R|subject label|predicate|object label``.
    Only the consolidation logic is under test here, not the extractor.
    """
    entities: dict[str, Entity] = {}
    relations = []
    offset = 0
    for line in doc.text.split("\n"):
        parts = line.split("|")
        if parts[0] == "E":
            _, etype, label, aliases, start, end = parts
            iri = {"Pakistan": PAK, "UNODC": UNODC}.get(label) or str(mint_iri(etype, label))
            entities[label] = Entity(
                iri=iri,
                type=etype,
                label=label,
                aliases=tuple(a for a in aliases.split(";") if a),
                reference=iri in (PAK, UNODC),
                start_year=int(start) if start else None,
                end_year=int(end) if end else None,
            )
        elif parts[0] == "R":
            _, subj, pred, obj = parts
            relations.append(
                Relation(
                    entities[subj].iri, pred, entities[obj].iri, Evidence(line, offset, offset + len(line))
                )
            )
        offset += len(line) + 1
    return Extraction(doc.id, "scripted", tuple(entities.values()), tuple(relations))


@pytest.fixture
def store(tmp_path: Path):
    s = OxigraphStore(str(tmp_path / "store"))
    yield s
    s.close()


@pytest.fixture
def ingestor(store: OxigraphStore) -> Ingestor:
    return Ingestor(store, extractor=_scripted, extractor_version="scripted")


DOC_A = "\n".join(
    [
        "E|Country|Pakistan|Islamabad;Pakistani||",
        "E|Plan|Strategic National Action Plan|the Plan|2021|2025",
        "E|Organization|UNODC|UN Office on Drugs and Crime||",
        "R|Pakistan|adopts|Strategic National Action Plan",
        "R|Pakistan|partnersWith|UNODC",
    ]
)
DOC_B = "\n".join(
    [
        "E|Country|Pakistan|Pakistani||",
        "E|Plan|strategic national action plan|SNAP|2020|2025",
        "R|Pakistan|adopts|strategic national action plan",
    ]
)
DOC_C = "\n".join(
    ["E|Person|Aamir Khan|the envoy||", "E|Country|Pakistan|||", "R|Aamir Khan|represents|Pakistan"]
)


def _cons(store: OxigraphStore) -> set:
    return {(s, p, o) for s, p, o, _ in store.quads(CONSOLIDATED_GRAPH)}


def test_add_writes_source_graph_and_consolidated_facts(store, ingestor):
    assert ingestor.add_document(_doc("a", DOC_A, title="Example")) == "added"
    plan = mint_iri("Plan", "Strategic National Action Plan")
    cons = _cons(store)
    assert (URIRef(PAK), PKO.adopts, plan) in cons
    assert (plan, RDF.type, PKO.Plan) in cons
    assert (plan, RDFS.label, Literal("Strategic National Action Plan")) in cons
    assert (plan, PKO.startYear, Literal(2021)) in cons
    # a reference entity gets only the surface forms the source adds, not a second type or label
    assert (URIRef(PAK), SKOS.altLabel, Literal("Islamabad")) in cons
    assert not [t for t in cons if t[0] == URIRef(PAK) and t[1] in (RDF.type, RDFS.label)]
    src = source_iri("a")
    statements = [q for q in store.quads(src) if q[1] == PKO.evidence]
    assert {str(q[2]) for q in statements} == {
        "R|Pakistan|adopts|Strategic National Action Plan",
        "R|Pakistan|partnersWith|UNODC",
    }


def test_every_relation_triple_is_stated_once(store, ingestor):
    ingestor.add_document(_doc("a", DOC_A))
    ingestor.add_document(_doc("b", DOC_B))
    plan = mint_iri("Plan", "Strategic National Action Plan")
    adopts = [q for q in store.quads() if q[:3] == (URIRef(PAK), PKO.adopts, plan)]
    assert len(adopts) == 1 and adopts[0][3] == CONSOLIDATED_GRAPH
    # label: the capitalised form wins whichever source came first; the other is an alt label
    assert (plan, RDFS.label, Literal("Strategic National Action Plan")) in _cons(store)
    assert (plan, SKOS.altLabel, Literal("strategic national action plan")) in _cons(store)
    assert (plan, PKO.startYear, Literal(2020)) in _cons(store)


def test_readding_unchanged_changes_nothing(store, ingestor):
    ingestor.add_document(_doc("a", DOC_A))
    before = set(store.quads())
    assert ingestor.add_document(_doc("a", DOC_A)) == "unchanged"
    assert set(store.quads()) == before


def test_remove_restores_exact_quads(store, ingestor):
    ingestor.add_document(_doc("a", DOC_A))
    before = set(store.quads())
    ingestor.add_document(_doc("b", DOC_B))
    ingestor.add_document(_doc("c", DOC_C))
    ingestor.remove(["c", "b"])
    after = set(store.quads())
    assert after == before, f"extra: {after - before}\nmissing: {before - after}"


def test_replace_equals_fresh_add(tmp_path, store, ingestor):
    ingestor.add_document(_doc("a", DOC_A))
    ingestor.add_document(_doc("b", DOC_B))
    assert ingestor.add_document(_doc("b", DOC_C)) == "replaced"
    fresh = OxigraphStore(str(tmp_path / "fresh"))
    other = Ingestor(fresh, extractor=_scripted, extractor_version="scripted")
    other.add_document(_doc("a", DOC_A))
    other.add_document(_doc("b", DOC_C))
    strip = {PKO.text, PKO.sha256}

    def without_times(s):
        return {q for q in s.quads() if "generatedAtTime" not in str(q[1]) and q[1] not in strip}

    assert without_times(store) == without_times(fresh)
    fresh.close()


def test_incremental_consolidation_equals_recompute_in_any_order(store, ingestor):
    docs = {"a": DOC_A, "b": DOC_B, "c": DOC_C}
    rng = random.Random(7)
    present: set[str] = set()
    for _ in range(12):
        key = rng.choice(sorted(docs))
        if key in present and rng.random() < 0.5:
            ingestor.remove([key])
            present.discard(key)
        else:
            ingestor.add_document(_doc(key, docs[key]))
            present.add(key)
        assert set(store.quads(CONSOLIDATED_GRAPH)) == recompute(store, ingestor.reference)


def test_failed_write_leaves_store_as_it_was(store, ingestor, monkeypatch):
    ingestor.add_document(_doc("a", DOC_A))
    before = set(store.quads())

    def broken(doc):
        raise KgError("extractor exploded")

    ingestor._extractor = broken
    with pytest.raises(KgError):
        ingestor.add_document(_doc("a", DOC_B))
    assert set(store.quads()) == before


def test_rebuild_recreates_the_same_graph_from_kept_text(store, ingestor):
    ingestor.add_document(_doc("a", DOC_A, title="A"))
    ingestor.add_document(_doc("b", DOC_B))
    cons = set(store.quads(CONSOLIDATED_GRAPH))
    assert [d.id for d in stored_documents(store)] == ["a", "b"]
    assert ingestor.rebuild() == 2
    assert set(store.quads(CONSOLIDATED_GRAPH)) == cons


def test_rebuild_keeps_when_each_source_was_added(store, ingestor):
    """kg rebuild stamped every source with the rebuild's time: kg sources lost the add order."""
    import time

    ingestor.add_document(_doc("b", DOC_B))
    time.sleep(1.1)  # the time added is kept to the second
    ingestor.add_document(_doc("a", DOC_A))
    before = [(i.id, i.added) for i in list_sources(store)]
    assert [sid for sid, _ in before] == ["b", "a"] and before[0][1] < before[1][1]
    time.sleep(1.1)
    assert ingestor.rebuild() == 2
    assert [(i.id, i.added) for i in list_sources(store)] == before


def test_list_and_resolve_sources(store, ingestor):
    ingestor.add_document(_doc("aaaa1111", DOC_A, title="First"))
    ingestor.add_document(_doc("aaaa2222", DOC_C))
    infos = list_sources(store)
    assert [(i.id, i.title, i.relations) for i in infos] == [("aaaa1111", "First", 2), ("aaaa2222", None, 1)]
    with pytest.raises(KgError, match="matches 2 sources"):
        ingestor.remove(["aaaa"])
    with pytest.raises(KgError, match="no such source"):
        ingestor.remove(["zzzz"])
    assert [i.id for i in ingestor.remove(["/docs/aaaa2222.txt"])] == ["aaaa2222"]


def test_reference_and_ontology_graphs_loaded_once(store, ingestor):
    from kg.ontology import ONTOLOGY_GRAPH, REFERENCE_GRAPH

    assert store.count(ONTOLOGY_GRAPH) > 100
    n_ref = store.count(REFERENCE_GRAPH)
    assert n_ref > 1000
    Ingestor(store, extractor=_scripted, extractor_version="scripted")
    assert store.count(REFERENCE_GRAPH) == n_ref
    labels = store.query('SELECT ?x WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> "Pakistan" }')
    assert labels.rows == [(URIRef(PAK),)]


def test_store_of_another_layout_version_is_refused(store, ingestor):
    from kg.layout import STORE_NODE
    from kg.ontology import META_GRAPH

    store.apply(
        Change(
            delete=tuple(q for q in store.quads(META_GRAPH) if q[1] == PKO.storeFormat),
            insert=((STORE_NODE, PKO.storeFormat, Literal(99), META_GRAPH),),
        )
    )
    with pytest.raises(StoreError, match="layout version 99"):
        Ingestor(store, extractor=_scripted, extractor_version="scripted")


def test_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a policy-kg store"):
        OxigraphStore(str(tmp_path))
    with pytest.raises(StoreError, match="it is a file"):
        OxigraphStore(str(tmp_path / "notes.txt"))


def test_locked_store_gives_clear_error(tmp_path):
    first = OxigraphStore(str(tmp_path / "s"))
    try:
        with pytest.raises(StoreError, match="locked by another kg process"):
            OxigraphStore(str(tmp_path / "s"), lock_wait=0.3)
    finally:
        first.close()


# --- the ingest fast path: N-Triples text and contributions made from the extraction --------

NOT_AN_IRI = "http://example.org/not an iri"
_THREE = (("a", DOC_A), ("b", DOC_B), ("c", DOC_C))


def _tricky_extraction(doc_id: str, *, bad_iri: bool = False) -> Extraction:
    """Names that break naive escaping, one IRI asserted with alternating types, repeated
    relations and sentences, years, cues."""
    plan = str(mint_iri("Plan", 'Plan "Quoted" — Ünïcödé'))
    org = str(mint_iri("Organization", "Back\\slash } { Org"))
    sentence = 'He said: "adopt it"\n\ttoday 😀'
    ents = (
        Entity(PAK, "Country", "Pakistan", aliases=("Islamabad", "Pakistani", "Islamabad")),
        Entity(plan, "Plan", 'Plan "Quoted" — Ünïcödé', ("line\nbreak", ""), start_year=2021, end_year=2025),
        Entity(org, "Organization", "Back\\slash } { Org"),
        Entity(org, "Framework", "Back\\slash } { Org", aliases=("B",)),
        Entity(org, "Organization", "Back\\slash } { Org"),
        Entity(NOT_AN_IRI if bad_iri else UNODC, "Organization", "UNODC"),
    )
    rels = (
        Relation(PAK, "adopts", plan, Evidence(sentence, 3, 40), cue="adopt"),
        Relation(PAK, "adopts", plan, Evidence(sentence, 3, 40), cue="adopt"),
        Relation(PAK, "partnersWith", org, Evidence(sentence, 3, 40)),
        Relation(org, "supports", plan, Evidence("Another sentence.", 50, 67), cue=None),
    )
    return Extraction(doc_id, "scripted", ents, rels)


def _tricky_doc(doc_id: str) -> Document:
    return _doc(
        doc_id,
        'text with "quotes"\nand a newline',
        title='T\n"itle"',
        date="2021-03-04",
        url="https://example.org/a b?x=1",
        publisher="Pub",
    )


def test_source_graph_text_writes_the_quads_of_source_graph():
    from datetime import datetime, timezone

    from kg.rdf import source_graph, source_graph_text
    from kg.store.terms import nt

    when = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    cases = [(_tricky_doc("t"), _tricky_extraction("t"))]
    cases += [(_doc(k, text), _scripted(_doc(k, text))) for k, text in (("a", DOC_A), ("b", DOC_B))]
    for doc, extraction in cases:
        quads = source_graph(doc, extraction, added_at=when)
        text = source_graph_text(doc, extraction, added_at=when)
        assert text.graph == source_iri(doc.id)
        assert list(text.triples) == [f"{nt(s)} {nt(p)} {nt(o)}" for s, p, o, _ in quads]
    with pytest.raises(ValueError):
        source_graph_text(_tricky_doc("t"), _tricky_extraction("t", bad_iri=True))


def test_contribution_from_extractions_equals_contribution_from_quads():
    from kg.consolidate import contribution_from_extractions, contribution_from_quads, merge_contributions
    from kg.rdf import source_graph

    docs = [(_doc(k, text), _scripted(_doc(k, text))) for k, text in _THREE]
    docs.append((_tricky_doc("t"), _tricky_extraction("t")))
    for order in (docs, docs[::-1]):
        from_quads = contribution_from_quads([q for d, e in order for q in source_graph(d, e)])
        merged = merge_contributions(contribution_from_extractions([e]) for _, e in order)
        for c in (contribution_from_extractions([e for _, e in order]), merged):
            for attr in ("types", "labels", "forms", "start_years", "end_years"):
                assert dict(getattr(c, attr)) == dict(getattr(from_quads, attr)), attr
            assert c.relations == from_quads.relations


def _without_times(store: OxigraphStore) -> set:
    return {q for q in store.quads() if q[1] != URIRef("http://www.w3.org/ns/prov#generatedAtTime")}


def test_write_many_writes_what_the_quads_path_writes(tmp_path, store, ingestor):
    from kg.rdf import source_graph

    items = [(_doc(k, text), _scripted(_doc(k, text))) for k, text in _THREE]
    items.append((_tricky_doc("t"), _tricky_extraction("t")))
    assert [err for _, err in ingestor.write_many(items)] == [None] * 4
    other_store = OxigraphStore(str(tmp_path / "other"))
    other = Ingestor(other_store, extractor=_scripted, extractor_version="scripted")
    assert other.write_graphs([source_graph(d, e) for d, e in items]) == [([*"abct"], None)]
    assert _without_times(store) == _without_times(other_store)
    # one at a time (replacing, the update path) gives the same store too
    for doc, extraction in items:
        other.write(doc, extraction, replacing=True)
    assert _without_times(store) == _without_times(other_store)
    other_store.close()


def test_a_source_with_a_term_the_store_refuses_fails_alone(store, ingestor):
    items = [(_doc("a", DOC_A), _scripted(_doc("a", DOC_A)))]
    items.append((_tricky_doc("t"), _tricky_extraction("t", bad_iri=True)))
    results = ingestor.write_many(items)
    assert [(d.id, err is None) for d, err in results] == [("a", True), ("t", False)]
    assert isinstance(results[1][1], StoreError)
    assert source_iri("t") not in store.graphs()


def test_a_batch_that_relabels_an_entity_writes_the_other_sources_insert_only(tmp_path, store, ingestor):
    docs = {
        "a": "E|Plan|National roadmap on peace||2021|",
        "b": "E|Plan|National Roadmap On Peace||2019|\nE|Country|Pakistan|||",
        "c": "E|Plan|Other plan|||\nE|Country|Pakistan|Pak.||",
        "d": "E|Organization|UNODC|||",
    }
    items = [(_doc(k, t), _scripted(_doc(k, t))) for k, t in docs.items()]
    ingestor.write(*items[0], replacing=False)
    changes: list[Change] = []
    real_apply = store.apply

    def apply(change: Change) -> None:
        changes.append(change)
        real_apply(change)

    store.apply = apply  # type: ignore[method-assign]
    results = ingestor.write_many(items[1:])
    assert [(d.id, err) for d, err in results] == [("b", None), ("c", None), ("d", None)]
    # c and d first, inserting only; then b, which moves the label and the start year
    assert [c.drop_graphs for c in changes] == [(source_iri("c"), source_iri("d")), (source_iri("b"),)]
    assert not changes[0].delete and changes[1].delete
    single = OxigraphStore(str(tmp_path / "single"))
    one = Ingestor(single, extractor=_scripted, extractor_version="scripted")
    for doc, extraction in items:
        one.write(doc, extraction, replacing=False)
    assert _without_times(store) == _without_times(single)
    single.close()


def test_a_big_insert_with_a_term_the_parser_refuses_changes_nothing(store, ingestor):
    from kg.store.base import GraphText
    from kg.store.oxigraph import BULK_QUADS

    before = set(store.quads())
    lines = [f'<urn:s{i}> <urn:p> "v{i}"' for i in range(BULK_QUADS)] + ["<urn:x> <urn:p> not-a-term"]
    with pytest.raises(StoreError, match="nothing was changed"):
        store.apply(Change(insert_text=(GraphText(URIRef("urn:g"), tuple(lines)),)))
    assert set(store.quads()) == before


def test_only_inserts_between_the_bulk_bounds_take_the_bulk_loader(store, monkeypatch):
    """The bulk loader splits input beyond its batch size into several ingestions, so a change
    above ``BULK_MAX_QUADS`` must stay transactional to stay all or nothing."""
    import kg.store.oxigraph as oxs
    from kg.store.base import GraphText

    monkeypatch.setattr(oxs, "BULK_QUADS", 3)
    monkeypatch.setattr(oxs, "BULK_MAX_QUADS", 5)
    calls: list[str] = []
    real = store._store
    monkeypatch.setattr(
        store,
        "_store",
        type(
            "Spy",
            (),
            {
                "__getattr__": lambda self, name: getattr(real, name),
                "bulk_load": lambda self, *a, **k: (calls.append("bulk"), real.bulk_load(*a, **k))[1],
                "load": lambda self, *a, **k: (calls.append("load"), real.load(*a, **k))[1],
            },
        )(),
    )
    for n in (2, 4, 6):
        lines = tuple(f'<urn:s{n}-{i}> <urn:p> "v"' for i in range(n))
        store.apply(Change(insert_text=(GraphText(URIRef(f"urn:g{n}"), lines),)))
    assert calls == ["load", "bulk", "load"]
    assert len([q for q in store.quads() if str(q[3]).startswith("urn:g")]) == 12
