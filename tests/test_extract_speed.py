"""The shortcuts taken for speed find what the plain forms find."""

from __future__ import annotations

import re

import spacy

from kg.extract import cues
from kg.extract.persons import (
    _COMMA_ROLE,
    _NAME,
    _TITLE_ALT,
    _TITLE_LOW,
    NAME_SAID,
    NAME_THEN_ROLE,
    TITLED,
    said_matches,
    titled_matches,
)
from kg.extract.spans import lower_text
from kg.extract.tokenizer import make_tokenizer

TEXT = (
    "Pakistan’s Deputy Permanent Representative to the UN, Ambassador Aamir Khan, said that "
    "Minister of Foreign Affairs Julie Bishop and Secretary-General António Guterres met "
    "regional director Chihoko Asada-Miyakawa. Dr Jeremy Milsom and Foreign Minister Ana Silva "
    "signed. The Prime Minister Modi spoke; President Kenyatta agreed.\n"
    "İstanbul: the DEPUTY MINISTER Omar Haddad Adopted the Plan."
)


def test_titled_matches_equal_titled_finditer() -> None:
    expected = [(m.start(), m.end()) for m in TITLED.finditer(TEXT)]
    assert [(m.start(), m.end()) for m in titled_matches(TEXT)] == expected
    assert "Aamir Khan" in (TEXT[m.start("name") : m.end("name")] for m in titled_matches(TEXT))


SPEECH = (
    "“We will act,” said Sulaiman Jiffry Mohideen. Jacob Ekinye announced the plan, chaired by Nkechi "
    "Ogbuefi; Victor Odero, Policy and Advocacy Advisor at the Trust, said more. O'Neil-Smith Anne Marie "
    "Dos Santos stated it; McCarthy said so. Élodie Durand noted that Ana de Silva, Minister, agreed."
)


def test_split_speech_scans_match_what_the_alternation_matches() -> None:
    for text in (TEXT, SPEECH, SPEECH.lower(), "x" + SPEECH.replace(" ", "-")):
        plain = [(m.span(), m.group("after") or m.group("before")) for m in NAME_SAID.finditer(text)]
        assert [(m.span(), m.group(g)) for m, g in said_matches(text)] == plain
    names = [m.group(group) for m, group in said_matches(SPEECH)]
    assert "Sulaiman Jiffry Mohideen" in names and "Jacob Ekinye" in names


def test_name_then_role_opening_with_a_capital_matches_the_plain_form() -> None:
    plain = re.compile(r"(?<![\w’'-])(?P<name>" + _NAME + r")" + _COMMA_ROLE)
    for text in (TEXT, SPEECH, SPEECH.lower(), "x" + SPEECH.replace(" ", "-")):
        found = [(m.span(), m.groupdict()) for m in NAME_THEN_ROLE.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert "Victor Odero" in [m.group("name") for m in NAME_THEN_ROLE.finditer(SPEECH)]


def test_lower_case_cues_match_what_the_case_free_ones_match() -> None:
    low = lower_text(TEXT)
    assert len(low) == len(TEXT)
    for name in ("ADOPTS", "IMPLEMENTS", "SUPPORTS", "CALLS_FOR", "PARTNERS", "MEMBER", "ADDRESSES"):
        free, lower = getattr(cues, name), getattr(cues, name + "_LOW")
        assert not re.search(r"(?<!\\)[A-Z]", lower.pattern), name  # words written in lower case
        assert [m.span() for m in free.finditer(TEXT)] == [m.span() for m in lower.finditer(low)], name


def test_fast_tokenizer_keeps_the_text_and_splits_marks() -> None:
    nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp.vocab)
    doc = nlp(TEXT)
    assert doc.text == TEXT
    assert [t.text for t in nlp("Pakistan’s NAP (2021-2025).")] == [
        "Pakistan", "’", "s", "NAP", "(", "2021", "-", "2025", ")", ".",
    ]  # fmt: skip


def test_title_words_by_first_letter_find_what_the_plain_alternation_finds() -> None:
    plain = re.compile(r"(?<![\w-])(?:" + _TITLE_ALT + r")")
    for text in (TEXT, SPEECH, "prime  minister h.e. dr.dr x-ambassador ambassador-at-large pm\tpm"):
        low = lower_text(text)
        assert [m.span() for m in _TITLE_LOW.finditer(low)] == [m.span() for m in plain.finditer(low)]
    assert _TITLE_LOW.search("the prime minister said")


def test_sentence_boundary_scans_match_the_alternation() -> None:
    from kg.extract.sentences import _BOUNDARY, boundary_matches

    lines = "Head\n\nA. B! “C” d.\n- e\n  1. f;\n\ng: \t\n(H) No. 5. U.S. Army?) Z"
    for text in (TEXT, SPEECH, lines, ".\n", "\n\n"):
        plain = [(m.start(), m.end(), m.group("punct")) for m in _BOUNDARY.finditer(text)]
        assert boundary_matches(text) == plain


def test_whole_word_patterns_opening_with_the_word_find_what_the_plain_forms_find() -> None:
    from kg.extract.acronym_uses import _initialism_rx
    from kg.extract.names import word_rx

    text = (
        "UN-UN UN UNUN xUN UN_ -UN UN- UN. U.S. xU.S. U.S.-led (U.S.) CCMA Act xCCMA Act CCMA\nAct CCMA Acts"
    )
    for word in ("UN", "U.S.", "CCMA"):
        plain = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
        assert [m.span() for m in word_rx(word).finditer(text)] == [m.span() for m in plain.finditer(text)]
    plain = re.compile(r"\bCCMA\s+Act\b")
    found = [m.span() for m in _initialism_rx("CCMA", "Act").finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)] and len(found) == 2
    assert [m.start() for m in word_rx("UN").finditer(text)] == [6, 30]


def test_lower_case_plan_prefilter_lets_every_lower_case_plan_through() -> None:
    from kg.extract.lower_case_names import _LOWER_PLAN, _may_hold_lower_plan

    plans = (
        "Kenya adopted its national action plan (2021-2025) on Monday.",
        "It launched a drug control master plan for the period from 2016 to 2020.",
        "Officials said\nthe anti-trafficking strategy to implement the Global Compact (GCM) works.",
    )
    for text in plans:
        assert _LOWER_PLAN.search(text) and _may_hold_lower_plan(text), text
    assert not _may_hold_lower_plan("the plan, a strategy and the national\nplan")


def test_role_references_and_said_then_name_opening_with_a_letter_match_the_plain_forms() -> None:
    from kg.extract.persons import _SAID_THEN_NAME, _SPEECH_AFTER, ROLE_REF

    plain_ref = re.compile(r"\b[Tt]he[ \t]+(?P<role>" + ROLE_REF.pattern.split("(?P<role>", 1)[1])
    plain_said = re.compile(r"\b(?:" + _SPEECH_AFTER + r")[ \t]+(?P<after>" + _NAME + r")")
    extra = "xThe Envoy met The Ambassador; _the envoy and the envoy. resaid Ana Bo; by Ana Bo; nearby Ana Bo"
    for text in (TEXT, SPEECH, extra):
        assert [m.span("role") for m in ROLE_REF.finditer(text)] == [
            m.span("role") for m in plain_ref.finditer(text)
        ]
        assert [m.span() for m in _SAID_THEN_NAME.finditer(text)] == [
            m.span() for m in plain_said.finditer(text)
        ]
    assert [m.group("role") for m in ROLE_REF.finditer(extra)] == ["envoy"]
