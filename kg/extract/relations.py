"""Relations between the entities of a sentence, from cue words and sentence structure.

For each sentence: who acts (:mod:`kg.extract.actors`: the nearest actor before the cue;
the agent after "by" in the passive; the subject inherited by the items of a list
introduced by "Pakistan has:"; the speaker of reported speech, "X said that …", "he said";
"we" in a statement made for a country), which cue links it to what (tables in
:mod:`kg.extract.cues`), and the modality (a cue under "must", "urges", "calls for" is
callsFor, not adopts; a negated one, "has not ratified", gives nothing). Role phrases give
represents (:mod:`kg.extract.doc_relations`), as do "Ambassador X of Country" and "the
Council, chaired by X"; "X Member State", "member of X", "As a member of X, we" give memberOf.

Where the sentence names no actor, the text supplies one: "both sides", "the two countries"
are the two countries of the text; in a country's statement ("we", "our" outside quotations)
an impersonal call ("it is crucial for all to honour …") and "our Plan" are that country's;
a ratification, or a national plan launched with no agent, is the text's main country's.

Only sentences with mentions are read, and each cue table only where the mentions it needs
are present; cues are matched case-sensitively on the lower-cased text (three times faster
than case-insensitive matching).

Every relation carries the sentence as evidence (list markers and trailing space cut off).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from spacy.tokens import Doc

from kg.extract import cues
from kg.extract.actors import LIST_MARKER, Sentence, coordinated, coordinated_before, speaker, subject, trim
from kg.extract.doc_relations import dedupe, named_issues, represents
from kg.extract.found import Found
from kg.extract.records import DEMONYM, NAME, DocState, EntityRec
from kg.extract.spans import ENTITIES, RELATIONS, doc_lower, doc_text, sentence_bounds

_ITEMS = ("Plan", "Framework")
_OBJECTS = frozenset(("Plan", "Framework", "Issue"))
_ITEM_SET = frozenset(_ITEMS)
_THE_BEFORE = re.compile(r"\bthe\s+$")
_BY = re.compile(r"\s*by\b")
_BY_WORD = re.compile(r"\bby\b")
_AFTER_ADOPTION = re.compile(r"\b(?:after|following|since)\s+the\s+$")
_THEN_AFTER = re.compile(r"[^.;]*?\bafter\b")
#: between two objects of one cue: "the Act and its rules, and the Plan", "the Act, the Plan"
_AND_THEN = re.compile(
    r"[’'”\"]?(?:(?:\s+and\s+(?:its|their)\s+[a-z]+)?\s*(?:,\s*)?(?:and|or|as well as)\s+|\s*,\s*)(?:the\s+)?"
)
_HEAD_GAP = re.compile(r"[^.;:]{0,30}?,?\s*")
_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_ISSUE_GAP = re.compile(_SEP + r"(?:[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}" + _SEP + r"){0,3}")
_IMPLEMENTATION = re.compile(r"[’'”\"]?\s+implementation\b")
_ANNIVERSARY = re.compile(r"\b(?:anniversary|celebration|commemoration) of the\s+$")
_THAT_THE = re.compile(r"\bthat the\s+$")
_A_MEMBER = re.compile(r"\ban? (?:founding |active |proud |committed )?$")
_TO_JOIN = re.compile(
    r"[^.;]{0,60}?\bto (?:join|endorse|support|sign up to|become (?:a )?part(?:y|ies) to)\b"
)
_NEGATED = re.compile(
    r"(?:\b(?:not|never|yet to|neither|nor|refused to|failed to|declined to)|n[’']t)"
    r"\s+(?:yet\s+|been\s+|to\s+)?$"
)
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|will be)\s+(?:[a-z]+\s+)?$")
_OF = re.compile(r",?\s+of\s+(?:the\s+)?")
_PURPOSE = re.compile(r"(?:in order )?to\s+")
_STATE_ACT = re.compile(r"ratification of|enactment of|accession to")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
_OUR = re.compile(r"\b[Oo]ur\s+(?:own\s+|new\s+|long-term\s+|national\s+)?$")


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
        low = doc_lower(doc)
        gate, gate_masks = cues.starts(low)
        found: list[Found] = []
        list_subject: EntityRec | None = None
        last_person: EntityRec | None = None
        countries = [e for e in state.entities.values() if e.type == "Country"]
        doc_pair = (countries[0], countries[1]) if len(countries) == 2 else None
        recent: list[EntityRec] = []  # countries named so far, the latest last
        state_speaks = _is_statement(text)
        i, n = 0, len(pairs)
        for sent_start, sent_end in sentence_bounds(doc):
            mentions = []
            while i < n and pairs[i][0].start < sent_end:
                if pairs[i][0].start >= sent_start:
                    mentions.append(pairs[i])
                i += 1
            is_item = LIST_MARKER.match(text, sent_start, sent_end) is not None
            if not mentions:
                if not is_item or text[sent_start:sent_end].rstrip().endswith(":"):
                    list_subject = None
                continue  # nothing to relate; a sentence ending in ":" without an actor leads no list
            s, e = trim(text, sent_start, sent_end)
            sentence = Sentence(s, e, text[s:e], low[s:e], mentions, tuple(r for r in roles if s <= r[0] < e))
            inherited = list_subject if is_item else None
            pair = doc_pair or ((recent[-2], recent[-1]) if len(recent) >= 2 else None)
            lo, hi = bisect_right(gate, s), bisect_right(gate, e - 1)
            at = (0, *(g - s for g in gate[lo:hi])), (cues.ANY, *gate_masks[lo:hi])
            found += self._sentence(
                sentence, state, inherited, speaker(sentence, last_person), pair, state_speaks, at
            )
            for _m, ent in mentions:
                if ent.type == "Country":
                    if ent in recent:
                        recent.remove(ent)
                    recent.append(ent)
            if sentence.text.endswith(":"):
                actors = sentence.actors()
                list_subject = actors[0][1] if actors else None
            elif not is_item:
                list_subject = None
            for _m, ent in reversed(mentions):
                if ent.type == "Person":
                    last_person = ent
                    break
        found += named_issues(doc, state)
        represented = represents(doc, state)
        country_of = {f.subject: f.object for f in represented if state.entities[f.object].type == "Country"}
        linked = {(f.subject, f.object) for f in found}
        for f in list(found):
            if (country_of.get(f.subject), f.object) in linked:
                continue  # the country's own act says more than its envoy's stance
            if f.predicate in ("supports", "callsFor") and f.subject in country_of and f.cue != "role":
                found.append(Found(country_of[f.subject], f.predicate, f.object, f.start, f.end, f.cue))
        return dedupe(found + represented)

    @staticmethod
    def _national_plan_before(sent: Sentence, cue: re.Match[str], low: str) -> EntityRec | None:
        """The national plan a passive cue without an agent is about: "The National Plan was launched"."""
        if not _AUX_BEFORE.search(low, max(0, cue.start() - 30), cue.start()):
            return None
        if _BY_WORD.search(low, cue.end()) or cues.MODAL.search(low, max(0, cue.start() - 60), cue.start()):
            return None
        plans = sent.of_types(("Plan",), sent.start, sent.start + cue.start())
        if not plans or sent.start + cue.start() - plans[-1][0].end > 40:
            return None
        plan = plans[-1][1]
        return plan if "national" in plan.label.lower() else None

    def _sentence(
        self,
        sent: Sentence,
        state: DocState,
        inherited: EntityRec | None,
        speaker: EntityRec | None,
        pair: tuple[EntityRec, EntityRec] | None = None,
        statement: bool = False,
        at: tuple[tuple[int, ...], tuple[int, ...]] | None = None,
    ) -> list[Found]:
        """The relations of one sentence; ``at``: where its cues may start, and which (all places if None)."""
        out: list[Found] = []
        places, masks = at if at is not None else (tuple(range(len(sent.low))), (cues.ANY,) * len(sent.low))

        def finditer(pattern: re.Pattern[str], pos: int = 0) -> list[re.Match[str]]:
            return cues.finditer(pattern, low, places, masks, pos)

        def search(pattern: re.Pattern[str]) -> re.Match[str] | None:
            return cues.search(pattern, low, places, masks)

        def add(subj: EntityRec, pred: str, obj: EntityRec, cue: str) -> None:
            if subj.key != obj.key:
                out.append(Found(subj.key, pred, obj.key, sent.start, sent.end, cue))

        text, low, base = sent.text, sent.low, sent.start
        types = {e.type for _m, e in sent.mentions}
        self_country = state.entities.get(state.self_country) if state.self_country else None
        speaking = self_country if statement else None  # the country whose statement this is
        helped = [m.span() for m in finditer(cues.SUPPORT_OF_LOW)] if "support" in low else []
        # commitments: adopts / implements / supports / callsFor
        for pattern, predicate in (
            (cues.ADOPTS_LOW, "adopts"),
            (cues.IMPLEMENTS_LOW, "implements"),
            (cues.SUPPORTS_LOW, "supports"),
            (cues.CALLS_FOR_LOW, "callsFor"),
        ):
            if not types & _OBJECTS:
                break  # no object any cue could reach
            for cue in finditer(pattern):
                c0, c1 = base + cue.start(), base + cue.end()
                word = text[cue.start() : cue.end()]
                if predicate == "supports" and (
                    _THE_BEFORE.search(text, max(0, cue.start() - 9), cue.start())
                    or any(h0 <= cue.start() < h1 for h0, h1 in helped)
                ):
                    continue  # "with (the) support of X": X supports, see SUPPORT_OF
                if predicate != "callsFor" and _NEGATED.search(low, max(0, cue.start() - 24), cue.start()):
                    continue  # "India has not ratified the Convention"
                strong = predicate == "callsFor" and not cues.MODAL_ONLY.fullmatch(word)
                targets = ("Plan", "Framework", "Issue") if strong else _ITEMS
                passive = cues.PASSIVE_BY.match(text, cue.end())
                # "Signed by X, Minister of …, and Y, the MoU …": the object lies further on
                reach = self.max_gap * 2 if passive else self.max_gap
                after = [p for p in sent.of_types(targets, c1, c1 + reach)]
                obj = after[0][1] if after else None
                agents: list[EntityRec] = []
                if passive or _BY.match(text, cue.end()):
                    by_pos = base + cue.end() + text[cue.end() :].find("by")
                    agents = coordinated(sent, by_pos)
                    before_items = sent.of_types(_ITEMS, base, c0)
                    if before_items:
                        obj = before_items[-1][1]
                elif obj is not None:
                    by = _BY_WORD.search(text[cue.end() : after[0][0].end - base + 12])
                    if by is not None and predicate == "adopts":
                        agents = coordinated(sent, base + cue.end() + by.start())
                if obj is None and predicate == "adopts" and self_country is not None and not sent.actors():
                    plan = self._national_plan_before(sent, cue, low)
                    if plan is not None:  # "The National Action Plan was launched on Friday."
                        add(self_country, "adopts", plan, word)
                    continue
                if obj is None:
                    continue
                if not agents:
                    agents = subject(sent, c0, inherited, speaker, self_country, pair)
                if (
                    not agents
                    and self_country is not None
                    and _STATE_ACT.fullmatch(cue.group())
                    and not _BY_WORD.search(low, cue.end(), len(low))
                    and not cues.MODAL.search(low, max(0, cue.start() - 60), cue.start())
                ):
                    agents = [self_country]  # "… and the ratification of the Act": the text's country
                if (
                    not agents
                    and predicate == "adopts"
                    and self_country is not None
                    and obj.type == "Plan"
                    and "national" in obj.label.lower()
                    and not sent.actors()
                    and not _BY_WORD.search(low, cue.end(), len(low))
                    and not cues.MODAL.search(low, max(0, cue.start() - 60), cue.start())
                ):
                    agents = [self_country]  # "The National Action Plan was launched on Friday"
                if not agents and predicate == "callsFor" and speaking is not None:
                    agents = [speaking]  # "it is crucial for all to honour …" in a country's statement
                pred = predicate
                if predicate == "callsFor" and _TO_JOIN.match(low, cue.end()):
                    pred = "supports"  # "calls on other States to join the Compact"
                if cue.group() == "adoption of" and _AFTER_ADOPTION.search(low[: cue.start()]):
                    pred = "implements"  # "Following the adoption of the Compact, we …"
                if predicate == "adopts" and after and obj is after[0][1]:
                    between = low[cue.end() : after[0][0].start - base]
                    if cues.IMPLEMENTS_LOW.search(between):
                        continue  # "approves a plan to implement the Compact": the plan is adopted
                    if _IMPLEMENTATION.match(low, after[0][0].end - base):
                        pred = "implements"  # "presented its review on SDG implementation"
                if predicate == "adopts" and _ANNIVERSARY.search(low, max(0, cue.start() - 40), cue.start()):
                    pred = "supports"  # "the anniversary of the adoption of the Declaration"
                if (
                    predicate == "adopts"
                    and _THAT_THE.search(low, max(0, cue.start() - 12), cue.start())
                    and cue.group().endswith((" of", " to"))
                    and not passive
                ):
                    pred = "supports"  # "stressed that the ratification of the Convention is a priority"
                if predicate in ("adopts", "implements") and cues.MODAL.search(text[: cue.start()][-60:]):
                    pred = "callsFor"
                objects = [obj]
                if after and obj is after[0][1]:
                    if predicate == "implements" and cues.DEMAND_AFTER.match(text, after[0][0].end - base):
                        pred = "callsFor"  # "the implementation of the Plan demands …"
                    for (m1, _e1), (m2, e2) in pairwise(after):
                        if not _AND_THEN.fullmatch(text, m1.end - base, m2.start - base):
                            break
                        objects.append(e2)  # "implementing the Act, and the Plan"
                for agent in agents:
                    for thing in objects:
                        add(agent, pred, thing, word)
                two_countries = len(agents) == 2 and all(a.type == "Country" for a in agents)
                if predicate in ("adopts", "implements") and two_countries:
                    add(agents[0], "partnersWith", agents[1], word)
                # "… to ratify the Convention after Cambodia, Singapore and Myanmar"
                tail = None
                if after and predicate == "adopts":
                    tail = _THEN_AFTER.match(text[after[0][0].end - base :])
                if tail:
                    lo = after[0][0].end + tail.end()
                    for _m, ent in sent.actors(lo, lo + 120):
                        if ent.type == "Country":
                            add(ent, "adopts", obj, word)
        purpose = _PURPOSE.match(low) if "Issue" in types else None
        aim = cues.ADDRESSES_LOW.match(low, purpose.end()) if purpose else None
        if aim is not None:  # "In order to prevent trafficking, we acceded to the Protocol"
            comma = low.find(",", aim.end())
            issues = sent.of_types(("Issue",), base + aim.end(), base + comma) if comma > 0 else []
            acts = [f.object for f in out if f.predicate in ("adopts", "implements")]
            for key in dict.fromkeys(acts) if issues else ():
                add(state.entities[key], "addresses", issues[0][1], aim.group())
        if speaking is not None and "Plan" in types:
            for m, item in sent.of_types(("Plan",)):
                if _OUR.search(text, max(0, m.start - base - 30), m.start - base):
                    add(speaking, "adopts", item, "our")  # "anchored in our Delta Plan"
        has_actor = bool(sent.actors())
        if "Person" in types:  # "Ambassador Maria Ruiz of Ecuador"
            for (m1, e1), (m2, e2) in pairwise(sent.mentions):
                if (
                    e1.type == "Person"
                    and m1.kind == NAME
                    and e2.type in ("Country", "Organization")
                    and _OF.fullmatch(text, m1.end - base, m2.start - base)
                ):
                    add(e1, "represents", e2, "of")
        if pair is not None and has_actor and search(cues.PAIR_LINK_LOW):
            add(pair[0], "partnersWith", pair[1], "between the two")
        for cue in finditer(cues.HEADED_BY_LOW) if has_actor else ():
            c0, c1 = base + cue.start(), base + cue.end()
            heads = [p for p in sent.mentions if p[1].type == "Person" and c1 <= p[0].start <= c1 + 30]
            bodies = [p for p in sent.actors(max(base, c0 - 60), c0) if p[1].type == "Organization"]
            if heads and bodies and _HEAD_GAP.fullmatch(text, bodies[-1][0].end - base, cue.start()):
                add(heads[0][1], "represents", bodies[-1][1], cue.group())
        # partnership
        for cue in finditer(cues.PARTNERS_LOW) if has_actor else ():
            c0, c1 = base + cue.start(), base + cue.end()
            word = text[cue.start() : cue.end()]
            before = subject(sent, c0, inherited, speaker, self_country, pair)
            after = sent.actors(c1, c1 + 80)
            if cue.group().startswith(("have been", "are")):
                group = coordinated_before(sent, c0)
                if len(group) == 2:
                    add(group[0], "partnersWith", group[1], word)
                continue
            if after:
                for ent in before[:1]:
                    for partner in coordinated(sent, c1):  # "in collaboration with UNICEF and the ILO"
                        add(ent, "partnersWith", partner, word)
        both = pair is not None and search(cues.PAIR_LOW) is not None
        for cue in finditer(cues.COOPERATE_LOW) if has_actor or both else ():
            group = subject(sent, base + cue.start(), inherited, speaker, self_country, pair)
            if (
                len(group) == 2
            ):  # "X and Y agreed to strengthen cooperation", "the two countries will cooperate"
                add(group[0], "partnersWith", group[1], text[cue.start() : cue.end()])
        for cue in finditer(cues.SUPPORT_OF_LOW) if has_actor and types & _ITEM_SET else ():
            c1 = base + cue.end()
            helpers = sent.actors(c1, c1 + 80)
            items = sent.of_types(_ITEMS)
            if helpers and items:
                c0 = base + cue.start()
                nearest = min(  # "the Compact, negotiated under the auspices of X": the nearest end or start
                    items,
                    key=lambda p: (c0 - p[0].end if p[0].end <= c0 else abs(p[0].start - c1), -p[0].start),
                )
                add(helpers[0][1], "supports", nearest[1], text[cue.start() : cue.end()])
        # membership
        for cue in finditer(cues.MEMBER_LOW) if "Organization" in types else ():
            c0, c1 = base + cue.start(), base + cue.end()
            word = cue.group()
            if word.startswith("member state") and not word.endswith("of"):
                orgs = [p for p in sent.of_types(("Organization",), c0 - 30, c0)]
                members = [p for p in sent.actors(base, c0 - 30) if p[1].type == "Country"]
                if orgs and members:
                    add(members[-1][1], "memberOf", orgs[-1][1], text[cue.start() : cue.end()])
                continue
            if word == "within":
                continue
            orgs = [p for p in sent.of_types(("Organization",), c1, c1 + 120)]
            members = [p for p in sent.actors(c1 + 1) if p[1].type == "Country" and p[0].start > c1]
            members = [p for p in members if all(p[0].start > o[0].end for o in orgs)] or [
                p for p in sent.actors(base, c0) if p[1].type == "Country"
            ]
            member = members[0][1] if members else None
            if (
                member is None
                and self_country is not None
                and "“" not in text
                and _A_MEMBER.search(low, max(0, cue.start() - 30), cue.start())
            ):
                we = cues.FIRST_PERSON.search(text)
                member = self_country if we and we.group() != "I" else None  # "As a member of X, we …"
            if orgs and member is not None:
                for _m, org in orgs[:2]:
                    add(member, "memberOf", org, text[cue.start() : cue.end()])
        # participation in events
        events = sent.of_types(("Event",)) if "Event" in types else []
        if events and search(cues.PARTICIPATES_LOW):
            for _m, event in events:
                who = speaker or next((e for _m2, e in sent.actors() if e.type == "Person"), None)
                if who is None:
                    actors = sent.actors(_m.end)
                    who = actors[0][1] if actors else None
                if who is not None:
                    add(who, "participatesIn", event, "at")
        # what plans, frameworks and events address
        for m, item in sent.of_types(("Plan", "Framework", "Event")) if "Issue" in types else ():
            for cue in finditer(cues.ADDRESSES_LOW, max(0, m.end - base)):
                if base + cue.start() - m.end > 60:
                    break
                issues = sent.of_types(("Issue",), base + cue.end(), base + cue.end() + 90)
                if issues:
                    add(item, "addresses", issues[0][1], text[cue.start() : cue.end()])
                    for (m1, _i1), (m2, i2) in pairwise(issues):
                        if not _ISSUE_GAP.fullmatch(text, m1.end - base, m2.start - base):
                            break
                        add(item, "addresses", i2, text[cue.start() : cue.end()])  # "… on A, B and C"
                    break
        # "Pakistan has called for … to end human trafficking": actor callsFor issue
        return out


def _is_statement(text: str) -> bool:
    """Whether the text speaks in the first person outside quotations: a country's statement."""
    if len(_WE.findall(text)) < 3:
        return False  # the lines outside quotations have fewer still
    unquoted = [line for line in text.split("\n") if "“" not in line and "”" not in line and '"' not in line]
    return sum(len(_WE.findall(line)) for line in unquoted) >= 3


__all__ = ["DEMONYM", "Found", "RelationFinder"]
