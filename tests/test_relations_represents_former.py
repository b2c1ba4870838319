"""A former holder of an office speaks for the body no more (kg/extract/office_words.former_office,
read by doc_relations.represents and the pair model)."""

from __future__ import annotations

import pytest
from extract_util import has, labels, news, run


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Former UN Secretary-General Kofi Annan praised the Compact.", "Kofi Annan", "United Nations"),
        ("Ghana's former Foreign Minister Ama Owusu said the plan was good.", "Ama Owusu", "Ghana"),
        ("Ex-President of Ghana John Mensah said the plan was good.", "John Mensah", "Ghana"),
        ("Former Ghanaian President John Mensah said the plan was good.", "John Mensah", "Ghana"),
        ("John Mensah, former President of Ghana, said the plan was good.", "John Mensah", "Ghana"),
        ("The former President of Ghana, John Mensah, said the plan was good.", "John Mensah", "Ghana"),
    ],
)
def test_a_former_holder_represents_nobody(text: str, person: str, body: str):
    ex = run(news(text))
    assert person in labels(ex, "Person")
    assert not has(ex, person, "represents", body)


def test_a_holder_now_still_represents():
    ex = run(news("Ghana's Foreign Minister Ama Owusu said the plan was good."))
    assert has(ex, "Ama Owusu", "represents", "Ghana")


def test_ex_officio_is_no_former_office():
    ex = run(
        news("Ex officio Chair of the Board Ama Owusu, Ghana's Foreign Minister, said the plan was good.")
    )
    assert has(ex, "Ama Owusu", "represents", "Ghana")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Ghana's Minister of Labour and former Governor of the Central Region, Ama Owusu, "
            "launched the plan.",
            "Ama Owusu",
            "Ghana",
        ),
        (
            "The Minister for Foreign Affairs of the former Soviet Republic of Georgia, David Zalkaliani, "
            "spoke.",
            "David Zalkaliani",
            "Georgia",
        ),
    ],
)
def test_former_of_a_second_office_or_of_a_place_leaves_the_role(text: str, person: str, body: str):
    assert has(run(news(text)), person, "represents", body)
