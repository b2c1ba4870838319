"""Membership written out in news shapes (kg/extract/relation_member_shapes.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def _ex(*sentences: str):
    return by_rules(run(news(*sentences)))


def test_a_body_then_its_members_among_them():
    ex = _ex(
        "The Colombo Process now counts 12 members, among them Nepal, the Philippines and the "
        "International Organization for Migration (IOM)."
    )
    for member in ("Nepal", "Philippines", "International Organization for Migration"):
        assert has(ex, member, "memberOf", "Colombo Process")


def test_a_body_that_includes_and_brings_together():
    ex = _ex(
        "The National Anti-Smuggling Taskforce, a body that includes the Ministry of Interior and the "
        "Coast Guard Authority, met in Suva.",
        "The Budapest Process brings together 50 countries of Europe and Asia, among them Turkey and "
        "Pakistan.",
    )
    assert has(ex, "Ministry of Interior", "memberOf", "National Anti-Smuggling Taskforce")
    assert has(ex, "Coast Guard Authority", "memberOf", "National Anti-Smuggling Taskforce")
    assert has(ex, "Turkey", "memberOf", "Budapest Process")
    assert has(ex, "Pakistan", "memberOf", "Budapest Process")


def test_members_then_the_body():
    ex = _ex(
        "Governments such as Chile, Ghana and Norway already belong to the Coalition for Fair Recruitment.",
        "The Employers' Federation of Ceylon and the National Trade Union Centre, both of which sit on "
        "the National Steering Committee on Labour Migration, welcomed the plan.",
        "Countries that have joined the Global Alliance on Fair Work include Peru, Mexico and Kenya.",
    )
    for country in ("Chile", "Ghana", "Norway"):
        assert has(ex, country, "memberOf", "Coalition for Fair Recruitment")
    assert has(ex, "Employers' Federation of Ceylon", "memberOf", "National Steering Committee")
    assert has(ex, "National Trade Union Centre", "memberOf", "National Steering Committee")
    for country in ("Peru", "Mexico", "Kenya"):
        assert has(ex, country, "memberOf", "Global Alliance on Fair Work")


def test_sits_on_together_with_and_a_second_body():
    ex = _ex(
        "Fiji, which sits on the Pacific Labour Mobility Steering Group together with Samoa and Tonga, "
        "agreed.",
        "Malaysia is a member of the International Labour Organization and of ASEAN.",
    )
    for country in ("Fiji", "Samoa", "Tonga"):
        assert has(ex, country, "memberOf", "Pacific Labour Mobility Steering Group")
    assert has(ex, "Malaysia", "memberOf", "International Labour Organization")
    assert has(ex, "Malaysia", "memberOf", "Association of Southeast Asian Nations")


def test_no_members_where_the_list_is_not_right_after_the_words():
    ex = _ex(
        "The Interministerial Commission against Smuggling, which brings together eleven public bodies, "
        "was praised by the Council of Ministers.",
        "The Forum includes a session on Kenya and Uganda.",
        "The Ministry of Labour includes the Department of Employment and the Labour Inspectorate.",
    )
    assert not [r for r in ex.relations if r.predicate == "memberOf"]


def test_a_body_described_after_a_whose_clause_and_a_group_including_its_members():
    ex = _ex(
        "SAARC, whose Secretariat is in Kathmandu, is the regional organization which brings together "
        "Nepal, Bhutan and Maldives.",
        "Leaders from Kenya and the Donor Partners Group, including Norway, Sweden and Denmark, agreed.",
    )
    for country in ("Nepal", "Bhutan", "Maldives"):
        assert has(ex, country, "memberOf", "South Asian Association for Regional Cooperation")
    for country in ("Norway", "Sweden", "Denmark"):
        assert has(ex, country, "memberOf", "Donor Partners Group")
    assert not has(ex, "Kenya", "memberOf", "Donor Partners Group")


def test_states_that_ratified_the_treaty_named_before_adopt_it():
    ex = _ex(
        "The Committee monitors the Convention on the Rights of Persons with Disabilities.",
        "The nations that have ratified or acceded to the treaty so far are: Belize, Bolivia and Uganda.",
    )
    for country in ("Belize", "Bolivia", "Uganda"):
        assert has(ex, country, "adopts", "Convention on the Rights of Persons with Disabilities")


def test_a_list_of_states_goes_on_past_a_place_the_reference_lacks():
    # "Atlantis" is no state the reference knows; the list still ends in "and Uganda"
    ex = _ex(
        "The Committee monitors the Convention on the Rights of Persons with Disabilities.",
        "The nations that have ratified or acceded to the treaty so far are: Belize, Bolivia, Atlantis, "
        "Timor Leste, Guinea Bissau and Uganda.",
    )
    for country in ("Belize", "Bolivia", "Timor-Leste", "Guinea-Bissau", "Uganda"):
        assert has(ex, country, "adopts", "Convention on the Rights of Persons with Disabilities")
    assert "Guinea" not in {e.label for e in ex.entities}  # Guinea-Bissau, not Guinea


def test_no_members_from_units_lists_in_other_roles_or_a_denial():
    ex = _ex(
        "The Ministry of Community Development includes the Department of Social Welfare and the "
        "Department of Gender.",
        "The Human Rights Council includes Eritrea and Belarus in its resolutions on forced labour.",
        "Neither Kenya nor Uganda belong to the Coalition for Fair Recruitment.",
        "Canada, which sits on the UN Security Council, together with Mexico, tabled the resolution.",
        "Ghana sits on the Human Rights Council, while Chile is a member of the Human Rights Council and of "
        "the Organization of American States.",
    )
    members = {
        (r.subject.rsplit("/", 1)[-1], r.object.rsplit("/", 1)[-1])
        for r in ex.relations
        if r.predicate == "memberOf"
    }
    assert not [m for m in members if "department" in m[0]]
    assert not has(ex, "Eritrea", "memberOf", "United Nations Human Rights Council")
    assert not has(ex, "Uganda", "memberOf", "Coalition for Fair Recruitment")
    assert not has(ex, "Mexico", "memberOf", "United Nations Security Council")
    assert has(ex, "Chile", "memberOf", "Organization of American States")
    assert not has(ex, "Ghana", "memberOf", "Organization of American States")


def test_a_group_comprising_or_made_up_of_its_members():
    ex = _ex(
        "The envoy spoke for the Contact Group comprising Peru, Kenya, Fiji and the Netherlands.",
        "The draft came from the Group of Friends of Mediation, made up of Finland and Turkey.",
    )
    for member in ("Peru", "Kenya", "Fiji", "Netherlands"):
        assert has(ex, member, "memberOf", "Contact Group")
    assert has(ex, "Finland", "memberOf", "Group of Friends of Mediation")
    assert has(ex, "Turkey", "memberOf", "Group of Friends of Mediation")


def test_a_fund_comprising_money_has_no_members():
    ex = _ex("The envelope comprising Kenya's grant and Uganda's loan was approved by the Fund.")
    assert not [r for r in ex.relations if r.predicate == "memberOf"]


def test_a_state_speaking_on_behalf_of_its_group_is_a_member():
    ex = _ex(
        "We align ourselves with the statements delivered by Fiji on behalf of the Alliance of Small "
        "Island States, Tonga, on behalf of the Pacific Islands Forum, and Chile on behalf of the Group "
        "of Friends of Mediation."
    )
    assert has(ex, "Fiji", "memberOf", "Alliance of Small Island States")
    assert has(ex, "Tonga", "memberOf", "Pacific Islands Forum")
    assert has(ex, "Chile", "memberOf", "Group of Friends of Mediation")


def test_a_state_acting_for_an_agency_is_no_member_of_it():
    ex = _ex("Norway on behalf of UNICEF delivered the vaccines to Chad on behalf of the Ministry of Health.")
    assert not [r for r in ex.relations if r.predicate == "memberOf"]


def test_a_country_named_after_a_preposition_does_not_speak_for_the_group():
    ex = _ex("Minister Ana Ruiz met the President of Chile on behalf of the Core Group.")
    assert not has(ex, "Chile", "memberOf", "Core Group")


def test_speaking_for_a_body_of_experts_or_for_a_bodys_donors_is_no_membership() -> None:
    for text in (
        "Mexico, on behalf of the Committee on Migrant Workers, thanked the Council.",
        "Germany, on behalf of the International Organization for Migration's donors, pledged funds.",
    ):
        assert not any(r.predicate == "memberOf" for r in run(news(text)).relations), text


def test_a_body_encompassing_or_comprising_its_members():
    ex = run(
        news(
            "The Khartoum Process, encompassing 40 member states including Switzerland, Norway and "
            "Egypt, met."
        )
    )
    assert has(ex, "Switzerland", "memberOf", "Khartoum Process")
    assert has(ex, "Egypt", "memberOf", "Khartoum Process")
    ex = run(
        news("The Abu Dhabi Dialogue, comprising 17 countries, among them Nepal and India, met in Dubai.")
    )
    assert has(ex, "Nepal", "memberOf", "Abu Dhabi Dialogue")
    ex = run(news("The Ministry, comprising officials from Norway and Egypt, met in Cairo."))
    assert not [r for r in ex.relations if r.predicate == "memberOf"]


def test_joining_a_bodys_committee_is_membership_of_the_committee_not_the_owner():
    ex = run(news("Cyprus, Kenya and Yemen joined the agency's Executive Committee (ExCom) on Monday."))
    assert has(ex, "Kenya", "memberOf", "Executive Committee")
    ex = run(news("Ghana joined UNHCR's Executive Committee in 2010."))
    assert has(ex, "Ghana", "memberOf", "Executive Committee")
    assert not has(ex, "Ghana", "memberOf", "Office of the United Nations High Commissioner for Refugees")
    ex = run(news("Ghana joined UNICEF's campaign in urging action."))
    assert not [r for r in ex.relations if r.predicate == "memberOf"]


def test_countries_named_beside_a_bodys_member_states_are_not_its_members():
    ex = run(
        news(
            "Countries that have joined the Alliance include Tunisia, Egypt, Niger and Nigeria, alongside "
            "all 27 EU member states."
        )
    )
    assert not has(ex, "Nigeria", "memberOf", "European Union")
    assert not has(ex, "Niger", "memberOf", "European Union")
