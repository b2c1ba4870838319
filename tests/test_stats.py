"""kg.stats: figures about the example store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ontology import ENTITY_TYPES, PREDICATES
from kg.stats import stats
from kg.store import open_store

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    from kg.ingest import Ingestor

    s = open_store(str(tmp_path_factory.mktemp("stats") / "kg"))
    assert Ingestor(s).add([str(EXAMPLE)]).added
    try:
        yield stats(s), s.count(), len(s.graphs())
    finally:
        s.close()


def test_counts_match_the_store(figures):
    st, quads, graphs = figures
    assert st.sources == 1
    assert st.quads == quads
    assert st.named_graphs == graphs == 5  # ontology, reference, meta, consolidated, one source


def test_entities_per_type(figures):
    st, _, _ = figures
    assert list(st.entities) == list(ENTITY_TYPES)
    assert st.entities["Country"].mentioned == 1  # Pakistan
    assert st.entities["Country"].reference_mentioned == 1
    assert st.entities["Country"].reference_total >= 190
    assert st.entities["Person"].mentioned == 1  # Aamir Khan, not a reference entity
    assert st.entities["Person"].reference_mentioned == 0
    assert st.entities["Organization"].mentioned >= 2  # UN, UNODC


def test_relations_and_evidence(figures):
    st, _, _ = figures
    assert list(st.relations) == list(PREDICATES)
    assert st.relations["adopts"] >= 1
    assert st.relations["partnersWith"] == 1
    assert st.relations["represents"] == 1
    assert st.statements >= sum(st.relations.values())
    assert st.statements_with_evidence == st.statements


def test_table_and_json(figures):
    st, _, _ = figures
    table = st.table()
    assert table.splitlines()[0].split() == ["sources", "1"]
    assert any(line.split()[:2] == ["partnersWith", "1"] for line in table.splitlines())
    data = json.loads(st.json())
    assert data["sources"] == 1
    assert data["entities"]["Country"]["mentioned"] == 1
