"""Relation rules, each on a short text written for it, through the default pipeline."""

from __future__ import annotations

import pytest
from extract_util import has
from extract_util import run_titled as run

from kg.model import Extraction


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    label = {e.iri: e.label for e in extraction.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in extraction.relations}


def test_both_sides_are_the_two_countries_of_the_text():
    ex = run(
        "Border talks\n\nNepal and India held talks in Kathmandu on Monday. "
        "After two days, both sides finalised the Memorandum of Understanding (MoU) on Labour Migration."
    )
    assert has(ex, "Nepal", "adopts", "Memorandum of Understanding")
    assert has(ex, "India", "adopts", "Memorandum of Understanding")
    assert has(ex, "Nepal", "partnersWith", "India") or has(ex, "India", "partnersWith", "Nepal")


def test_an_agreement_between_the_two_countries_makes_them_partners():
    ex = run(
        "Labour pact\n\nGhana and Togo officials met. The Cabinet approved a "
        "Memorandum of Understanding (MoU) on Child Trafficking between the two countries."
    )
    assert has(ex, "Ghana", "partnersWith", "Togo") or has(ex, "Togo", "partnersWith", "Ghana")


def test_a_body_chaired_by_a_person_is_represented_by_the_person():
    ex = run(
        "Council meets\n\nThe National Anti-Trafficking Council, chaired by Dr Amina Yusuf, met in Abuja "
        "to review the National Action Plan (2022-2026)."
    )
    assert has(ex, "Amina Yusuf", "represents", "National Anti-Trafficking Council")


def test_passive_agents_after_place_and_adverbs_and_across_role_phrases():
    ex = run(
        "Pact signed\n\nA Memorandum of Understanding (MoU) on Domestic Workers was prepared. "
        "Signed in Doha by Khalid Al Marri, Minister of Labour, and Anita Perera, Sri Lanka’s Minister "
        "of Foreign Employment, the MoU sets out new rules.\n"
        "The National Strategy against Forced Labour (NSFL) 2023-2027 is ready. "
        "NSFL was launched here on Monday by Labour Minister, Datuk Seri Ahmad Kamal."
    )
    assert has(ex, "Khalid Al Marri", "adopts", "Memorandum of Understanding")
    assert has(ex, "Anita Perera", "adopts", "Memorandum of Understanding")
    assert has(ex, "Datuk Seri Ahmad Kamal", "adopts", "National Strategy against Forced Labour")


def test_a_passive_cue_does_not_take_a_later_object_for_an_earlier_one():
    ex = run("Kenya and the climate\n\nKenya ratified the Paris Agreement by a vote of parliament.")
    assert has(ex, "Kenya", "adopts", "Paris Agreement")


def test_the_implementation_of_a_plan_demands_is_a_call():
    ex = run(
        "Plan launched\n\nProfessor Ama Mensah, Chairman of the Council of State, said the implementation "
        "of the National Plan of Action (NPA) against Child Labour demanded coordinated efforts."
    )
    assert has(ex, "Professor Ama Mensah", "callsFor", "National Plan of Action")
    assert not has(ex, "Professor Ama Mensah", "implements", "National Plan of Action")


def test_coordinated_objects_share_the_cue():
    ex = run(
        "Progress\n\nHe praised the progress made by the Federal Investigation Agency (FIA) through "
        "implementation of the ‘Prevention of Trafficking in Persons Act 2018’ and its rules, and the "
        "National Action Plan (2021-2025)."
    )
    assert has(ex, "Federal Investigation Agency", "implements", "Prevention of Trafficking in Persons Act")
    assert has(ex, "Federal Investigation Agency", "implements", "National Action Plan")


def test_a_speaker_is_not_the_actor_when_the_clause_names_its_own_subject():
    ex = run(
        "Goals\n\nWith the plan, Dr Karim Hossain said, the government would fund the implementation "
        "of the Sustainable Development Goals."
    )
    assert not has(ex, "Dr Karim Hossain", "implements", "Sustainable Development Goals")


STATEMENT = (
    "Statement by Fiji\n\n"
    "We thank the President. Our islands are at risk and we act every day.\n"
    "Following the adoption of the Paris Agreement, we have led the work on its rules.\n"
    "Our long-term plan for resilience rests on our National Adaptation Plan 2030.\n"
    "It is crucial for all leaders to honour their commitments under the Sendai Framework.\n"
    "We welcome the continued support of the United Nations for the Pacific Resilience Strategy 2025."
)


@pytest.fixture(scope="module")
def statement() -> Extraction:
    return run(STATEMENT)


def test_a_fronted_clause_acts_for_the_we_of_the_main_clause(statement):
    assert has(statement, "Fiji", "implements", "Paris Agreement")
    assert not has(statement, "Fiji", "adopts", "Paris Agreement")


def test_our_plan_in_a_statement_is_the_country_s(statement):
    assert has(statement, "Fiji", "adopts", "National Adaptation Plan")


def test_an_impersonal_call_in_a_statement_is_the_country_s(statement):
    assert has(statement, "Fiji", "callsFor", "Sendai Framework")


def test_support_of_an_actor_for_a_plan(statement):
    assert has(statement, "United Nations", "supports", "Pacific Resilience Strategy")


def test_an_impersonal_call_in_a_news_report_has_no_actor():
    ex = run(
        "Fiji and the climate\n\nFiji hosted a meeting on Monday.\n"
        "It is crucial for all leaders to honour their commitments under the Sendai Framework."
    )
    assert not has(ex, "Fiji", "callsFor", "Sendai Framework")


def test_under_the_auspices_of_delivery_partner_and_funding_from_are_support():
    ex = run(
        "Compact\n\nPortugal approved its plan on the Global Compact for Migration, an agreement "
        "negotiated under the auspices of the United Nations.\n"
        "The funding for the National Adaptation Plan (NAP) comes from the Green Climate Fund and the "
        "delivery partner is the UNDP."
    )
    assert has(ex, "United Nations", "supports", "Global Compact for")
    assert has(ex, "United Nations Development Programme", "supports", "National Adaptation Plan") or has(
        ex, "UNDP", "supports", "National Adaptation Plan"
    )


def test_a_plan_addresses_every_issue_of_a_list():
    ex = run(
        "Delta plan\n\nThe Mekong Delta Plan 2050 was adopted by Vietnam. "
        "The Plan focuses on food security, water safety, climate change and forced labour."
    )
    assert has(ex, "Mekong Delta Plan", "addresses", "climate change")
    assert has(ex, "Mekong Delta Plan", "addresses", "forced labour")


def test_a_person_and_all_members_of_a_body_act_together():
    ex = run(
        "Thanks\n\nShe thanked Director Ali Hassan and all members of the National Anti-Trafficking "
        "Steering Committee for their work to implement the National Anti-Trafficking Action Plan 2020-2022."
    )
    assert has(ex, "Ali Hassan", "implements", "National Anti-Trafficking Action Plan")
    assert has(ex, "National Anti-Trafficking Steering Committee", "implements", "National Anti-Trafficking")


def test_a_named_speaker_is_not_the_actor_of_a_clause_with_its_own_subject():
    ex = run(
        "Goals\n\nDr Karim Hossain said the government has fixed the duties of the ministries to achieve "
        "the Sustainable Development Goals."
    )
    assert not has(ex, "Dr Karim Hossain", "implements", "Sustainable Development Goals")


def test_an_unnamed_office_holder_represents_the_body_the_role_names():
    ex = run(
        "Law passed\n\nThe Lagos State House of Assembly passed the Child Rights Act 2022. "
        "The state assembly Speaker, Musa Bello, thanked the members."
    )
    assert has(ex, "Musa Bello", "represents", "Lagos State House of Assembly")


def test_a_purpose_clause_says_what_an_adopted_instrument_addresses():
    ex = run(
        "Statement by Ghana\n\nIn order to prevent forced labour at home, Ghana recently ratified the "
        "Protocol of 2014 to the Forced Labour Convention."
    )
    assert has(ex, "Ghana", "adopts", "Protocol of 2014")
    assert has(ex, "Protocol of 2014", "addresses", "forced labour")


def test_a_ratification_without_an_actor_is_the_text_s_country():
    ex = run(
        "Maldives steps up\n\nThe Maldives opened a new shelter this year. Other steps include a new "
        "hotline and the ratification of the Anti-Human Trafficking Act."
    )
    assert has(ex, "Maldives", "adopts", "Anti-Human Trafficking Act")


def test_a_plan_named_against_two_issues_addresses_both():
    ex = run(
        "Plan launched\n\nNepal launched the National Action Plan to combat human trafficking and "
        "migrant smuggling. Cases of migrant smuggling rose last year."
    )
    assert has(ex, "National Action Plan", "addresses", "human trafficking")
    assert has(ex, "National Action Plan", "addresses", "migrant smuggling")


def test_a_name_without_an_aim_does_not_address_the_issue_it_contains():
    ex = run(
        "Compact\n\nChile adopted the Global Compact for Safe, Orderly and Regular Migration in 2018. "
        "Migration rose last year."
    )
    assert not any(p == "addresses" and o == "migration" for _s, p, o in facts(ex))


def test_approving_a_plan_to_implement_a_compact_is_not_adopting_the_compact():
    ex = run("Chile approves plan to implement Global Compact for Migration\n\nChile acted on Thursday.")
    assert has(ex, "Chile", "implements", "Global Compact")
    assert not has(ex, "Chile", "adopts", "Global Compact")


def test_the_anniversary_of_an_adoption_is_support():
    ex = run(
        "Statement by Peru\n\nWe thank the President. We speak for our people and we act. "
        "This month we celebrated the anniversary of the adoption of the Declaration on the Right to "
        "Development."
    )
    assert has(ex, "Peru", "supports", "Declaration on the Right to Development")
    assert not has(ex, "Peru", "adopts", "Declaration on the Right to Development")


def test_a_review_on_goal_implementation_is_implementing():
    ex = run(
        "Review\n\nAt the forum, Ghana presented its first voluntary national review on "
        "Sustainable Development Goals implementation."
    )
    assert has(ex, "Ghana", "implements", "Sustainable Development Goals")
    assert not has(ex, "Ghana", "adopts", "Sustainable Development Goals")


def test_a_speaker_stressing_that_a_ratification_matters_supports_it():
    ex = run(
        "Convention\n\nAmbassador Rosa Cruz stressed that the ratification of the ASEAN Convention against "
        "Trafficking in Persons is a priority of the year."
    )
    assert has(ex, "Rosa Cruz", "supports", "ASEAN Convention")
    assert not has(ex, "Rosa Cruz", "adopts", "ASEAN Convention")


def test_a_ratification_by_others_or_called_for_is_not_the_text_s_country():
    ex = run(
        "Kenya and refugees\n\nKenya hosts many refugees. The ratification of the Kampala Convention by "
        "thirty States is still awaited. Experts urged the ratification of the Palermo Protocol."
    )
    assert not has(ex, "Kenya", "adopts", "Kampala Convention")
    assert not has(ex, "Kenya", "adopts", "Palermo Protocol")
    assert not has(ex, "Kenya", "callsFor", "Palermo Protocol")


def test_my_government_and_as_a_member_of_speak_for_the_country():
    ex = run(
        "Statement by Nepal\n\nWe thank the President and all members of the Bali Process. "
        "My Government has, after broad consultation with the provinces, launched the National Action "
        "Plan against Trafficking (2022-2027).\n"
        "As a member of the Colombo Process, we have adopted the Migration Strategy 2030."
    )
    assert has(ex, "Nepal", "adopts", "National Action Plan against Trafficking")
    assert has(ex, "Nepal", "memberOf", "Colombo Process")
    assert not has(ex, "Nepal", "memberOf", "Bali Process")


def test_partners_that_agree_to_cooperate_and_a_party_to_a_treaty():
    ex = run(
        "Talks\n\nViet Nam and Australia have agreed to strengthen cooperation against trafficking.\n"
        "Laos and Japan met. The two countries will jointly implement the ASEAN Plan of Action against "
        "Trafficking in Persons.\n"
        "Chile is a party to the Palermo Protocol. The Conference of the Parties to the Paris Agreement met."
    )
    assert has(ex, "Viet", "partnersWith", "Australia") or has(ex, "Australia", "partnersWith", "Viet")
    assert has(ex, "Laos", "partnersWith", "Japan") or has(ex, "Japan", "partnersWith", "Laos")
    assert has(ex, "Laos", "implements", "ASEAN Plan of Action")
    assert has(ex, "Chile", "adopts", "Palermo Protocol")
    assert not has(ex, "Chile", "adopts", "Paris Agreement")


def test_support_from_a_person_of_a_country_and_a_relative_clause_subject():
    ex = run(
        "Debate\n\nThe debate was chaired by Ambassador Maria Ruiz of Ecuador.\n"
        "Ghana had launched the National Plan of Action against Child Labour (2017-2021) with support from "
        "the IOM.\n"
        "The Security Council also heard from a youth leader, who urged the ratification of "
        "the Palermo Protocol. Dr Amina Yusuf, a youth leader, who urged the ratification of the Paris "
        "Agreement, spoke next."
    )
    assert has(ex, "Maria Ruiz", "represents", "Ecuador")
    assert has(ex, "International Organization for Migration", "supports", "National Plan of Action")
    assert not has(ex, "United Nations Security Council", "callsFor", "Palermo Protocol")
    assert has(ex, "Dr Amina Yusuf", "callsFor", "Paris Agreement") or has(
        ex, "Amina Yusuf", "callsFor", "Paris Agreement"
    )


def test_partners_named_in_a_parenthesis_do_not_act_for_the_subject():
    ex = run(
        "Strategy\n\nThe Ministry of Employment and Labour Relations, in collaboration with UNICEF and "
        "the ILO, has launched the National Strategy on Child Labour 2023-2027."
    )
    assert has(ex, "Ministry of Employment", "adopts", "National Strategy on Child Labour")
    assert has(ex, "Ministry of Employment", "partnersWith", "United Nations Children")
    assert has(ex, "Ministry of Employment", "partnersWith", "International Labour Organization")
    assert not has(ex, "International Labour Organization", "adopts", "National Strategy on Child Labour")


FIJI = (
    "Statement by Fiji\n\n"
    "Mr. President, we congratulate you. We are proud of our people and we thank our partners.\n"
    "We have integrated the Sendai Framework for Disaster Risk Reduction 2015-2030 into our planning.\n"
    "It is essential that the international community deliver on the Addis Ababa Action Agenda.\n"
    "As Chair of the Pacific Islands Forum, Fiji calls for urgent action on climate change."
)


def test_integrating_a_framework_implements_it_and_it_is_essential_is_a_call():
    ex = run(FIJI)
    assert has(ex, "Fiji", "implements", "Sendai Framework")
    assert has(ex, "Fiji", "callsFor", "Addis Ababa Action Agenda")
    assert not has(ex, "Fiji", "implements", "Addis Ababa Action Agenda")


def test_a_fronted_phrase_before_a_comma_is_not_a_list_of_actors():
    ex = run(FIJI)
    assert has(ex, "Fiji", "callsFor", "climate change")
    assert not has(ex, "Pacific Islands Forum", "callsFor", "climate change")


def test_a_national_plan_launched_without_an_agent_is_the_text_s_country():
    ex = run(
        "Zambia acts on trafficking\n\nZambia has seen more cases this year.\n"
        "The National Action Plan against Trafficking (2023-2027) was launched on Friday.\n"
        "The Paris Agreement was adopted in 2015."
    )
    assert has(ex, "Zambia", "adopts", "National Action Plan against Trafficking")
    assert not has(ex, "Zambia", "adopts", "Paris Agreement")


def test_we_acts_across_a_parenthesis_naming_a_helper_who_only_supports():
    ex = run(
        "Statement by Nepal\n\nWe thank the President. Our people act and we listen.\n"
        "We, with support from partners such as UNDP, have launched the National Adaptation Plan 2030."
    )
    assert has(ex, "Nepal", "adopts", "National Adaptation Plan 2030")
    assert has(ex, "United Nations Development Programme", "supports", "National Adaptation Plan 2030")
    assert not has(ex, "United Nations Development Programme", "adopts", "National Adaptation Plan 2030")
    assert not has(ex, "Nepal", "supports", "National Adaptation Plan 2030")


def test_signing_a_bill_into_law_adopts_it():
    ex = run("Law\n\nPresident William Ruto signed the Refugee Bill of 2021 into law on Tuesday.")
    assert has(ex, "William Ruto", "adopts", "Refugee Bill of 2021")


def test_calling_on_others_to_join_and_drawing_on_are_support():
    ex = run(
        "Call\n\nKenya calls on other States to join the Global Compact for Migration. "
        "Kenya draws on the Sendai Framework for Disaster Risk Reduction 2015-2030. "
        "Kenya calls on States to ratify the Palermo Protocol."
    )
    assert has(ex, "Kenya", "supports", "Global Compact for")
    assert not has(ex, "Kenya", "callsFor", "Global Compact for")
    assert has(ex, "Kenya", "supports", "Sendai Framework")
    assert has(ex, "Kenya", "callsFor", "Palermo Protocol")


def test_a_negated_cue_is_no_relation():
    ex = run(
        "Treaties\n\nIndia has not ratified the Convention on Migrant Workers. Nepal hasn’t signed the "
        "Global Compact on Refugees. Chile is not a party to the Palermo Protocol. Peru has yet to "
        "ratify the Paris Agreement. Kenya ratified the Kampala Convention."
    )
    assert not has(ex, "India", "adopts", "Convention on Migrant Workers")
    assert not has(ex, "Nepal", "adopts", "Global Compact on Refugees")
    assert not has(ex, "Chile", "adopts", "Palermo Protocol")
    assert not has(ex, "Peru", "adopts", "Paris Agreement")
    assert has(ex, "Kenya", "adopts", "Kampala Convention")


def test_cue_gate_finds_every_cue_a_full_scan_finds() -> None:
    """Trying each cue table only where the one-scan gate allows gives the matches of a full scan."""
    from bench.corpus import generate
    from kg.extract import cue_gate, cues

    texts = [text for _name, text in generate(20, 3)]
    texts.append("Reincorporated it into law.Adoption of the Plan.on the end, signing of the Act; pass")
    for text in texts:
        low = text.lower()
        at, masks = cue_gate.starts(low)
        for s in range(0, len(low), 37):  # sentences cut anywhere, even inside a word
            e = min(len(low), s + 120)
            sent = low[s:e]
            inside = [(a - s, m) for a, m in zip(at, masks, strict=True) if s < a < e]
            places = (0, *(a for a, _m in inside))
            marks = (cue_gate.ANY, *(m for _a, m in inside))
            for pattern in cues.SCANNED:
                full = [m.span() for m in pattern.finditer(sent)]
                gated = [m.span() for m in cue_gate.finditer(pattern, sent, places, marks)]
                assert gated == full, (pattern.pattern[:40], sent)
                first = cue_gate.search(pattern, sent, places, marks)
                assert (first.span() if first else None) == (full[0] if full else None)
