"""Laws titled "On …" in quotation marks, and laws numbered as Ley, Lei or Loi (kg/extract/quoted_laws.py)."""

from __future__ import annotations

import pytest
from extract_util import run_titled, typed


def frameworks(text: str) -> set[str]:
    return {label for kind, label in typed(run_titled("News\n\n" + text)) if kind == "Framework"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The Federal Law "On Labour Migration" was adopted in 2019.', 'Federal Law "On Labour Migration"'),
        (
            "Deputies passed the Law of the Republic of Moldova “On Asylum” on Monday.",
            "Law of the Republic of Moldova “On Asylum”",
        ),
        ("The Congress passed Ley 985 de 2005 against trafficking.", "Ley 985 de 2005"),
        ("Brazil enacted Lei n.º 13.344 in 2016.", "Lei n.º 13.344"),
        ("Senegal adopted Loi n° 2005-06 against trafficking.", "Loi n° 2005-06"),
    ],
)
def test_a_law_s_title_or_number_is_its_name(text: str, name: str) -> None:
    assert name in frameworks(text)


def test_a_quoted_word_that_is_no_title_is_left_out() -> None:
    assert not {f for f in frameworks('The Law was called "outdated" by critics.') if "outdated" in f}
