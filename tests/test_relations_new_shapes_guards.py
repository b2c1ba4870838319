"""What the new shapes of this release must not read (found by review): support cut or only
criticised, a speaker after a counted group, "on" after a country, clauses before an occupation,
"grant" as a verb, separate loans, the topic of a joint study, a quote after a colon, a donor's
project carried out by others, and administrations that are no bodies. Texts written for these
tests."""

from __future__ import annotations

import pytest
from extract_util import cues, has, labels, news, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden stopped funding projects in Kenya.",
        "Sweden withdrew funding for projects in Kenya and Uganda.",
        "Sweden ended support for programmes in Kenya.",
        "Sweden cut its funding for programmes in Kenya by half.",
        "Amnesty International criticised the lack of funding for projects in Kenya and Uganda.",
    ],
)
def test_support_stopped_cut_or_lacking_is_no_support(sentence: str) -> None:
    assert not any(obj == "Kenya" for _s, obj in cues(run(news(sentence)), "supports"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Frontex teamed up with 28 countries, Europol said on Monday.",
        "Frontex has partnered with 12 countries, INTERPOL reported.",
    ],
)
def test_a_speaker_after_a_counted_group_is_no_partner(sentence: str) -> None:
    assert not cues(run(news(sentence)), "partnersWith")


def test_on_after_a_country_does_not_join_it_to_the_role():
    ex = run(news("Statement by Kenya on UNICEF Representative Jane Doe's visit."))
    assert not has(ex, "Jane Doe", "represents", "Kenya")


@pytest.mark.parametrize(
    "sentence",
    [
        "“It is slow,” said Lena Okafor, speaking to a researcher at Amnesty International.",
        "“It is slow,” said Lena Okafor, in an interview with a researcher at Amnesty International.",
        "“It is slow,” said Lena Okafor, formerly a researcher at Amnesty International.",
    ],
)
def test_a_clause_or_a_past_post_before_an_occupation_is_no_role(sentence: str) -> None:
    assert not has(run(news(sentence)), "Lena Okafor", "represents", "Amnesty International")


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Kenya and Uganda signed laws that grant refugees the right to work.", ("Kenya", "Uganda")),
        ("Kenya and Uganda signed separate US$100 million loans with the World Bank.", ("Kenya", "Uganda")),
        ("Kenya and Uganda each signed a loan agreement with the World Bank.", ("Kenya", "Uganda")),
        (
            "IOM and the ILO carried out a joint assessment of Kenya and Uganda border posts.",
            ("Kenya", "Uganda"),
        ),
        ("The EU and UNODC launched a joint study of Mali, Niger and Chad.", ("Mali", "Niger")),
        ("UNHCR issued a joint letter of concern on Mali and Niger.", ("Mali", "Niger")),
    ],
)
def test_no_partners_between_countries_that_only_share_a_sentence(sentence: str, pair: tuple[str, str]):
    pairs = set(cues(run(news(sentence)), "partnersWith"))
    assert pair not in pairs and pair[::-1] not in pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "USAID could support programmes in Kenya and Uganda if funds allow.",
        "USAID no longer supports projects in Kenya.",
    ],
)
def test_support_only_possible_or_ended_is_none(sentence: str) -> None:
    assert not has(
        run(news(sentence)), "United States Agency for International Development", "supports", "Kenya"
    )


def test_support_under_way_is_support():
    ex = run(news("USAID is supporting projects in Kenya and Uganda."))
    assert has(ex, "United States Agency for International Development", "supports", "Kenya")


def test_a_visiting_researcher_at_a_body_represents_it():
    ex = run(news("“It is slow,” said Lena Okafor, visiting researcher at Amnesty International."))
    assert has(ex, "Lena Okafor", "represents", "Amnesty International")


def test_a_special_envoy_on_a_topic_represents_the_body():
    ex = run(news("UN Special Envoy on Migration Jane Doe said the plan was ready."))
    assert has(ex, "Jane Doe", "represents", "United Nations")


@pytest.mark.parametrize(
    "sentence",
    [
        "On the ILO project: “It Works Very Well,” the director said.",
        "On the ILO project: “It Works Very Well”, the director said.",
        "On the ILO project: “It Works Very Well” said the director.",
    ],
)
def test_a_quote_after_a_colon_is_no_project_title(sentence: str) -> None:
    assert not labels(run(news(sentence)), "Plan")


def test_a_title_after_a_colon_ending_in_a_stop_is_still_a_title():
    ex = run(news("IOM launched a new project: “Safe Migration for All.”"))
    assert labels(ex, "Plan") == {"Safe Migration for All"}


def test_a_passive_elsewhere_in_the_sentence_keeps_the_owner():
    ex = run(news("The UNODC project “Safe Borders for Sahel”, which targets networks run by gangs, ended."))
    assert has(ex, "United Nations Office on Drugs and Crime", "implements", "Safe Borders for Sahel")


def test_a_project_carried_out_by_others_is_not_the_donor_s_to_implement():
    ex = run(
        news("The European Union project “Better Migration Management” is implemented by IOM and UNODC.")
    )
    assert not has(ex, "European Union", "implements", "Better Migration Management")
    assert has(ex, "International Organization for Migration", "implements", "Better Migration Management")


@pytest.mark.parametrize(
    "sentence",
    [
        "She holds a Master of Public Administration from Harvard University.",
        "Reform of Public Administration is a priority for the government.",
    ],
)
def test_a_degree_or_a_topic_named_administration_is_no_body(sentence: str) -> None:
    ex = run(news(sentence))
    assert not [e for e in ex.entities if e.label.endswith("Administration")]


def test_an_administration_of_a_service_is_a_body():
    ex = run(news("The Prison Administration and the Veterinary Administration met on Monday."))
    bodies = {e.label for e in ex.entities if e.type == "Organization"}
    assert {"Prison Administration", "Veterinary Administration"} <= bodies


def test_a_school_or_institute_of_public_administration_is_a_body():
    ex = run(news("The National School of Public Administration trained the officers on Monday."))
    assert "National School of Public Administration" in {e.label for e in ex.entities}


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Turkey, Greece and other EU member states have failed to act.",
        "The EU met. The EU spoke. Kenya, Uganda and other member states of the region welcomed the EU.",
    ],
)
def test_no_members_from_a_fronted_phrase_or_an_unnamed_owner(sentence: str) -> None:
    members = set(cues(run(news(sentence)), "memberOf"))
    assert not any(country in ("Türkiye", "Turkey", "Kenya") for country, _body in members)


def test_capitalized_member_states_and_the_before_a_name_keep_the_list():
    ex = run(news("Germany, the Netherlands, Belgium and other EU Member States agreed."))
    for country in ("Germany", "Netherlands", "Belgium"):
        assert has(ex, country, "memberOf", "European Union")


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union project “Safe Borders for Sahel”, which is implemented by IOM, ended.",
        "The European Union project “Safe Borders for Sahel” is being implemented by IOM.",
        "The European Union project “Safe Borders for Sahel” in Mali is implemented by IOM.",
    ],
)
def test_a_passive_after_the_project_names_its_implementer(sentence: str) -> None:
    ex = run(news(sentence))
    assert not has(ex, "European Union", "implements", "Safe Borders for Sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "On the ILO project: “It Works Very Well,” director Jane Doe said.",
        "On the ILO project: “It Works Very Well,” according to the director.",
    ],
)
def test_a_quote_attributed_in_other_words_is_no_title(sentence: str) -> None:
    assert not labels(run(news(sentence)), "Plan")


def test_a_title_before_the_next_sentence_is_still_a_title():
    ex = run(news("IOM launched a new project: “Safe Migration for All.” Officials said it would help."))
    assert labels(ex, "Plan") == {"Safe Migration for All"}


def test_a_list_after_compared_with_is_no_member_list():
    ex = run(news("Compared with Turkey, Greece and other EU member states have done little."))
    assert not cues(ex, "memberOf")


def test_signed_separately_makes_no_partners():
    ex = run(news("Kenya and Uganda signed separately a loan agreement with the World Bank."))
    pairs = set(cues(ex, "partnersWith"))
    assert ("Kenya", "Uganda") not in pairs and ("Uganda", "Kenya") not in pairs


def test_no_longer_negates_every_deed_of_giving():
    ex = run(news("The World Bank no longer approved loans to support projects in Kenya."))
    assert not has(ex, "World Bank", "supports", "Kenya")
