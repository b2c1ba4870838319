"""The scans tried only where a match can start, or skipped when a text lacks a part every match holds,
find what the plain scans find."""

from __future__ import annotations

import random

from kg.extract import bracketed_laws, bracketed_meetings, persons, persons_apposed
from kg.extract.persons_anchors import comma_dot_bracket_starts, finditer_at

TEXTS = [
    "Victor Odero, Policy and Advocacy Advisor at the Trust, said more. Ana Ruiz Jr., Minister, spoke.",
    "Ana Ruiz (Peru), Chair of the Forum, and Bo Li  \t(China), Deputy Minister, agreed (twice).",
    "X, PC, Attorney General of Kenya, noted; the (Y) and the  (Z), envoy to Peru and other officials.",
    "the Seventh Abu Dhabi Dialogue (ADD) Ministerial Consultation and the Bali Process (BP) Conference",
    "the Child Labour (Prohibition and Regulation) Amendment Act, 2016, the (Prevention, Suppression) Rules",
]


def _variants() -> list[str]:
    rnd = random.Random(5)
    out = list(TEXTS)
    pieces = [" ", ",", "(", ")", "\t", ".", "Jr", "X", " Act", " Summit", ", Minister", "(ABC) "]
    for text in TEXTS:
        for _ in range(40):
            chars = list(text)
            for _ in range(5):
                chars[rnd.randrange(len(chars))] = rnd.choice(pieces)
            out.append("".join(chars))
    return out


def test_comma_roles_tried_at_their_starts_equal_finditer() -> None:
    extra = ["Ana Ruiz, a senior IOM official, said", "Bo Li (UNDP), speaking on behalf of", "X,\tan  envoy"]
    extra += ["Jane Doe, Climate Change Specialist, UNDP", "Jo Ng\t (Chair), speaking for the Group"]
    for rx in (persons._COMMA_ROLE_AT, persons_apposed._OCCUPATION_AT):
        seen = 0
        for text in [*_variants(), *extra]:
            expected = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
            found = finditer_at(rx, text, comma_dot_bracket_starts(text))
            assert [(m.span(), m.groupdict()) for m in found] == expected
            seen += len(expected)
        assert seen


def test_bracketed_names_hold_their_tail() -> None:
    for module, rx in (
        (bracketed_laws, bracketed_laws._BRACKETED_LAW),
        (bracketed_meetings, bracketed_meetings._BRACKETED),
    ):
        assert rx.pattern.endswith(module._TAIL) or module._TAIL in rx.pattern
        seen = 0
        for text in _variants():
            for m in rx.finditer(text):
                seen += 1
                assert module._HAS_TAIL.search(text, m.start(), m.end()) is not None
        assert seen
    assert list(bracketed_meetings.bracketed_meetings(TEXTS[3]))
    assert list(bracketed_laws.bracketed_laws(TEXTS[4]))


def test_agencies_read_back_from_their_acronyms_equal_finditer() -> None:
    from kg.extract.country_agencies import _ACRONYM_AFTER, _DEFINED
    from kg.extract.persons_anchors import AnchoredScan

    extra = ["Immigration New Zealand (INZ) and Statistics Canada  (SC)", "A B C D E F (ABCDEF) x (Y)"]
    extra += ["the Kenya-based Work Ireland\t(WI), (AB) Enterprise O’Neil Ireland (EOI)"]
    seen = 0
    for text in [*_variants(), *extra]:
        expected = [m.span() for m in _DEFINED.finditer(text)]
        ends = [m.start() for m in _ACRONYM_AFTER.finditer(text)]
        assert [m.span() for m in AnchoredScan(_DEFINED, text, text[::-1], ends).finditer()] == expected
        seen += len(expected)
    assert seen
