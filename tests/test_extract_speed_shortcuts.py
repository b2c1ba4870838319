"""The extractor's speed shortcuts (words read once per sentence, gates on literal words) give what
the plain forms give."""

from __future__ import annotations

import hashlib
import random
import re

from bench.corpus import generate
from kg.extract import (
    actors,
    cues,
    modal_words,
    persons_office_of,
    relation_co_organisers,
    relation_commended,
    relation_commitments,
    relation_support,
    relation_wording,
)
from kg.extract.pair_features import _Context, _words
from kg.extract.pair_model import _NEGATION_WORDS

ODD = "Kenya's 2nd MoU—signed in G20's  run-up;\n_x ²3 ٣4 ÉCOWAS didn't, won’t refuse 'not' Nor NEVER."


def test_words_of_a_stretch_are_those_of_its_text() -> None:
    rng = random.Random(3)
    texts = [text[:400] for _name, text in generate(5, 2)] + [ODD]
    for text in texts:
        for _ in range(200):
            start = rng.randrange(len(text))
            end = rng.randrange(start, len(text) + 1)
            context = _Context(text, start, end, [])
            lo = rng.randrange(start, end + 1)
            hi = rng.randrange(start, end + 1)
            assert context.words(lo, hi) == _words(text[lo:hi]), (text[start:end], lo, hi)


def test_every_negation_holds_a_negation_word() -> None:
    assert relation_wording.NEGATED.pattern.endswith("$")
    anywhere = re.compile(relation_wording.NEGATED.pattern[:-1])
    texts = [text for _name, text in generate(30, 4)] + [ODD]
    for text in texts:
        low = text.lower()
        for m in anywhere.finditer(low):
            assert any(w in m.group() for w in _NEGATION_WORDS), m.group()
    assert "neither" in _NEGATION_WORDS  # "neither … nor"
    for wording in ("not ", "never ", "no longer ", "yet to ", "nor ", "failed to ", "isn't ", "won’t "):
        assert relation_wording.negated_before(wording, len(wording))
        assert any(w in wording for w in _NEGATION_WORDS)


#: the expressions a shortcut skips where none of its words is, by a digest of their spelling: one
#: rewritten needs its words checked again (and this digest renewed)
GATED = {
    "MODAL": (cues.MODAL, "36727d138cb862cf", modal_words.MODAL_WORDS),
    "_DENIED": (relation_commitments._DENIED, "e5432bdc2515ccde", relation_commitments._DENIAL_WORDS),
    "_PRAISED_FOR": (relation_commended._PRAISED_FOR, "05d250216df68512", relation_support._PRAISE_WORDS),
    "_ORGANISES": (relation_co_organisers._ORGANISES, "4aeaa805808fd952", ("organi", "host", "conven")),
    "NEGATED": (relation_wording.NEGATED, "cb987926198d1549", _NEGATION_WORDS),
    # tested on a sentence's text, its words looked for in the lower-cased text
    "_OTHERS_OF": (actors._OTHERS_OF, "239b04d3c6f6bdbc", actors.OTHERS_WORDS),
}
SAMPLES = (
    "must ratify. should adopt. needs to sign. demanded the plan. is calling for the act. urged all to "
    "ratify. calls upon States to adopt. encouraged the parties to sign. invited all to join. asks Peru "
    "to ratify. requested them to adopt. exhorts States to sign. appealed to all to ratify. expects "
    "Kenya to ratify. wanted Peru to sign. pressed Chile to adopt. pushed Nepal to ratify. it is vital "
    "to act. it is crucial. denied that it signed. rejects reports that it had adopted. dismissed claims "
    "that it ratified. refuted allegations that it signed. rebuffed suggestions that it adopted. "
    "Japan commended Viet Nam for adopting the Plan. praised Kenya for its ratification of the Act. "
    "congratulated Peru on the launch of the Plan. applauded Chile for signing the Accord. thanked Peru "
    "for implementing the Plan. saluted Ghana on its adoption of the Act. complimented Togo for adopting "
    "the Act. welcomed Peru for joining the Pact. lauds Fiji for ratifying the Pact. hailed Niger for "
    "signing the Accord. organised a workshop. is hosting a regional meeting. convened a seminar. "
    "co-organized the summit. has not ratified. never adopted. no longer implements. yet to sign. "
    "Critics of Minister Ana Ruiz said. Opponents of the Government of Kenya and Uganda. an ally of "
    "President Ruto. allies of Peru. Enemies of Chile. in opposition to Kenya. countries of the UN "
    "that. Nations of the EU. Supporters of Kenya. rivals of Peru. foes of Togo. detractors of X. "
    "neither signed nor ratified. refused to sign. failed to adopt. declined to ratify. its failure to "
    "sign. refusal to adopt. reluctance to ratify. didn't sign. won’t adopt."
)


def test_gated_expressions_are_the_ones_checked() -> None:
    for name, (pattern, digest, _) in GATED.items():
        assert hashlib.sha256(pattern.pattern.encode()).hexdigest()[:16] == digest, name


def test_every_match_of_a_gated_expression_holds_one_of_its_words() -> None:
    texts = [text[:1500] for _name, text in generate(8, 6)] + [SAMPLES, ODD]
    for name, (pattern, _digest, words) in GATED.items():
        found = 0
        for text in texts:
            for low in (text, text.lower()):
                for end in range(len(low) + 1):  # searched up to each place, as the rules search
                    m = pattern.search(low, max(0, end - 120), end)
                    if m is not None:
                        found += 1
                        held = m.group().lower() if name == "_OTHERS_OF" else m.group()
                        assert any(w in held for w in words), (name, m.group())
        assert found >= 5, name


def test_offices_tried_at_their_possible_starts_are_those_of_a_full_scan() -> None:
    odd = (
        "President  \t of the Republic. Prime Minister of Kenya. PRESIDENT OF Peru Minister  of  the  Kenya "
        "Secretary of State of the United States Antony Blinken, deputy prosecutor general of the X Ana; "
        "Presidentof Kenya xMinister of Kenya Minister-of Kenya Director General of the Y of Z"
    )
    for text in [*(text for _name, text in generate(40, 8)), odd, ODD, ""]:
        got = [m.span() for m in persons_office_of._offices(text)]
        assert got == [m.span() for m in persons_office_of._OFFICE_OF.finditer(text)]
