"""addresses from a description set after a named instrument ("the X Strategy, a five-year plan
against A and B"; "the Y Act, a law aimed squarely at A"; "a blueprint meant to protect workers in
the Gulf from A"), and the readings next to them that must not be taken: a description is no plan
of its own, an issue named in another clause is not the instrument's."""

from __future__ import annotations

import pytest
from extract_util import has, news, typed
from extract_util import run_titled as run


def test_a_plan_described_after_a_name_that_ends_in_no_head_word_is_no_new_plan() -> None:
    ex = run(
        news(
            "Ministers endorsed the Lisbon Compact for Cooperation, a five-year plan against migrant "
            "smuggling and human trafficking along the Atlantic route."
        )
    )
    plans = {label for t, label in typed(ex) if t in ("Plan", "Framework")}
    assert plans == {"Lisbon Compact for Cooperation"}
    assert has(ex, "Lisbon Compact for Cooperation", "addresses", "migrant smuggling")
    assert has(ex, "Lisbon Compact for Cooperation", "addresses", "human trafficking")


def test_a_lower_case_plan_after_a_place_name_stays_a_plan() -> None:
    ex = run(news("During talks in Nairobi, a national action plan against forced labour was drafted."))
    assert any(t == "Plan" and label.startswith("national action plan") for t, label in typed(ex))


def test_a_law_aimed_with_an_adverb_at_its_issues() -> None:
    ex = run(
        news(
            "Parliament passed the Mining Safety Act 2027, a law aimed directly at child labour and debt "
            "bondage."
        )
    )
    assert has(ex, "Mining Safety Act 2027", "addresses", "child labour")
    assert has(ex, "Mining Safety Act 2027", "addresses", "debt bondage")


def test_protect_people_described_at_length_from_an_issue() -> None:
    ex = run(
        news(
            "Nepal unveiled the Foreign Employment Strategy 2027–2031, a blueprint meant to protect the "
            "nearly 500,000 Nepalis employed in Malaysia from forced labour."
        )
    )
    assert has(ex, "Foreign Employment Strategy", "addresses", "forced labour")


def test_an_issue_in_a_reported_clause_is_not_the_plan_s() -> None:
    ex = run(
        news(
            "Fiji endorsed the Pacific Mobility Framework, a regional plan, and officials said debt bondage "
            "remained common on fishing boats."
        )
    )
    assert not has(ex, "Pacific Mobility Framework", "addresses", "debt bondage")


def issues(ex: object) -> set[str]:
    return {e.label for e in ex.entities if e.type == "Issue"}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("the National Safety Policy, which seeks to end feminicide in the region", "femicide"),
        ("the Overseas Jobs Strategy, a plan to curb fraudulent recruitment of nurses", "recruitment fraud"),
        ("the Fair Hiring Act, a law to end exploitative recruitment practices", "unethical recruitment"),
        (
            "the Coastal Resilience Plan, a programme to address planned relocations of villages",
            "planned relocation",
        ),
        (
            "the Harbour Watch Initiative, a programme to combat trafficking for sexual exploitation",
            "sex trafficking",
        ),
        ("the Mekong Shield Plan, a roadmap to end online scam trafficking", "forced criminality"),
        ("the Estate Labour Act, a law to eradicate slave labour on farms", "slave labour"),
        ("the Island Mobility Plan, a roadmap to address disaster displacement", "climate mobility"),
    ],
)
def test_issues_the_scheme_now_knows_are_addressed(text: str, issue: str) -> None:
    name = text.split(",")[0].removeprefix("the ")
    ex = run(news(f"Ministers adopted {text}."))
    assert issue in issues(ex)
    assert has(ex, name, "addresses", issue)


def test_a_form_of_trafficking_for_an_issue_is_not_that_issue_named_again() -> None:
    ex = run(
        news(
            "Inspectors will learn to spot trafficking for forced labour at sea.",
            "Parliament then passed the Deep Sea Fishing Act 2027, a law aimed at forced labour.",
        )
    )
    assert has(ex, "Deep Sea Fishing Act 2027", "addresses", "forced labour")
    assert not has(ex, "Deep Sea Fishing Act 2027", "addresses", "trafficking for forced labour")


def test_the_worst_forms_of_an_issue_are_still_that_issue() -> None:
    ex = run(
        news(
            "Ghana adopted the Cocoa Sector Plan, a plan to end the worst forms of child labour.",
            "Child labour remains common on small farms.",
        )
    )
    assert "child labour" not in issues(ex)


def test_a_relative_clause_of_adoption_before_the_purpose() -> None:
    ex = run(
        news(
            "The Domestic Workers Protocol, which was adopted by the regional assembly in 2024, requires "
            "states to prevent forced labour and protect victims."
        )
    )
    assert has(ex, "Domestic Workers Protocol", "addresses", "forced labour")


def test_an_issue_after_a_clause_of_adoption_and_a_new_clause_is_not_addressed() -> None:
    ex = run(
        news(
            "The Domestic Workers Protocol, which was adopted by the regional assembly in 2024, entered into "
            "force, and the ministry said forced labour is rising."
        )
    )
    assert not has(ex, "Domestic Workers Protocol", "addresses", "forced labour")


def test_a_roadmap_for_shielding_places_from_an_issue() -> None:
    ex = run(
        news(
            "The cabinet approved the Coastal Adaptation Plan 2026–2040, a roadmap for shielding ports, "
            "villages and cities from the rising impacts of climate change."
        )
    )
    assert has(ex, "Coastal Adaptation Plan", "addresses", "climate change")


def test_an_instrument_that_names_an_issue_as_its_priority() -> None:
    ex = run(
        news(
            "Ministers adopted the Mekong Strategy for Cooperation 2026, which names sex trafficking as a "
            "priority."
        )
    )
    assert has(ex, "Mekong Strategy for Cooperation 2026", "addresses", "sex trafficking")


def test_a_priority_that_is_no_issue_of_the_instrument() -> None:
    ex = run(
        news(
            "Ministers adopted the Mekong Strategy for Cooperation 2026, which sets out priorities, while "
            "sex trafficking rose as a priority concern."
        )
    )
    assert not has(ex, "Mekong Strategy for Cooperation 2026", "addresses", "sex trafficking")


@pytest.mark.parametrize(
    ("text", "name", "issue"),
    [
        (
            "Parliament passed the Fair Work Act 2026, a law to criminalise debt bondage.",
            "Fair Work Act 2026",
            "debt bondage",
        ),
        (
            "Ghana launched the Safe Coast Programme, which is combatting human trafficking along the coast.",
            "Safe Coast Programme",
            "human trafficking",
        ),
        (
            "The Bright Futures Programme seeks to stamp out child labour in mines.",
            "Bright Futures",
            "child labour",
        ),
        (
            "Officials launched the Open Eyes Campaign in the fight against human trafficking.",
            "Open Eyes Campaign",
            "human trafficking",
        ),
        (
            "Ministers adopted the Dakar Action Plan, a roadmap to address the root causes of irregular "
            "migration.",
            "Dakar Action Plan",
            "irregular migration",
        ),
        (
            "The Delta Compact commits states to address the drivers of migration, including floods and "
            "drought.",
            "Delta Compact",
            "floods",
        ),
    ],
)
def test_more_wordings_of_purpose(text: str, name: str, issue: str) -> None:
    assert has(run(news(text)), name, "addresses", issue)


def test_a_fight_of_someone_else_is_not_the_plan_s() -> None:
    ex = run(
        news(
            "Officials launched the Open Eyes Campaign on Monday, but police said the fight against human "
            "trafficking was failing."
        )
    )
    assert not has(ex, "Open Eyes Campaign", "addresses", "human trafficking")


@pytest.mark.parametrize(
    ("text", "name", "issue"),
    [
        (
            "The Lagos Labour Convention, signed by ten states in May 2026, is the first regional treaty to "
            "protect domestic workers from debt bondage.",
            "Lagos Labour Convention",
            "debt bondage",
        ),
        (
            "They recalled the Apia Declaration on Security, which recognises climate change as the greatest "
            "threat to the region.",
            "Apia Declaration on Security",
            "climate change",
        ),
        (
            "Parliament passed the Coastal Crimes Act, 2027, the country's first law to make migrant "
            "smuggling a separate criminal offence.",
            "Coastal Crimes Act",
            "migrant smuggling",
        ),
    ],
)
def test_what_an_instrument_is_recognises_or_makes_an_offence(text: str, name: str, issue: str) -> None:
    assert has(run(news(text)), name, "addresses", issue)


@pytest.mark.parametrize(
    ("text", "name", "issue"),
    [
        (
            "They recalled the Apia Declaration on Security, which recognises Samoa as the host, while "
            "climate change remained the greatest threat.",
            "Apia Declaration on Security",
            "climate change",
        ),
        (
            "The Coastal Crimes Act is the law that critics said made human trafficking a worse problem.",
            "Coastal Crimes Act",
            "human trafficking",
        ),
    ],
)
def test_a_threat_or_offence_that_is_not_the_instrument_s(text: str, name: str, issue: str) -> None:
    assert not has(run(news(text)), name, "addresses", issue)


def test_a_relative_clause_on_the_describing_noun_is_not_the_instruments_purpose():
    from extract_util import news, run

    x = run(
        news(
            "The Paris Agreement was the main topic of the summit, which also discussed how to tackle "
            "human trafficking."
        )
    )
    assert not [r for r in x.relations if r.predicate == "addresses"]


def test_a_plan_that_is_a_new_clauses_subject_is_its_own():
    from extract_util import has, news, run

    x = run(
        news(
            "Under the National Strategy on Migration, a five-year plan against human trafficking was "
            "adopted by the provinces in 2021."
        )
    )
    assert not has(x, "National Strategy on Migration", "addresses", "human trafficking")


def test_forms_of_trafficking_named_once_are_kept():
    from extract_util import labels, news, run

    x = run(news("Ten people were convicted of trafficking in persons for forced labour in Malaysia."))
    assert "trafficking for forced labour" in labels(x, "Issue")
