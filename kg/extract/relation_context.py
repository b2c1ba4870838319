"""What every relation rule family is given: the sentence being read, and where it puts what it finds.

:class:`SentenceRules` carries one sentence, who may act in it when it names nobody (the
subject of a list, the speaker, the country whose statement it is, the text's two countries),
where its cues may start, and the relations found so far, in the order found (the first of
duplicates is kept, so the families run in a fixed order).
"""

from __future__ import annotations

import re

from kg.extract import cue_gate
from kg.extract.actors import Sentence
from kg.extract.found import Found
from kg.extract.records import DocState, EntityRec
from kg.extract.relation_agents import acting_subject

#: who "we" are in a joint statement: a stand-in for its authors, never an entity of the text
WE = EntityRec(key="\x00we", type="Country", label="we")


class SentenceRules:
    """One sentence as the rule families read it, and the relations they found in it."""

    def __init__(
        self,
        sent: Sentence,
        state: DocState,
        *,
        inherited: EntityRec | None,
        speaker: EntityRec | None,
        pair: tuple[EntityRec, EntityRec] | None,
        statement: bool,
        gate: cue_gate.Gate | None,
        max_gap: int,
    ) -> None:
        self.sent = sent
        self.state = state
        self.inherited = inherited
        self.speaker = speaker
        self.pair = pair
        self.max_gap = max_gap
        self.glued = gate is not None and gate.glued(sent.start)
        #: where each table's cues may start in the sentence; None: anywhere
        self.places = gate.sentence(sent.start, sent.end, self.glued) if gate is not None else None
        self.types = {e.type for _m, e in sent.mentions}
        self.self_country = state.entities.get(state.self_country) if state.self_country else None
        if state.self_group and self.self_country is None:
            self.self_country = WE  # a joint statement's "we": its authors, each (see add)
        self.speaking = self.self_country if statement else None  # the country whose statement this is
        self.has_actor = sent.has_actors()
        self.out: list[Found] = []

    def finditer(self, pattern: re.Pattern[str], pos: int = 0) -> list[re.Match[str]]:
        """``list(pattern.finditer(low, pos))``, tried only where a cue of its table may start; a
        match ending at ``k`` skips the places before ``k``, as a full scan does."""
        low = self.sent.low
        if self.places is None:
            return list(pattern.finditer(low, pos))
        places = self.places.get(cue_gate.INDEX[id(pattern)])
        if places is None:
            if not self.glued:
                return []
            places = [0]
        out = []
        for a in places:
            if a >= pos:
                m = pattern.match(low, a)
                if m is not None:
                    out.append(m)
                    pos = m.end()
        return out

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern.search(low)``, tried only where a cue of its table may start."""
        low = self.sent.low
        if self.places is None:
            return pattern.search(low)
        places = self.places.get(cue_gate.INDEX[id(pattern)])
        if places is None:
            if not self.glued:
                return None
            places = [0]
        for a in places:
            m = pattern.match(low, a)
            if m is not None:
                return m
        return None

    def add(self, subj: EntityRec, pred: str, obj: EntityRec, cue: str) -> None:
        """Record a relation with the sentence as evidence; never one of an entity with itself."""
        if subj is WE or obj is WE:
            for author in self.state.self_group:
                one, other = (author if subj is WE else subj.key), (author if obj is WE else obj.key)
                if one != other:
                    self.out.append(Found(one, pred, other, self.sent.start, self.sent.end, cue))
        elif subj.key != obj.key:
            self.out.append(Found(subj.key, pred, obj.key, self.sent.start, self.sent.end, cue))

    def keys(self, ents: list[EntityRec]) -> set[str]:
        """The keys of ``ents`` as :meth:`add` records them: a joint statement's "we" is its authors."""
        out = {e.key for e in ents if e is not WE}
        if any(e is WE for e in ents):
            out.update(self.state.self_group)
        return out

    def subject(self, pos: int) -> list[EntityRec]:
        """Who acts at ``pos`` (:func:`~kg.extract.relation_agents.acting_subject`), with what the
        sentence and the text supply when it names nobody."""
        return acting_subject(self.sent, pos, self.inherited, self.speaker, self.self_country, self.pair)
