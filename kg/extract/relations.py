"""Relations between the entities of a sentence, from cue words and sentence structure.

This module is the spaCy component and its walk through the document: the state carried from
sentence to sentence (the subject of a list, the last person named, the last plan, the text's
two countries) and the rule families run on each sentence (:mod:`~kg.extract.relation_families`),
in a fixed order, over one :class:`~kg.extract.relation_context.SentenceRules`:
:mod:`~kg.extract.relation_commitments` (adopts, implements, supports, callsFor),
:mod:`~kg.extract.relation_structures` (possessives, "under", representation),
:mod:`~kg.extract.relation_ties` (partnership, membership),
:mod:`~kg.extract.relation_leads` (leading a body) and :mod:`~kg.extract.relation_events` (participation,
addresses); who acts is found by :mod:`~kg.extract.relation_agents`. Then
:mod:`~kg.extract.relation_clauses` (clause shapes: "to which X acceded", "jointly run by",
"holds the presidency of"), :mod:`~kg.extract.relation_support` (support given: "financed by",
"X's support for"), :mod:`~kg.extract.relation_partners` (ties named by a noun: "cooperation
between X and Y") and :mod:`~kg.extract.relation_carried` (what the sentence names as "the
meeting", "it", "its", "the country's", remembered from the sentences before).

For each sentence: who acts (:mod:`kg.extract.actors`: the nearest actor before the cue;
the agent after "by" in the passive; the subject inherited by the items of a list
introduced by "Pakistan has:"; the speaker of reported speech, "X said that …", "he said";
"we" in a statement made for a country), which cue links it to what (tables in
:mod:`kg.extract.cues`), and the modality (a cue under "must", "urges", "calls for" is
callsFor, not adopts; a negated one, "has not ratified", gives nothing). Role phrases give
represents (:mod:`kg.extract.doc_relations`), as do "Ambassador X of Country" and "the
Council, chaired by X", "the delegation of X, led by Y" and "speaking on behalf of X"; "X Member
State", "member of X", "As a member of X, we" give memberOf (the subject of "is a member of",
and only coordinated bodies).

Structures read besides the nearest actor: a possessive act ("Nepal's ratification of X"), a
relative clause ("X, which Armenia ratified"), agents after "by" or "between" ("was signed
between X and Y", "the signing of the MoU between X and Y"), but not "by 152 countries at the
Assembly"; "Under the X, Y will …" (Y implements X), "Together with X, Y …", "She welcomed …"
(the last person named), an apposition or a "who" clause that is not the subject ("Ghana, a
pathfinder country of Alliance 8.7, is committed to …"). An intention ("plans to ratify", "is
expected to sign", "is considering joining"), an act halted or refused ("suspended the
implementation of", "no longer implements", "rejected") and someone else's call ("heard a call
for") give no act; "X urged Y to ratify" is X's call, not Y's. Two signatories, two parties to a
bilateral instrument or "the MoU between X and Y" are partners (not two of the many states that
ratified a convention); "X, along with Y, signed" is both's act; "Senegal joined the Alliance"
is memberOf; "X hosted the Summit", "attended by X and Y", "X and Y took part in the Summit" give
participatesIn. "Kenya's National Action Plan" (a plan or a law) is the owner's; "signed it into
law" takes the item named before in the sentence; "voted in favour of" supports.

Where the sentence names no actor, the text supplies one: "both sides", "the two countries",
"the two agencies" are the text's pair (:mod:`~kg.extract.pairs`: its two countries, the two parties
its opening names, the two bodies named together last); "her Government had adopted …" after a
delegate is named is the delegate's country's act (:mod:`~kg.extract.speaker_country`); "It was
prepared by X with funding from Y", "It was co-chaired by X" read the plan or meeting of the
sentence before (:mod:`~kg.extract.relation_it`); in a country's statement ("we", "our" outside quotations)
an impersonal call ("it is crucial for all to honour …") and "our Plan" are that country's;
a ratification, or a national plan launched with no agent, is the text's main country's.

Only sentences with mentions are read, and each cue table only where the mentions it needs
are present; cues are matched case-sensitively on the lower-cased text (three times faster
than case-insensitive matching).

Every relation carries the sentence as evidence (list markers and trailing space cut off).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from kg.extract import cue_gate
from kg.extract.actors import LIST_MARKER, Sentence, trim
from kg.extract.doc_relations import dedupe, named_issues, represents, unit_and_report_ties
from kg.extract.found import Found
from kg.extract.joint_authors import joint_authors
from kg.extract.pairs import coordinated_bodies, opening_pair, sentence_pair
from kg.extract.plan_frameworks import framework_implementers
from kg.extract.records import DEMONYM, DocState, EntityRec, MentionRec
from kg.extract.relation_cabinet import cabinet_acts
from kg.extract.relation_carried import Memory, main_pair
from kg.extract.relation_conjoined import it_and_by
from kg.extract.relation_expert import titled_person
from kg.extract.relation_families import sentence_relations
from kg.extract.relation_implementers import implementers
from kg.extract.relation_it import it_backers, it_by, it_event
from kg.extract.relation_lists import (
    called_items,
    calling_lead,
    calls_to_join,
    carried_out_with,
    collective_body,
    collective_start,
    committed_items,
    committing_lead,
    lead_group,
    shared_by_group,
)
from kg.extract.relation_report_voice import report_author, report_speaks
from kg.extract.relation_strongest import strongest
from kg.extract.relation_the_noun import the_noun_funded, the_noun_item
from kg.extract.relation_we_body import bodies_of_we
from kg.extract.relation_wording import ITEMS
from kg.extract.spans import ENTITIES, RELATIONS, doc_lower, doc_text, sentence_bounds
from kg.extract.speaker_country import OWN_START, country_acts
from kg.extract.subjects import speaker

#: ``\b(?:[Ww]e|[Oo]ur)\b``, spelled to open with its letters so that the scan skips to them (3x faster)
_WE = re.compile(r"[WwOo](?<!\w[WwOo])(?:(?<=[Ww])e|(?<=[Oo])ur)\b")
#: "She welcomed …" opening a sentence: the last person named acts
_PRONOUN_START = re.compile(
    r"(?:[A-Z][a-z]+,\s+)?(?:He|She)\s+(?:also\s+|further\s+|later\s+)?[a-z]+\b"
    # "Launching the Plan on Monday, she said …": an opening participle whose subject is the pronoun
    r"|[A-Z][a-z]+ing\b[^.;:\n]{0,150}?,\s+(?:he|she)\s+(?:also\s+|further\s+)?[a-z]+\b"
)
#: what may open a sentence before its subject: "The ", "The Royal Government of "
_OPENING = re.compile(r"(?:[Tt]he\s+)?(?:(?:Royal\s+|Federal\s+)?Government\s+of\s+(?:the\s+)?)?")
#: "Of this, ", "Of the total, ": a share of what the sentence before gave
_OF_THIS = re.compile(r"Of\s+(?:this|these|that|it|the\s+total|this\s+(?:amount|sum|funding))\s*,")
_MEMBERS_AFTER = re.compile(r"\s+(?:[Mm]ember|[Pp]artner)\b")
#: "It reports progress", "It has also ratified": "it" acting, not "It is …", "It will be …"
_IT_ACTS = re.compile(
    r"It\s+(?!(?:is|was|were|will|would|may|might|can|could|should|must|has been|had been|also notes)\b)"
    r"(?:also\s+|further\s+|then\s+)?(?:has\s+|have\s+|had\s+)?[a-z]+(?:s|ed)\b"
)


class RelationFinder:
    """Write the relations of each sentence to ``doc.user_data[RELATIONS]``."""

    def __init__(self, *, name: str = "kg_relations", max_gap: int = 160) -> None:
        self.name = name
        self.max_gap = max_gap
        self._plan: EntityRec | None = None

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
        gate = cue_gate.Gate(low)
        group = joint_authors(text, state)
        if group:  # "Joint statement by A, B and C": "we" are all three, no one country speaks
            state.self_group, state.self_country = group, None
        found: list[Found] = []
        list_subject: EntityRec | None = None
        list_group: list[EntityRec] = []  # "India and Bangladesh have:": all who lead the list
        last_person: EntityRec | None = None
        countries = [e for e in state.entities.values() if e.type == "Country"]
        doc_pair = main_pair(state, low) or ((countries[0], countries[1]) if len(countries) == 2 else None)
        recent: list[EntityRec] = []  # countries named so far, the latest last
        bodies: tuple[EntityRec, EntityRec] | None = None  # the last two organizations named together
        bounds = sentence_bounds(doc)
        opening = opening_pair(pairs, bounds)  # the two parties of the title or first sentence
        state_speaks = _is_statement(text)
        spoken = _places_of(text, cue_gate.SPEECH_WORDS)  # a sentence without a speech word has no speaker
        last_item: EntityRec | None = None  # the last plan or framework of the sentence before
        earlier: tuple[MentionRec, EntityRec] | None = None  # the last plan or framework named so far
        before: Sentence | None = None  # the sentence before, if it had mentions ("It reports …")
        memory = Memory(text)  # the last event, body and country named ("The meeting was hosted by …")
        self._plan = next((e for _m, e in pairs if e.type == "Plan"), None)  # the text's first plan
        body = collective_body(text, pairs)  # "Ministers of the Forum": who "Ministers welcomed …" are
        by_body = False  # the sentence before was the body's ("Ministers welcomed …"; "They …" follows)
        list_lead = ""  # "call": a list of recommendations; "commit": a list of commitments
        topic: EntityRec | None = None  # the plan "The programme …" spoke of in the sentence before
        author = report_author(text, pairs)  # "The report, 'Title', by X": who "The report urges …" is
        by_report = False  # the sentence before was the report's word ("It also calls …" follows)
        i, n = 0, len(pairs)
        for sent_start, sent_end in bounds:
            mentions = []
            while i < n and pairs[i][0].start < sent_end:
                if pairs[i][0].start >= sent_start:
                    mentions.append(pairs[i])
                i += 1
            is_item = LIST_MARKER.match(text, sent_start, sent_end) is not None
            if not mentions:
                lead_text = text[slice(*trim(text, sent_start, sent_end))]
                if not is_item or lead_text.endswith(":"):
                    list_subject = None
                    list_lead = ""
                if state_speaks and earlier is not None and state.self_country and calls_to_join(lead_text):
                    s, e = trim(text, sent_start, sent_end)  # "We call on all States to join it."
                    found.append(Found(state.self_country, "callsFor", earlier[1].key, s, e, "to join it"))
                if body is not None and lead_text.endswith(":") and collective_start(lead_text, by_body):
                    list_subject = body  # "Ministers committed to:"
                    list_lead = "commit" if committing_lead(lead_text) else ""
                last_item = before = None
                continue  # nothing to relate; a sentence ending in ":" without an actor leads no list
            s, e = trim(text, sent_start, sent_end)
            sentence = Sentence(
                s, e, text[s:e], low[s:e], mentions, tuple(r for r in roles if s <= r[0] < e) if roles else ()
            )
            inherited = list_subject if is_item else None
            if (
                inherited is None
                and before is not None
                and sentence.text[:3] == "It "
                and _IT_ACTS.match(sentence.text)
            ):
                # "The Government of Kenya presented its report. It reports …"
                inherited = _opening_actor(before)
            if (
                inherited is None
                and before is not None
                and sentence.text[:3] == "Of "
                and _OF_THIS.match(text, s)
            ):
                inherited = _opening_actor(before)  # "The EU gives EUR 40 million. Of this, …": the EU's
            by_report = author is not None and report_speaks(sentence.text, by_report)
            if inherited is None and by_report:
                inherited = author  # "The report urges …", "It also calls for …": the report's author
            collective = body is not None and collective_start(sentence.text, by_body)
            if inherited is None and collective:
                inherited = body  # "Ministers welcomed the Plan": the body whose ministers met
            by_body = collective or (by_body and sentence.text[:5] == "They ")
            pair = sentence_pair(sentence.low, doc_pair, opening, recent, bodies)  # "both sides"
            k = bisect_left(spoken, s)
            sentence.speech = k < len(spoken) and spoken[k] < e
            who = speaker(sentence, last_person) if sentence.speech else None
            if (
                last_person is not None
                and " " in last_person.label
                and (
                    _PRONOUN_START.match(sentence.text)
                    or OWN_START.match(sentence.text)
                    or titled_person(sentence.text, last_person, text)  # "The Special Rapporteur urged"
                )
            ):
                who = last_person  # "She welcomed the Compact", "His Government had …": the last person named
            it_item = memory.item if last_item is not None else None  # the only or opening item before
            got = sentence_relations(
                sentence,
                state,
                inherited,
                who,
                pair,
                state_speaks,
                gate,
                earlier,
                memory,
                body,
                max_gap=self.max_gap,
                plan=self._plan,
            )
            if is_item and inherited is list_subject and len(list_group) > 1:
                got += shared_by_group(got, list_group, sentence)  # each item is the whole group's act
            if is_item and inherited is not None and list_lead == "call":
                got = called_items(got, inherited, sentence)  # "X recommends that: 1. the State ratify …"
            elif is_item and inherited is not None and list_lead == "commit":
                got += committed_items(sentence, inherited)  # "Ministers committed to: (a) act under the X"
            found += got
            more, drop = implementers(sentence, it_item, self._plan)  # "led by X together with A and B"
            if drop:
                found = [
                    f for f in found if f.predicate != "partnersWith" or {f.subject, f.object} not in drop
                ]
            found += more
            if it_item is not None and sentence.text[:1] in "IT":
                found += it_by(sentence, it_item)  # "It will be implemented by the Ministry"
                found += it_and_by(sentence, it_item)  # "It replaces the old Plan and was developed by X"
                found += it_backers(sentence, it_item)  # "… with funding from the Fund"
                found += carried_out_with(sentence, it_item, _leads(found, it_item, state))  # "… with X"
            if sentence.text[:3] == "It ":
                found += it_event(sentence, before)  # "It was co-chaired by X and Y": the meeting's
            noun_item = the_noun_item(sentence.text, earlier[1] if earlier is not None else None)
            if noun_item is not None:
                found += the_noun_funded(sentence, noun_item)  # "The programme is funded by A, by B"
            elif it_item is None and topic is not None and sentence.text[:3] == "It ":
                found += carried_out_with(sentence, topic, _leads(found, topic, state))
            topic = noun_item
            items = sentence.of_types(ITEMS)
            last_item = items[-1][1] if items else None
            before = sentence
            earlier = items[-1] if items else earlier
            for _m, ent in mentions:
                if ent.type == "Country":
                    if ent in recent:
                        recent.remove(ent)
                    recent.append(ent)
            bodies = coordinated_bodies(sentence.text, s, mentions) or bodies
            if sentence.text.endswith(":"):
                actors = sentence.actors()
                list_group = lead_group(sentence, actors)
                list_subject = list_group[0] if list_group else body if collective else None
                list_lead = "call" if calling_lead(sentence.text) else ""
                list_lead = list_lead or ("commit" if committing_lead(sentence.text) else "")
            elif not is_item:
                list_subject = None
            for _m, ent in reversed(mentions):
                if ent.type == "Person":
                    last_person = ent
                    break
        found += cabinet_acts(found, state)  # "the Council of Ministers adopted": the country's act
        found += named_issues(doc, state)
        found += framework_implementers(found, state)  # "Portugal approved a plan to implement the Compact"
        found += unit_and_report_ties(doc, state, pairs)  # "the X Unit of the Ministry": the unit is a member
        represented = represents(doc, state, pairs)
        country_of = {f.subject: f.object for f in represented if state.entities[f.object].type == "Country"}
        for f in found:  # "Elena Stojanovska of North Macedonia", read by the sentence rules
            if (
                f.predicate == "represents"
                and f.subject not in country_of
                and state.entities[f.subject].type == "Person"
                and state.entities[f.object].type == "Country"
            ):
                country_of[f.subject] = f.object
        found = country_acts(found, country_of, text)  # "she said her Government had adopted …"
        found += bodies_of_we(found, represented, state, text)  # "'We call on …,' said X of the Union"
        linked = {(f.subject, f.object) for f in found}
        for f in list(found):
            if (country_of.get(f.subject), f.object) in linked:
                continue  # the country's own act says more than its envoy's stance
            if f.predicate in ("supports", "callsFor") and f.subject in country_of and f.cue != "role":
                found.append(Found(country_of[f.subject], f.predicate, f.object, f.start, f.end, f.cue))
        return dedupe(strongest(found) + represented)  # "launched the X, … endorsed it": the launch


def _opening_actor(sent: Sentence) -> EntityRec | None:
    """The country or body a sentence opens with, named before any plan, framework or event:
    what a following "It reports …" stands for."""
    first = sent.mentions[0] if sent.mentions else None
    if first is None or first[1].type not in ("Country", "Organization"):
        return None
    if not _OPENING.fullmatch(sent.text, 0, first[0].start - sent.start):
        return None  # "The report notes that all IGAD Member States …": not the subject
    if _MEMBERS_AFTER.match(sent.text, first[0].end - sent.start):
        return None
    actors = sent.actors(sent.start, first[0].end)
    return actors[0][1] if actors and actors[0][1] is first[1] else None


def _leads(found: list[Found], item: EntityRec, state: DocState) -> list[EntityRec]:
    """The body that adopted (launched) ``item``, as found so far: the partner of its implementers."""
    for f in found:
        if f.object == item.key and f.predicate == "adopts":
            owner = state.entities[f.subject]
            if owner.type == "Organization":
                return [owner]
    return []


def _places_of(text: str, words: tuple[str, ...]) -> list[int]:
    """Where any of ``words`` occurs in ``text``, ascending."""
    out = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    out.sort()
    return out


def _is_statement(text: str) -> bool:
    """Whether the text speaks in the first person outside quotations: a country's statement."""
    if len(_WE.findall(text)) < 3:
        return False  # the lines outside quotations have fewer still
    unquoted = [line for line in text.split("\n") if "“" not in line and "”" not in line and '"' not in line]
    return sum(len(_WE.findall(line)) for line in unquoted) >= 3


__all__ = ["DEMONYM", "Found", "RelationFinder"]
