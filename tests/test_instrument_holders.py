"""An instrument named by its issuer's office and country ends at the country; the holder is a person.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

from extract_util import labels, run


def test_the_holder_after_the_country_is_a_person_not_part_of_the_decree() -> None:
    x = run(
        "The policy rests on the Decree of the President of the Republic of Malawi Peter Mutharika "
        "on labour migration, dated 3 May 2019."
    )
    assert "Decree of the President of the Republic of Malawi" in labels(x, "Framework")
    assert "Peter Mutharika" in labels(x, "Person")
    assert not any("Mutharika" in f for f in labels(x, "Framework"))


def test_a_body_after_the_country_is_not_a_holder() -> None:
    x = run("The Action Plan of the Government of Malawi Police Service was adopted in 2020.")
    assert not labels(x, "Person")
    x = run("The Decree of the President of Malawi on labour migration was signed in 2019.")
    assert not labels(x, "Person")


def test_a_topic_after_the_country_is_part_of_the_name_not_a_holder() -> None:
    for text, name in (
        (
            "Jakarta issued the Regulation of the Minister of Manpower of Indonesia Migrant Worker "
            "Protection.",
            "Regulation of the Minister of Manpower of Indonesia Migrant Worker Protection",
        ),
        (
            "Lima applies the Resolution of the Minister of Labour of Peru Domestic Work Standards "
            "since 2019.",
            "Resolution of the Minister of Labour of Peru Domestic Work Standards",
        ),
    ):
        x = run(text)
        assert name in labels(x, "Framework")
        assert not labels(x, "Person")


def test_a_holder_with_a_given_name_is_still_split_off() -> None:
    x = run("Jakarta issued the Regulation of the Minister of Manpower of Indonesia Ida Fauziyah.")
    assert "Regulation of the Minister of Manpower of Indonesia" in labels(x, "Framework")
    assert "Ida Fauziyah" in labels(x, "Person")
