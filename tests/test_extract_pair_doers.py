"""The pair model makes no doer of a country named as a place, nor of anyone after an act still to
come in the passive (kg/extract/pair_doers.py)."""

from __future__ import annotations

from extract_util import pair_state

from kg.extract.pair_model import NONE, PairModel, model_links
from kg.extract.records import DocState

_NAMES = [("Framework", "Harbour Accord"), ("Country", "Ruritania")]


def _state(text: str) -> DocState:
    return pair_state(text, _NAMES)


def _links(text: str) -> list[tuple[str, str, str]]:
    """The model's links with a model that says "adopts" of every pair: only the guards stop it."""
    model = PairModel((NONE, "adopts<"), {"bias": {0: 1.0, 1: 4.0}}, 0.5)
    return [
        (f.subject, f.predicate, f.object)
        for f in model_links(text, _state(text), [(0, len(text))], [], model)
    ]


def test_a_country_after_a_city_or_after_a_future_passive_adopts_nothing():
    assert _links("Harbour Accord to Be Adopted at Summit in Lorna, Ruritania") == []
    assert _links("The Harbour Accord will be adopted next week and Ruritania hosts the talks.") == []


def test_an_agent_after_by_or_a_past_act_is_left_to_the_model():
    adopted = [("Country:Ruritania", "adopts", "Framework:Harbour Accord")]
    assert _links("The Harbour Accord is to be adopted by Ruritania.") == adopted
    assert _links("The Harbour Accord was adopted last week by Ruritania.") == adopted
    assert _links("The Harbour Accord was adopted last week in Ruritania.") == adopted  # its government
