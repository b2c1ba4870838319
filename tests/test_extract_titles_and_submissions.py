"""Project titles that open with a verb in -ing, meetings named on a list of topics, and a plan
submitted (kg/extract/named_programmes.py, kg/extract/title_topics.py, kg/extract/cues.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run, typed


def test_a_project_title_opening_with_a_gerund_is_a_plan():
    found = typed(
        run(
            news(
                "IOM presented the results of its project: Promoting Safe Migration in the Sahel.",
                "The EU funds the project Strengthening Border Management in Chad, the ministry said.",
            )
        )
    )
    assert ("Plan", "Promoting Safe Migration in the Sahel") in found
    assert ("Plan", "Strengthening Border Management in Chad") in found


def test_a_meeting_on_a_list_of_topics_is_one_name_without_its_place():
    found = typed(
        run(
            news(
                "Ministers met at the Fourth Regional Ministerial Conference on People Smuggling, "
                "Trafficking in Persons and Related Transnational Crime in Colombo."
            )
        )
    )
    name = "Fourth Regional Ministerial Conference on People Smuggling, Trafficking in Persons and Related"
    assert ("Event", name + " Transnational Crime") in found


def test_a_topic_list_that_names_countries_is_not_the_meeting_s():
    found = typed(
        run(news("Delegates met at the Ministerial Conference on Trafficking, Ghana and Togo said."))
    )
    assert not any(kind == "Event" and "Togo" in label for kind, label in found)


def test_a_plan_submitted_is_adopted_but_comments_submitted_are_not():
    ex = by_rules(
        run(
            news(
                "Kenya submitted its updated Nationally Determined Contribution (NDC) to the UNFCCC.",
                "Unions in Ghana submitted comments on the draft National Action Plan against Child Labour.",
            )
        )
    )
    assert has(ex, "Kenya", "adopts", "Nationally Determined Contribution")
    assert not [r for r in ex.relations if r.predicate == "adopts" and "Child Labour" in r.object]


def test_a_programme_name_with_a_connector_before_its_lower_case_head():
    found = typed(
        run(news("Ghana and the ILO launched the Work in Freedom programme and the Cash for Work scheme."))
    )
    assert ("Plan", "Work in Freedom programme") in found
    assert ("Plan", "Cash for Work scheme") in found


def test_a_title_case_headline_verb_in_s_ends_a_meeting_s_name():
    found = typed(
        run("Lima Workshop Addresses Ethical Recruitment\n\nOfficials from ten countries met in Lima.")
    )
    assert ("Event", "Lima Workshop") in found


def test_a_meeting_after_a_project_or_campaign_word_is_no_plan():
    found = typed(
        run(
            news(
                "The project Closing Ceremony was held in Addis Ababa on 5 May.",
                "The campaign Opening Event took place in Geneva.",
            )
        )
    )
    assert not [label for kind, label in found if kind == "Plan"]
