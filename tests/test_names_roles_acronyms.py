"""Role titles are no persons; a body's one-word short name in parentheses is an alias, not a word
of its name.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

import pytest
from extract_util import run

from kg.extract.acronyms import find_short_names
from kg.extract.names import short_name, strip_short_name
from kg.extract.persons import find_persons


def persons(text: str) -> set[str]:
    return {e.label for e in run(text).entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The panel was co-chaired by Maria Rossi, Deputy Director-General of the European Commission's "
            "Directorate-General for Trade, and Kofi Mensah, Minister of Trade of Ghana.",
            {"Maria Rossi", "Kofi Mensah"},
        ),
        (
            "The report was presented by Anna Schmidt, Deputy Secretary-General of the Council of Europe.",
            {"Anna Schmidt"},
        ),
        ("The Deputy Secretary-General of the United Nations opened the session.", set()),
        ("Deputy Director-General Jane Doe of the IOM welcomed the plan.", {"Jane Doe"}),
        ("Deputy Director-General Jane Doe said the plan was ready.", {"Jane Doe"}),
        ("Under-Secretary-General Jane Doe opened the meeting.", {"Jane Doe"}),
        ("Vice-Chair Tomas Berg opened the meeting.", {"Tomas Berg"}),
        ("Jane Asada-Miyakawa, Vice-President of the World Bank, said it.", {"Jane Asada-Miyakawa"}),
        ("Jane Asada-Miyakawa, Co-Chair of the Working Group, said it.", {"Jane Asada-Miyakawa"}),
    ],
)
def test_a_role_title_without_a_name_is_no_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "It was opened by the Deputy Director-General of the Commission.",
        "The Assistant Secretary-General of the Council spoke first.",
        "Madam Vice-Chair, we thank you.",
    ],
)
def test_no_person_is_a_hyphenated_title(text):
    found = {text[s:e] for s, e in find_persons(text)}
    assert not any("General" in name or "Chair" in name for name in found), found


def test_the_role_goes_to_the_named_person_and_the_body_is_hers():
    ex = run(
        "The panel was co-chaired by Maria Rossi, Deputy Director-General of the European Commission's "
        "Directorate-General for Trade, and Kofi Mensah, Minister of Trade of Ghana."
    )
    rossi = next(e for e in ex.entities if e.label == "Maria Rossi")
    assert any(a.startswith("Deputy Director-General") for a in rossi.aliases)
    reps = {
        (r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1])
        for r in ex.relations
        if r.predicate == "represents"
    }
    assert ("maria-rossi", "european-commission") in reps
    assert not any("general" in s for s, _ in reps)


def _orgs(text: str) -> dict[str, tuple[str, ...]]:
    return {e.label: e.aliases for e in run(text).entities if e.type == "Organization"}


def test_short_names_that_are_no_initialisms_are_aliases():
    orgs = _orgs(
        "The plan involves the European Union Agency for Law Enforcement Cooperation (Europol) and the "
        "European Border and Coast Guard Agency (Frontex)."
    )
    assert "European Union Agency for Law Enforcement Cooperation" in orgs
    assert "Europol" in orgs["European Union Agency for Law Enforcement Cooperation"]
    assert "European Border and Coast Guard Agency" in orgs
    assert "Frontex" in orgs["European Border and Coast Guard Agency"]
    assert not any("(" in label for label in orgs)


def test_a_short_name_outside_the_reference_names_its_body_later_too():
    ex = run(
        "Officials of the Bureau of Migration Affairs (Migrafrica) met the press. "
        "Migrafrica said the plan was ready."
    )
    org = next(e for e in ex.entities if e.type == "Organization")
    assert org.label == "Bureau of Migration Affairs"
    assert "Migrafrica" in org.aliases
    assert any(m.text == "Migrafrica" for m in org.mentions)
    assert not any(e.label.startswith("Officials") for e in ex.entities)


def test_an_initialism_is_still_found_as_before():
    orgs = _orgs("The Federal Investigation Agency (FIA) arrested two suspects.")
    assert orgs == {"Federal Investigation Agency": ("Federal Investigation Agency (FIA)", "FIA")}


def test_a_place_in_parentheses_is_no_short_name():
    ex = run("The Ministry of Labour (Kenya) signed the plan with Kenya.")
    org = next(e for e in ex.entities if e.type == "Organization")
    assert org.label == "Ministry of Labour"
    assert "Kenya" not in org.aliases
    assert any(e.type == "Country" and e.label == "Kenya" for e in ex.entities)


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("European Union Agency for Law Enforcement Cooperation (Europol)", "Europol"),
        ("Bureau of Migration Affairs (Migrafrica)", "Migrafrica"),
        ("Europol (Agency)", None),  # one word before it; a head word
        ("Office of the Coordinator (Minister)", None),  # a title
        ("Federal Investigation Agency (FIA)", None),  # an initialism: strip_acronyms has it
    ],
)
def test_short_name_of_a_written_name(name, short):
    assert short_name(name) == short
    assert strip_short_name(name) == (name.rsplit(" (", 1)[0] if short else name)


def test_find_short_names_needs_an_organization_candidate_before_the_parenthesis():
    from kg.extract.spans import Cand

    text = "Officials of the European Border and Coast Guard Agency (Frontex) met the press."
    org = Cand(17, 65, text[17:65], "Organization", "", "pattern")
    assert list(find_short_names(text, [org])) == [(17, 55, "Frontex")]
    assert list(find_short_names(text, [])) == []
    place = Cand(57, 64, "Frontex", "Country", "", "reference")
    assert list(find_short_names(text, [org, place])) == []


def test_an_acronym_the_text_defines_names_its_long_form_not_the_references_namesake():
    """ "ILC" is the International Law Commission in the reference; a text that writes "the International
    Labour Conference (ILC)" means the Conference by it, there and later."""
    ext = run(
        "Delegates at the International Labour Conference (ILC) met in Geneva. "
        "The ILC adopted the Domestic Workers Convention."
    )
    labels = {e.label for e in ext.entities if e.type == "Organization"}
    assert "International Labour Conference" in labels
    assert "International Law Commission" not in labels
    conference = next(e for e in ext.entities if e.label == "International Labour Conference")
    assert {r.predicate for r in ext.relations if r.subject == conference.iri} == {"adopts"}


def test_an_acronym_the_text_does_not_define_keeps_the_references_reading():
    ext = run("The ILC adopted draft articles on the protection of persons in the event of disasters.")
    assert "International Law Commission" in {e.label for e in ext.entities}
