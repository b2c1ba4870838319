"""The plan a sentence names only by its head noun: who drew it up, funds it and carries it out
(kg/extract/relation_the_noun.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_the_plan_developed_under_the_leadership_of_a_ministry_is_its_adoption():
    ex = by_rules(
        run(
            news(
                "Ghana launched the National Action Plan against Child Labour on Monday.",
                "The three-year Action Plan was developed under the leadership of the Ministry of Labour, "
                "in its role as chair of the steering committee.",
            )
        )
    )
    assert has(ex, "Ministry of Labour", "adopts", "National Action Plan against Child Labour")


def test_a_second_verb_names_who_carries_the_project_out():
    ex = by_rules(
        run(
            news(
                "Chile welcomed the launch of the Safe Harbours Project.",
                "The project is financed by the European Union and implemented by the International "
                "Organization for Migration, in partnership with the Government of Chile.",
            )
        )
    )
    assert has(ex, "European Union", "supports", "Safe Harbours Project")
    assert has(ex, "International Organization for Migration", "implements", "Safe Harbours Project")
    assert not has(ex, "European Union", "implements", "Safe Harbours Project")


def test_a_plan_under_a_leaders_watch_is_not_drawn_up_by_him():
    ex = by_rules(
        run(
            news(
                "Ghana launched the National Action Plan against Child Labour on Monday.",
                "The plan was praised under the leadership of the Ministry of Labour.",
            )
        )
    )
    assert not has(ex, "Ministry of Labour", "adopts", "National Action Plan against Child Labour")
