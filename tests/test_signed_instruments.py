"""An instrument signed in the text and named only by its kind (kg/extract/lower_case_names.py), and
the IRIs of entities named only by a description (kg/extract/assemble.py)."""

from __future__ import annotations

import pytest
from extract_util import by_rules, cues, labels, run


@pytest.mark.parametrize(
    "kind",
    [
        "memorandum of cooperation",
        "memorandum of agreement",
        "letter of intent",
        "framework agreement",
        "bilateral labour agreement",
        "labour mobility agreement",
        "readmission agreement",
    ],
)
def test_a_signed_instrument_the_text_refers_back_to(kind: str) -> None:
    x = run(
        f"Japan and Bangladesh signed a {kind} on Tuesday to send skilled workers. "
        "Under the agreement, the memorandum and the letter, 5,000 workers will go."
    )
    assert labels(x, "Framework") == {kind}
    assert cues(by_rules(x), "adopts") == {("Japan", kind): "signed", ("Bangladesh", kind): "signed"}


@pytest.mark.parametrize(
    "text",
    [
        # a judgement of the agreement, not its kind
        "Japan and Bangladesh signed an important agreement on Tuesday. The agreement covers nurses.",
        # never referred back to: a passing mention
        "Japan and Bangladesh signed a labour mobility agreement in 2019, officials recalled.",
        # two of a kind: "the agreement" is either
        "Japan signed a labour mobility agreement with Nepal and signed a readmission agreement with "
        "Bangladesh. The agreement takes effect in May.",
    ],
)
def test_no_instrument_without_one_clear_referent(text: str) -> None:
    assert labels(run(text), "Framework") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A bilateral labour agreement was signed between Kenya and Saudi Arabia on Monday. The "
            "agreement sets a minimum wage.",
            "bilateral labour agreement",
        ),
        (
            "Kenya and Saudi Arabia inked a labour deal on Monday. The deal sets a minimum wage.",
            "labour deal",
        ),
    ],
)
def test_a_passive_signing_and_a_deal(text: str, name: str) -> None:
    x = run(text)
    assert labels(x, "Framework") == {name}
    assert {s for (s, o) in cues(by_rules(x), "adopts") if o == name} == {"Kenya", "Saudi Arabia"}


def test_a_bare_agreement_is_no_name() -> None:
    # "an agreement" with no kind words: held out, naming it cost precision on unseen texts
    x = run("Kenya and Saudi Arabia signed an agreement on domestic workers. The agreement sets a wage.")
    assert labels(x, "Framework") == set()


def _iri(text: str, label: str) -> str:
    return next(e.iri for e in run(text).entities if e.label == label)


def test_two_texts_memoranda_are_two_nodes() -> None:
    one = _iri("Nepal and Malaysia signed a memorandum of understanding. The MoU protects workers.",
               "memorandum of understanding")  # fmt: skip
    two = _iri("Kenya and Qatar signed a memorandum of understanding. The MoU protects nurses.",
               "memorandum of understanding")  # fmt: skip
    assert one != two


def test_a_named_plan_is_one_node_across_texts() -> None:
    name = "National Action Plan against Trafficking in Persons 2021-2025"
    assert _iri(f"Nepal adopted the {name}.", name) == _iri(f"The {name} was praised by UNODC.", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # when, between the verb and the instrument
        ("IOM and Chile signed today a cooperation agreement on migration. The agreement runs to 2030.",
         "cooperation agreement"),
        # referred back to with its kind's words
        ("Chile has signed a loan agreement of $400 million with Peru. Both signed the loan agreement.",
         "loan agreement"),
        # "the" where the text has no "a": the one it goes on to name
        ("Chile and Peru sign the memorandum of understanding on workers. The memorandum protects nurses.",
         "memorandum of understanding"),
        # signed, right after the noun
        ("A readmission agreement signed in Lima by Chile and Peru took effect. This agreement covers all.",
         "readmission agreement"),
    ],
)  # fmt: skip
def test_more_shapes_of_a_signed_instrument(text: str, name: str) -> None:
    assert labels(run(text), "Framework") == {name}


@pytest.mark.parametrize(
    "text",
    [
        # a judgement, after "the" too
        "Chile and Peru signed the historic agreement on Tuesday. The agreement covers nurses.",
        # two different instruments of one kind, one signed with "the": "the agreement" is either
        "Chile signed a loan agreement with Peru and signed the readmission agreement with Bolivia. "
        "The agreement takes effect in May.",
    ],
)
def test_no_instrument_from_the_new_shapes_without_one_referent(text: str) -> None:
    assert labels(run(text), "Framework") == set()


@pytest.mark.parametrize(
    "text",
    [
        # not signed yet: "signed" is not right after the noun, nor after "was"
        "A bilateral labour agreement is expected to be signed next year. The agreement would cover nurses.",
        "A readmission agreement that neither side has signed remains open. The agreement is old.",
        # a word that refers back, after "the"
        "The parties signed the said agreement in 2019. The agreement expired in 2022.",
    ],
)
def test_no_instrument_unsigned_or_referred_back_to(text: str) -> None:
    assert labels(run(text), "Framework") == set()
