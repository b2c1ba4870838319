"""Companies by their legal form or the reference list, and a country's congress
(kg/extract/companies.py, tools/reference_data/companies.py, kg/extract/name_extensions.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run, typed


def test_companies_named_with_their_legal_form_are_organizations():
    found = typed(
        run(
            news(
                "Kessler Chocolate AG and Rivera Foods S.A. joined the programme.",
                "Harbour Seafood plc and Pacific Tuna Holdings said they would audit suppliers.",
                "PT Sinar Laut Makmur Tbk and Golden Palm Plantation Bhd signed the pledge.",
            )
        )
    )
    for name in (
        "Kessler Chocolate AG",
        "Harbour Seafood plc",
        "PT Sinar Laut Makmur Tbk",
        "Golden Palm Plantation Bhd",
    ):
        assert ("Organization", name) in found
    assert not {label for kind, label in found if kind == "Person"}


def test_a_short_legal_form_needs_a_company_name_before_it():
    found = typed(
        run(
            news(
                "Sierra Leone AG Anthony Brewah said the bill was ready.",
                "Minister Ronald Lamola SA has signed the agreement.",
                "Gardaí in Kinsale, Co. Cork, rescued 12 fishermen.",
                "Switzerland’s Kessler Chocolate AG and UK-based Harbour Seafood plc joined.",
            )
        )
    )
    labels = {label for _kind, label in found}
    assert not [
        label for label in labels if label.endswith((" AG", " SA", " SE", " Co")) and "Kessler" not in label
    ]
    assert ("Organization", "Kessler Chocolate AG") in found
    assert ("Organization", "Harbour Seafood plc") in found


def test_headline_words_are_no_legal_forms():
    found = typed(
        run("Access to Land Holdings Remains Limited in Rural Areas of Kenya\n\nThe report was published.")
    )
    assert not [label for kind, label in found if kind == "Organization"]


def test_a_role_after_a_company_name_is_the_company_s():
    ex = by_rules(
        run(news("Harbour Seafood plc chief executive Maria Lopes said the company backs the law."))
    )
    assert has(ex, "Maria Lopes", "represents", "Harbour Seafood plc")


def test_well_known_companies_come_from_the_reference():
    found = typed(
        run(news("Nestlé, Barry Callebaut and Mars Wrigley joined the International Cocoa Initiative."))
    )
    assert ("Organization", "Nestlé") in found
    assert ("Organization", "Barry Callebaut") in found
    assert ("Organization", "Mars, Incorporated") in found
    assert not {label for kind, label in found if kind == "Person"}


def test_a_country_s_congress_is_a_body_and_a_world_congress_a_meeting():
    ex = by_rules(
        run(
            news(
                "The Congress of Peru passed the Fisheries Labour Act 2022 in March.",
                "Congress passed the Uyghur Forced Labor Prevention Act.",
            )
        )
    )
    assert ("Organization", "Congress of Peru") in typed(ex)
    assert has(ex, "Congress of Peru", "adopts", "Fisheries Labour Act 2022")
    assert has(ex, "Congress", "adopts", "Uyghur Forced Labor Prevention Act")
    assert ("Organization", "Congress of the Republic of Peru") in typed(
        run(news("The Congress of the Republic of Peru passed the Fisheries Labour Act 2022."))
    )
    both = by_rules(
        run(
            news(
                "In 2019, the Fourth World Congress on Rural Women was held in Madrid.",
                "In 2024, Congress passed the Uyghur Forced Labor Prevention Act.",
            )
        )
    )
    assert has(both, "Congress", "adopts", "Uyghur Forced Labor Prevention Act")
    meeting = run(
        news(
            "Delegates met at the World Congress against Commercial Sexual Exploitation of Children.",
            "The Congress adopted a declaration.",
        )
    )
    assert ("Event", "World Congress against Commercial Sexual Exploitation of Children") in typed(meeting)
    assert not [label for kind, label in typed(meeting) if kind == "Organization"]


def test_banks_and_national_agencies_come_from_the_reference():
    found = typed(
        run(
            news(
                "Lenders including Bank of America, Citi, HSBC and Standard Chartered joined the alliance.",
                "The RCMP and An Garda Síochána arrested five people, and DFID funded the work.",
            )
        )
    )
    for name in (
        "Bank of America",
        "Citigroup",
        "HSBC",
        "Standard Chartered",
        "Royal Canadian Mounted Police",
        "An Garda Síochána",
        "Department for International Development",
    ):
        assert ("Organization", name) in found


def test_two_names_joined_by_and_are_two_when_one_is_a_known_body():
    found = typed(
        run(
            news(
                "The Ministry of Education and UNFPA signed the plan.",
                "UNICEF and Book City Institute opened a school.",
                "The Ministry of Foreign and CARICOM Affairs and the Ministry of Labour and Employment met.",
            )
        )
    )
    for name in ("Ministry of Education", "Book City Institute", "Ministry of Foreign and CARICOM Affairs"):
        assert ("Organization", name) in found
    assert ("Organization", "Ministry of Labour and Employment") in found
    assert not [label for _kind, label in found if " and UNFPA" in label or "UNICEF and" in label]
