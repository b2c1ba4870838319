"""Persons written in capitals in a speech's salutation list (kg/extract/persons_capitals.py)."""

from __future__ import annotations

import pytest
from extract_util import has, labels, run

from kg.extract.persons_capitals import capital_names, title_cased

_SALUTATION = (
    "Opening address by the Chair of the Forum\n\n"
    "• Your Excellency, MARTA ELENA QUISPE, our kind Host and President of the Republic of Peru;\n"
    "• Hon. DR. JONAS BERG, Secretary-General of the Nordic Council;\n"
    "• Ms. AKOSUA MENSAH, Deputy Director-General of the International Labour Organization;\n"
    "• Your Excellency, TARIQ AL-HASHIMI, Representing the Republic of Iraq, the next host;\n"
    "• Ladies and Gentlemen, All Protocols Observed.\n\n"
    "Good morning. I thank the Government of Peru for hosting this meeting."
)


def test_names_in_capitals_before_an_office_are_persons_who_represent_its_body() -> None:
    ex = run(_SALUTATION)
    assert {"Marta Elena Quispe", "Jonas Berg", "Akosua Mensah", "Tariq Al-Hashimi"} <= labels(ex, "Person")
    assert has(ex, "Marta Elena Quispe", "represents", "Peru")
    assert has(ex, "Jonas Berg", "represents", "Nordic Council")
    assert has(ex, "Akosua Mensah", "represents", "International Labour Organization")
    assert has(ex, "Tariq Al-Hashimi", "represents", "Iraq")


def test_a_style_alone_marks_a_name_in_capitals() -> None:
    text = "We were joined by H.E. KWAME ASANTE at the opening."
    assert [text[s:e] for (s, e), _role in capital_names(text)] == ["KWAME ASANTE"]


@pytest.mark.parametrize(
    "text",
    [
        # a headline in capitals: its capitals say nothing about names
        "UN CHIEF ANTONIO GUTERRES, SECRETARY-GENERAL OF THE UNITED NATIONS, URGES ACTION\n"
        "The plan was adopted.",
        # a dateline: a place in capitals, no office after it
        "ADDIS ABABA, Ethiopia, 5 May (IOM) – The Director General of IOM said the plan works.",
        # a body's name in capitals, then what it is
        "The report by WALK FREE, the anti-slavery group, was published.",
        # a country in capitals before an office
        "SOUTH AFRICA, Minister of Labour of the Republic, spoke first.",
        # body acronyms in capitals
        "UNDP ILO, Directors of the programme, met on Monday.",
    ],
)
def test_capitals_that_are_no_salutation_give_no_person(text: str) -> None:
    assert capital_names(text) == []


def test_a_name_in_capitals_is_labelled_in_title_case() -> None:
    assert title_cased("SALVA-KIIR MAYARDIT") == "Salva-Kiir Mayardit"
    assert title_cased("Ana McLeod") == "Ana McLeod"  # as written when not all in capitals


@pytest.mark.parametrize(
    "text",
    [
        # datelines: a place in capitals, then an office before a name and a verb
        "NEW YORK, Secretary-General António Guterres called on States to end forced labour.",
        "KUALA LUMPUR, Deputy Prime Minister Ahmad Zahid Hamidi launched the National Action Plan.",
        "PORT MORESBY, Papua New Guinea's Minister of Labour Ana Ruiz signed the Plan.",
        # headings in capitals before an office
        "JOINT STATEMENT, Minister of Foreign Affairs of Indonesia and Minister of Labour of Malaysia",
        "FOR IMMEDIATE RELEASE, Director-General of the Labour Office",
        "KEY FINDINGS, Director of the Office of Labour Statistics",
        # a style before an office in capitals
        "Mr. VICE PRESIDENT, Excellencies, Ladies and Gentlemen,",
    ],
)
def test_a_dateline_or_heading_before_an_office_is_no_person(text: str) -> None:
    assert capital_names(text) == []


def test_the_speaker_after_a_dateline_keeps_the_act() -> None:
    ex = run("NEW YORK, Secretary-General António Guterres called on States to end forced labour.")
    assert "New York" not in labels(ex, "Person")
    assert has(ex, "António Guterres", "callsFor", "forced labour")


def test_salutation_lines_with_a_style_or_alone_on_their_line_still_name_persons() -> None:
    text = (
        "Good morning.\nH.E. ANA RUIZ, Minister of Labour of Kenya\n"
        "DR. PETER MUTUA, Secretary-General of the East African Community\n"
        "JOHN OKELLO, Minister of Trade of Uganda;\nThank you."
    )
    found = {text[s:e]: text[r[0] : r[1]] if r else None for (s, e), r in capital_names(text)}
    assert found == {
        "ANA RUIZ": "Minister of Labour of Kenya",
        "PETER MUTUA": "Secretary-General of the East African Community",
        "JOHN OKELLO": "Minister of Trade of Uganda",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the lexicon's styles (lexicon.STYLES), not only "H.E." or "Dr.", mark a name in capitals
        ("Remarks by Shri RAM NATH KOVIND at the opening.", "RAM NATH KOVIND"),
        ("We met Sen. ANA MARIA RUIZ in the hall.", "ANA MARIA RUIZ"),
        ("We met Madam AMINA MOHAMMED in the hall.", "AMINA MOHAMMED"),
        ("Thank you, Rev. JOHN OKELLO MUSA, for the prayer.", "JOHN OKELLO MUSA"),
    ],
)
def test_any_style_of_the_lexicon_marks_a_name_in_capitals(text, name):
    assert [text[s:e] for (s, e), _role in capital_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a style that is also a word ("Gov", "madam"), without its dot, before no given name: no person
        "Support from Gov UK AID reached 3,000 survivors in Nepal.",
        "The madam ANTI TRAFFICKING desk in Lagos received 40 cases.",
        "Funds from Rep SAFE HOMES reached the shelters.",
        # a country's form in capitals is no name, whatever its style
        "Support from Hon. UK AID reached the shelters.",
    ],
)
def test_a_word_like_style_without_a_given_name_marks_no_name_in_capitals(text):
    assert capital_names(text) == []


def test_a_country_form_in_capitals_stays_a_country() -> None:
    ex = run("Support from Gov UK AID reached 3,000 survivors in Nepal.")
    assert "United Kingdom" in labels(ex, "Country")
    assert not labels(ex, "Person")
