"""Members listed after "member states comprise" and before "and other member states"
(kg/extract/relation_member_lists.py). Texts written for these tests."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_the_member_states_that_comprise_a_body_are_its_members():
    ex = by_rules(run(news("The IGAD member states comprise of Djibouti, Eritrea and Somalia.")))
    for country in ("Djibouti", "Eritrea", "Somalia"):
        assert has(ex, country, "memberOf", "Intergovernmental Authority on Development")


def test_a_list_before_and_other_member_states_of_a_body_are_members():
    ex = by_rules(
        run(
            news(
                "The vote was delayed by Austria, Hungary, Poland and other member states of the "
                "European Union."
            )
        )
    )
    for country in ("Austria", "Hungary", "Poland"):
        assert has(ex, country, "memberOf", "European Union")


def test_a_body_named_inside_the_phrase_owns_the_members():
    ex = by_rules(run(news("Austria, Hungary and other EU member states blocked the directive.")))
    assert has(ex, "Austria", "memberOf", "European Union")
    assert has(ex, "Hungary", "memberOf", "European Union")


def test_a_clause_before_the_list_is_not_part_of_it():
    ex = by_rules(
        run(news("The ILO praised Kenya, and Uganda and other member states of the African Union voted."))
    )
    assert not has(ex, "Kenya", "memberOf", "African Union")
