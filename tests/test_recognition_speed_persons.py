"""The person finder's anchored scans find what the plain regular expressions find."""

from __future__ import annotations

import random

from kg.extract.persons import NAME_SAID, NAME_THEN_ROLE, TITLED, name_then_role, said_matches, titled_matches
from kg.extract.persons_titles import _TITLE_LOW, _title_starts
from kg.extract.spans import lower_text

TEXTS = [
    "Minister Ana Silva said so. Victor Odero, Policy and Advocacy Advisor at the Trust, said more.",
    "“We will act,” said Sulaiman Jiffry Mohideen. Jacob Ekinye announced the plan, chaired by Nkechi "
    "Ogbuefi; O'Neil-Smith Anne Marie Dos Santos stated it; McCarthy said so.",
    "John said Smith said. A B C D E F said. U.S.Smith, Minister, agreed. (Jane Doe, envoy, noted.)",
    "Ana de Silva, Minister, agreed.\tJohn\tKing Letsie III, the Ambassador to Kenya, says.\nDr.mr Bo",
    "x, y, Al Hamli, Deputy Director of Planning, said; Élodie Durand noted that Ana-Marie, chief.",
]


def _variants() -> list[str]:
    rnd = random.Random(3)
    out = list(TEXTS)
    pieces = [" ", ",", "said ", "\t", "O’", "-", ".", "X", "de ", "Al ", "Minister ", ", Advisor", "\n"]
    for text in TEXTS:
        for _ in range(30):
            chars = list(text)
            for _ in range(6):
                chars[rnd.randrange(len(chars))] = rnd.choice(pieces)
            out.append("".join(chars))
    return out


def test_name_then_role_from_its_commas_equals_finditer() -> None:
    for text in _variants():
        expected = [(m.span(), m.groupdict()) for m in NAME_THEN_ROLE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in name_then_role(text)] == expected
    assert "Victor Odero" in [m.group("name") for m in name_then_role(TEXTS[0])]


def test_said_matches_from_the_verbs_equal_the_alternation() -> None:
    for text in _variants():
        expected = [(m.span(), m.group("after") or m.group("before")) for m in NAME_SAID.finditer(text)]
        assert [(m.span(), m.group(g)) for m, g in said_matches(text)] == expected
    assert "Jacob Ekinye" in [m.group(g) for m, g in said_matches(TEXTS[1])]


def test_title_words_found_one_character_early_equal_finditer() -> None:
    for text in [*_variants(), "minister", "dr.mr. x", "-minister chair"]:
        low = lower_text(text)
        assert list(_title_starts(low)) == [m.start() for m in _TITLE_LOW.finditer(low)]
        assert [m.span() for m in titled_matches(text, low)] == [m.span() for m in TITLED.finditer(text)]


def test_role_references_found_from_he_equal_role_ref() -> None:
    from kg.extract.persons import _ROLE_REF_HE, ROLE_REF

    extra = ["the envoy", "Bathe envoy", "xthe the envoy", "The Special envoy said", "the\tchief Minister"]
    for text in [*_variants(), *extra]:
        expected = [(m.start(), m.end("role")) for m in ROLE_REF.finditer(text)]
        assert [(m.start() - 1, m.end("role")) for m in _ROLE_REF_HE.finditer(text)] == expected


def test_titles_grouped_by_first_letter_match_the_plain_alternation() -> None:
    import re

    from kg.extract.lexicon import DEPARTMENT_WORDS
    from kg.extract.persons_titles import _TITLE_ALT, _TITLE_WORDS, _grouped

    depts = sorted(DEPARTMENT_WORDS - {"and", "&"}, key=len, reverse=True)
    pattern = TITLED.pattern
    assert _grouped(_TITLE_WORDS) in pattern and _grouped(depts) in pattern
    source = pattern.replace(_grouped(_TITLE_WORDS), _TITLE_ALT)
    plain = re.compile(source.replace(_grouped(depts), "|".join(depts)))
    extra = ["Minister of Foreign Affairs and Trade Julie Bishop", "PRIME MINISTER Ana Silva", "Dr. K. Ng"]
    for text in [*_variants(), *extra]:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in TITLED.finditer(text)] == expected


def test_role_and_head_words_grouped_by_first_letter_match_the_plain_alternations() -> None:
    import re

    from kg.extract import persons, persons_of_body
    from kg.extract.lexicon import ROLE_WORDS
    from kg.extract.persons_anchors import trie

    extra = [", the Chief of Mission in Nepal, said", "Jane Doe of the Kenya Red Cross Society"]
    extra += [", Attorney-General", "Foreign Ministry"]
    for rx, words in (
        (persons._COMMA_ROLE_AT, ROLE_WORDS),
        (persons.ROLE_WORD, ROLE_WORDS),
        (persons_of_body._BODY_AFTER, persons_of_body.BODY_WORDS),
    ):
        ordered = sorted(words, key=len, reverse=True)
        assert trie(ordered) in rx.pattern
        plain = re.compile(rx.pattern.replace(trie(ordered), "|".join(ordered)))
        for text in [*_variants(), *extra]:
            for pos in range(0, len(text), 7):
                found = rx.match(text, pos)
                expected = plain.match(text, pos)
                assert (found and found.span()) == (expected and expected.span())
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
