"""Joint statements speak for all their authors (kg/extract/joint_authors.py), members set off after
a list, two actors who help each other, and vows to fight an issue
(kg/extract/relation_issue_commitments.py)."""

from __future__ import annotations

from extract_util import by_rules, has, run

_JOINT = (
    "Joint Statement On Ocean Protection\n"
    "Joint statement by Chile, Peru, Ecuador and the UN Environment Programme:\n\n"
    "There is no greater duty than protecting our ocean. We welcome the Global Ocean Compact. "
    "We must act together. We call on all States to join us."
)


def test_we_in_a_joint_statement_are_all_its_authors():
    ex = by_rules(run(_JOINT))
    for author in ("Chile", "Peru", "Ecuador", "United Nations Environment Programme"):
        assert has(ex, author, "supports", "Global Ocean Compact")


def test_a_country_named_in_a_joint_statement_title_does_not_speak_for_it():
    text = _JOINT.replace("On Ocean Protection", "On The Withdrawal Of Brazil From The Ocean Compact")
    ex = by_rules(run(text))
    assert has(ex, "Chile", "supports", "Global Ocean Compact")
    assert not has(ex, "Brazil", "supports", "Global Ocean Compact")


def test_we_the_heads_of_state_of_a_list_are_the_authors_and_members():
    text = (
        "Leaders' Joint Statement on Fair Migration\n\n"
        "WE, the Heads of State/Government of the Kingdom of Cambodia, Malaysia and the Kingdom of "
        "Thailand, Member States of ASEAN, at the 40th ASEAN Summit;\n\n"
        "We adopt the Regional Plan of Action on Fair Migration."
    )
    ex = by_rules(run(text))
    for country in ("Cambodia", "Malaysia", "Thailand"):
        assert has(ex, country, "memberOf", "Association of Southeast Asian Nations")
        assert has(ex, country, "adopts", "Regional Plan of Action on Fair Migration")


def test_one_country_statement_is_no_joint_statement():
    text = (
        "Statement by Chile\n\nWe welcome the Global Ocean Compact. We will ratify it. "
        "We thank Peru and Ecuador for their support."
    )
    ex = by_rules(run(text))
    assert has(ex, "Chile", "supports", "Global Ocean Compact")
    assert not has(ex, "Peru", "supports", "Global Ocean Compact")


def test_two_actors_who_support_one_another_are_partners():
    ex = by_rules(run("News\n\nChile and Peru agreed to support one another at sea."))
    assert has(ex, "Chile", "partnersWith", "Peru") or has(ex, "Peru", "partnersWith", "Chile")


def test_a_commitment_to_fight_an_issue_is_a_call_for_it():
    ex = by_rules(run("News\n\nChile and Peru committed to combat human trafficking."))
    assert has(ex, "Chile", "callsFor", "human trafficking")
    assert has(ex, "Peru", "callsFor", "human trafficking")


def test_welcoming_another_country_commitment_is_no_call_of_ones_own():
    ex = by_rules(run("News\n\nAna Ruiz of the ILO welcomed Chile's commitment to eradicate forced labour."))
    assert not has(ex, "Ana Ruiz", "callsFor", "forced labour")


def test_a_negated_commitment_is_no_call():
    ex = by_rules(run("News\n\nChile is not committed to fighting child labour."))
    assert not has(ex, "Chile", "callsFor", "child labour")


def test_a_country_name_used_of_its_people_is_no_partner():
    ex = by_rules(run("News\n\nChile will keep working with all US stakeholders on the Paris Agreement."))
    assert not has(ex, "Chile", "partnersWith", "United States")
    assert not has(ex, "United States", "implements", "Paris Agreement")


def test_a_refusal_in_a_joint_statement_removes_the_authors_support():
    text = (
        "Joint statement by Kenya and Uganda\n\n"
        "Kenya did not provide funding for the Regional Refugee Response Plan of UNHCR, and we did not "
        "provide funding for the Regional Refugee Response Plan either."
    )
    ex = by_rules(run(text))
    assert not has(ex, "Uganda", "supports", "Regional Refugee Response Plan")


def test_the_author_list_ends_where_its_topic_begins():
    text = (
        "Joint statement by the Governments of Kenya and Uganda on the situation in South Sudan\n\n"
        "We call on all parties to implement the Revitalized Peace Agreement."
    )
    ex = by_rules(run(text))
    assert has(ex, "Kenya", "callsFor", "Revitalized Peace Agreement")
    assert not has(ex, "South Sudan", "callsFor", "Revitalized Peace Agreement")


def test_an_unnamed_national_plan_in_a_joint_statement_has_no_owner():
    text = (
        "Joint statement by Kenya and Uganda\n\n"
        "We met in Nairobi. The National Action Plan against Trafficking was launched on Friday."
    )
    ex = by_rules(run(text))
    assert not has(ex, "Kenya", "adopts", "National Action Plan against Trafficking")
    assert not has(ex, "Uganda", "adopts", "National Action Plan against Trafficking")


def test_welcoming_the_commitment_and_asking_whether_are_no_calls():
    ex = by_rules(
        run(
            "News\n\nAna Ruiz of the ILO welcomed the commitment to eradicate forced labour. "
            "Kenya asked whether Somalia was committed to fighting human trafficking."
        )
    )
    assert not [r for r in ex.relations if r.predicate == "callsFor"]


def test_a_call_for_action_to_fight_an_issue_is_a_call_for_it():
    ex = by_rules(
        run("News\n\nAmbassador Ana Ruiz called for urgent and concerted action to end child labour.")
    )
    assert has(ex, "Ana Ruiz", "callsFor", "child labour")


def test_a_crime_named_before_and_referred_to_as_this_crime_is_not_read_anew():
    ex = by_rules(
        run("News\n\nMexico and Canada reiterate their commitment to combat this transnational crime.")
    )
    assert not [r for r in ex.relations if r.predicate == "callsFor"]


def test_a_call_on_others_to_meet_obligations_is_no_call_to_fight():
    ex = by_rules(
        run(
            "News\n\nThe resolution calls on the Court to give an opinion on obligations to address "
            "climate change."
        )
    )
    assert not [r for r in ex.relations if r.predicate == "callsFor"]


def test_a_vow_with_adjectives_or_without_a_pronoun_is_the_subject_own():
    ex = by_rules(
        run(
            "News\n\nKenya reaffirmed its strong and unwavering commitment to combat human trafficking. "
            "Uganda reaffirmed commitment to combat child labour."
        )
    )
    assert has(ex, "Kenya", "callsFor", "human trafficking")
    assert has(ex, "Uganda", "callsFor", "child labour")


def test_we_the_ministers_of_a_portfolio_of_countries_are_the_authors():
    text = (
        "Joint Declaration\n\nWe, the Ministers of Foreign Affairs of Chile, Peru and Ecuador, met in Lima. "
        "We adopt the Andean Migration Plan."
    )
    ex = by_rules(run(text))
    for country in ("Chile", "Peru", "Ecuador"):
        assert has(ex, country, "adopts", "Andean Migration Plan")
