"""Links not read across a clause: a "while" clause with a subject the recognizers missed, support
given to an item far back in the sentence or named in another verb's clause. Texts written for
these tests."""

from __future__ import annotations

from tests.extract_util import has, run


def test_a_while_clause_with_its_own_named_subject_is_not_the_first_subjects() -> None:
    x = run(
        "Dr John Mwangi, a professor, made a presentation on adaptation finance, while Ali Fida A Rahman "
        "presented the draft National Adaptation Plan."
    )
    assert not has(x, "John Mwangi", "adopts", "National Adaptation Plan")


def test_a_while_clause_with_a_recognized_subject_keeps_it() -> None:
    x = run("Kenya hosted the meeting, while Uganda presented the National Adaptation Plan.")
    assert has(x, "Uganda", "adopts", "National Adaptation Plan")


def test_support_at_the_end_of_a_long_sentence_is_not_for_the_item_that_opens_it() -> None:
    x = run(
        "Law No. 4521, among other things, creates a fund for victims, which is in line with a "
        "recommendation made by UNICEF in its report on child labour in Kenya, presented last May as "
        "part of a regional initiative, with the support of the Office for Gender Equality."
    )
    assert not has(x, "Office for Gender Equality", "supports", "Law No. 4521")


def test_auspices_are_not_given_to_an_item_named_in_another_verbs_clause() -> None:
    x = run(
        "The summit will convene under the auspices of the African Union as agreed by Member States in "
        "the Kampala Declaration on Migration."
    )
    assert not has(x, "African Union", "supports", "Kampala Declaration")


def test_support_named_right_after_the_item_it_backs_is_kept() -> None:
    x = run(
        "The National Action Plan against Trafficking, which was drafted with the support of UNICEF, "
        "was launched."
    )
    assert has(x, "UNICEF", "supports", "National Action Plan against Trafficking")
    y = run(
        "The Global Compact for Migration, negotiated under the auspices of the United Nations, was adopted."
    )
    assert has(y, "United Nations", "supports", "Global Compact")


def test_a_plural_possessive_is_no_subject() -> None:
    x = run(
        "Kenya became the first nation in Africa to join the United Nations’ fight against forced labour, "
        "officially ratifying the Palermo Protocol."
    )
    assert has(x, "Kenya", "adopts", "Protocol to Prevent")
    assert not has(x, "United Nations", "adopts", "Protocol to Prevent")


def test_a_name_ending_in_s_before_a_closing_quote_and_a_verb_stays_a_subject() -> None:
    x = run("The Philippines' ratification of the Palermo Protocol was welcomed.")
    assert has(x, "Philippines", "adopts", "Protocol to Prevent")
