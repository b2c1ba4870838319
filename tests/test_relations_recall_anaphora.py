"""Relations whose agent or object the sentence names only indirectly: signers each given with a
role apposition, "the bill" after an older Act, "its implementation"/"its passage" for the
instrument named before, and the subject of a long "which" clause."""

from __future__ import annotations

from extract_util import has, news
from extract_util import run_titled as run


def test_two_signers_each_with_a_role_apposition_both_adopt():
    ex = run(
        news(
            "The Memorandum of Understanding on Seasonal Workers was signed in Lima by Peru's Minister "
            "of Labour, Ana Torres, and Chile's Minister of Interior, Jorge Ruiz Tagle."
        )
    )
    assert has(ex, "Ana Torres", "adopts", "Memorandum of Understanding on Seasonal Workers")
    assert has(ex, "Jorge Ruiz Tagle", "adopts", "Memorandum of Understanding on Seasonal Workers")


def test_a_list_with_a_serial_comma_is_one_group_of_agents():
    ex = run(news("The Regional Roadmap on Fisheries Labour was endorsed by Fiji, Samoa, and Tonga."))
    for country in ("Fiji", "Samoa", "Tonga"):
        assert has(ex, country, "supports", "Regional Roadmap on Fisheries Labour")


def test_the_bill_is_the_instrument_named_a_bill_not_the_older_act():
    ex = run(
        news(
            "Parliament debated the Domestic Workers Bill, 2027, which replaces the Labour Act of 1999.",
            "Senator Rosa Mendez backed the bill in the debate.",
        )
    )
    assert has(ex, "Rosa Mendez", "supports", "Domestic Workers")
    assert not has(ex, "Rosa Mendez", "supports", "Labour Act")


def test_support_for_its_implementation_supports_the_plan_named_before():
    ex = run(
        news(
            "The Ministry of Labour launched the National Strategy on Fair Recruitment on Monday.",
            "The ILO said it stood ready to support its implementation.",
        )
    )
    assert has(ex, "International Labour Organization", "supports", "National Strategy on Fair Recruitment")


def test_a_budget_allocated_for_its_implementation_implements_the_plan():
    ex = run(
        news(
            "Speaking at the launch of the National Action Plan on Child Labour, the minister said Ghana "
            "would allocate 3.5 million cedis a year for its implementation."
        )
    )
    assert has(ex, "Ghana", "implements", "National Action Plan on Child Labour")


def test_welcoming_its_passage_after_a_long_which_clause_is_the_head_s_act():
    ex = run(
        news(
            "Parliament passed the Refugee Protection Bill, 2027 on Friday.",
            "UNHCR, which advised the drafting committee with funding from Norway, welcomed its passage.",
        )
    )
    assert has(ex, "Office of the United Nations High Commissioner", "supports", "Refugee Protection")
    assert not has(ex, "Norway", "supports", "Refugee Protection")


def test_no_act_where_its_implementation_is_not_what_the_actor_does():
    ex = run(
        news(
            "The Government adopted the National Climate Strategy in 2024.",
            "Critics in Kenya said its implementation had been slow.",
        )
    )
    assert not has(ex, "Kenya", "implements", "National Climate Strategy")
    assert not has(ex, "Kenya", "supports", "National Climate Strategy")
