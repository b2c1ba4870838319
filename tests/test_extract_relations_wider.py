"""Relation wordings that held-out texts use and the first rules missed: plain partnership verbs,
a partner list fronting the subject, coordinated helpers after "support from" and "funded by",
"X and the Government of Y", and the negatives each rule must not reach."""

from __future__ import annotations

import pytest
from extract_util import has, news
from extract_util import run_titled as run


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # plain partnership verbs
        (
            "Kenya has partnered with IOM.",
            "Kenya",
            "partnersWith",
            "International Organization for Migration",
        ),
        (
            "Kenya partners with the International Organization for Migration on border management.",
            "Kenya",
            "partnersWith",
            "International Organization for Migration",
        ),
        (
            "Thailand teamed up with UNODC to train police officers.",
            "Thailand",
            "partnersWith",
            "United Nations Office on Drugs",
        ),
        ("Nepal joined forces with the ILO.", "Nepal", "partnersWith", "International Labour Organization"),
        # support, tabling and coordination
        ("Kenya backed the Refugees Act 2021.", "Kenya", "supports", "Refugees Act"),
        (
            "The Counter-Trafficking in Persons Bill was tabled by Minister Jane Doe.",
            "Jane Doe",
            "supports",
            "Counter-Trafficking in Persons Bill",
        ),
        (
            "Minister Jane Doe tabled the Counter-Trafficking in Persons Bill in Parliament.",
            "Jane Doe",
            "supports",
            "Counter-Trafficking in Persons Bill",
        ),
        (
            "The Ministry of Labour will coordinate the National Action Plan against Trafficking in Persons.",
            "Ministry of Labour",
            "implements",
            "National Action Plan against Trafficking",
        ),
        # a partner list before the subject: the subject partners with every one of them
        (
            "Working together with UNODC, IOM and INTERPOL, the Royal Thai Police dismantled a "
            "trafficking ring.",
            "Royal Thai Police",
            "partnersWith",
            "International Criminal Police Organization",
        ),
        (
            "Working together with UNODC, IOM and INTERPOL, the Royal Thai Police dismantled a "
            "trafficking ring.",
            "Royal Thai Police",
            "partnersWith",
            "United Nations Office on Drugs",
        ),
        (
            "In partnership with UNICEF and the ILO, Ghana launched the National Plan of Action against "
            "Child Labour.",
            "Ghana",
            "partnersWith",
            "International Labour Organization",
        ),
        # coordinated helpers after "support from", "funded by"
        (
            "The National Action Plan against Trafficking in Persons was developed with technical support "
            "from IOM and UNODC.",
            "United Nations Office on Drugs",
            "supports",
            "National Action Plan against Trafficking",
        ),
        (
            "The National Action Plan against Trafficking in Persons was funded by Japan and Germany.",
            "Germany",
            "supports",
            "National Action Plan against Trafficking",
        ),
        # "X and the Government of Y" act together
        (
            "UNHCR and the Government of Kenya jointly launched the Shirika Plan.",
            "Office of the United Nations High Commissioner",
            "adopts",
            "Shirika Plan",
        ),
        (
            "UNHCR and the Government of Kenya jointly launched the Shirika Plan.",
            "Kenya",
            "adopts",
            "Shirika Plan",
        ),
    ],
)
def test_wording_gives_the_fact(text, subject, predicate, obj):
    assert has(run(news(text)), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # the fronted list ends at "and": the subject is not one of the partners' partners
        (
            "In partnership with UNICEF and the ILO, Ghana launched the National Plan of Action against "
            "Child Labour.",
            "United Nations Children",
            "partnersWith",
            "International Labour Organization",
        ),
        (
            "Working together with UNODC, IOM and INTERPOL, the Royal Thai Police dismantled a "
            "trafficking ring.",
            "United Nations Office on Drugs",
            "partnersWith",
            "International Organization for Migration",
        ),
        # a helper named alone is the only helper: not the subject after the comma
        (
            "With support from IOM, Kenya launched the National Action Plan against Trafficking in Persons.",
            "Kenya",
            "supports",
            "National Action Plan against Trafficking",
        ),
        # "coordinated" as an adjective is no implementation
        (
            "Pakistan called for a coordinated approach and welcomed the Global Compact for Migration.",
            "Pakistan",
            "implements",
            "Global Compact",
        ),
        # "joined forces" is not joining a body or an instrument
        ("Nepal joined forces with the ILO.", "Nepal", "memberOf", "International Labour Organization"),
    ],
)
def test_wording_gives_no_such_fact(text, subject, predicate, obj):
    assert not has(run(news(text)), subject, predicate, obj)


STATEMENT = (
    "Statement by Thailand at the Ninth Bali Process Ministerial Conference\n\n"
    "We thank Indonesia and Australia, the Co-Chairs of the Bali Process, for convening the Ninth Bali "
    "Process Ministerial Conference. We call on all Bali Process members to ratify the Protocol against "
    "the Smuggling of Migrants. Our country remains committed to our work. We urged States to implement "
    "the Palermo Protocol."
)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # the structure of a statement: who takes part, who belongs, who calls
        (STATEMENT, "Indonesia", "memberOf", "Bali Process"),
        (STATEMENT, "Australia", "memberOf", "Bali Process"),
        (STATEMENT, "Australia", "participatesIn", "Ninth Bali Process Ministerial Conference"),
        (STATEMENT, "Thailand", "callsFor", "Protocol against the Smuggling of Migrants"),
        (STATEMENT, "Thailand", "callsFor", "Protocol to Prevent"),
        (
            news("Statement by Thailand at the Ninth Bali Process Ministerial Conference."),
            "Thailand",
            "participatesIn",
            "Ninth Bali Process Ministerial Conference",
        ),
        (news("Kenya is the chair of the African Union."), "Kenya", "memberOf", "African Union"),
        (
            news(
                "Kenya was represented at the Global Forum on Migration and Development Summit by "
                "Minister John Smith."
            ),
            "John Smith",
            "represents",
            "Kenya",
        ),
        (
            news(
                "Kenya was represented at the Global Forum on Migration and Development Summit by "
                "Minister John Smith."
            ),
            "Kenya",
            "participatesIn",
            "Global Forum on Migration and Development Summit",
        ),
        (
            news("Cambodia presents its Voluntary National Review to the High-level Political Forum."),
            "Cambodia",
            "participatesIn",
            "High-level Political Forum",
        ),
        (
            news(
                "Thailand encouraged the Bali Process members to ratify the Protocol against the "
                "Smuggling of Migrants."
            ),
            "Thailand",
            "callsFor",
            "Protocol against the Smuggling of Migrants",
        ),
    ],
)
def test_structure_gives_the_fact(text, subject, predicate, obj):
    assert has(run(text), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # those called on do not act, and the caller is not a member of their body
        (STATEMENT, "Bali Process", "adopts", "Protocol against the Smuggling of Migrants"),
        (
            news(
                "Thailand invited all members of the Bali Process to ratify the Protocol against the "
                "Smuggling of Migrants."
            ),
            "Thailand",
            "memberOf",
            "Bali Process",
        ),
        (
            news(
                "Thailand encouraged the Bali Process members to ratify the Protocol against the "
                "Smuggling of Migrants."
            ),
            "Bali Process",
            "adopts",
            "Protocol against the Smuggling of Migrants",
        ),
        # speaking for a group is not representing it
        (
            news(
                "Ghana, speaking on behalf of the three African members of the Security Council, said "
                "trafficking must end."
            ),
            "Ghana",
            "represents",
            "United Nations Security Council",
        ),
        # the chair named after the phrase is no member of its own words
        (
            news("The Chair of the African Union Commission thanked Kenya."),
            "Kenya",
            "memberOf",
            "African Union",
        ),
    ],
)
def test_structure_gives_no_such_fact(text, subject, predicate, obj):
    assert not has(run(text), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        # what an instrument is about: a cue of purpose right before the issue, or "on" in its name
        (
            "The National Plan of Action aims to end forced labour and child labour.",
            "National Plan",
            "child labour",
        ),
        (
            "The Decent Work Country Programme focuses on decent work and youth employment.",
            "Decent Work Country Programme",
            "decent work",
        ),
        # (a theme in a name, "Plan of Action on Labour Migration", is its field, not an issue it
        # addresses: tests/test_issues_addresses.py)
    ],
)
def test_an_instrument_addresses_what_it_is_about(text, subject, obj):
    assert has(run(news(text)), subject, "addresses", obj)


@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        # a passing mention is not what the instrument is about
        (
            "The National Action Plan against Trafficking in Persons was launched on Monday amid concerns "
            "over migration.",
            "National Action Plan",
            "migration",
        ),
        # a theme in a name, not after "on", or in the name of a meeting
        (
            "The Global Compact for Safe, Orderly and Regular Migration was welcomed by Kenya.",
            "Global Compact",
            "migration",
        ),
        (
            "The Global Forum on Migration and Development Summit opened in Geneva.",
            "Global Forum on Migration and Development Summit",
            "migration",
        ),
        # "on" far from the item names what something else is on
        (
            "The Sendai Framework for Disaster Risk Reduction calls for action on displacement.",
            "Sendai Framework",
            "forced displacement",
        ),
        (
            "The 2030 Agenda for Sustainable Development was adopted on 25 September 2015 and guides "
            "work on sustainable development.",
            "2030 Agenda",
            "sustainable development",
        ),
    ],
)
def test_an_instrument_does_not_address_a_passing_or_generic_issue(text, subject, obj):
    assert not has(run(news(text)), subject, "addresses", obj)


PLAN = "Kenya adopted the National Action Plan against Trafficking in Persons last year."


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # "It" / "The plan" opening the next sentence is the plan just named
        (
            news(PLAN, "It will be implemented by the Ministry of Interior."),
            "Ministry of Interior",
            "implements",
            "National Action Plan",
        ),
        (news(PLAN, "The plan is funded by Japan."), "Japan", "supports", "National Action Plan"),
    ],
)
def test_the_plan_named_before_is_it(text, subject, predicate, obj):
    assert has(run(text), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # not across a sentence that names no plan, nor past another preposition
        (
            news(PLAN, "It was a good year.", "It was welcomed by Japan."),
            "Japan",
            "supports",
            "National Action Plan",
        ),
        (news(PLAN, "It is led by women from Japan."), "Japan", "implements", "National Action Plan"),
    ],
)
def test_it_reaches_only_the_sentence_before(text, subject, predicate, obj):
    assert not has(run(text), subject, predicate, obj)


def test_its_plan_is_the_subjects():
    text = news(
        "Cambodia is implementing the Sustainable Development Goals through its Rectangular Strategy."
    )
    assert has(run(text), "Cambodia", "adopts", "Rectangular Strategy")


def test_its_plan_is_not_the_subject_named_inside_a_possessive():
    text = news("UNODC praised Kenya for its National Action Plan against Trafficking in Persons.")
    extraction = run(text)
    assert has(extraction, "Kenya", "adopts", "National Action Plan")
    assert not has(extraction, "United Nations Office on Drugs", "adopts", "National Action Plan")


@pytest.mark.parametrize(
    ("text", "doer", "praisers", "predicate", "obj"),
    [
        (
            "UNICEF and the ILO praised Peru's decision to adopt the National Plan against Child Labour.",
            "Peru",
            ("United Nations Children", "International Labour Organization"),
            "adopts",
            "National Plan against Child Labour",
        ),
        (
            "Germany, France and the IOM commended Chile's efforts to implement the Global Compact "
            "for Migration.",
            "Chile",
            ("Germany", "France", "International Organization for Migration"),
            "implements",
            "Global Compact",
        ),
        (
            "Germany and the IOM welcomed Chile's moves to implement the Global Compact for Migration.",
            "Chile",
            ("Germany", "International Organization for Migration"),
            "implements",
            "Global Compact",
        ),
    ],
)
def test_praise_of_anothers_initiative_to_act_is_not_the_act(text, doer, praisers, predicate, obj):
    extraction = run(news(text))
    assert has(extraction, doer, predicate, obj)
    for praiser in praisers:
        for pred in ("adopts", "implements"):
            assert not has(extraction, praiser, pred, obj)


@pytest.mark.parametrize("move", ["willingness", "determination"])
def test_praise_of_anothers_willingness_to_act_gives_the_praisers_no_act(move):
    text = news(f"UNICEF and the ILO praised Peru's {move} to adopt the National Plan against Child Labour.")
    extraction = run(text)
    for praiser in ("United Nations Children", "International Labour Organization"):
        assert not has(extraction, praiser, "adopts", "National Plan against Child Labour")


def test_praisers_who_act_themselves_still_act():
    text = news(
        "UNICEF and the ILO praised the initiative and adopted the National Plan against Child Labour."
    )
    assert has(run(text), "International Labour Organization", "adopts", "National Plan against Child Labour")


def test_a_country_inside_a_bodys_name_does_not_act_for_it():
    extraction = run(
        news("The National Assembly of Lesotho passed the Counter Trafficking in Persons Act 2021.")
    )
    assert has(extraction, "National Assembly of Lesotho", "adopts", "Counter Trafficking in Persons Act")
    assert not has(extraction, "Lesotho", "adopts", "Counter Trafficking in Persons Act")


def test_on_right_after_the_item_names_its_issue():
    text = news("Kenya adopted the National Action Plan, which is on forced labour.")
    assert has(run(text), "National Action Plan", "addresses", "forced labour")


def test_supporting_a_government_is_support_of_its_country():
    text = news("Richard Howard said the ILO will continue to support the Government of Nepal in its work.")
    assert has(run(text), "International Labour Organization", "supports", "Nepal")


@pytest.mark.parametrize(
    "text",
    [
        "Japan should support Kenya.",  # a call, not support given
        "Japan has not supported Kenya.",
        "UNODC, with support from Japan, trained police officers from Kenya.",
    ],
)
def test_no_support_of_an_actor_without_the_act(text):
    assert not has(run(news(text)), "Japan", "supports", "Kenya")


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        ("Kenya is a pathfinder country of Alliance 8.7.", "Kenya", "memberOf", "Alliance 8.7"),
        (
            "Kenya has signed bilateral labour agreements with Qatar, Saudi Arabia and the United Arab "
            "Emirates.",
            "Kenya",
            "partnersWith",
            "Saudi Arabia",
        ),
        (
            "Kenya signed the Memorandum of Understanding on Labour Mobility with Qatar.",
            "Qatar",
            "adopts",
            "Memorandum of Understanding on Labour Mobility",
        ),
    ],
)
def test_membership_and_bilateral_signing(text, subject, predicate, obj):
    assert has(run(news(text)), subject, predicate, obj)


def test_a_pathfinder_of_an_instrument_is_no_member():
    text = news("The Alliance 8.7 named Kenya a pathfinder country of the Global Compact for Migration.")
    assert not has(run(text), "Kenya", "memberOf", "Alliance 8.7")


def test_presenting_at_an_event_is_taking_part():
    text = news("Cambodia presented its second Voluntary National Review at the High-level Political Forum.")
    assert has(run(text), "Cambodia", "participatesIn", "High-level Political Forum")


def test_praise_given_at_an_event_is_not_the_praised_ones_part():
    text = news("UNODC praised Kenya at the Ninth Bali Process Ministerial Conference.")
    assert not has(run(text), "Kenya", "participatesIn", "Ninth Bali Process Ministerial Conference")


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        (
            "IOM helped Kenya to develop the National Action Plan against Trafficking in Persons.",
            "Kenya",
            "adopts",
            "National Action Plan",
        ),
        (
            "IOM helped Kenya to develop the National Action Plan against Trafficking in Persons.",
            "International Organization for Migration",
            "supports",
            "National Action Plan",
        ),
        (
            "IOM will assist Kenya and Uganda in implementing the Kampala Convention.",
            "Kenya",
            "implements",
            "African Union Convention",
        ),
        (
            "The delegate of Japan said Japan had contributed to the UNODC Global Programme against "
            "Trafficking.",
            "Japan",
            "supports",
            "UNODC Global Programme",
        ),
    ],
)
def test_help_given_is_support_and_the_act_is_the_helped_ones(text, subject, predicate, obj):
    assert has(run(news(text)), subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        (
            "Ghada Waly said UNODC supports Member States in implementing the Trafficking in Persons "
            "Protocol.",
            "United Nations Office on Drugs",
            "implements",
            "Protocol to Prevent",
        ),
        (
            "IOM helped Kenya to develop the National Action Plan against Trafficking in Persons.",
            "International Organization for Migration",
            "adopts",
            "National Action Plan",
        ),
    ],
)
def test_the_helper_does_not_do_the_helped_ones_act(text, subject, predicate, obj):
    assert not has(run(news(text)), subject, predicate, obj)


def test_presenting_to_someone_else_is_not_taking_part_in_an_event_named_later():
    text = news(
        "Kenya presented its report to the press in Nairobi, weeks before the Ninth Bali Process "
        "Ministerial Conference."
    )
    assert not has(run(text), "Kenya", "participatesIn", "Ninth Bali Process Ministerial Conference")
