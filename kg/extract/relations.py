"""Relations between the entities of a sentence, from cue words and sentence structure.

For each sentence: who acts (the nearest actor before the cue; the agent after "by" in the
passive; the subject inherited by the items of a list introduced by "Pakistan has:"; the
speaker of reported speech, "X said that …", "he said"; "we" in a statement made for a
country), which cue links it to what (tables in :mod:`kg.extract.cues`), and the modality
(a cue under "must", "urges", "calls for" is callsFor, not adopts). Role phrases give
represents; "X Member State", "member of X" give memberOf.

Every relation carries the sentence as evidence (list markers and trailing space cut off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract import cues
from kg.extract.records import ACTING, DEMONYM, DocState, EntityRec, MentionRec
from kg.extract.spans import ENTITIES, RELATIONS, doc_text, sentence_at, sentence_bounds
from kg.ontology import ACTOR_TYPES

_ITEMS = ("Plan", "Framework")
_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*▪●–])\s+")


@dataclass(frozen=True)
class Found:
    """A relation between two entity keys, with the evidence span and the cue."""

    subject: str
    predicate: str
    object: str
    start: int
    end: int
    cue: str


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    mentions: list[tuple[MentionRec, EntityRec]]
    roles: tuple[tuple[int, int, EntityRec], ...] = ()

    def actors(self, lo: int = 0, hi: int = 1 << 30) -> list[tuple[MentionRec, EntityRec]]:
        """Acting actors in ``lo:hi``; one named in a person's role phrase acts through the person."""
        out = []
        for m, e in self.mentions:
            if e.type in ACTOR_TYPES and m.kind in ACTING and lo <= m.start < hi:
                owner = next(
                    (p for s, en, p in self.roles if s <= m.start and m.end <= en and p is not e), None
                )
                out.append((m, owner or e))
        return out

    def of_types(
        self, types: tuple[str, ...], lo: int = 0, hi: int = 1 << 30
    ) -> list[tuple[MentionRec, EntityRec]]:
        return [(m, e) for m, e in self.mentions if e.type in types and lo <= m.start < hi]


class RelationFinder:
    """Write the relations of each sentence to ``doc.user_data[RELATIONS]``."""

    def __init__(self, *, name: str = "kg_relations", max_gap: int = 160) -> None:
        self.name = name
        self.max_gap = max_gap

    def __call__(self, doc: Doc) -> Doc:
        state: DocState | None = doc.user_data.get(ENTITIES)
        doc.user_data[RELATIONS] = self.find(doc, state) if state is not None else []
        return doc

    def find(self, doc: Doc, state: DocState) -> list[Found]:
        text = doc_text(doc)
        pairs = state.by_position()
        roles = tuple(
            (r.start, r.end, p) for p in state.entities.values() if p.type == "Person" for r in p.roles
        )
        found: list[Found] = []
        list_subject: EntityRec | None = None
        last_person: EntityRec | None = None
        i = 0
        for sent_start, sent_end in sentence_bounds(doc):
            s, e = _trim(text, sent_start, sent_end)
            mentions = []
            while i < len(pairs) and pairs[i][0].start < sent_end:
                if pairs[i][0].start >= sent_start:
                    mentions.append(pairs[i])
                i += 1
            sentence = _Sentence(s, e, text[s:e], mentions, tuple(r for r in roles if s <= r[0] < e))
            is_item = bool(_LIST_MARKER.match(text, sent_start, sent_end))
            inherited = list_subject if is_item else None
            speaker = _speaker(sentence, last_person)
            found += self._sentence(sentence, state, inherited, speaker)
            if sentence.text.rstrip().endswith(":"):
                actors = sentence.actors()
                list_subject = actors[0][1] if actors else None
            elif not is_item:
                list_subject = None
            persons = [ent for _m, ent in mentions if ent.type == "Person"]
            if persons:
                last_person = persons[-1]
        found += _named_issues(doc, state)
        represented = _represents(doc, state)
        country_of = {f.subject: f.object for f in represented if state.entities[f.object].type == "Country"}
        for f in list(found):
            if f.predicate in ("supports", "callsFor") and f.subject in country_of and f.cue != "role":
                found.append(Found(country_of[f.subject], f.predicate, f.object, f.start, f.end, f.cue))
        return _dedupe(found + represented)

    def _sentence(
        self, sent: _Sentence, state: DocState, inherited: EntityRec | None, speaker: EntityRec | None
    ) -> list[Found]:
        out: list[Found] = []

        def add(subj: EntityRec, pred: str, obj: EntityRec, cue: str) -> None:
            if subj.key != obj.key:
                out.append(Found(subj.key, pred, obj.key, sent.start, sent.end, cue))

        text, base = sent.text, sent.start
        self_country = state.entities.get(state.self_country) if state.self_country else None
        # commitments: adopts / implements / supports / callsFor
        for pattern, predicate in (
            (cues.ADOPTS, "adopts"),
            (cues.IMPLEMENTS, "implements"),
            (cues.SUPPORTS, "supports"),
            (cues.CALLS_FOR, "callsFor"),
        ):
            for cue in pattern.finditer(text):
                c0, c1 = base + cue.start(), base + cue.end()
                if predicate == "supports" and re.search(r"\bthe\s+$", text[: cue.start()]):
                    continue  # "with the support of X": X supports, see SUPPORT_OF
                strong = predicate == "callsFor" and not cues.MODAL_ONLY.fullmatch(cue.group())
                targets = ("Plan", "Framework", "Issue") if strong else _ITEMS
                after = [p for p in sent.of_types(targets, c1, c1 + self.max_gap)]
                passive = cues.PASSIVE_BY.match(text, cue.end())
                obj = after[0][1] if after else None
                agents: list[EntityRec] = []
                if passive or re.match(r"\s*by\b", text[cue.end() :]):
                    by_pos = base + cue.end() + text[cue.end() :].find("by")
                    agents = _coordinated(sent, by_pos)
                    before_items = sent.of_types(_ITEMS, base, c0)
                    if before_items:
                        obj = before_items[-1][1]
                elif obj is not None:
                    by = re.search(r"\bby\b", text[cue.end() : after[0][0].end - base + 12])
                    if by is not None and predicate == "adopts":
                        agents = _coordinated(sent, base + cue.end() + by.start())
                if obj is None:
                    continue
                if not agents:
                    agents = _subject(sent, c0, inherited, speaker, self_country)
                pred = predicate
                if cue.group().lower() == "adoption of" and re.search(
                    r"\b(?:after|following|since)\s+the\s+$", text[: cue.start()]
                ):
                    pred = "implements"  # "Following the adoption of the Compact, we …"
                if predicate in ("adopts", "implements") and cues.MODAL.search(text[: cue.start()][-60:]):
                    pred = "callsFor"
                for agent in agents:
                    add(agent, pred, obj, cue.group())
                if predicate == "adopts" and len(agents) == 2 and all(a.type == "Country" for a in agents):
                    add(agents[0], "partnersWith", agents[1], cue.group())
                # "… to ratify the Convention after Cambodia, Singapore and Myanmar"
                tail = re.match(r"[^.;]*?\bafter\b", text[after[0][0].end - base :]) if after else None
                if predicate == "adopts" and tail:
                    lo = after[0][0].end + tail.end()
                    for _m, ent in sent.actors(lo, lo + 120):
                        if ent.type == "Country":
                            add(ent, "adopts", obj, cue.group())
        # partnership
        for cue in cues.PARTNERS.finditer(text):
            c0, c1 = base + cue.start(), base + cue.end()
            before = _subject(sent, c0, inherited, speaker, self_country)
            after = sent.actors(c1, c1 + 80)
            if cue.group().lower().startswith(("have been", "are")):
                group = _coordinated_before(sent, c0)
                if len(group) == 2:
                    add(group[0], "partnersWith", group[1], cue.group())
                continue
            if after:
                for ent in before[:1]:
                    add(ent, "partnersWith", after[0][1], cue.group())
        for cue in cues.SUPPORT_OF.finditer(text):
            c1 = base + cue.end()
            helpers = sent.actors(c1, c1 + 80)
            items = sent.of_types(_ITEMS)
            if helpers and items:
                nearest = min(items, key=lambda p: abs(p[0].start - c1))
                add(helpers[0][1], "supports", nearest[1], cue.group())
        # membership
        for cue in cues.MEMBER.finditer(text):
            c0, c1 = base + cue.start(), base + cue.end()
            word = cue.group().lower()
            if word.startswith("member state") and not word.endswith("of"):
                orgs = [p for p in sent.of_types(("Organization",), c0 - 30, c0)]
                members = [p for p in sent.actors(base, c0 - 30) if p[1].type == "Country"]
                if orgs and members:
                    add(members[-1][1], "memberOf", orgs[-1][1], cue.group())
                continue
            if word == "within":
                continue
            orgs = [p for p in sent.of_types(("Organization",), c1, c1 + 120)]
            members = [p for p in sent.actors(c1 + 1) if p[1].type == "Country" and p[0].start > c1]
            members = [p for p in members if all(p[0].start > o[0].end for o in orgs)] or [
                p for p in sent.actors(base, c0) if p[1].type == "Country"
            ]
            if orgs and members:
                for _m, org in orgs[:2]:
                    add(members[0][1], "memberOf", org, cue.group())
        # participation in events
        events = sent.of_types(("Event",))
        for _m, event in events:
            who = speaker or next((e for _m2, e in sent.actors() if e.type == "Person"), None)
            if who is None:
                actors = sent.actors(_m.end)
                who = actors[0][1] if actors else None
            if who is not None and cues.PARTICIPATES.search(text):
                add(who, "participatesIn", event, "at")
        # what plans, frameworks and events address
        for m, item in sent.of_types(("Plan", "Framework", "Event")):
            for cue in cues.ADDRESSES.finditer(text, max(0, m.end - base)):
                if base + cue.start() - m.end > 60:
                    break
                issues = sent.of_types(("Issue",), base + cue.end(), base + cue.end() + 90)
                if issues:
                    add(item, "addresses", issues[0][1], cue.group())
                    break
        # "Pakistan has called for … to end human trafficking": actor callsFor issue
        return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LIST_MARKER.match(text, start)
    if m and m.end() < end:
        start = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _subject(
    sent: _Sentence,
    pos: int,
    inherited: EntityRec | None,
    speaker: EntityRec | None,
    self_country: EntityRec | None,
) -> list[EntityRec]:
    """Who acts at ``pos``: the nearest actor before it, else the list's or the speaker's."""
    before = [
        (m, e)
        for m, e in sent.actors(sent.start, pos)
        if not re.match(r"[’']s\b", sent.text[m.end - sent.start : m.end - sent.start + 3])
        and not _in_parenthetical(sent, m, pos)
    ]
    clause = sent.text[: pos - sent.start]
    nearest = [p for p in sent.mentions if p[0].end <= pos and p[1].type not in ("Issue",)]
    if (
        nearest
        and nearest[-1][1].type == "Event"
        and (not before or before[-1][0].start < nearest[-1][0].start)
    ):
        return []  # "the meeting reviewing progress in implementing …": the event's, not an actor's
    if before:
        m, ent = before[-1]
        between = sent.text[m.end - sent.start : pos - sent.start]
        we = list(cues.FIRST_PERSON.finditer(between))
        if we and self_country is not None and "“" not in clause and '"' not in clause:
            return [self_country]
        group = _coordinated_before(sent, m.end)
        return group if len(group) > 1 and ent in group else [ent]
    if inherited is not None:
        return [inherited]
    if speaker is not None:
        return [speaker]
    if self_country is not None and cues.FIRST_PERSON.search(clause) and "“" not in clause:
        return [self_country]
    after = sent.actors(pos)
    if (after and sent.start == 0) or (
        after and re.match(r"^(?:[A-Z][a-z]+ )?(?:In|To|Soon|After|Following|Once|As|With)\b", sent.text)
    ):
        return [after[0][1]]
    return []


def _in_parenthetical(sent: _Sentence, m: MentionRec, pos: int) -> bool:
    """ "The Union Cabinet, chaired by the Prime Minister Modi, has approved": Modi is not the subject."""
    lead = sent.text[max(0, m.start - sent.start - 40) : m.start - sent.start]
    tail = sent.text[m.end - sent.start : pos - sent.start]
    return bool(
        re.search(
            r",\s*(?:[a-z]+\s+){0,2}(?:by|with|of|to|at|for|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$", lead
        )
        and "," in tail
    )


def _coordinated(sent: _Sentence, pos: int) -> list[EntityRec]:
    """The actors right after ``pos``: "by the UAE and Sri Lanka" → both."""
    actors = sent.actors(pos, pos + 120)
    if not actors:
        return []
    out = [actors[0][1]]
    for (m1, _e1), (m2, e2) in zip(actors, actors[1:]):
        gap = sent.text[m1.end - sent.start : m2.start - sent.start]
        if re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", gap):
            out.append(e2)
        else:
            break
    return list(dict.fromkeys(out))


def _coordinated_before(sent: _Sentence, pos: int) -> list[EntityRec]:
    actors = sent.actors(sent.start, pos)
    if not actors:
        return []
    out = [actors[-1][1]]
    for (m1, e1), (m2, _e2) in zip(reversed(actors[:-1]), reversed(actors[1:])):
        gap = sent.text[m1.end - sent.start : m2.start - sent.start]
        if re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", gap):
            out.insert(0, e1)
        else:
            break
    return list(dict.fromkeys(out))


def _speaker(sent: _Sentence, last_person: EntityRec | None) -> EntityRec | None:
    """The actor of "X said …", "… said X", "he said …" in this sentence."""
    for cue in cues.SPEECH.finditer(sent.text):
        c0, c1 = sent.start + cue.start(), sent.start + cue.end()
        before = sent.actors(sent.start, c0)
        if before and re.fullmatch(r"[\s,]*", sent.text[before[-1][0].end - sent.start : cue.start()]):
            return before[-1][1]
        after = sent.actors(c1, c1 + 40)
        if after and re.fullmatch(r"\s*", sent.text[cue.end() : after[0][0].start - sent.start]):
            return after[0][1]
        if re.search(r"\b(?:he|she|He|She)\s*$", sent.text[: cue.start()]):
            return last_person
        persons = [e for _m, e in before if e.type == "Person"]
        if persons:
            return persons[-1]
    return None


def _represents(doc: Doc, state: DocState) -> list[Found]:
    """Person → the country or organization named in the person's role phrase."""
    out: list[Found] = []
    text = doc_text(doc)
    actors = [(m, e) for m, e in state.by_position() if e.type in ("Country", "Organization")]
    for person in (e for e in state.entities.values() if e.type == "Person"):
        for role in person.roles:
            inside = [(m, e) for m, e in actors if role.start <= m.start and m.end <= role.end]
            chosen = None
            for m, ent in inside:
                before = text[max(role.start, m.start - 12) : m.start].lower()
                if re.search(r"\b(?:to|in)\s+(?:the\s+)?$", before):
                    continue  # "Representative to the UN", "Representative in Pakistan"
                chosen = ent
                break
            if chosen is None:
                chosen = _ministry(text[role.start : role.end], state)
            if chosen is None:
                continue
            s, e = _trim(text, *sentence_at(doc, role.start))
            out.append(Found(person.key, "represents", chosen.key, s, e, "role"))
    return out


def _named_issues(doc: Doc, state: DocState) -> list[Found]:
    """A plan or framework addresses the issue its name names, evidence its first mention's sentence."""
    out: list[Found] = []
    for ent in state.entities.values():
        if not ent.named_issues:
            continue
        first = min(ent.mentions, key=lambda m: m.start)
        s, e = _trim(doc_text(doc), *sentence_at(doc, first.start))
        for issue in ent.named_issues:
            if issue in state.entities:
                out.append(Found(ent.key, "addresses", issue, s, e, "name"))
    return out


def _ministry(role: str, state: DocState) -> EntityRec | None:
    """ "Minister of Defence" → "Ministry of Defence"; "Human Resources Minister" → "… Ministry"."""
    m = re.search(r"\bMinister\s+of\s+((?:[A-Z][\w’'-]*\s*(?:and\s+)?)+)", role) or re.search(
        r"((?:[A-Z][\w’'-]*\s+){1,3})Minister\b", role
    )
    if not m:
        return None
    field = m.group(1).strip().lower()
    for ent in state.entities.values():
        if ent.type == "Organization" and "ministr" in ent.label.lower() and field in ent.label.lower():
            return ent
    return None


def _dedupe(found: list[Found]) -> list[Found]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for f in found:
        key = (f.subject, f.predicate, f.object)
        if f.predicate == "partnersWith":
            key = (min(f.subject, f.object), f.predicate, max(f.subject, f.object))
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


__all__ = ["DEMONYM", "Found", "RelationFinder"]
