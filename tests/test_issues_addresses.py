"""Issues the scheme now knows (hazards, violence and harassment, forms of trafficking) and the
addresses wordings held-out texts used: a purpose in the item's apposition or its own clause, an
event named for its issue, lists joined by "as well as"; and the sentences where an issue is
named but is not what the plan is for."""

from __future__ import annotations

import pytest
from extract_util import has, news
from extract_util import run_titled as run


def issues(ex: object) -> set[str]:
    return {e.label for e in ex.entities if e.type == "Issue"}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "plan", "issue"),
    [
        # a plan in apposition with its purpose
        (
            "Ministers closed the summit by agreeing the Lima Action Agenda (2027–2029), a three-year work "
            "plan to expand labour pathways for displaced workers and to combat human trafficking and "
            "migrant smuggling along the Pacific coast.",
            "Lima Action Agenda",
            "human trafficking",
        ),
        (
            "Ministers closed the summit by agreeing the Lima Action Agenda (2027–2029), a three-year work "
            "plan to expand labour pathways for displaced workers and to combat human trafficking and "
            "migrant smuggling along the Pacific coast.",
            "Lima Action Agenda",
            "migrant smuggling",
        ),
        (
            "Malawi has launched its National Resilience Plan, a seven-year blueprint that officials say "
            "will make rural districts less vulnerable to floods and droughts.",
            "National Resilience Plan",
            "floods",
        ),
        (
            "Malawi has launched its National Resilience Plan, a seven-year blueprint that officials say "
            "will make rural districts less vulnerable to floods and droughts.",
            "National Resilience Plan",
            "drought",
        ),
        (
            "Chile and Peru ratified the Violence and Harassment Convention, 2019 (No. 190), the first "
            "treaty to affirm the right of workers to a workplace free from violence and harassment.",
            "Violence and Harassment Convention",
            "violence and harassment",
        ),
        # the item's own clause
        (
            "Article 4 of the Niamey Declaration on Mobility commits States to address the root causes of "
            "displacement, including climate change and armed conflict.",
            "Niamey Declaration",
            "climate change",
        ),
        (
            "The Coastal Security Programme covers drug trafficking, money laundering and cybercrime.",
            "Coastal Security Programme",
            "money laundering",
        ),
        (
            "UNODC launched the Sahel Programme, covering human trafficking, migrant smuggling and "
            "terrorism.",
            "Sahel Programme",
            "terrorism",
        ),
        # "while cutting", "the problems caused by", "for the protection of", a participle set off
        (
            "Ethiopia adopted the Overseas Employment Policy, which aims to place 50,000 workers a year "
            "while cutting cases of abuse and forced labour.",
            "Overseas Employment Policy",
            "forced labour",
        ),
        (
            "The Mine Clearance Strategy seeks to reduce the problems caused by unexploded ordnance.",
            "Mine Clearance Strategy",
            "unexploded ordnance",
        ),
        (
            "Mozambique ratified the Regional Convention for the Protection of Stateless Persons, which "
            "aims to end statelessness.",
            "Regional Convention for the Protection of Stateless Persons",
            "statelessness",
        ),
        (
            "The Regional Directive, revised in 2025, now covers forced begging, illegal adoption and the "
            "exploitation of surrogacy.",
            "Regional Directive",
            "exploitation of surrogacy",
        ),
        (
            "The Labour Migration Act of Tonga, passed in 2003 and amended in 2015, criminalizes forced "
            "labour.",
            "Labour Migration Act",
            "forced labour",
        ),
        (
            "Officials closed the Second Ministerial Meeting between Kenya and Uganda on countering "
            "cross-border human trafficking.",
            "Second Ministerial Meeting",
            "human trafficking",
        ),
        (
            "The Tonga Labour Act deals with forced labour and child labour.",
            "Tonga Labour Act",
            "child labour",
        ),
        (
            "Chad adopted the Border Plan on Monday to combat cross-border migrant smuggling.",
            "Border Plan",
            "migrant smuggling",
        ),
        # a list that goes on with "as well as"
        (
            "UNODC and Tajikistan launched a Country Programme to help the country tackle corruption and "
            "drug trafficking, as well as violent extremism in prisons.",
            "Country Programme",
            "violent extremism",
        ),
        # a purpose infinitive close after the name; an event that addressed its issues
        (
            "Fiji launched the Pacific Border Programme on Tuesday to counter migrant smuggling.",
            "Pacific Border Programme",
            "migrant smuggling",
        ),
        (
            "The Summit on Climate Security addressed drought and floods in the Sahel.",
            "Summit on Climate Security",
            "floods",
        ),
        # an event named for its issue
        (
            "Officials met in Dakar for the Second Regional Meeting on Combating Forced Labour.",
            "Second Regional Meeting on Combating Forced Labour",
            "forced labour",
        ),
        (
            "Delegates gathered in Tunis for the Ministerial Conference against Child Marriage.",
            "Ministerial Conference against Child Marriage",
            "child marriage",
        ),
        # "aimed at" with or without "which is"; an adverb before the verb; "urges … action on";
        # "adapt to"; "preparedness against"; an adjective before "impacts of"
        (
            "Fiji released the Coastal Resilience Plan 2030, which is aimed at protecting villages that are "
            "vulnerable to the severe impacts of sea-level rise.",
            "Coastal Resilience Plan",
            "sea-level rise",
        ),
        (
            "The Bank financed the Resilient Sindh Programme, aimed at bolstering the province's "
            "preparedness against floods and droughts.",
            "Resilient Sindh Programme",
            "floods",
        ),
        (
            "Peru backed the Lima Declaration on Mobility, which specifically covers forced begging and "
            "illegal adoption.",
            "Lima Declaration",
            "illegal adoption",
        ),
        (
            "Unions joined the Fair Harvest campaign, which urges governments to take action on forced "
            "labour in agriculture.",
            "Fair Harvest campaign",
            "forced labour",
        ),
        (
            "Laos adopted the National Strategy on Green Growth, which aims to help farmers adapt to "
            "climate change.",
            "National Strategy on Green Growth",
            "climate change",
        ),
    ],
)
def test_a_purpose_stated_beside_the_name_links_the_issue(text: str, plan: str, issue: str) -> None:
    assert has(run(news(text)), plan, "addresses", issue)


@pytest.mark.parametrize(
    ("text", "plan", "issue"),
    [
        # the issue is news of the day, not the plan's purpose
        (
            "Ghana adopted the National Youth Employment Plan, a five-year programme, and said "
            "separately that it would do more to combat corruption.",
            "National Youth Employment Plan",
            "corruption",
        ),
        (
            "The Ministry presented the Rural Roads Strategy, a ten-year plan for feeder roads, while "
            "floods hit the northern provinces.",
            "Rural Roads Strategy",
            "floods",
        ),
        (
            "Critics said the Coastal Fisheries Plan, a four-year programme, failed to tackle forced "
            "labour on fishing vessels.",
            "Coastal Fisheries Plan",
            "forced labour",
        ),
        # the apposition closed, a new clause with its own subject
        (
            "Under the Partnership Framework, a five-year agreement on trade, the parties will also combat "
            "money laundering.",
            "Partnership Framework",
            "money laundering",
        ),
        (
            "Samoa adopted the Tourism Plan, a ten-year programme, and its police will tackle drug "
            "trafficking with Fiji.",
            "Tourism Plan",
            "drug trafficking",
        ),
        # a theme in a name is the instrument's field, not a harm it addresses
        (
            "Kenya welcomed the Global Compact on Refugees and the Policy on Labour Migration.",
            "Global Compact on Refugees",
            "refugees",
        ),
        (
            "Kenya welcomed the Global Compact on Refugees and the Policy on Labour Migration.",
            "Policy on Labour Migration",
            "labour migration",
        ),
        (
            "The Lusaka Strategy, a strategy to expand irrigation, comes after floods destroyed crops.",
            "Lusaka Strategy",
            "floods",
        ),
        (
            "Peru ratified the Minamata Convention, a treaty to protect health from mercury, in 2020, when "
            "cases of human trafficking also rose.",
            "Minamata Convention",
            "human trafficking",
        ),
        (
            "Uganda adopted the Overseas Employment Policy, which aims to place workers abroad, while "
            "cases of forced labour rose.",
            "Overseas Employment Policy",
            "forced labour",
        ),
        # the purpose of those who act on the item
        (
            "The Coastal Plan was praised by fishermen seeking to end child labour.",
            "Coastal Plan",
            "child labour",
        ),
        (
            "The Coastal Plan was criticised by unions, who want to combat forced labour.",
            "Coastal Plan",
            "forced labour",
        ),
        # the actor's next deed, another clause
        (
            "Kenya signed the Mombasa Declaration on Tuesday and pledged to end child marriage by 2030.",
            "Mombasa Declaration",
            "child marriage",
        ),
        (
            "Ministers discussed the Water Plan and agreed to combat corruption in procurement.",
            "Water Plan",
            "corruption",
        ),
        (
            "The Water Plan was adopted on Monday; separately, police moved to combat drug trafficking.",
            "Water Plan",
            "drug trafficking",
        ),
        (
            "Officials closed the Second Ministerial Meeting of Kenya and Uganda on Tuesday, and police "
            "reported more drug trafficking.",
            "Second Ministerial Meeting",
            "drug trafficking",
        ),
        # the cue of the next item's name
        (
            "Child marriage remains common. The plan gives effect to the Labour Act and to the Convention "
            "on Preventing Child Marriage.",
            "Labour Act",
            "child marriage",
        ),
        # the purpose of another item named in between
        (
            "The Water Plan, a five-year programme, builds on the Drought Response Strategy, which aims "
            "to curb child labour in herding communities.",
            "Water Plan",
            "child labour",
        ),
    ],
)
def test_an_issue_that_is_not_the_purpose_is_not_linked(text: str, plan: str, issue: str) -> None:
    assert not has(run(news(text)), plan, "addresses", issue)


@pytest.mark.parametrize(
    ("purpose", "issue"),
    [
        ("to end forced criminality and forced begging", "forced criminality"),
        ("to end forced criminality and forced begging", "forced begging"),
        ("to prevent illegal adoption", "illegal adoption"),
        ("to prevent gender-based violence and sexual harassment", "sexual harassment"),
        ("to eradicate hunger", "hunger"),
        ("to eradicate food insecurity", "hunger"),
        ("to dismantle scam centres and to combat online fraud", "online fraud"),
        ("to make islands more resilient to tropical cyclones and heatwaves", "tropical cyclones"),
        ("to make islands more resilient to sea-level rise", "sea-level rise"),
        ("to make towns more resilient to earthquakes and landslides", "landslides"),
        ("to make farms less exposed to wildfires", "wildfires"),
        ("to eliminate unexploded ordnance from farmland", "unexploded ordnance"),
        ("to end recruitment fees and unpaid wages", "recruitment fees"),
        ("to end recruitment fees and unpaid wages", "wage theft"),
        ("to end migrants smuggling", "migrant smuggling"),
        ("to end trafficking of human beings", "human trafficking"),
    ],
)
def test_the_scheme_names_more_issues(purpose: str, issue: str) -> None:
    ex = run(news(f"Tonga adopted the National Safety Plan, which aims {purpose}."))
    assert issue in issues(ex)
    assert has(ex, "National Safety Plan", "addresses", issue)


def test_trafficking_in_human_beings_is_human_trafficking() -> None:
    ex = run(
        news(
            "The EU Strategy on Combating Trafficking in Human Beings was adopted in April.",
            "Trafficking in human beings remains a serious crime.",
        )
    )
    assert "human trafficking" in issues(ex)
    assert has(ex, "EU Strategy on Combating Trafficking", "addresses", "human trafficking")


def test_a_reported_hazard_is_not_an_issue_unless_addressed() -> None:
    ex = run(
        news(
            "Fiji was hit by severe flooding in March.",
            "The flooding destroyed roads and bridges across Viti Levu.",
        )
    )
    assert "floods" not in issues(ex)


def test_a_theme_named_twice_is_not_an_issue() -> None:
    ex = run(
        news(
            "Migration shapes the economy of Nepal.",
            "Migration to the Gulf grew last year, the Ministry of Labour said.",
        )
    )
    assert "migration" not in issues(ex)


def test_a_title_cited_once_does_not_make_its_issue_the_texts() -> None:
    ex = run(
        news(
            "Ghana ratified the Protocol on Domestic Workers in June.",
            "The Protocol protects workers in private homes.",
            "Ghana had ratified the Convention against Money Laundering in 2009.",
        )
    )
    assert "money laundering" not in issues(ex)
    assert not has(ex, "Convention against Money Laundering", "addresses", "money laundering")


def test_a_standing_instrument_s_title_does_not_make_its_issue_the_texts() -> None:
    # the Convention against Transnational Organized Crime, named in the lead and again: its title
    # says what it is for, not what this text takes up
    ex = run(
        news(
            "Ghana ratified the United Nations Convention against Transnational Organized Crime on Monday.",
            "The Convention against Transnational Organized Crime entered into force in 2003.",
        )
    )
    assert not has(
        ex, "United Nations Convention against Transnational Organized Crime", "addresses", "organized"
    )


def test_an_issue_in_two_titles_is_the_texts() -> None:
    ex = run(
        news(
            "Jordan amended the Law on Combating Forced Labour in May.",
            "The National Strategy to End Forced Labour 2026–2030 was adopted in June.",
        )
    )
    assert has(ex, "National Strategy to End Forced Labour", "addresses", "forced labour")
    assert has(ex, "Law on Combating Forced Labour", "addresses", "forced labour")


def test_a_title_and_a_mention_outside_it_keep_the_link() -> None:
    ex = run(
        news(
            "The Action Plan against Wildlife Trafficking was adopted in Nairobi.",
            "Wildlife trafficking funds armed groups, the minister said.",
        )
    )
    assert has(ex, "Action Plan against Wildlife Trafficking", "addresses", "wildlife trafficking")


def test_conflict_as_the_setting_is_not_an_issue_unless_addressed() -> None:
    ex = run(
        news(
            "Trafficking in persons in situations of armed conflict is rising, the envoy said.",
            "Armed groups exploit displaced women, and conflict drives recruitment.",
        )
    )
    assert "armed conflict" not in issues(ex)
    ex = run(news("The Sahel Peace Plan, a regional strategy, aims to end armed conflict in the region."))
    assert has(ex, "Sahel Peace Plan", "addresses", "armed conflict")


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Ruiz stressed the need to end all forms of child labour in the country.",
        "Minister Ana Ruiz on Friday emphasised on the need for collective efforts by all partners to "
        "eradicate child labour.",
    ],
)
def test_a_stated_need_to_fight_an_issue_is_a_call(text: str) -> None:
    assert has(run(news(text)), "Ana Ruiz", "callsFor", "child labour")


def test_a_need_denied_or_for_something_else_is_no_call() -> None:
    assert not has(
        run(news("Minister Ana Ruiz did not stress the need to end child labour.")),
        "Ana Ruiz",
        "callsFor",
        "child labour",
    )
    other = run(news("Minister Ana Ruiz stressed the need for more teachers; child labour fell in 2020."))
    assert not has(other, "Ana Ruiz", "callsFor", "child labour")
    for text in (
        "Minister Ana Ruiz stressed the need for more teachers, while the ministry works to end "
        "child labour.",
        "Minister Ana Ruiz stressed the need to endorse child labour laws.",
    ):
        assert not has(run(news(text)), "Ana Ruiz", "callsFor", "child labour")
    report = run(news("Ghana welcomed the ILO report, which stressed the need to end child labour in cocoa."))
    assert not [r for r in report.relations if r.predicate == "callsFor"]


def test_a_hedged_or_nested_purpose_is_no_purpose() -> None:
    hedged = run(
        news("The Labour Migration Policy, which barely covers child labour, was criticised by unions.")
    )
    assert not has(hedged, "Labour Migration Policy", "addresses", "child labour")
    nested = run(
        news(
            "Uganda launched the National Action Plan on Human Trafficking, which is aimed at officials "
            "who are exposed to corruption."
        )
    )
    assert not has(nested, "National Action Plan on Human Trafficking", "addresses", "corruption")
