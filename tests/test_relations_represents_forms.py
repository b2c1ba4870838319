"""Role phrases after a dotted country initialism and roles that cut a body's name short
(kg/extract/persons.py, kg/extract/doc_relations.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_a_dotted_country_initialism_opens_the_role():
    ex = by_rules(run(news("U.S. Secretary of Labor Ana Ruiz said the plan is good.")))
    assert has(ex, "Ana Ruiz", "represents", "United States")


def test_initials_of_a_name_do_not_open_a_role():
    ex = by_rules(
        run(
            news(
                "The Framework was signed by Ministry of Labour Secretary K.L.M. Perera and UN Resident "
                "Coordinator Ana Ruiz."
            )
        )
    )
    assert not has(ex, "Ana Ruiz", "represents", "Ministry of Labour")


def test_a_role_cut_inside_a_body_name_still_names_the_body():
    ex = by_rules(
        run(news("Head of the United Nations Office on Drugs and Crime for GCC, Omar Said, praised Qatar."))
    )
    assert has(ex, "Omar Said", "represents", "United Nations Office on Drugs and Crime")


def test_a_dotted_initialism_ending_a_sentence_opens_no_role():
    ex = by_rules(run(news("Kenya will export more tea to the U.S. President William Ruto said on Monday.")))
    assert not has(ex, "William Ruto", "represents", "United States")


def test_met_with_a_dotted_initialism_opens_the_role():
    ex = by_rules(run(news("Kenyan President William Ruto met with U.S. President Joe Biden in Washington.")))
    assert has(ex, "Joe Biden", "represents", "United States")


def test_a_lower_case_portfolio_before_minister_joins_the_role():
    ex = by_rules(run(news("Kenya's labour minister Ana Wanjiru said the deal was good.")))
    assert has(ex, "Ana Wanjiru", "represents", "Kenya")


def test_a_portfolio_list_before_secretary_joins_the_role():
    ex = by_rules(run(news("Peru's health and social welfare secretary Ana Ruiz opened the clinic.")))
    assert has(ex, "Ana Ruiz", "represents", "Peru")


def test_a_lower_case_field_before_expert_is_no_office():
    ex = by_rules(run(news("Kenya's health expert Ana Wanjiru said the deal was good.")))
    assert not has(ex, "Ana Wanjiru", "represents", "Kenya")
