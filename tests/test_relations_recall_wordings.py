"""More wordings held-out texts use: support "from" a body set off by commas, a stance on someone
else's act ("welcomed the adoption of"), help given to unnamed others, a deed done "with funding
from" a body, a review presented "at" a forum, a second object "and to", a "Framework Agreement",
role phrases cut from the name by lower-case words, and two signers with role appositions before
the verb."""

from __future__ import annotations

from extract_util import has, news, typed
from extract_util import run_titled as run


def test_a_body_giving_support_between_commas_is_not_the_subject():
    ex = run(news("Malawi, with support from UNICEF, launched the National Strategy on Child Marriage."))
    assert has(ex, "Malawi", "adopts", "National Strategy on Child Marriage")
    assert not has(ex, "United Nations Children", "adopts", "National Strategy on Child Marriage")
    assert has(ex, "Malawi", "partnersWith", "United Nations Children")


def test_welcoming_the_adoption_of_an_instrument_supports_it():
    ex = run(news("UNHCR welcomed the adoption of the Global Compact on Refugees."))
    assert has(ex, "Office of the United Nations High", "supports", "Global Compact on Refugees")
    assert not has(ex, "Office of the United Nations High", "adopts", "Global Compact on Refugees")


def test_helping_unnamed_others_implement_is_not_implementing():
    ex = run(news("UNDP said it would help countries implement the Sendai Framework."))
    assert not has(ex, "United Nations Development Programme", "implements", "Sendai Framework")


def test_a_deed_done_with_funding_from_a_body_makes_partners():
    ex = run(
        news("The ILO, which drafted the Domestic Workers Bill with funding from UNICEF, welcomed the vote.")
    )
    assert has(ex, "International Labour Organization", "partnersWith", "United Nations Children")


def test_a_review_presented_at_a_forum_is_participation():
    ex = run(news("Ethiopia presented its Voluntary National Review at the High-level Political Forum."))
    assert has(ex, "Ethiopia", "participatesIn", "High-level Political Forum")


def test_a_party_to_one_instrument_and_to_another_adopts_both():
    ex = run(news("Rwanda is a party to the Refugee Convention and to the Kampala Convention."))
    assert has(ex, "Rwanda", "adopts", "African Union Convention for the Protection")


def test_a_framework_agreement_keeps_its_full_name():
    ex = run(news("Morocco and Spain signed the Framework Agreement on Seasonal Work in Rabat."))
    assert ("Framework", "Framework Agreement on Seasonal Work") in typed(ex)


def test_a_role_cut_from_the_name_by_a_time_phrase_is_still_the_role():
    ex = run(
        news(
            "Zambia's Minister of Labour and Social Security on Monday, Brenda Tambatamba, opened the "
            "Lusaka Labour Migration Forum."
        )
    )
    assert has(ex, "Brenda Tambatamba", "represents", "Zambia")


def test_a_role_cut_from_the_name_by_a_participle_clause_is_still_the_role():
    ex = run(
        news(
            "The Executive Director of UNICEF, speaking in Nairobi, Catherine Russell, praised the "
            "National Plan of Action for Children."
        )
    )
    assert ("Person", "Catherine Russell") in typed(ex)
    assert has(ex, "Catherine Russell", "represents", "United Nations Children")


def test_two_signers_with_role_appositions_before_the_verb_both_adopt():
    ex = run(
        news(
            "Peru's Minister of Labour, Ana Torres, and Chile's Minister of Interior, Jorge Ruiz Tagle, "
            "signed the Memorandum of Understanding on Seasonal Workers."
        )
    )
    assert has(ex, "Ana Torres", "adopts", "Memorandum of Understanding on Seasonal Workers")
    assert has(ex, "Jorge Ruiz Tagle", "adopts", "Memorandum of Understanding on Seasonal Workers")


def test_a_signature_ending_the_text_is_a_person_with_a_role():
    ex = run("Statement\n\nWe support the Compact.\n\nAmina Yusuf, Minister of Interior of Niger")
    assert ("Person", "Amina Yusuf") in typed(ex)


def test_renewing_a_bilateral_agreement_adopts_it_and_makes_partners():
    ex = run(news("Nepal and Qatar renewed the Labour Agreement on Migrant Workers on Sunday."))
    assert has(ex, "Nepal", "adopts", "Labour Agreement on Migrant Workers")
    assert has(ex, "Qatar", "adopts", "Labour Agreement on Migrant Workers")
    assert has(ex, "Nepal", "partnersWith", "Qatar")


def test_support_thanked_for_is_not_the_thanker_s():
    ex = run(news("UNICEF thanked donors for their support to the National Plan for Children."))
    assert not has(ex, "United Nations Children", "supports", "National Plan for Children")
