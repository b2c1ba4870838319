"""Hostile and odd input: arbitrary Unicode, huge documents, SPARQL/Turtle look-alikes, old stores."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from hardening_util import kg_command, kg_env, run_kg, write_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg.errors import SourceError
from kg.ingest import Ingestor
from kg.layout import STORE_NODE
from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.ontology import CONSOLIDATED_GRAPH, META_GRAPH, PKO, mint_iri
from kg.sources import load_text
from kg.store.base import Change
from kg.store.oxigraph import OxigraphStore

ODD = st.sampled_from(
    [
        "\u200f",
        "\u202e",
        "\u200b",
        "\u200d",
        "\u0301",
        "\u0336",
        "\U0001f1f5\U0001f1f0",
        "\U0001f600",
        "\x00",
        "\x07",
        "\x1b[31m",
        "\r",
        "\r\n",
        "\u2028",
        "\ufeff",
        "\ud7ff",
        "שלום",
        "مرحبا",
        "Pakistan",
        "UNODC",
        " adopts the ",
        "National Action Plan (2021-2025)",
        ". ",
        "\n\n",
        '"""',
        "}",
        ">",
        "Mr. ",
        "'s",
    ]
)
TEXTS = st.lists(st.one_of(ODD, st.text(max_size=20)), max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_arbitrary_unicode_never_crashes_and_evidence_slices_the_text(text):
    from kg.extract import extract

    try:
        doc = load_text(text, location="/hostile.txt")
    except SourceError:
        return  # e.g. nothing left after normalization: refused with a message, not a crash
    extraction = extract(doc)
    for rel in extraction.relations:
        ev = rel.evidence
        assert 0 <= ev.start <= ev.end <= len(doc.text)
        assert doc.text[ev.start : ev.end] == ev.sentence


def test_text_with_a_sentence_around_odd_characters_keeps_exact_offsets():
    from kg.extract import extract

    text = "\u200fפתיחה.\u200b Pakistan adopted the Strategic National Action Plan (2021-2025) "
    text += "\U0001f600.\x00 End."
    doc = load_text(text, location="/odd.txt")
    extraction = extract(doc)
    assert extraction.relations, "the sentence between the odd characters states a relation"
    for rel in extraction.relations:
        assert doc.text[rel.evidence.start : rel.evidence.end] == rel.evidence.sentence


#: starts a command and prints its peak RSS. A process's ru_maxrss starts at the peak of the
#: process it was forked from (Linux keeps it across fork and exec), so kg is started from this
#: small launcher rather than from the test process, which reached 255 MB in a full test run
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(proc.pid, 0)\n"
    "print(usage.ru_maxrss)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def _run_kg_measuring_peak_kb(store: Path, *args: str) -> tuple[int, str, int]:
    """Run `kg` and return (exit code, stderr, peak RSS in kB) of that one process.

    os.wait4 in a small launcher gives the resource usage of exactly the kg process, with no
    peak inherited from the (large) test process.
    """
    with tempfile.TemporaryFile() as err:
        proc = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, *kg_command(store, *args)],
            stdout=subprocess.PIPE,
            stderr=err,
            env=kg_env(),
            check=False,
        )
        err.seek(0)
        return proc.returncode, err.read().decode("utf-8", "replace"), int(proc.stdout.split()[-1])


def test_document_over_the_limit_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # 51 MB, one byte over the default 50 MB limit plus 1 MB
        fh.truncate(51 * 1024 * 1024)
    code, stderr, peak_kb = _run_kg_measuring_peak_kb(tmp_path / "store", "add", str(big))
    assert code == 1
    assert "big.txt: 51 MB is over the limit of 50 MB (set KG_MAX_SOURCE_BYTES to raise it)" in stderr
    assert peak_kb < 150_000  # ~70 MB to start kg; reading the 51 MB file (bytes + text) would pass 170 MB


def test_the_limit_is_configurable(tmp_path):
    corpus = write_corpus(tmp_path / "c", 1)
    (corpus / "large.txt").write_text("Kenya adopted the plan. " * 50_000, encoding="utf-8")  # 1.2 MB
    result = run_kg(tmp_path / "store", "add", str(corpus), KG_MAX_SOURCE_BYTES="1MB")
    assert result.returncode == 1
    assert (
        "large.txt: 1.1 MB is over the limit of 1 MB (set KG_MAX_SOURCE_BYTES to raise it)" in result.stderr
    )
    assert "1 added, 0 replaced, 0 unchanged, 1 failed" in result.stderr  # the other source still went in


TRICKY_NAMES = [
    'Plan """}> ; DROP ALL',
    "Pact\n} INSERT DATA { <x> <y> <z> }",
    "Accord <http://evil/> .",
    "a\\\"b'c",
]


def _tricky(doc: Document) -> Extraction:
    ents = [Entity(iri=str(mint_iri("Plan", n)), type="Plan", label=n) for n in TRICKY_NAMES]
    actor = Entity(iri=str(mint_iri("Country", "Kenya")), type="Country", label="Kenya")
    sentence = doc.text
    rels = tuple(Relation(actor.iri, "adopts", e.iri, Evidence(sentence, 0, len(sentence))) for e in ents)
    return Extraction(doc.id, "tricky", (actor, *ents), rels)


def test_sparql_and_turtle_lookalikes_round_trip_through_store_query_and_export(tmp_path):
    text = 'Kenya said """ } DROP ALL ; <a> <b> "c" . # and\nINSERT DATA { GRAPH <g> { <s> <p> <o> } }'
    doc = Document(id="tricky", location="/t.txt", text=text, media_type="text/plain", sha256="0" * 64)
    with OxigraphStore(str(tmp_path / "store")) as store:
        Ingestor(store, extractor=_tricky, extractor_version="tricky").add_document(doc)
        labels = {str(o) for _s, p, o, _g in store.quads(CONSOLIDATED_GRAPH) if p == RDFS.label}
        assert labels == {*TRICKY_NAMES, "Kenya"}
        for name in TRICKY_NAMES:  # found by a bound value, never by pasting text into SPARQL
            rows = store.query(
                f"SELECT ?e WHERE {{ ?e <{RDFS.label}> ?n }}",
                bindings={"n": Literal(name)},
            ).rows
            assert rows == [(URIRef(mint_iri("Plan", name)),)]
        evidence = store.query(f"SELECT DISTINCT ?t WHERE {{ ?st <{PKO.evidence}> ?t }}").rows
        assert evidence == [(Literal(text),)]
        graph_count = len(store.graphs())
    dumped = run_kg(tmp_path / "store", "export", "--format", "nquads")
    assert dumped.returncode == 0, dumped.stderr
    import pyoxigraph as ox

    back = list(ox.parse(dumped.stdout.encode(), format=ox.RdfFormat.N_QUADS))
    values = {q.object.value for q in back if isinstance(q.object, ox.Literal)}
    assert set(TRICKY_NAMES) <= values and text in values
    assert len({q.graph_name for q in back}) == graph_count  # no graph was made up by the text


def test_store_of_another_layout_version_is_refused_by_every_command(tmp_path):
    store = tmp_path / "store"
    corpus = write_corpus(tmp_path / "c", 1)
    assert run_kg(store, "add", str(corpus)).returncode == 0
    with OxigraphStore(str(store)) as s:
        s.apply(
            Change(
                delete=tuple(q for q in s.quads(META_GRAPH) if q[1] == PKO.storeFormat),
                insert=((STORE_NODE, PKO.storeFormat, Literal(0), META_GRAPH),),
            )
        )
    for args in (("sources",), ("add", str(corpus))):
        result = run_kg(store, *args)
        assert result.returncode == 1, args
        assert result.stderr.strip().splitlines() == [
            f"Error: {store}: store layout version 0, this kg reads version 1; "
            "re-add its sources into a new store"
        ]
    assert Path(store).is_dir()
