"""Agreements with a list of partners introduced by their kind ("with six other countries, namely A
and B"), ties named by a noun, and two countries' ministries of one name kept apart
(kg/extract/relation_ties.py, kg/extract/cues.py, kg/extract/relation_partners.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_agreements_developed_with_countries_namely_a_list():
    ex = by_rules(
        run(
            news(
                "Ghana has developed Bilateral Labour Agreements with five other countries "
                "namely Oman, Jordan and Poland."
            )
        )
    )
    for partner in ("Oman", "Jordan", "Poland"):
        assert has(ex, "Ghana", "partnersWith", partner)


def test_agreements_signed_with_countries_such_as():
    ex = by_rules(run(news("Nepal signed labour agreements with countries such as Qatar and Japan.")))
    assert has(ex, "Nepal", "partnersWith", "Qatar")
    assert has(ex, "Nepal", "partnersWith", "Japan")


def test_two_countries_ministries_of_one_name_stay_two_bodies():
    ex = by_rules(
        run(news("The Saudi Ministry of Labour signed an agreement with the Philippine Ministry of Labour."))
    )
    bodies = [e for e in ex.entities if e.type == "Organization"]
    assert len(bodies) == 2
    assert len({e.iri for e in bodies}) == 2


def test_a_namely_list_after_a_comma_and_no_partner_from_concluded_that():
    ex = by_rules(
        run(
            news(
                "Nepal has concluded labour agreements with seven countries, "
                "namely Qatar, Malaysia and Jordan."
            )
        )
    )
    for partner in ("Qatar", "Malaysia", "Jordan"):
        assert has(ex, "Nepal", "partnersWith", partner)
    ex = by_rules(
        run(news("Amnesty International concluded that the agreement with Libya had failed migrants."))
    )
    assert not [r for r in ex.relations if r.predicate == "partnersWith"]


def test_the_cooperation_asked_of_two_countries_makes_them_no_partners():
    ex = by_rules(run(news("France called for the cooperation of Libya and Tunisia in stopping departures.")))
    assert not has(ex, "Libya", "partnersWith", "Tunisia") and not has(ex, "Tunisia", "partnersWith", "Libya")


def test_the_cooperation_of_two_actors_and_a_memorandum_between_them():
    ex = by_rules(run(news("The envoy noted the cooperation of the United States and Azerbaijan.")))
    assert has(ex, "United States", "partnersWith", "Azerbaijan") or has(
        ex, "Azerbaijan", "partnersWith", "United States"
    )
    ex = by_rules(run(news("The MOU negotiated between Nepal and Kuwait is a blueprint.")))
    assert has(ex, "Nepal", "partnersWith", "Kuwait") or has(ex, "Kuwait", "partnersWith", "Nepal")


def test_a_portfolio_named_cooperation_is_no_tie():
    ex = by_rules(run(news("The Minister of Labour and Cooperation of Chile and Peru met.")))
    assert not [r for r in ex.relations if r.predicate == "partnersWith"]


def test_talks_between_two_countries_make_them_partners() -> None:
    ex = run("News\n\nTalks between Peru and Chile addressed deportations.")
    assert has(ex, "Peru", "partnersWith", "Chile")
    ex = run("News\n\nThe project involves an exchange of experiences between Mexico and Guatemala.")
    assert has(ex, "Mexico", "partnersWith", "Guatemala")
    ex = run("News\n\nThere were no talks between Peru and Chile.")
    assert not [r for r in ex.relations if r.predicate == "partnersWith"]


def test_countries_that_hold_talks_or_meet_are_partners() -> None:
    ex = run("News\n\nPeru, Chile and Ecuador held talks on migration in Lima.")
    assert has(ex, "Peru", "partnersWith", "Ecuador") and has(ex, "Chile", "partnersWith", "Ecuador")
    ex = run("News\n\nPeru and Chile met in Lima to discuss migration.")
    assert has(ex, "Peru", "partnersWith", "Chile")
    ex = run("News\n\nPeru met its targets and Chile did not.")
    assert not [r for r in ex.relations if r.predicate == "partnersWith"]


def test_separate_talks_fire_failed_talks_and_people_from_two_countries_make_no_partners() -> None:
    for text in (
        "Kenya and Uganda held separate talks with the IMF.",
        "Refugees from Sudan and South Sudan met in Kampala.",
        "Exchanges of fire between India and Pakistan continued overnight.",
        "Talks between Ethiopia and Egypt on the dam collapsed.",
    ):
        ex = run("News\n\n" + text)
        assert not [r for r in ex.relations if r.predicate == "partnersWith"], text
