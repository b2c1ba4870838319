"""Relation wordings one sentence at a time: nominalizations, relative clauses, "Under the X, Y will",
"on behalf of", pronoun subjects, appositions, coordination after "between" and "by", and modality
(an intention or someone else's call is not an act)."""

from __future__ import annotations

import pytest
from extract_util import by_rules, has, news
from extract_util import run_titled as run


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # the owner of a nominalized act is its agent
        (
            "Nepal's ratification of the Domestic Workers Convention, 2011 (No. 189) was welcomed by the "
            "International Labour Organization.",
            "Nepal",
            "adopts",
            "Domestic Workers Convention",
        ),
        (
            "The Philippines' ratification of the ASEAN Convention against Trafficking in Persons brought "
            "it into force.",
            "Philippines",
            "adopts",
            "ASEAN Convention",
        ),
        (
            "Uganda's accession to the Kampala Convention was praised.",
            "Uganda",
            "adopts",
            "African Union Convention",
        ),
        # a relative clause names the actor of the item before it
        (
            "The Council of Europe Convention on Action against Trafficking in Human Beings, which Armenia "
            "ratified in 2008, is monitored by GRETA.",
            "Armenia",
            "adopts",
            "Council of Europe Convention",
        ),
        # "Under the X, Y will …": Y acts under (implements) X
        (
            "Under the Paris Agreement, Brazil will cut emissions by half.",
            "Brazil",
            "implements",
            "Paris Agreement",
        ),
        (
            "Under the new Anti-Trafficking Act, the National Police will set up a special unit.",
            "National Police",
            "implements",
            "Anti-Trafficking Act",
        ),
        # passive with the agents after "between"; wordings of adoption
        (
            "The Memorandum of Understanding on Migrant Workers was signed between Indonesia and Malaysia "
            "in Jakarta.",
            "Malaysia",
            "adopts",
            "Memorandum of Understanding on Migrant Workers",
        ),
        (
            "The Government of Ghana has put in place the National Plan of Action against Child Labour "
            "(2017-2021).",
            "Ghana",
            "adopts",
            "National Plan of Action against Child Labour",
        ),
        (
            "He said the Government of Zambia had rolled out the National Anti-Trafficking Strategy "
            "(2022-2026).",
            "Zambia",
            "adopts",
            "National Anti-Trafficking Strategy",
        ),
        (
            "Chile joined the Global Compact for Migration in 2018.",
            "Chile",
            "adopts",
            "Global Compact for Safe",
        ),
        # sponsoring a bill supports it
        (
            "The Trafficking in Persons Prohibition Bill, sponsored by Senator Grace Adeyemi, was passed "
            "by the Senate of Nigeria.",
            "Grace Adeyemi",
            "supports",
            "Trafficking in Persons Prohibition Bill",
        ),
        (
            "Senator Grace Adeyemi, who sponsored the Anti-Trafficking Bill, said it would protect children.",
            "Grace Adeyemi",
            "supports",
            "Anti-Trafficking Bill",
        ),
        # speaking on behalf of a body represents it, before or after the name
        (
            "On behalf of the European Union, Olof Skoog said the bloc supports the Global Compact for "
            "Migration.",
            "Olof Skoog",
            "represents",
            "European Union",
        ),
        (
            "Ambassador Maria Lopez, speaking on behalf of the Group of 77, welcomed the Global Compact for "
            "Migration.",
            "Maria Lopez",
            "represents",
            "Group of 77",
        ),
        (
            "Ambassador Maria Lopez, speaking on behalf of the Group of 77, welcomed the Global Compact for "
            "Migration.",
            "Maria Lopez",
            "supports",
            "Global Compact for Safe",
        ),
        # a sentence opened by "She" acts for the last person named
        (
            "Minister Priya Shah opened the meeting in Colombo. She welcomed the Global Compact for "
            "Migration and said Sri Lanka would implement it.",
            "Priya Shah",
            "supports",
            "Global Compact for Safe",
        ),
        # partners: two signatories, "work closely with", a fronted "Together with"
        (
            "The Ministry of Labour and the ILO have signed a Decent Work Country Programme (2023-2027).",
            "Ministry of Labour",
            "partnersWith",
            "International Labour Organization",
        ),
        (
            "Tanzania and IOM signed an agreement on migrant return on Friday.",
            "Tanzania",
            "partnersWith",
            "International Organization for Migration",
        ),
        (
            "Together with UNICEF, the Ministry of Gender has trained 300 social workers.",
            "Ministry of Gender",
            "partnersWith",
            "United Nations Children",
        ),
        # events: the host and every guest after "attended by"
        (
            "Colombia hosted the Regional Conference on Migration, which was attended by Ecuador and Peru.",
            "Colombia",
            "participatesIn",
            "Regional Conference on Migration",
        ),
        (
            "Colombia hosted the Regional Conference on Migration, which was attended by Ecuador and Peru.",
            "Peru",
            "participatesIn",
            "Regional Conference on Migration",
        ),
        # an apposition is not the subject
        (
            "Ghana, a member of the African Union, has adopted the National Labour Migration Policy.",
            "Ghana",
            "memberOf",
            "African Union",
        ),
    ],
)
def test_wording_gives_the_fact(text, subject, predicate, obj):
    assert has(run(news(text)), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # intentions are not acts
        (
            "Thailand plans to ratify the Protocol of 2014 to the Forced Labour Convention next year.",
            "Thailand",
            "adopts",
            "Protocol of 2014",
        ),
        (
            "Kenya is expected to sign the Memorandum of Understanding on Labour with Saudi Arabia "
            "next month.",
            "Kenya",
            "adopts",
            "Memorandum of Understanding on Labour",
        ),
        (
            "Cambodia is considering ratifying the ASEAN Convention against Trafficking in Persons.",
            "Cambodia",
            "adopts",
            "ASEAN Convention",
        ),
        # "by" after a call names those called on, not the caller
        (
            "Thailand called for the ratification of the Domestic Workers Convention, 2011 (No. 189) by all "
            "ASEAN members.",
            "Association of Southeast Asian Nations",
            "callsFor",
            "Domestic Workers Convention",
        ),
        # someone else's call
        (
            "The Commission heard a call for the ratification of the Domestic Workers Convention, 2011 "
            "(No. 189).",
            "Commission",
            "callsFor",
            "Domestic Workers Convention",
        ),
        (
            "The Security Council met on Monday, while several delegations urged the ratification of the "
            "Arms Trade Treaty.",
            "United Nations Security Council",
            "callsFor",
            "Arms Trade Treaty",
        ),
        # an actor after "by … at" is where, not who
        (
            "The Global Compact for Migration was endorsed by 152 countries at the General Assembly.",
            "United Nations General Assembly",
            "supports",
            "Global Compact for Safe",
        ),
        # a member of one body that works with another is not a member of both
        (
            "Ecuador, a member of the Group of Friends United against Human Trafficking, works together with "
            "the International Organization for Migration (IOM).",
            "Ecuador",
            "memberOf",
            "International Organization for Migration",
        ),
        (
            "Kenya is a member of the Colombo Process and has signed labour agreements with Saudi Arabia.",
            "Saudi Arabia",
            "memberOf",
            "Colombo Process",
        ),
        # the body inside an apposition is not the subject
        (
            "Ghana, a pathfinder country of Alliance 8.7, is committed to the Sustainable Development Goals.",
            "Alliance 8.7",
            "supports",
            "Sustainable Development Goals",
        ),
        (
            "Ambassador Maria Lopez, speaking on behalf of the Group of 77, welcomed the Global Compact for "
            "Migration.",
            "Group of 77",
            "supports",
            "Global Compact for Safe",
        ),
        # "he said the plan gives effect to …": the plan's, not the speaker's
        (
            "Mr Kofi Mensah said the plan gives effect to the Worst Forms of Child Labour Convention, 1999 "
            "(No. 182).",
            "Kofi Mensah",
            "implements",
            "Worst Forms of Child Labour Convention",
        ),
        # a "Work" in a name is no partnership
        (
            "Saudi Arabia deposited its instrument of ratification of the ILO Centenary Declaration for the "
            "Future of Work with the Secretary-General.",
            "Saudi Arabia",
            "partnersWith",
            "United Nations",
        ),
    ],
)
def test_wording_does_not_give_the_fact(text, subject, predicate, obj):
    assert not has(run(news(text)), subject, predicate, obj)


def test_a_possessive_commitment_is_the_owner_s_and_the_speaker_s():
    ex = run(
        news(
            "Minister Daniel Osei reaffirmed Cameroon's commitment to the Convention on Biological Diversity."
        )
    )
    assert has(ex, "Cameroon", "supports", "Convention on Biological Diversity")
    assert has(ex, "Daniel Osei", "supports", "Convention on Biological Diversity")


def test_under_a_framework_each_clause_s_actor_implements_it():
    ex = run(
        news(
            "Qatar and Kenya signed a Memorandum of Understanding on Domestic Workers (MoU).",
            "Under the MoU, Qatar will register all recruitment agencies and Kenya will train departing "
            "workers.",
        )
    )
    assert has(ex, "Qatar", "implements", "Memorandum of Understanding on Domestic Workers")
    assert has(ex, "Kenya", "implements", "Memorandum of Understanding on Domestic Workers")


def test_the_office_and_the_agreement_refer_back():
    ex = run(
        news(
            "Ghada Waly heads the United Nations Office on Drugs and Crime (UNODC).",
            "She said the Office was implementing the Global Programme against Trafficking in Persons.",
            "Kenya and Qatar signed a Memorandum of Understanding on Domestic Workers.",
            "IOM welcomed the agreement.",
        )
    )
    assert has(ex, "United Nations Office on Drugs and Crime", "implements", "Global Programme against")
    assert has(ex, "International Organization for Migration", "supports", "Memorandum of Understanding")


def test_an_apposition_after_a_plan_named_for_a_compact_describes_the_compact():
    ex = run(
        news(
            "Chile adopted the Global Compact for Migration in 2018.",
            "Chile approved a national plan for the implementation of the Global Compact for Migration, an "
            "agreement negotiated under the auspices of the United Nations.",
        )
    )
    assert has(ex, "United Nations", "supports", "Global Compact for Safe")
    assert not has(ex, "United Nations", "supports", "national plan")


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        (
            "Thailand, along with Viet Nam, signed the ASEAN Convention against Trafficking in Persons "
            "in 2015.",
            "Vietnam",
            "adopts",
            "ASEAN Convention",
        ),
        (
            "Thailand, along with Viet Nam, signed the ASEAN Convention against Trafficking in Persons "
            "in 2015.",
            "Thailand",
            "partnersWith",
            "Vietnam",
        ),
        (
            "Kenya's National Assembly passed the Refugees Bill, 2019, which President Uhuru Kenyatta later "
            "signed into law.",
            "Uhuru Kenyatta",
            "adopts",
            "Refugees Bill",
        ),
        (
            "Senegal has joined the Global Alliance to End Child Labour.",
            "Senegal",
            "memberOf",
            "Global Alliance",
        ),
        (
            "As part of the Global Compact for Migration, Mexico has opened ten new migrant centres.",
            "Mexico",
            "implements",
            "Global Compact for Safe",
        ),
        (
            "The African Union Commission signed a memorandum with the International Organization for "
            "Migration on labour migration.",
            "African Union Commission",
            "partnersWith",
            "International Organization for Migration",
        ),
        (
            "The Philippines urged all ASEAN Member States to fully implement the ASEAN Convention against "
            "Trafficking in Persons.",
            "Philippines",
            "callsFor",
            "ASEAN Convention",
        ),
    ],
)
def test_more_wordings_give_the_fact(text, subject, predicate, obj):
    assert has(run(news(text)), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # those urged to act do not call
        (
            "The Philippines urged all ASEAN Member States to fully implement the ASEAN Convention against "
            "Trafficking in Persons.",
            "Association of Southeast Asian Nations",
            "callsFor",
            "ASEAN Convention",
        ),
        # two of the many parties to a convention are not partners
        (
            "Ethiopia and Djibouti are among the countries that have ratified the Kampala Convention.",
            "Ethiopia",
            "partnersWith",
            "Djibouti",
        ),
        # joining a body in an act, or its initiatives, is not membership
        (
            "Kenya joined UNICEF in calling for the Global Compact on Refugees.",
            "Kenya",
            "memberOf",
            "United Nations Children",
        ),
        (
            "Latvia joined UNIDIR initiatives on climate change.",
            "Latvia",
            "memberOf",
            "United Nations Institute",
        ),
        # "along with" between two things is no partnership
        (
            "The Ministry of Labour announced the establishment of a Labour Migration Unit along with the "
            "appointment of a director at the Ministry of Interior.",
            "Ministry of Labour",
            "partnersWith",
            "Ministry of Interior",
        ),
    ],
)
def test_more_wordings_do_not_give_the_fact(text, subject, predicate, obj):
    assert not has(run(news(text)), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # a country's or a body's own plan or law is theirs
        (
            "Kenya's National Action Plan against Trafficking in Persons (2022-2027) focuses on prevention.",
            "Kenya",
            "adopts",
            "National Action Plan against Trafficking",
        ),
        # "it" right after the cue is the item named before in the sentence
        (
            "Nigeria's Senate has passed the Trafficking in Persons Act, 2015, and President Goodluck "
            "Jonathan signed it into law.",
            "Goodluck Jonathan",
            "adopts",
            "Trafficking in Persons Act",
        ),
        (
            "Indonesia welcomed the ASEAN Convention against Trafficking in Persons and called on other "
            "members to ratify it.",
            "Indonesia",
            "callsFor",
            "ASEAN Convention",
        ),
        # a vote in favour supports
        (
            "Norway voted in favour of the Paris Agreement on Climate Change.",
            "Norway",
            "supports",
            "Paris Agreement",
        ),
    ],
)
def test_ownership_pronouns_and_votes(text, subject, predicate, obj):
    assert has(run(news(text)), subject, predicate, obj)


def test_a_vote_against_or_a_withdrawal_is_no_support():
    ex = run(
        news(
            "Hungary voted against the Global Compact for Migration.",
            "The United States withdrew from the Paris Agreement in 2020.",
        )
    )
    assert not any(r.predicate in ("supports", "adopts", "implements") for r in ex.relations)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        (
            "Ecuador and Peru took part in the Regional Conference on Migration in Lima.",
            "Peru",
            "participatesIn",
            "Regional Conference on Migration",
        ),
        (
            "Bulgaria attended the Regional Conference on Migration and presented its national report.",
            "Bulgaria",
            "participatesIn",
            "Regional Conference on Migration",
        ),
        (
            "The agreement was signed on behalf of Kenya by Minister Alfred Mutua and on behalf of Qatar by "
            "Minister Ali Al Marri.",
            "Ali Al Marri",
            "represents",
            "Qatar",
        ),
        (
            "The Ministry of Labour and Social Protection, in collaboration with ILO and UNICEF, validated "
            "the National Action Plan against Child Labour (2023-2027).",
            "Ministry of Labour and Social Protection",
            "adopts",
            "National Action Plan against Child Labour",
        ),
    ],
)
def test_participants_signatories_and_validation(text, subject, predicate, obj):
    assert has(run(news(text)), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        (
            "Brazil suspended the implementation of the National Plan to Eradicate Slave Labour.",
            "Brazil",
            "implements",
            "National Plan to Eradicate Slave Labour",
        ),
        (
            "The United Kingdom left the European Union in 2020 and no longer implements the EU Action Plan "
            "on Migrant Smuggling.",
            "European Union",
            "implements",
            "EU Action Plan",
        ),
        (
            "Hungary rejected the adoption of the Global Compact for Migration.",
            "Hungary",
            "adopts",
            "Global Compact for Safe",
        ),
    ],
)
def test_an_act_halted_refused_or_ended_is_no_act(text, subject, predicate, obj):
    assert not has(run(news(text)), subject, predicate, obj)


def test_a_delegation_led_by_an_ambassador_is_represented_by_him():
    ex = run(
        news(
            "The delegation of Brazil, led by Ambassador Sergio Danese, supported the Global Compact for "
            "Migration."
        )
    )
    assert has(ex, "Sergio Danese", "represents", "Brazil")
    assert has(ex, "Brazil", "supports", "Global Compact for Safe")


def test_the_person_before_a_who_clause_is_the_speaker_and_speaks_for_its_country():
    ex = run(
        news(
            "Sophie Martin, who represents France at the Council, welcomed the Global Compact for Migration."
        )
    )
    # the speaker is the named person, who speaks for France (a delegate's stance is her country's)
    assert has(ex, "Sophie Martin", "supports", "Global Compact for Safe")
    assert has(ex, "Sophie Martin", "represents", "France")


def test_joining_talks_on_a_treaty_is_not_joining_the_treaty():
    ex = run(news("Chile joined the Paris Agreement negotiations in 2014."))
    assert not has(ex, "Chile", "adopts", "Paris Agreement")


def test_the_signing_of_a_bilateral_instrument_between_two_states():
    ex = run(
        news(
            "The signing of the Memorandum of Understanding on Labour between Kenya and Qatar took place in "
            "Doha.",
            "The Memorandum of Understanding on Trafficking between India and Nepal expired in 2020.",
        )
    )
    assert has(ex, "Kenya", "adopts", "Memorandum of Understanding on Labour")
    assert has(ex, "Qatar", "adopts", "Memorandum of Understanding on Labour")
    assert has(ex, "Kenya", "partnersWith", "Qatar") or has(ex, "Qatar", "partnersWith", "Kenya")
    assert has(ex, "India", "partnersWith", "Nepal") or has(ex, "Nepal", "partnersWith", "India")
    assert not has(ex, "India", "adopts", "Memorandum of Understanding on Trafficking")


def test_a_call_names_its_issue_near_the_call_and_an_appeal_for_funding_is_a_call():
    ex = run(
        news(
            "Minister Claire Dubois met the Council.",
            "She appealed for an end to impunity for traffickers operating in camps for internally displaced "
            "persons.",
            "She also appealed for more funding for the Migration Policy Framework for Africa.",
            "Nepal called for an end to child labour.",
        )
    )
    assert not any(
        r.predicate == "callsFor" and e.iri == r.object and e.type == "Issue" and "displace" in e.label
        for e in ex.entities
        for r in ex.relations
    )
    assert has(ex, "Claire Dubois", "callsFor", "Migration Policy Framework for Africa")
    assert not has(ex, "Claire Dubois", "supports", "Migration Policy Framework for Africa")
    assert has(ex, "Nepal", "callsFor", "child labour")


def test_a_demonym_before_delegation_or_side_is_the_state_acting():
    ex = run("News\n\nThe Peruvian delegation welcomed the Kyoto Protocol. The Chinese side signed the deal.")
    assert has(ex, "Peru", "supports", "Kyoto Protocol")
    assert "China" in {e.label for e in ex.entities if e.type == "Country"}


def test_to_sign_after_a_country_s_rank_and_giving_approval_are_acts():
    ex = by_rules(run(news("Malawi became the 40th country to sign the Kampala Convention.")))
    assert has(ex, "Malawi", "adopts", "African Union Convention for the Protection")
    ex = by_rules(run(news("The Ministry of Labour gave its approval to the National Youth Strategy.")))
    assert has(ex, "Ministry of Labour", "adopts", "National Youth Strategy")


def test_a_planned_signature_is_no_act():
    ex = by_rules(run(news("Malawi plans to sign the Kampala Convention next year.")))
    assert not has(ex, "Malawi", "adopts", "African Union Convention for the Protection")


@pytest.mark.parametrize(
    "text",
    [
        "Malawi will ratify the Kyoto Protocol next year.",
        "Malawi will soon sign the Kyoto Protocol.",
        '"I hope countries such as Malawi and Zambia will soon ratify the Kyoto Protocol," she said.',
    ],
)
def test_a_future_act_is_no_act(text):
    ex = by_rules(run(news(text)))
    assert not any(r.predicate == "adopts" for r in ex.relations)


def test_members_listed_after_a_colon_and_a_joint_deed_announced_on_a_day():
    ex = by_rules(run(news("Funds go to eligible SADC member countries: Malawi, Zambia and Botswana.")))
    for country in ("Malawi", "Zambia", "Botswana"):
        assert has(ex, country, "memberOf", "Southern African Development Community")
    ex = by_rules(run(news("Chile and Peru on Monday announced a joint plan to aid Bolivia.")))
    assert has(ex, "Chile", "partnersWith", "Peru") or has(ex, "Peru", "partnersWith", "Chile")
    assert not has(ex, "Chile", "partnersWith", "Bolivia")


def test_cooperation_between_three_bodies_partners_each_pair():
    ex = by_rules(run(news("The study grew from cooperation between UNICEF, the ILO and the World Bank.")))
    assert has(ex, "United Nations Children", "partnersWith", "International Labour Organization")
    assert has(ex, "International Labour Organization", "partnersWith", "World Bank")
