"""A business named by its last word: "Qatar Airways", "Siam Ocean Foods", "Kaiyo Trading"
(kg/extract/lexicon.py ORG_HEADS). Without it the country word opening such a name was taken for
the country, and a name with no head word was nothing."""

from __future__ import annotations

from extract_util import has, labels, run


def test_a_company_opening_with_a_country_name_is_the_company_not_the_country():
    ex = run("Sponsors such as Qatar Airways were named. Kenya Airways also signed the pledge.")
    assert {"Qatar Airways", "Kenya Airways"} <= labels(ex, "Organization")
    assert not labels(ex, "Country")


def test_a_company_with_a_business_word_is_the_body_its_people_speak_for():
    ex = run(
        "Tetsu Mori of Kaiyo Trading agreed. Lena Berg, vice-president at NordHav Seafood, said the "
        "Ethiopian Airlines staff were trained."
    )
    assert {"Kaiyo Trading", "NordHav Seafood", "Ethiopian Airlines"} <= labels(ex, "Organization")
    assert has(ex, "Tetsu Mori", "represents", "Kaiyo Trading")
    assert has(ex, "Lena Berg", "represents", "NordHav Seafood")
