"""Co-organisers named in the sentence after the organiser (kg/extract/relation_co_organisers.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_the_workshop_held_jointly_with_others_makes_them_partners_of_its_organiser():
    ex = by_rules(
        run(
            news(
                "The Ministry of Labour is launching a campaign and organizing a workshop on migration "
                "in Lima on 3 May. The workshop will be held jointly with the Andean Community, IOM, and "
                "UNODC."
            )
        )
    )
    for other in ("Andean Community", "International Organization for Migration"):
        assert has(ex, "Ministry of Labour", "partnersWith", other)
    assert has(ex, "Ministry of Labour", "partnersWith", "United Nations Office on Drugs and Crime")


def test_no_organiser_in_the_sentence_before_gives_no_partner():
    ex = by_rules(
        run(
            news(
                "The Ministry of Labour published a report on migration in Lima. The workshop will be held "
                "jointly with IOM and UNODC."
            )
        )
    )
    assert not has(ex, "Ministry of Labour", "partnersWith", "International Organization for Migration")


def test_those_a_workshop_is_held_for_are_no_co_organisers():
    ex = by_rules(
        run(
            news(
                "The Ministry of Labour is organizing a workshop in Lima. The workshop will be held for "
                "officials of IOM and UNODC."
            )
        )
    )
    assert not has(ex, "Ministry of Labour", "partnersWith", "International Organization for Migration")


def test_a_list_of_bodies_with_their_acronyms_in_brackets():
    ex = by_rules(
        run(
            news(
                "The Ministry of Labour is organizing a workshop in Lima. The workshop will be held jointly "
                "with the Andean Community (CAN), the International Organization for Migration (IOM), and "
                "the United Nations Office on Drugs and Crime (UNODC)."
            )
        )
    )
    assert has(ex, "Ministry of Labour", "partnersWith", "United Nations Office on Drugs and Crime")


def test_the_organiser_is_the_subject_of_hosting_not_the_one_who_reports_it():
    ex = by_rules(
        run(
            news(
                "Chile said Peru is hosting a regional conference. The conference will be held together "
                "with the IOM."
            )
        )
    )
    assert not has(ex, "Chile", "partnersWith", "International Organization for Migration")
    assert has(ex, "Peru", "partnersWith", "International Organization for Migration")


def test_an_actor_past_a_word_that_is_none_is_no_co_organiser():
    ex = by_rules(
        run(
            news(
                "The Ministry of Labour is organizing a workshop in Lima. The workshop will be held jointly "
                "with civil society, in a venue provided by UNICEF."
            )
        )
    )
    assert not has(ex, "Ministry of Labour", "partnersWith", "United Nations Children's Fund")


def test_the_organiser_is_the_subject_of_the_verb_chain_not_a_name_inside_its_first_object():
    ex = run(
        "News\n\nThe Department of Political Affairs (DPA) of the African Union Commission (AUC) is "
        "launching the AU.PEACE Campaign and organising a seminar in Addis Ababa. The seminar will be held "
        "jointly with the International Labour Organization."
    )
    assert has(ex, "Department of Political Affairs", "partnersWith", "International Labour Organization")
    assert not has(ex, "African Union", "partnersWith", "International Labour Organization")


def test_a_meeting_held_together_with_another_ones_event_is_not_co_organised_with_it():
    for noun in ("ceremony", "workshop"):
        ex = by_rules(
            run(
                news(
                    f"Kenya hosted a {noun} marking World Day against Trafficking in Persons. The {noun} was "
                    "held together with UNODC's launch of its Global Report."
                )
            )
        )
        assert not has(ex, "Kenya", "partnersWith", "United Nations Office on Drugs and Crime")


def test_a_meeting_held_together_with_a_plural_name_s_event_is_not_co_organised_with_it():
    ex = by_rules(
        run(
            news(
                "Kenya hosted a workshop marking World Day against Trafficking in Persons. The workshop was "
                "held together with the Philippines' launch of its Global Report."
            )
        )
    )
    assert not has(ex, "Kenya", "partnersWith", "Philippines")
