"""A list of officials, each an office and a name ("President of the Assembly A and Special
Representative of … B"): each person has the office named before their own name."""

from __future__ import annotations

from kg.extract.official_names import split_official
from kg.extract.spans import Cand
from tests.extract_util import has, labels, run


def test_two_given_names_open_the_officials_name_after_the_body() -> None:
    text = "President of the Human Rights Council Ana María Rojas Vega opened the session."
    run_ = "Human Rights Council Ana María Rojas Vega"
    c = Cand(text.index(run_), text.index(run_) + len(run_), run_, "Organization", "", "pattern")
    assert [x.text for x in split_official(text, c)] == ["Human Rights Council", "Ana María Rojas Vega"]


def test_the_office_before_a_name_that_opens_the_sentence_is_the_persons() -> None:
    x = run("President of the Human Rights Council Ana María Rojas Vega will open the session.")
    assert has(x, "Ana María Rojas Vega", "represents", "Human Rights Council")
    assert "Human Rights Council Ana" not in labels(x, "Organization")


def test_each_official_of_the_list_has_their_own_office() -> None:
    x = run(
        "President of the Human Rights Council Lena Sorensen and Special Representative of the "
        "Secretary-General for Children Tomas Berg will open the session."
    )
    assert has(x, "Lena Sorensen", "represents", "Human Rights Council")
    assert not has(x, "Tomas Berg", "represents", "Human Rights Council")
    assert not any("Sorensen" in label for label in labels(x, "Organization"))


def test_a_list_of_names_after_an_office_is_not_read_as_offices() -> None:
    x = run("Director of the Human Rights Council Lena Sorensen and Tomas Berg will open the session.")
    assert not has(x, "Lena Sorensen", "represents", "Human Rights Council")


def test_an_office_the_rules_gave_to_one_official_is_not_another_officials() -> None:
    x = run(
        "United Nations Secretary-General António Guterres, President of the General Assembly María "
        "Fernanda Espinosa Garcés and Special Representative of the Secretary-General for Children "
        "Tomas Berg will open the session."
    )
    assert has(x, "María Fernanda Espinosa Garcés", "represents", "United Nations General Assembly")
    assert not has(x, "António Guterres", "represents", "United Nations General Assembly")
    assert not has(x, "Tomas Berg", "represents", "United Nations General Assembly")
