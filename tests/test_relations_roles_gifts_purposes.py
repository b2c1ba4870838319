"""Relations: "By ratifying X, Y …", a body's officer described in lower case, the country that closes
a state body's name, roles before a name the bounds cut out, what a subject receives from a giver,
and the purpose an act's commitment or a treaty's prescription states."""

from __future__ import annotations

from tests.extract_util import has, run


def test_an_opening_by_participle_is_the_subjects_act() -> None:
    """Found by the rule, not left to the pair model (which reads some of these too); a first sentence
    before it, as a text's first sentence is read as its headline."""
    ex = run(
        "Norway acts on climate. By ratifying the Paris Agreement, Norway has committed to cutting emissions."
    )
    assert {r.cue for r in ex.relations if r.predicate == "adopts"} == {"ratifying"}
    ex = run("Chile acts. By acceding to the Palermo Protocol last year, Chile pledged to protect victims.")
    assert {r.cue for r in ex.relations if r.predicate == "adopts"} == {"acceding to"}


def test_a_bodys_officer_described_in_lower_case_represents_it() -> None:
    ex = run("UNICEF child protection officer Maria Lopez said the Plan was overdue.")
    assert has(ex, "Maria Lopez", "represents", "United Nations Children")
    ex = run("USAID Manila programme director Ana Cruz visited the shelter.")
    assert has(ex, "Ana Cruz", "represents", "United States Agency for International Development")


def test_lower_case_words_of_a_clause_describe_no_role() -> None:
    ex = run("Kenya said that the director Ana Cruz would visit the shelter.")
    assert not has(ex, "Ana Cruz", "represents", "Kenya")
    ex = run("Norway thanked outgoing programme director Ana Cruz for her work.")
    assert not has(ex, "Ana Cruz", "represents", "Norway")
    ex = run("Kenya hosts refugee affairs officer Ana Cruz this week.")
    assert not has(ex, "Ana Cruz", "represents", "Kenya")


def test_the_country_closing_a_state_bodys_name_is_represented_too() -> None:
    ex = run("Li Wei, vice minister of the National Development and Reform Commission of China, spoke.")
    assert has(ex, "Li Wei", "represents", "National Development and Reform Commission of China")
    assert has(ex, "Li Wei", "represents", "China")
    ex = run("Jane Mwangi, President of the Law Society of Kenya, spoke on the bill.")
    assert has(ex, "Jane Mwangi", "represents", "Law Society of Kenya")
    assert not has(ex, "Jane Mwangi", "represents", "Kenya")
    ex = run("Jane Mwangi, General Secretary of the National Council of Churches of Kenya, spoke.")
    assert not has(ex, "Jane Mwangi", "represents", "Kenya")


def test_a_person_cut_out_of_a_bodys_run_keeps_the_role_before_it() -> None:
    ex = run("Deputy Permanent Secretary in the Ministry of National Security Michelle Thomas said so.")
    assert has(ex, "Michelle Thomas", "represents", "Ministry of National Security")


def test_his_excellency_after_the_comma_keeps_the_role_before_it() -> None:
    ex = run("German Ambassador to Kenya, his excellency Bernhard Weber, opened the centre.")
    assert has(ex, "Bernhard Weber", "represents", "Germany")
    assert not has(ex, "Bernhard Weber", "represents", "Kenya")


def test_the_giver_of_what_a_subject_receives_supports_it() -> None:
    ex = run("Malawi will receive a grant of USD 3.2 million from the World Bank next year.")
    assert has(ex, "World Bank", "supports", "Malawi")
    ex = run("Malawi hopes to receive a grant from the World Bank next year.")
    assert not has(ex, "World Bank", "supports", "Malawi")
    ex = run(
        "Two projects for farmers in Malawi and Zambia received funding of $5 million from the World Bank."
    )
    assert not has(ex, "World Bank", "supports", "Malawi")
    ex = run("Malawi received no funding from the World Bank last year.")
    assert not has(ex, "World Bank", "supports", "Malawi")
    ex = run("Malawi plans to obtain a loan from the World Bank next year.")
    assert not has(ex, "World Bank", "supports", "Malawi")


def test_the_commitment_an_act_shows_is_the_items_purpose() -> None:
    ex = run(
        "Nepal ratified the Protocol of 2014 to the Forced Labour Convention, reinforcing its "
        "international commitment to the prevention and elimination of forced labour."
    )
    assert has(ex, "Protocol of 2014 to the Forced Labour Convention", "addresses", "forced labour")
    ex = run(
        "Peru ratified the Palermo Protocol as a sign of its commitment at the international level to "
        "combat the issue of human trafficking."
    )
    assert has(ex, "Protocol to Prevent, Suppress and Punish", "addresses", "human trafficking")


def test_a_commitment_to_another_aim_gives_no_purpose() -> None:
    ex = run(
        "Peru ratified the Palermo Protocol, reaffirming its commitment to the rule of law, and pledged "
        "to combat poverty."
    )
    assert not any(r.predicate == "addresses" for r in ex.relations)
    ex = run(
        "Kenya joined the Global Compact for Migration, demonstrating its commitment to the eradication "
        "of poverty."
    )
    assert not any(r.predicate == "addresses" for r in ex.relations)


def test_what_a_treaty_prescribes_is_its_purpose() -> None:
    ex = run(
        "The Domestic Workers Convention prescribes that each Member shall take effective measures to "
        "prevent and eliminate use of child labour."
    )
    assert has(ex, "Domestic Workers Convention", "addresses", "child labour")


def test_the_speakers_listed_take_part_in_the_event_named_before() -> None:
    ex = run(
        "The 24th Conference of the Alliance against Trafficking in Persons opens in Vienna today. "
        "Speakers include OSCE Secretary General Helga Schmid; and Minister of Foreign Affairs of Malta "
        "Ian Borg."
    )
    assert has(ex, "Helga Schmid", "participatesIn", "24th Conference")
    assert has(ex, "Ian Borg", "participatesIn", "24th Conference")
    ex = run("The 24th Conference opens in Vienna today. Minister Ian Borg said speakers were late.")
    assert not has(ex, "Ian Borg", "participatesIn", "24th Conference")


def test_the_submission_of_a_climate_plan_by_a_country_is_its_act() -> None:
    ex = run(
        "Ban Ki-moon welcomed the formal submission of post-2020 targets or Intended Nationally "
        "Determined Contributions (INDC) by both China and Brazil."
    )
    assert has(ex, "China", "adopts", "Intended Nationally Determined Contributions")
    assert has(ex, "Brazil", "adopts", "Intended Nationally Determined Contributions")
