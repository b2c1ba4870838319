"""The planner of new-source batches (kg.ingest_plan) plans what kg.consolidate.plan_change plans."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest import _doc, _scripted

from kg.consolidate import Contribution, ReferenceIndex, merge_contributions, plan_change
from kg.ingest import Ingestor
from kg.ingest_plan import NewSourcePlanner
from kg.store.oxigraph import OxigraphStore
from kg.store.terms import nt

STORED = {
    "a": "E|Plan|National roadmap on peace|Peace Roadmap|2021|2024\nE|Country|Pakistan|||\n"
    "R|Pakistan|adopts|National roadmap on peace",
    "b": "E|Organization|UNODC|the Office||\nE|Person|Aamir Khan|Khan||\nE|Country|Pakistan|||\n"
    "R|Aamir Khan|represents|Pakistan",
}
BATCH = {
    # a better label and a wider range for a stored plan; a relation already stored, one new
    "c": "E|Plan|National Roadmap On Peace|NRP|2019|2023\nE|Country|Pakistan|Islamabad||\n"
    "R|Pakistan|adopts|National Roadmap On Peace\nR|Pakistan|supports|National Roadmap On Peace",
    # a reference entity's new surface form; a new person; an alias that is the label elsewhere
    "d": "E|Organization|UNODC|UN Office on Drugs and Crime||\nE|Person|Aamir khan|Aamir Khan||\n"
    "R|Aamir khan|represents|UNODC",
    "e": "E|Plan|Brand new plan||2030|\nE|Plan|National roadmap on peace|||",
}


@pytest.fixture
def store(tmp_path: Path):
    s = OxigraphStore(str(tmp_path / "store"))
    ingestor = Ingestor(s, extractor=_scripted, extractor_version="scripted")
    ingestor.write_many([(_doc(k, t), _scripted(_doc(k, t))) for k, t in STORED.items()])
    yield s
    s.close()


def _generic(store: OxigraphStore, new: Contribution) -> tuple[set, set[str]]:
    from kg.ontology import source_iri

    deletes, inserts = plan_change(store, source_iri("c"), Contribution(), new, ReferenceIndex(store))
    return deletes, {f"{nt(s)} {nt(p)} {nt(o)}" for s, p, o, _g in inserts}


@pytest.mark.parametrize("keys", [["c"], ["d"], ["e"], ["c", "d", "e"]])
def test_a_plan_equals_the_generic_plan(store, keys):
    new = merge_contributions(_contribution(k) for k in keys)
    plan = NewSourcePlanner(store, ReferenceIndex(store)).plan(new)
    assert plan is not None
    deletes, inserts = _generic(store, new)
    assert plan.deletes == deletes
    assert bool(deletes) == ("c" in keys)  # c's label beats the stored one
    assert set(plan.insert.triples) == inserts
    assert len(plan.insert.triples) == len(inserts)


def test_a_remembered_description_plans_what_a_fresh_read_plans(store):
    """After a written plan, the planner answers from what it remembers; a fresh planner reads the store."""
    planner = NewSourcePlanner(store, ReferenceIndex(store))
    ingestor = Ingestor(store, extractor=_scripted, extractor_version="scripted")
    ingestor._planner = planner
    ingestor.write_many([(_doc("c", BATCH["c"]), _scripted(_doc("c", BATCH["c"])))])
    assert planner._descriptions, "the written batch's entities are remembered"
    new = merge_contributions(_contribution(k) for k in ("d", "e"))
    remembered = planner.plan(new)
    fresh = NewSourcePlanner(store, ReferenceIndex(store)).plan(new)
    assert remembered is not None and fresh is not None
    assert remembered.deletes == fresh.deletes
    assert set(remembered.insert.triples) == set(fresh.insert.triples)
    assert set(fresh.insert.triples) == _generic(store, new)[1]


def test_forget_drops_what_was_remembered(store):
    planner = NewSourcePlanner(store, ReferenceIndex(store))
    plan = planner.plan(_contribution("e"))
    assert plan is not None
    planner.written(plan)
    planner.forget()
    assert not planner._descriptions and not planner._relations


def _contribution(key: str) -> Contribution:
    from kg.consolidate import contribution_from_extractions

    return contribution_from_extractions([_scripted(_doc(key, BATCH[key]))])
