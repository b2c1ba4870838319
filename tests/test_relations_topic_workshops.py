"""A workshop "on the implementation of" a plan names the workshop's topic, not an act of anyone's
(kg/extract/relation_commitments._TOPIC_OF), even with a place, a date or its audience in between."""

from __future__ import annotations

from extract_util import has, news, run


def test_a_workshop_on_the_implementation_with_its_audience_between_is_a_topic():
    x = run(
        news(
            "In an address to the opening of a training workshop for Member States on the Implementation of "
            "the ECOWAS Child Policy, Commissioner Ana Ruiz said children must be protected."
        )
    )
    assert not [r for r in x.relations if r.predicate == "implements"]


def test_a_clause_of_its_own_between_keeps_the_act():
    x = run(
        news(
            "The meeting heard that Kenya had made progress on the implementation of the National "
            "Action Plan."
        )
    )
    assert has(x, "Kenya", "implements", "National Action Plan")
    x = run(
        news("Kenya told the workshop it was working hard on the implementation of the National Action Plan.")
    )
    assert has(x, "Kenya", "implements", "National Action Plan")


def test_a_clause_with_where_keeps_the_act_and_the_pair_model_reads_no_topic_as_an_act():
    x = run(
        news(
            "IOM held a workshop in Abuja, where Ghana reported on the implementation of the Global "
            "Compact for Migration."
        )
    )
    assert has(x, "Ghana", "implements", "Global Compact for Safe")
    x = run(
        news(
            "IOM held a training workshop in Abuja on Monday, for Member States on the implementation of the "
            "Global Compact for Migration."
        )
    )
    assert not [r for r in x.relations if r.predicate in ("adopts", "implements")]
