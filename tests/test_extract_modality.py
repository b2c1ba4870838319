"""Modality of acts on treaties: leaving or breaking a text, another's decision, a call on others and a
negation are no adoption, and two of the many parties to one multilateral treaty are no partners."""

from __future__ import annotations

import pytest
from extract_util import has, run


def _links(text: str) -> set[tuple[str, str, str]]:
    x = run(text)
    label = {e.iri: e.label for e in x.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in x.relations}


@pytest.mark.parametrize(
    "text",
    [
        "Argentina exited the Paris Agreement last year.",
        "Peru suspended the Paris Agreement.",
        "Hungary abandoned the Global Compact for Safe, Orderly and Regular Migration.",
        "Ecuador breached the Paris Agreement.",
        "Peru violated the Paris Agreement in 2021.",
        "Hungary suspended its participation in the Global Compact for Safe, Orderly and Regular Migration.",
        "Argentina pulled out of the Paris Agreement.",
    ],
)
def test_leaving_or_breaking_a_treaty_is_no_adoption(text: str) -> None:
    assert not [link for link in _links(text) if link[1] in ("adopts", "implements", "supports")]


def test_two_signatories_of_a_multilateral_treaty_are_not_partners_by_it() -> None:
    x = run("Nepal and Bhutan have signed the Paris Agreement.")
    assert has(x, "Nepal", "adopts", "Paris Agreement") and has(x, "Bhutan", "adopts", "Paris Agreement")
    assert not has(x, "Nepal", "partnersWith", "Bhutan") and not has(x, "Bhutan", "partnersWith", "Nepal")


def test_two_signatories_of_their_own_agreement_stay_partners() -> None:
    x = run("Nepal and Bhutan signed a bilateral agreement on labour migration.")
    assert has(x, "Nepal", "partnersWith", "Bhutan") or has(x, "Bhutan", "partnersWith", "Nepal")


@pytest.mark.parametrize(
    ("text", "owner", "others", "obj"),
    [
        (
            "Spain and Italy welcomed Ghana's decision to ratify the Paris Agreement.",
            "Ghana",
            ("Spain", "Italy"),
            "Paris Agreement",
        ),
        (
            "IOM welcomed Ecuador's decision to adopt the Temporary Statute of Protection for Venezuelan "
            "Migrants.",
            "Ecuador",
            ("International Organization for Migration",),
            "Temporary Statute",
        ),
    ],
)
def test_a_decision_to_act_is_its_owner_s_act_not_the_welcomer_s(
    text: str, owner: str, others: tuple[str, ...], obj: str
) -> None:
    x = run(text)
    assert has(x, owner, "adopts", obj)
    assert not any(has(x, other, "adopts", obj) for other in others)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's failure to ratify the Paris Agreement was criticized by Sweden.",
        "Ghana's refusal to sign the Paris Agreement was condemned by Sweden.",
        "Neither Tunisia nor Algeria has ratified the Paris Agreement.",
        "The bill to ratify the Paris Agreement was rejected by Ghana's Parliament.",
    ],
)
def test_a_failure_refusal_neither_nor_or_bill_gives_no_adoption(text: str) -> None:
    assert not [link for link in _links(text) if link[1] == "adopts"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's attempt to ratify the Paris Agreement failed in parliament.",
        "Peru's bid to ratify the Minamata Convention stalled in Congress.",
        "The ILO noted Uganda's steps to ratify the Forced Labour Protocol.",
        "The ILO noted Uganda's first step to ratify the Forced Labour Protocol.",
        "Kenya's attempts to ratify the Paris Agreement failed in parliament.",
        "Germany supported Kenya's efforts to ratify the Paris Agreement.",
        "UNICEF praised Peru's initiative to adopt the National Plan against Child Labour.",
    ],
)
def test_an_attempt_bid_steps_efforts_or_initiative_to_adopt_is_no_adoption(text: str) -> None:
    assert not [link for link in _links(text) if link[1] == "adopts"]


@pytest.mark.parametrize(
    ("text", "owner", "predicate", "obj"),
    [
        ("Ghana's efforts to implement the National Climate Plan were praised by UNDP.", "Ghana",
         "implements", "National Climate Plan"),
        ("Peru's move to sign the Escazu Agreement was welcomed.", "Peru", "adopts", "Escazu"),
    ],
)  # fmt: skip
def test_efforts_to_implement_and_a_move_to_adopt_are_the_owner_s_acts(
    text: str, owner: str, predicate: str, obj: str
) -> None:
    assert has(run(text), owner, predicate, obj)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Sweden expects Ghana to ratify the Paris Agreement.", "ratify"),
        ("Sweden wants Ghana to adopt the Paris Agreement.", "adopt"),
        ("Sweden pressed Ghana to sign the Paris Agreement.", "sign"),
        ("Sweden asked Ghana to support the Paris Agreement.", "support"),
        ("Sweden requested Ghana to implement the Paris Agreement.", "implement"),
    ],
)
def test_a_call_on_others_is_the_caller_s_call_and_nothing_of_the_called(text: str, verb: str) -> None:
    links = _links(text)
    assert ("Sweden", "callsFor", "Paris Agreement") in links
    assert not [link for link in links if "Ghana" in (link[0], link[2])]


def test_a_country_that_expects_to_ratify_does_not_call_for_it() -> None:
    x = run("Ghana expects to ratify the Paris Agreement next year.")
    assert not has(x, "Ghana", "callsFor", "Paris")


@pytest.mark.parametrize(
    "text",
    [
        "Sweden is asking Ghana to support the Paris Agreement.",
        "Sweden is urging Ghana to support the Paris Agreement.",
        "Sweden is calling upon Ghana to support the Paris Agreement.",
        "Sweden called upon Ghana to support the Paris Agreement.",
        "Sweden is calling for Ghana to support the Paris Agreement.",
        "Sweden was encouraging Ghana to support the Paris Agreement.",
    ],
)
def test_a_call_in_any_form_of_its_verb_is_the_caller_s_and_no_support_of_the_called(text: str) -> None:
    links = _links(text)
    assert ("Sweden", "callsFor", "Paris Agreement") in links
    assert not [link for link in links if "Ghana" in (link[0], link[2])]


@pytest.mark.parametrize(
    ("text", "country", "text_acted_on"),
    [
        (
            "At the urging of the European Union, Kenya ratified the Paris Agreement.",
            "Kenya",
            "Paris Agreement",
        ),
        ("In an encouraging sign, Kenya ratified the Paris Agreement on Monday.", "Kenya", "Paris Agreement"),
        (
            "It is encouraging that Kenya has ratified the Paris Agreement, the Secretary-General said.",
            "Kenya",
            "Paris Agreement",
        ),
        (
            "Rwanda, inviting investors to Kigali, launched the National Investment Strategy.",
            "Rwanda",
            "National Investment Strategy",
        ),
        (
            "Uganda, calling on its neighbours, launched the National Land Policy.",
            "Uganda",
            "National Land Policy",
        ),
        ("Brazil, asking for no credit, ratified the Paris Agreement.", "Brazil", "Paris Agreement"),
        ("Germany, requesting no changes, signed the Paris Agreement.", "Germany", "Paris Agreement"),
        ("Without asking Parliament, Kenya ratified the Paris Agreement.", "Kenya", "Paris Agreement"),
    ],
)
def test_a_call_s_ing_form_without_be_is_no_call_and_leaves_the_act(
    text: str, country: str, text_acted_on: str
) -> None:
    links = _links(text)
    assert (country, "adopts", text_acted_on) in links
    assert (country, "callsFor", text_acted_on) not in links


def test_a_call_appealing_to_another_is_the_caller_s() -> None:
    links = _links("The Philippines is appealing to Japan to support the National Adaptation Plan.")
    assert ("Philippines", "callsFor", "National Adaptation Plan") in links
    assert ("Japan", "supports", "National Adaptation Plan") not in links
