"""The pair model adds no cross pairing of two clauses the rules read each on its own, and no act of
the speaker's when the clause said has a subject of its own (kg/extract/pair_claimed.py,
kg/extract/relation_agents.others_said)."""

from __future__ import annotations

from extract_util import by_rules, has, news, pair_state, run

from kg.extract.found import Found
from kg.extract.pair_claimed import claimed_by_another
from kg.extract.pair_model import NONE, PairModel, model_links

_NAMES = [
    ("Country", "Ruritania"),
    ("Country", "Borduria"),
    ("Plan", "Harbour Policy"),
    ("Framework", "Fishing Act"),
]


def _links(text: str, found: list[Found]) -> set[tuple[str, str, str]]:
    """The model's links with a model that says "adopts" of every pair, the first named adopting."""
    model = PairModel((NONE, "adopts>"), {"bias": {0: 1.0, 1: 4.0}}, 0.5)
    state = pair_state(text, _NAMES)
    return {
        (f.subject, f.predicate, f.object) for f in model_links(text, state, [(0, len(text))], found, model)
    }


_TWO_CLAUSES = "Ruritania adopted its Harbour Policy in 2021, and Borduria enacted the Fishing Act in 2019."


def _rule(subject: str, predicate: str, obj: str) -> Found:
    return Found(subject, predicate, obj, 0, len(_TWO_CLAUSES), "rule")


def test_each_clause_read_by_the_rules_gets_no_cross_pairing():
    found = [
        _rule("Country:Ruritania", "adopts", "Plan:Harbour Policy"),
        _rule("Country:Borduria", "adopts", "Framework:Fishing Act"),
    ]
    assert ("Country:Ruritania", "adopts", "Framework:Fishing Act") not in _links(_TWO_CLAUSES, found)


def test_carrying_out_and_adopting_are_one_kind_of_deed():
    found = [
        _rule("Country:Ruritania", "adopts", "Plan:Harbour Policy"),
        _rule("Country:Borduria", "implements", "Framework:Fishing Act"),
    ]
    assert claimed_by_another(found, "adopts", "Country:Ruritania", "Framework:Fishing Act", 0, 200)


def test_a_doer_the_rules_left_without_an_act_is_still_the_models():
    # the rules read only Borduria's enactment: Ruritania, with no act of its own, may be the model's
    found = [_rule("Country:Borduria", "adopts", "Framework:Fishing Act")]
    assert ("Country:Ruritania", "adopts", "Framework:Fishing Act") in _links(_TWO_CLAUSES, found)
    assert not claimed_by_another(found, "adopts", "Country:Ruritania", "Framework:Fishing Act", 0, 200)


def test_links_of_another_sentence_do_not_claim():
    found = [Found("Country:Borduria", "adopts", "Framework:Fishing Act", 500, 600, "rule")]
    assert not claimed_by_another(found, "adopts", "Country:Ruritania", "Framework:Fishing Act", 0, 200)


def test_two_countries_two_laws_in_two_clauses_pipeline():
    got = run(
        news(
            "Ghana adopted its National Migration Policy in 2021, and Togo enacted the Labour Migration "
            "Act in 2019 after a ban on recruitment."
        )
    )
    assert has(got, "Ghana", "adopts", "National Migration Policy")
    assert has(got, "Togo", "adopts", "Labour Migration Act")
    assert not has(got, "Ghana", "adopts", "Labour Migration Act")


def test_the_act_said_of_others_is_not_the_speakers():
    for said in (
        "Guy Ryder noted that 60 countries have now ratified the Palermo Protocol.",
        "Guy Ryder said most member states had ratified the Palermo Protocol.",
        "Guy Ryder said that more than forty governments had signed the Paris Agreement.",
    ):
        got = run(news(said))
        assert not [r for r in got.relations if r.predicate in ("adopts", "supports")], said


def test_the_speakers_country_named_in_the_clause_still_acts():
    got = run(news("Minister Ana Ruiz said Peru had ratified the Palermo Protocol."))
    assert has(got, "Peru", "adopts", "Protocol to Prevent")
    # "her government" is no subject of others: the speaker's own side acts, as the rules read it
    got = by_rules(run(news("Ana Ruiz said her government had ratified the Palermo Protocol in 2002.")))
    assert has(got, "Ana Ruiz", "adopts", "Protocol to Prevent")
