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
