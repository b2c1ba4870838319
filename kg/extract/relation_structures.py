"""Relations read from sentence structure rather than a verb cue.

Possessives ("Kenya's National Action Plan"), "our"/"its" plans, purpose clauses, support of an
actor, "Under the X, Y will …" (implements), and the phrases that say whom a person represents:
"on behalf of", "Ambassador X of Y", "the delegation of Y, led by X", "Y was represented by X".
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract import cues
from kg.extract.actors import Sentence, coordinated
from kg.extract.records import NAME, EntityRec, MentionRec
from kg.extract.relation_agents import acting_subject, agents_after
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_helped import helped_in_doing
from kg.extract.relation_respectively import respective_envoys
from kg.extract.relation_wording import BETWEEN, BILATERAL, BY_WORD, ITEM_SET, ITEMS, NEGATED, THE_GAP

_HEAD_GAP = re.compile(r"[^.;:]{0,30}?,?\s*")
_OF = re.compile(r",?\s+of\s+(?:the\s+)?")
_PURPOSE = re.compile(r"(?:in order )?to\s+")
_OUR = re.compile(r"\b[Oo]ur\s+(?:own\s+|new\s+|long-term\s+|national\s+)?$")
#: "Under the Paris Agreement, Brazil will …": the actor acts under (implements) the item
_UNDER = re.compile(
    r"(?:[A-Z][a-z]+,?\s+)?(?:[Uu]nder|[Aa]s part of|[Ii]n implementation of|[Pp]ursuant to|"
    r"[Ww]ithin the framework of|[Ii]n the framework of)\s+(?:the\s+|its\s+|this\s+|that\s+|our\s+|their\s+)?"
    r"(?:new\s+|revised\s+|amended\s+|current\s+)?"
)
_UNDER_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:the\s+)?")
_UNDER_VERB = re.compile(
    r"\s+(?:will|shall|would|has|have|had|is|are|was|were|can|agreed|commits|committed|plans|undertakes|"
    r"pledged|promised|is to|[a-z]+(?:s|ed))\b"
)
_NEXT_CLAUSE = re.compile(r"[^.;]*?[,;]?\s+(?:and|while|whereas)\s+(?:the\s+)?")
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_UNDER_MODAL = re.compile(r"\s+(?:must|should|needs?)\b")
_BEHALF_GAP = re.compile(r"[\s,]*(?:by\s+)?(?:(?:[A-Z][\w.-]*|the)\s+){0,4}")
_PERSON_GAP = re.compile(r",\s*(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?$")
#: the person's own deed, one clause: " introduced the resolution to the Council "
_DEED_GAP = re.compile(
    r"\s+(?!(?:who|which|and|but|said|says)\b)[a-z]+(?:s|ed)\s+(?:(?!who\b|which\b)[\w’'-]+\s+){0,8}"
)
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
#: "through its Rectangular Strategy": the subject's own plan
#: "signed agreements as part of its Labour Migration Policy": the policy is carried out
#: "implementing its Strategy": the verb says the act on the owner's plan (implements, not adopts)
_ACTS_ON_ITS = re.compile(
    r"\b(?:implement(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|execut(?:e|es|ed|ing)|"
    r"roll(?:s|ed|ing)?\s+out)\s+$"
)
_PART_OF_ITS = re.compile(
    r"\b(?:as part of|under|in line with|in accordance with|in implementation of|pursuant to)\s+its\s+"
    r"(?:own\s+|new\s+|national\s+)?$"
)
_ITS = re.compile(r"\bits\s+(?:own\s+|new\s+|national\s+|first\s+|second\s+|third\s+)?$")
#: "… Uganda for its", "… by Togo for its": who is credited with the "its"
_FOR_ITS = re.compile(r"\s+for\s+$")
_BY_BEFORE = re.compile(r"\bby\s+$")
#: "support the Government of Nepal", "supports Kenya in": an actor as the object of support
_ACTOR_OBJECT = re.compile(
    r"\s+(?:(?:to|for)\s+)?(?:the\s+)?(?:(?:[Gg]overnment|[Pp]eople)s?\s+of\s+(?:the\s+)?)?"
)  # "our support to the Global Fund"
#: "Kenya was represented at the Forum by"
#: "welcomed the work of", "supports the efforts of": support given to the actor named next
_WORK_OF = re.compile(
    r"\s+(?:the\s+)?(?:(?:important|valuable|tireless|excellent|continued|ongoing|good)\s+)?"
    r"(?:work|efforts?|role|leadership|contributions?|initiatives?|engagement)\s+of\s+(?:the\s+)?"
)
#: substrings that any :data:`_WORK_OF` match holds (tested in C before any regular expression)
_WORK_WORDS = re.compile(r"work of|efforts? of|role of|leadership of|contribution|initiative|engagement")
#: "Nepal's obligations under the Convention", "its commitments under the Agreement"
_DUTIES_UNDER = re.compile(
    r"(?:[’']s|\b(?P<whose>its|their|our))\s+(?:(?:international|legal|treaty|reporting|human rights)\s+)?"
    r"(?:obligations|commitments|duties|responsibilities)\s+under\s+(?:the\s+)?"
)
#: a new clause with its own verb: "…, and welcomed"
_CLAUSE_AND = re.compile(r",\s+and\s+")
_DUTY_WORDS = ("obligations under", "commitments under", "duties under", "responsibilities under")
#: between a person and whom the person represents: " represented ", ", who represents the "
_REPRESENTS_ACTIVE = re.compile(r",?\s+(?:(?:who|also|ably|again)\s+)*represent(?:s|ed)\s+(?:the\s+)?")
_REPRESENTED = re.compile(r"\s+(?:was|were|is|are|will be|has been)\s+(?:ably\s+)?represented\b")
_HIS_COUNTRY = re.compile(r"\b(?:his|her)\s+(?:country|[Gg]overnment)\b")
_LAW = re.compile(
    r"\b(?:Act|Law|Bill|Policy|Code|Constitution|Decree|Ordinance|Statute|Directive|Regulations?)\b"
)
_DELEGATION_OF = re.compile(r"\b(?:[Dd]elegations?|[Gg]overnment|[Mm]ission)\s+of\s+(?:the\s+)?$")
#: "Nigeria's delegation to the Forum was led by X": the Forum is where the delegation went, not what X led
_DELEGATION_TO = re.compile(r"\b[Dd]elegations?\s+(?:to|at)\s+(?:the\s+)?$")


#: after a list of those supported: a verb of the list's last name's own ("… and Uganda has welcomed")
_CLAUSE_AFTER_LIST = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|must|should|did|does|do|said|says)\b"
    r"|\s+[a-z]+ed\b(?!\s+by\b)"
)


def _list_end(sent: Sentence, last: EntityRec, start: int) -> int:
    """Where the last listed actor's mention ends, relative to the sentence."""
    ends = [m.end for m, e in sent.actors(start) if e is last]
    return (ends[0] if ends else start) - sent.start


def ownership_and_purpose(rules: SentenceRules) -> None:
    """Acts read from the shape of the sentence: support of an actor ("support the Government of
    Nepal"), a purpose clause ("In order to prevent trafficking, we acceded …"), "our Plan" in a
    country's statement, "Kenya's National Action Plan", "through its Strategy"."""
    sent = rules.sent
    state = rules.state
    text = rules.sent.text
    low = rules.sent.low
    base = rules.sent.start
    types = rules.types
    speaking = rules.speaking
    add = rules.add
    finditer = rules.finditer
    if "support" in low and (
        len(sent.actors()) >= 2 or (speaking is not None and rules.has_actor)
    ):  # "the ILO will continue to support the Government of Nepal"
        for cue in finditer(cues.SUPPORTS_LOW):
            if not cue.group().startswith("support") or cues.MODAL.search(
                low, max(0, cue.start() - 60), cue.start()
            ):
                continue
            backed = [p for p in sent.actors(base + cue.end(), base + cue.end() + 40)]
            gap = _ACTOR_OBJECT.fullmatch(text, cue.end(), backed[0][0].start - base) if backed else None
            if gap is None or NEGATED.search(low, max(0, cue.start() - 24), cue.start()):
                continue
            # "supporting Egypt, Libya, Morocco and Tunisia": each of a list
            helped = [
                e for e in coordinated(sent, backed[0][0].start) if e.type in ("Country", "Organization")
            ]
            if len(helped) > 1 and _CLAUSE_AFTER_LIST.match(
                text, _list_end(sent, helped[-1], backed[0][0].start)
            ):
                helped = helped[:1]  # "supporting Kenya, and Uganda has welcomed …": a new clause
            partner = len(helped) == 1 and helped_in_doing(text, backed[0][0].end - base)
            for backer in rules.subject(base + cue.start()):
                if backer.type not in ("Country", "Organization"):
                    continue
                for one in helped:
                    if one.type == "Organization" and partner:
                        add(backer, "partnersWith", one, cue.group())  # "support X in monitoring"
                    else:
                        add(backer, "supports", one, cue.group())
    if _WORK_WORDS.search(low):  # "we welcome the work of the Regional Office"
        for cue in finditer(cues.SUPPORTS_LOW):
            work = _WORK_OF.match(low, cue.end())
            backed = sent.actors(base + work.end(), base + work.end() + 1) if work else []
            if not backed or NEGATED.search(low, max(0, cue.start() - 24), cue.start()):
                continue
            modal = cues.MODAL.search(low, max(0, cue.start() - 60), cue.start())
            if modal is not None and not _CLAUSE_AND.search(low, modal.end(), cue.start()):
                continue  # not "… must underpin all measures, and welcomed the role of": a clause of its own
            for backer in rules.subject(base + cue.start()):
                if backer.type in ("Country", "Organization", "Person"):
                    for one in coordinated(sent, base + work.end()):  # type: ignore[union-attr]
                        add(backer, "supports", one, cue.group())  # "the role of IOM and UNHCR"
    purpose = _PURPOSE.match(low) if "Issue" in types else None
    aim = cues.ADDRESSES_LOW.match(low, purpose.end()) if purpose else None
    if aim is not None:  # "In order to prevent trafficking, we acceded to the Protocol"
        comma = low.find(",", aim.end())
        issues = sent.of_types(("Issue",), base + aim.end(), base + comma) if comma > 0 else []
        acts = [f.object for f in rules.out if f.predicate in ("adopts", "implements")]
        for key in dict.fromkeys(acts) if issues else ():
            add(state.entities[key], "addresses", issues[0][1], aim.group())
    if " under " in low and types & ITEM_SET and any(w in low for w in _DUTY_WORDS):
        for duty in _DUTIES_UNDER.finditer(low):  # "Nepal's obligations under the SAARC Convention"
            items = sent.of_types(ITEMS, base + duty.end(), base + duty.end() + 1)
            if not items:
                continue
            if duty.group("whose") in ("its", "their", "our"):
                holders = rules.subject(base + duty.start())
            else:
                holders = [
                    e for m, e in sent.actors(base, base + duty.start()) if m.end == base + duty.start()
                ]
            for owner in holders[:1]:
                if owner.type in ("Country", "Organization"):
                    add(owner, "implements", items[0][1], "obligations under")
    if speaking is not None and "Plan" in types:
        for m, item in sent.of_types(("Plan",)):
            if _OUR.search(text, max(0, m.start - base - 30), m.start - base):
                add(speaking, "adopts", item, "our")  # "anchored in our Delta Plan"
    if types & ITEM_SET and ("’s " in text or "'s " in text):
        for m, item in sent.of_types(ITEMS):  # "Kenya's National Action Plan", "the EU's Action Plan"
            if (item.type == "Plan" or _LAW.search(item.label)) and text[
                m.start - base - 3 : m.start - base
            ] in (
                "’s ",
                "'s ",
            ):
                owners = [p for p in sent.actors(m.start - 60, m.start - 2) if p[0].end == m.start - 3]
                if owners and owners[-1][1].type in ("Country", "Organization"):
                    add(owners[-1][1], "adopts", item, "’s")
    if types & ITEM_SET and " its " in text:
        for m, item in sent.of_types(ITEMS):  # "Cambodia is implementing the SDGs through its Strategy"
            if item.type != "Plan" and not _LAW.search(item.label):
                continue
            its = _ITS.search(text, max(0, m.start - base - 24), m.start - base)
            if its is not None:
                holder = acting_subject(sent, m.start, None, None, None)
                # "Kenya praised Uganda for its Strategy", "Ghana was praised by Togo for its Plan":
                # the actor right before "for its" is the one the deed is credited to (or, after "by",
                # the one who praised: whose "its" it is the sentence does not say plainly)
                credited = _FOR_ITS.search(text, max(0, its.start() - 8), its.start())
                if credited is not None:
                    before = [
                        p
                        for p in sent.actors(m.start - 120, base + credited.start())
                        if p[0].end == base + credited.start()
                    ]
                    if before and _BY_BEFORE.search(
                        text, max(0, before[-1][0].start - base - 4), before[-1][0].start - base
                    ):
                        continue
                    if before:
                        holder = [before[-1][1]]
                if len(holder) == 1 and (
                    holder[0].type in ("Country", "Organization")
                    or (holder[0].type == "Person" and _HIS_COUNTRY.search(text, 0, its.start()))
                ):  # "X said his country had amended its Law": the country's, once the person's is moved
                    if text.endswith((" and ", ", "), 0, its.start()) and any(
                        f.subject == holder[0].key and f.object == item.key for f in rules.out
                    ):
                        continue  # "continues to implement the Convention and its Work Plan": said
                    if _ACTS_ON_ITS.search(text, max(0, its.start() - 30), its.start()):
                        continue  # "was implementing its Strategy": the act the verb says, read elsewhere
                    part = _PART_OF_ITS.search(text, max(0, m.start - base - 40), m.start - base)
                    add(holder[0], "implements" if part else "adopts", item, "its")


def representation(rules: SentenceRules) -> None:
    """Who implements or represents whom by structure: "Under the MoU, Qatar will …", "on behalf of",
    "Ambassador X of Ecuador", "the delegation of Brazil, led by X", "the MoU between India and Nepal"."""
    if not rules.has_actor and "Person" not in rules.types:
        return  # nobody who acts or represents
    sent = rules.sent
    text = rules.sent.text
    low = rules.sent.low
    base = rules.sent.start
    types = rules.types
    pair = rules.pair
    has_actor = rules.has_actor
    add = rules.add
    finditer = rules.finditer
    search = rules.search
    under = _UNDER.match(text) if has_actor and types & ITEM_SET else None
    if under is not None:
        for doer, item in _under(sent, under):
            add(doer, "implements", item, "under")
    elif has_actor and " under " in low and types & ITEM_SET:
        for doer, item in _acts_under(rules):
            add(doer, "implements", item, "under")
    if "Person" in types and has_actor:
        for cue in finditer(cues.ON_BEHALF_LOW):
            for person, body in _on_behalf(sent, cue):
                add(person, "represents", body, cue.group().strip())
    if "Person" in types:  # "Ambassador Maria Ruiz of Ecuador"
        for (m1, e1), (m2, e2) in pairwise(sent.mentions):
            if (
                e1.type == "Person"
                and m1.kind == NAME
                and e2.type in ("Country", "Organization")
                and _OF.fullmatch(text, m1.end - base, m2.start - base)
                and not _opens_next_item(text, base, m1, m2, sent)
            ):
                add(e1, "represents", e2, "of")
    if pair is not None and has_actor and search(cues.PAIR_LINK_LOW):
        add(pair[0], "partnersWith", pair[1], "between the two")
    if has_actor and "between " in low and types & ITEM_SET:
        for m, item in sent.of_types(ITEMS):  # "the Memorandum of Understanding between India and Nepal"
            among = BETWEEN.match(low, m.end - base) if BILATERAL.search(item.label) else None
            sides = agents_after(sent, base + among.end(), 0) if among is not None else []
            if len(sides) == 2 and all(e.type in ("Country", "Organization") for e in sides):
                add(sides[0], "partnersWith", sides[1], "between")
    for cue in finditer(cues.HEADED_BY_LOW) if has_actor else ():
        c0, c1 = base + cue.start(), base + cue.end()
        heads = [p for p in sent.mentions if p[1].type == "Person" and c1 <= p[0].start <= c1 + 30]
        bodies = [
            p
            for p in sent.actors(max(base, c0 - 60), c0)
            if (
                p[1].type == "Organization"
                or (
                    p[1].type == "Country"
                    and _DELEGATION_OF.search(text, max(0, p[0].start - base - 30), p[0].start - base)
                )
            )
            and not _DELEGATION_TO.search(text, max(0, p[0].start - base - 20), p[0].start - base)
        ]  # "The delegation of Brazil, led by Ambassador X": X represents Brazil
        if heads and bodies and _HEAD_GAP.fullmatch(text, bodies[-1][0].end - base, cue.start()):
            add(heads[0][1], "represents", bodies[-1][1], cue.group())


def represented_at(rules: SentenceRules) -> None:
    """ "Kenya was represented at the Forum by Minister X": X represents Kenya, Kenya takes part."""
    sent = rules.sent
    low = rules.sent.low
    types = rules.types
    add = rules.add
    if "Person" in types and " represented " in low:
        for envoy, body, held_at in _represented(sent):
            add(envoy, "represents", body, "represented by")
            if held_at is not None:
                add(body, "participatesIn", held_at, "represented at")
    if "Person" in types and " represent" in low:  # "Minister X represented Afghanistan"
        text, base = sent.text, sent.start
        for (m1, e1), (m2, e2) in pairwise(sent.mentions):
            if (
                e1.type == "Person"
                and e2.type in ("Country", "Organization")
                and _REPRESENTS_ACTIVE.fullmatch(text, m1.end - base, m2.start - base)
            ):
                add(e1, "represents", e2, "represented")
    respective_envoys(rules)  # "A and B signed on behalf of X and Y respectively": in order


def _under(sent: Sentence, under: re.Match[str]) -> list[tuple[EntityRec, EntityRec]]:
    """ "Under the MoU, Qatar will register agencies and Kenya will train workers": both implement."""
    base, text = sent.start, sent.text
    items = sent.of_types(ITEMS, base + under.end(), base + under.end() + 1)
    if not items:
        return []
    m, item = items[0]
    gap = _UNDER_GAP.match(text, m.end - base)
    if gap is None:
        return []
    out = []
    actors = sent.actors(base + gap.end())
    if not actors or actors[0][0].start != base + gap.end():
        return []
    subjects: list[EntityRec] = []  # "Uganda and Kenya will …": coordinated, they share the verb
    for k, (am, who) in enumerate(actors):
        joined = k and subjects and _AND.fullmatch(text, actors[k - 1][0].end - base, am.start - base)
        if not joined:
            subjects = []
            if k and not _NEXT_CLAUSE.fullmatch(text, actors[k - 1][0].end - base, am.start - base):
                continue  # "… and Kenya will train workers": a clause of its own
        subjects.append(who)
        if _UNDER_MODAL.match(text, am.end - base) or not _UNDER_VERB.match(text, am.end - base):
            continue
        out += [(subject, item) for subject in subjects]
        subjects = []
    return out


#: "… will register recruiters under the new Act": a deed done under an instrument, mid-sentence
_UNDER_MID = re.compile(
    r"\bunder\s+(?:the|its|their)\s+(?:new\s+|revised\s+|amended\s+|regional\s+|national\s+|global\s+)?"
    r"(?:[\w.]+[- ](?:funded|financed|backed|supported)\s+)?"  # "under the EU-funded Programme"
)
#: "UNODC, under the … Programme (GLO.ACT), conducted": the aside closes before the actor's verb
_ASIDE_CLOSE = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:(?:has|have|had|will|also|then|recently)\s+)*"
    # a deed done under it, not one that halts the work ("…, suspended its work in Libya")
    r"(?!(?:suspend|halt|stopp|abandon|cancel|end|withdr|terminat|paus|froze|clos))[a-z]+ed\b"
)
_PARTICIPLE_ONLY = re.compile(r"\s*(?:[a-z]+ed|set up|made|built)\s+")
_PREP_BEFORE = re.compile(r"\b(?:through|to|for|with|by|of|from|in|on|at|into|via)\s+(?:the\s+)?$")
_GROUP_GAP = re.compile(r"\s*(?:,\s*and|,|and|&)\s*(?:the\s+)?")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:which|that|who|whose|while|but)\b")


def _acts_under(rules: SentenceRules) -> list[tuple[EntityRec, EntityRec]]:
    """ "India and Nepal agreed to strengthen cooperation under the Treaty": the subject of the clause
    implements the instrument, unless the deed is only called for, negated or intended."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    out = []
    for m in _UNDER_MID.finditer(low):
        items = sent.of_types(ITEMS, base + m.end(), base + m.end() + 1)
        if not items:
            continue
        before = sent.actors(base, base + m.start())
        if before and low[before[-1][0].end - base : m.start()].strip() == ",":
            if _ASIDE_CLOSE.match(low, items[0][0].end - base):  # "UNODC, under the Programme, trained"
                out += [
                    (doer, items[0][1])
                    for _m, doer in before[-1:]
                    if doer.type in ("Country", "Organization")
                ]
            continue
        if not before or _CLAUSE_BREAK.search(low, before[-1][0].end - base, m.start()):
            continue  # the actor must head the clause the deed is in
        lead = low[before[-1][0].end - base : m.start()]
        if len(lead) > 90 or cues.MODAL.search(lead) or NEGATED.search(lead) or "not " in lead:
            continue
        head = len(before) - 1  # the first of "Kenya and Djibouti", whose word before tells its role
        while head and _GROUP_GAP.fullmatch(
            low, before[head - 1][0].end - base, before[head][0].start - base
        ):
            head -= 1
        if _PARTICIPLE_ONLY.fullmatch(lead) or _PREP_BEFORE.search(
            low, max(0, before[head][0].start - base - 12), before[head][0].start - base
        ):
            continue  # "through the Fund agreed under the Convention": the actor is no subject
        for doer in rules.subject(base + m.start()):
            if doer.type in ("Country", "Organization"):
                out.append((doer, items[0][1]))
    return out


def _represented(sent: Sentence) -> list[tuple[EntityRec, EntityRec, EntityRec | None]]:
    """ "Kenya was represented at the Forum by Minister X": X represents Kenya, Kenya takes part."""
    base, text = sent.start, sent.text
    out = []
    for rep in _REPRESENTED.finditer(text):
        bodies = [p for p in sent.actors(base, base + rep.start()) if p[0].end == base + rep.start()]
        by = BY_WORD.search(text, rep.end(), rep.end() + 90)
        if not bodies or by is None or bodies[0][1].type not in ("Country", "Organization"):
            continue
        persons = [
            p
            for p in sent.mentions
            if p[1].type == "Person" and by.end() < p[0].start - base <= by.end() + 40
        ]
        if not persons or not _BEHALF_GAP.fullmatch(text, by.end(), persons[0][0].start - base):
            continue
        events = sent.of_types(("Event",), base + rep.end(), base + by.start())
        out.append((persons[0][1], bodies[0][1], events[0][1] if events else None))
    return out


def _on_behalf(sent: Sentence, cue: re.Match[str]) -> list[tuple[EntityRec, EntityRec]]:
    """The person who speaks on behalf of a country or body, before or after the phrase."""
    base, text = sent.start, sent.text
    c1 = base + THE_GAP.match(text, cue.end()).end()  # type: ignore[union-attr]
    bodies = [p for p in sent.actors(c1, c1 + 6) if p[1].type in ("Country", "Organization")]
    if not bodies:
        return []
    m, body = bodies[0]
    persons = [p for p in sent.mentions if p[1].type == "Person" and p[0].kind == NAME]
    before = [p for p in persons if p[0].end <= base + cue.start()]
    if before and _PERSON_GAP.search(text, before[-1][0].end - base, cue.start()):
        return [(before[-1][1], body)]  # "Ambassador X, speaking on behalf of the Group of 77"
    if (
        before
        and _DEED_GAP.fullmatch(text, before[-1][0].end - base, cue.start())
        and all(  # "introduced the resolution to the Council on behalf of": the Council is addressed
            _TO_BEFORE.search(text, 0, m.start - base)
            for m, _e in sent.actors(before[-1][0].end, base + cue.start())
        )
    ):
        return [(before[-1][1], body)]  # "X introduced the resolution on behalf of the Core Group"
    after = [p for p in persons if p[0].start >= m.end]
    if after and _BEHALF_GAP.fullmatch(text, m.end - base, after[0][0].start - base):
        return [(after[0][1], body)]  # "On behalf of the EU, Ambassador X said"
    return []


#: between a list's name and its own body: ", of the ", ", and of the "
_ITEM_OF = re.compile(r",\s+(?:and\s+)?of\s+(?:the\s+)?")
#: between a list's body and the next name: ", ", ", and "
_ITEM_GAP = re.compile(r",\s+(?:and\s+)?")


def _opens_next_item(text: str, base: int, name: MentionRec, body: MentionRec, sent: Sentence) -> bool:
    """Whether ", of the Body" after a name opens the next item of a list, whose holder follows the
    body: "The Ministers of Labour, A, of the Secretariat for Women, B": the Secretariat is B's. Not
    when the list ends in a body, each name with its own: "A, of the ILO, B, of UNICEF, and C, of IOM"."""
    if not text.startswith(",", name.end - base):
        return False  # "Ambassador Maria Ruiz of Ecuador": the name's own
    nxt = _next_name(text, base, body, sent, exact=True)
    while nxt is not None:  # follow the list: a name, its body, a name … to its end
        own = next((p for p in sent.mentions if p[0].start >= nxt.end), None)
        if own is None or own[1].type not in ("Country", "Organization"):
            return True  # the list ends in a name: each body is the next name's
        if not _ITEM_OF.fullmatch(text, nxt.end - base, own[0].start - base):
            return True
        nxt = _next_name(text, base, own[0], sent, exact=False)
    return False


def _next_name(text: str, base: int, body: MentionRec, sent: Sentence, exact: bool) -> MentionRec | None:
    """The person named right after ``body`` in a list: after ", " only (``exact``), or ", and "."""
    nxt = next((p for p in sent.mentions if p[0].start >= body.end), None)
    if nxt is None or nxt[1].type != "Person" or nxt[0].kind != NAME:
        return None
    gap = text[body.end - base : nxt[0].start - base]
    return nxt[0] if gap == ", " or (not exact and _ITEM_GAP.fullmatch(gap)) else None
