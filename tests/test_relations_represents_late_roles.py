"""Role phrases of persons known only by their given name, and office shapes the role finder
reads through: "on" inside a body's name (the last test), "a.i." inside an office, job titles
(specialist, comptroller, superintendent), and an occupation at a body with no article. Texts
written for these tests."""

from __future__ import annotations

import pytest
from extract_util import has, news, run

from kg.extract.person_ruler import add_roles_of


def _roles(ex, person: str) -> list[str]:
    return [a for e in ex.entities if e.label == person for a in e.aliases]


def test_a_person_known_by_given_name_gets_the_role_written_before_the_name():
    # no title or verb of saying marks "Andrew Collins": the given-name list finds him, after the
    # person ruler ran; his role phrase is still read
    ex = run(news("The Harbor Rights Foundation Founder Andrew Collins welcomed the new law on Monday."))
    assert has(ex, "Andrew Collins", "represents", "Harbor Rights Foundation")
    assert "Harbor Rights Foundation Founder" in _roles(ex, "Andrew Collins")


def test_a_role_found_late_belongs_to_its_own_person_only():
    ex = run(
        news(
            "Minister of Labour of Kenya Ana Wanjiku opened the session.",
            "The Harbor Rights Foundation Founder Andrew Collins welcomed the law.",
        )
    )
    assert has(ex, "Ana Wanjiku", "represents", "Kenya")
    assert not has(ex, "Ana Wanjiku", "represents", "Harbor Rights Foundation")
    assert not has(ex, "Andrew Collins", "represents", "Kenya")


def test_late_roles_are_those_of_the_added_persons_only():
    from kg.extract import build_pipeline
    from kg.extract.spans import ROLES, candidates

    nlp = build_pipeline(use_model=False)
    text = (
        "Ana Wanjiku, Minister of Labour of Kenya, met the Harbor Rights Foundation Founder Andrew Collins."
    )
    doc = nlp.make_doc(text)
    for name in ("kg_sentences_v1", "kg_reference_ruler_v1", "kg_pattern_ruler_v1", "kg_person_ruler_v1"):
        doc = nlp.get_pipe(name)(doc)
    before = [c.text for c in candidates(doc, ROLES)]
    start = text.index("Andrew")
    add_roles_of(doc, [(start, start + len("Andrew Collins"))])
    added = [c.text for c in candidates(doc, ROLES)][len(before) :]
    assert added == ["Harbor Rights Foundation Founder"]  # not the minister's role a second time


def test_without_the_person_ruler_s_reading_nothing_is_added():
    from kg.extract import build_pipeline
    from kg.extract.spans import ROLES, candidates

    doc = build_pipeline(use_model=False).make_doc("Founder Andrew Collins spoke.")
    add_roles_of(doc, [(8, 22)])
    assert candidates(doc, ROLES) == []


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        (
            "Director of Cooperation a.i. of the Swiss Agency for Development and Cooperation (SDC) "
            "Peter Hallberg signed the agreement.",
            "Peter Hallberg",
            "Swiss Agency for Development and Cooperation",
        ),
        (
            "Tomas Reyes, Climate Change Specialist, UNDP Honduras, presented the study.",
            "Tomas Reyes",
            "United Nations Development Programme",
        ),
        (
            "The Ghana Immigration Service (GIS) met. The GIS Comptroller General, Kofi Mensah Boateng, "
            "praised the officers.",
            "Kofi Mensah Boateng",
            "Ghana Immigration Service",
        ),
        (
            "The Australian Federal Police (AFP) charged two men. AFP Detective Superintendent Helen Marsh "
            "said the abuse was hidden.",
            "Helen Marsh",
            "Australian Federal Police",
        ),
    ],
)
def test_offices_the_role_finder_reads_through(sentence: str, person: str, body: str) -> None:
    assert has(run(news(sentence)), person, "represents", body)


def test_an_occupation_at_a_body_needs_no_article():
    ex = run(
        news(
            "“The law is weak,” said Lena Okafor, senior migrants’ rights researcher at "
            "Amnesty International."
        )
    )
    assert has(ex, "Lena Okafor", "represents", "Amnesty International")
    assert "senior migrants’ rights researcher at Amnesty International" in _roles(ex, "Lena Okafor")


def test_a_clause_before_the_occupation_is_no_role():
    ex = run(news("Lena Okafor, who met a researcher at Amnesty International, said the law was weak."))
    assert not any("researcher" in r for r in _roles(ex, "Lena Okafor"))


def test_on_between_capitalized_words_stays_in_the_office():
    ex = run(
        news(
            "The course was opened by the Executive Director of the UN Office on Drugs and Crime "
            "(UNODC) Maria Lindqvist."
        )
    )
    assert "Executive Director of the UN Office on Drugs and Crime (UNODC)" in _roles(ex, "Maria Lindqvist")
