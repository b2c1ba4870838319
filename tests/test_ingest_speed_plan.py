"""The planner skips an entity that comes back with nothing new (kg.ingest_plan._Summary), and
plans what a fresh planner (reading the store) and the generic planner plan when something is new."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest import _doc, _scripted
from test_ingest_plan import _generic

from kg.consolidate import ReferenceIndex, contribution_from_extractions
from kg.ingest import Ingestor
from kg.ingest_plan import NewSourcePlanner
from kg.store.oxigraph import OxigraphStore

FIRST = (
    "E|Plan|Coastal resilience plan|Coast Plan|2022|2026\nE|Country|Pakistan|||\n"
    "E|Organization|UNODC|the Drugs Office||\nE|Person|Lena Moreau|Moreau||\n"
    "R|Pakistan|adopts|Coastal resilience plan"
)
#: later sources, each with what it brings back; True where no description changes
LATER = [
    ("same facts again", FIRST, True),
    ("a form already carried", "E|Plan|Coastal resilience plan|Coast Plan||\nE|Person|Lena Moreau|||", True),
    ("years inside the range", "E|Plan|Coastal resilience plan||2023|2025", True),
    ("a reference name of a reference entity", "E|Organization|UNODC|UNODC||", True),
    ("a new form", "E|Plan|Coastal resilience plan|CRP||", False),
    ("an earlier start", "E|Plan|Coastal resilience plan||2020|", False),
    ("a later end", "E|Plan|Coastal resilience plan|||2031", False),
    ("a label that beats the current one", "E|Plan|Coastal Resilience Plan|||", False),
    ("a label that loses but is new", "E|Person|lena moreau|||", False),
    ("a new form of a reference entity", "E|Organization|UNODC|UN Drugs Office||", False),
    ("a new type", "E|Organization|Coastal resilience plan|||", False),
    ("a year where there was none", "E|Person|Lena Moreau||1990|", False),
]


@pytest.fixture
def store(tmp_path: Path):
    s = OxigraphStore(str(tmp_path / "store"))
    yield s
    s.close()


def _write(ingestor: Ingestor, key: str, text: str) -> None:
    doc = _doc(key, text)
    assert ingestor.write_many([(doc, _scripted(doc))]) == [(doc, None)]


@pytest.mark.parametrize(("why", "text", "unchanged"), LATER, ids=[w for w, _, _ in LATER])
def test_a_remembering_planner_plans_what_a_fresh_one_plans(store, why, text, unchanged):
    ingestor = Ingestor(store, extractor=_scripted, extractor_version="scripted")
    _write(ingestor, "first", FIRST)
    planner = ingestor._planner
    assert planner is not None and planner._summaries, "the first batch's entities are remembered"
    new = contribution_from_extractions([_scripted(_doc("later", text))])
    remembered = planner.plan(new)
    fresh = NewSourcePlanner(store, ReferenceIndex(store)).plan(new)
    assert remembered is not None and fresh is not None
    assert remembered.deletes == fresh.deletes
    assert set(remembered.insert.triples) == set(fresh.insert.triples)
    deletes, inserts = _generic(store, new)
    assert remembered.deletes == deletes and set(remembered.insert.triples) == inserts
    assert (not remembered.deletes and not inserts) == unchanged
    assert (not remembered.summaries) == unchanged, "only entities with news are planned again"


def test_batch_after_batch_the_store_equals_one_written_without_the_planner(tmp_path):
    """Each later source written alone after the first, through the remembering planner, leaves
    the store with the quads of the same sources written by the generic planner."""
    texts = [FIRST] + [t for _, t, _ in LATER]
    dumps = []
    for name, use_planner in (("planned", True), ("generic", False)):
        store = OxigraphStore(str(tmp_path / name))
        ingestor = Ingestor(store, extractor=_scripted, extractor_version="scripted")
        if not use_planner:
            ingestor._plan_new = _generic_plan(ingestor)  # type: ignore[method-assign]
        for n, text in enumerate(texts):
            _write(ingestor, f"s{n}", text)
        dumps.append(sorted(_masked(store)))
        store.close()
    assert dumps[0] == dumps[1]


def _generic_plan(ingestor: Ingestor):
    from kg.consolidate import Contribution, merge_contributions, plan_change
    from kg.ingest import _Plan

    def plan(sources):
        merged = merge_contributions(source.contribution() for source in sources)
        deletes, inserts = plan_change(
            ingestor.store, sources[0].src, Contribution(), merged, ingestor.reference
        )
        return _Plan(deletes, inserts)

    return plan


def _masked(store: OxigraphStore) -> list[str]:
    """The store's N-Quads with the time each source was added masked."""
    import re

    text = store.dump("nquads").decode()
    return [re.sub(r'(generatedAtTime> )"[^"]*"', r'\1"T"', line) for line in text.splitlines() if line]
