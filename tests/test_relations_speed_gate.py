"""The relation finder's shortcuts find what the plain forms find."""

from __future__ import annotations

import re

from bench.corpus import generate
from kg.extract import cue_gate, cues
from kg.extract.relations import _WE

ODD = (
    "Reincorporated it into law.Adoption of the Plan.on the end, signing of the Act; pass\n"
    "_we 1we éwe power we Our;our ourselves weOur w o Oura wE\nwe\n xOur our; he said, she stated."
)


def test_gate_after_a_non_word_character_finds_the_places_of_a_word_boundary_scan() -> None:
    assert all(re.fullmatch(r"\w", head[0]) for heads in cue_gate.HEADS for head in heads)
    for text in [*(text for _name, text in generate(20, 5)), ODD, ODD.lower(), "adopt", ""]:
        low = text.lower()
        at, _masks = cue_gate.starts(low)
        assert at == [m.start() for m in cue_gate.GATE.finditer(low)]


def test_sentence_places_give_the_matches_of_a_full_scan() -> None:
    texts = [text for _name, text in generate(10, 7)] + [ODD]
    for text in texts:
        low = text.lower()
        gate = cue_gate.Gate(low)
        for s in range(0, len(low), 29):  # sentences cut anywhere, even inside a word
            e = min(len(low), s + 110)
            glued = gate.glued(s)
            places = gate.sentence(s, e, glued)
            for i, pattern in enumerate(cues.SCANNED):
                full = [m.span() for m in pattern.finditer(low[s:e])]
                tried = places.get(i, [0] if glued else [])
                found = [m.span() for a in tried if (m := pattern.match(low[s:e], a))]
                assert [f for f in full if f[0] in tried] == full, (pattern.pattern[:40], low[s:e])
                assert set(full) <= set(found)


def test_we_spelled_from_its_letters_finds_what_the_word_boundary_form_finds() -> None:
    plain = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
    for text in [*(text for _name, text in generate(20, 5)), ODD]:
        assert _WE.findall(text) == plain.findall(text)


def test_speech_words_are_in_every_speech_cue() -> None:
    for text in [*(text for _name, text in generate(20, 5)), ODD]:
        for m in cues.SPEECH.finditer(text):
            assert any(word in m.group() for word in cue_gate.SPEECH_WORDS)
    assert "said" in cue_gate.SPEECH_WORDS and "pointed out" in cue_gate.SPEECH_WORDS
