"""Who else signs, hosts or backs: "signed a memorandum (MoC) with Y", "the Arrangement, signed between
A and B", "A, in partnership with B, hosted the Workshop", "The Initiative is undertaken in partnership
with X", "A and B join forces", a permanent secretary's ministry, and acronyms inside a list of doers
(kg/extract/relation_signing.py, relation_attendees.py, relation_partnered_items.py, relation_joint.py,
doc_relations.py, actors.py)."""

from __future__ import annotations

from extract_util import has, labels, partners, run


def test_the_party_signed_with_adopts_too():
    ex = run(
        "Labour deal\n\n"
        "Oman signed today a memorandum of cooperation (MoC) with Bangladesh on recruitment. "
        "The memorandum covers domestic workers."
    )
    assert "memorandum of cooperation" in labels(ex, "Framework")
    assert has(ex, "Oman", "adopts", "memorandum of cooperation")
    assert has(ex, "Bangladesh", "adopts", "memorandum of cooperation")
    assert partners(ex, "Oman", "Bangladesh")


def test_with_the_support_of_names_no_party():
    ex = run("Labour deal\n\nNepal signed the Bilateral Labour Agreement with the support of the ILO.")
    assert not has(ex, "International Labour Organization", "adopts", "Bilateral Labour Agreement")
    ex = run("Labour deal\n\nNepal signed the Bilateral Labour Agreement with Qatar's backing, they said.")
    assert not has(ex, "Qatar", "adopts", "Bilateral Labour Agreement")


def test_a_multilateral_treaty_signed_with_others_is_each_one_s_own():
    ex = run("Climate\n\nFiji signed the Paris Agreement with Samoa and Tonga in New York.")
    assert not has(ex, "Samoa", "adopts", "Paris Agreement")


def test_the_instrument_signed_between_two_states_is_adopted_by_both():
    ex = run(
        "Return plan\n\n"
        "UNHCR will help Sudan implement the “Arrangement on Voluntary Return of Refugees”, signed "
        "between the Governments of Sudan and Chad in 2021."
    )
    assert has(ex, "Sudan", "adopts", "Arrangement on Voluntary Return of Refugees")
    assert has(ex, "Chad", "adopts", "Arrangement on Voluntary Return of Refugees")


def test_co_hosts_in_partnership_take_part_but_not_one_who_only_asked():
    ex = run(
        "Workshop in Apia\n\n"
        "The Pacific Islands Forum Secretariat, in partnership with the New Zealand Police and UNICEF, "
        "hosted the Regional Workshop on Child Protection in Apia. "
        "Following a request from Samoa, UNODC hosted the Regional Workshop on Border Control."
    )
    for host in ("Pacific Islands Forum Secretariat", "New Zealand Police", "United Nations Children's Fund"):
        assert has(ex, host, "participatesIn", "Regional Workshop on Child Protection")
    unodc = "United Nations Office on Drugs and Crime"
    assert has(ex, unodc, "participatesIn", "Regional Workshop on Border Control")
    assert not has(ex, "Samoa", "participatesIn", "Regional Workshop on Border Control")


def test_a_plan_undertaken_in_partnership_with_a_body_is_backed_by_it():
    ex = run(
        "Resilience\n\n"
        "The Caribbean Coastal Adaptation Initiative is being undertaken in partnership with the "
        "Government of Canada and the World Bank."
    )
    assert has(ex, "Canada", "supports", "Caribbean Coastal Adaptation Initiative")
    assert has(ex, "World Bank", "supports", "Caribbean Coastal Adaptation Initiative")


def test_join_forces_in_a_headline_makes_partners():
    ex = run("Ghana, Norway and UNICEF join forces to end child labour\n\nThe programme starts in May.")
    assert partners(ex, "Ghana", "Norway")
    assert partners(ex, "Ghana", "United Nations Children's Fund")


def test_a_permanent_secretary_of_a_portfolio_represents_its_ministry():
    ex = run(
        "Training\n\n"
        "The Tonga Ministry of Internal Affairs and Labour hosted the training. Ms. Sela Tupou, Permanent "
        "Secretary of Internal Affairs and Labour, opened it."
    )
    assert has(ex, "Sela Tupou", "represents", "Tonga Ministry of Internal Affairs and Labour")


def test_acronyms_in_brackets_do_not_cut_a_list_of_doers():
    ex = run(
        "Policy welcomed\n\n"
        "The Pacific Community (SPC) and the European Union (EU) have welcomed the adoption of the "
        "National Ocean Policy by Vanuatu."
    )
    assert has(ex, "Pacific Community", "supports", "National Ocean Policy")
    assert has(ex, "European Union", "supports", "National Ocean Policy")


def test_the_conference_is_the_quoted_title_that_names_no_kind():
    ex = run(
        "Experts meet\n\n"
        "Experts will meet in a two-day conference on "
        "“Labour Migration: Theory and Practice in Regional Cooperation”. "
        "The conference is being organised by the African Union Commission."
    )
    title = "Labour Migration: Theory and Practice in Regional Cooperation"
    assert has(ex, "African Union Commission", "participatesIn", title)


def test_the_conference_after_a_summit_is_not_the_summit():
    ex = run(
        "Experts meet\n\n"
        "Leaders met at the Sahel Security Summit. "
        "The conference is being organised by the African Union Commission."
    )
    assert not has(ex, "African Union Commission", "participatesIn", "Sahel Security Summit")


def test_a_plan_that_received_money_from_a_body_is_backed_by_it_but_not_praise():
    ex = run(
        "Funding\n\n"
        "The Coastal Adaptation Plan received a US$5 million grant from the Green Climate Fund. "
        "The National Adaptation Plan (NAP) has secured additional funding from Germany. "
        "The Urban Water Plan received praise from the European Union."
    )
    assert has(ex, "Green Climate Fund", "supports", "Coastal Adaptation Plan")
    assert has(ex, "Germany", "supports", "National Adaptation Plan")
    assert not has(ex, "European Union", "supports", "Urban Water Plan")


def test_a_reference_body_for_a_plan_is_the_body_and_the_plan():
    ex = run("Funding\n\nKenya received a grant from the World Bank for the Coastal Resilience Plan.")
    assert "World Bank" in labels(ex, "Organization")
    assert "Coastal Resilience Plan" in labels(ex, "Plan")


def test_an_owner_s_body_after_with_is_still_the_partner():
    ex = run("Labour\n\nKenya worked with Uganda's Ministry of Labour on the Joint Labour Plan.")
    assert has(ex, "Kenya", "partnersWith", "Ministry of Labour")
