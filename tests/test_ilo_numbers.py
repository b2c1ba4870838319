"""ILO conventions cited by number in a list or in lower case (kg/extract/ilo_numbers.py), and long
reference titles written in lower case (kg/extract/reference_ruler.py)."""

from __future__ import annotations

import pytest
from extract_util import by_rules, cues, labels, run

C138 = "Minimum Age Convention, 1973 (No. 138)"
C143 = "Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)"
C181 = "Private Employment Agencies Convention, 1997 (No. 181)"
C182 = "Worst Forms of Child Labour Convention, 1999 (No. 182)"
C190 = "Violence and Harassment Convention, 2019 (No. 190)"


@pytest.mark.parametrize(
    ("text", "conventions"),
    [
        ("The ratification of the ILO conventions 182 and 138 shows India's commitment.", {C182, C138}),
        ("Nigeria has ratified ILO Conventions 143 and 181 on migrant workers.", {C143, C181}),
        ("Ghana ratified ILO Conventions Nos. 138, 182 and 190.", {C138, C182, C190}),
        ("Kenya ratified ILO convention 190 in 2023.", {C190}),
        ("Ghana ratified ILO Convention 138 and 182 in 2000.", {C138, C182}),
    ],
)
def test_each_cited_number_is_its_convention(text: str, conventions: set[str]) -> None:
    x = run(text)
    assert labels(x, "Framework") == conventions
    adopters = {o for (_s, o) in cues(by_rules(x), "adopts")}
    assert adopters == conventions


def test_a_number_that_is_no_ilo_convention_is_not_read() -> None:
    assert labels(run("The ILO conventions 182 and 999 were discussed."), "Framework") == {C182}


def test_without_the_ilo_a_numbered_convention_list_is_not_read() -> None:
    assert not labels(run("The Conventions 182 and 138 of the club were amended."), "Framework") & {
        C182,
        C138,
    }


def test_a_long_title_in_lower_case_is_the_instrument() -> None:
    x = run("Egypt ratified the protocol against the smuggling of migrants by land, sea and air in 2005.")
    assert labels(x, "Framework") == {"Protocol against the Smuggling of Migrants by Land, Sea and Air"}


def test_a_short_title_in_lower_case_is_a_description() -> None:
    assert labels(run("The paris agreement of the two clubs was signed."), "Framework") == set()


def test_a_lower_case_convention_and_a_number_of_years_is_no_convention() -> None:
    assert (
        labels(run("Thailand ratified the convention 29 years after the ILO adopted it."), "Framework")
        == set()
    )


def test_a_long_title_of_a_body_in_lower_case_is_a_description() -> None:
    x = run("The state legislature created a commission on the status of women in 1964.")
    assert labels(x, "Organization") == set()


def test_numbers_each_with_its_subject_between_are_their_conventions() -> None:
    x = run(
        "Laos ratified ILO Conventions 138 on the minimum working age and 182 on the worst forms of "
        "child labour in 2005."
    )
    assert labels(x, "Framework") == {C138, C182}
    # the rules read the first one's ratification; the second, past its subject, is left to the pair model
    assert (("Laos", C138)) in cues(by_rules(x), "adopts")
