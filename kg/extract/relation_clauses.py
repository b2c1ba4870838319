"""Acts and ties read from clause shapes the verb-cue tables do not reach.

"the Convention, to which Nepal acceded in 1991" (adopts), "Operation X, its federal programme"
(the owner adopts), "signed at a ceremony in Nairobi by A and B" (adopts), "jointly run by A and B"
(both implement, and are partners), "UNICEF and the Government of Nepal launched a programme" (a body
and a country acting together are partners), "Chile, which holds the presidency of the Process"
(memberOf), and support given through another: "whose grant was channelled through UNDP".
Each rule is gated on a substring of its wording.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated, coordinated_before
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_agents import acting_subject, adjacent, listed_actors, persons_too
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_run_by import run_by
from kg.extract.relation_wording import BILATERAL, ITEMS, NEGATED

#: "the Convention, to which Nepal acceded in 1991", "…, to which it is a party"
_TO_WHICH = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*to\s+which\s+(?:the\s+)?")
_ACCEDED = re.compile(
    r"\s+(?:has\s+|had\s+|formally\s+)*(?:acceded|adhered|is\s+a\s+(?:state\s+)?party|became\s+a\s+(?:state\s+)?party|"
    r"has\s+been\s+a\s+party)\b"
)
#: "Operation X, its federal humanitarian programme": the item is its owner's
_ITS_KIND = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:its|their)\s+(?:own\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:programme|program|plan|strategy|policy|initiative|roadmap|campaign|scheme|law|act)\b"
)
#: "was signed at a ceremony in Nairobi by", "was adopted on 3 May in Geneva by": a long passive gap
_SIGNED_AT = re.compile(
    r"\b(?:was|were|has been|had been)\s+(?:formally\s+|jointly\s+)?"
    r"(?P<verb>signed|adopted|launched|endorsed|approved|validated|unveiled)\s+(?:(?:at|in|on|during)\s+(?:an?\s+|the\s+)?"
    r"(?:(?![a-z]+ed\s)[\w-]+\s+){1,4}?){1,3}by\s+(?:the\s+)?"
)
#: "jointly run by A and B", "A and B jointly run the X": both carry it out together
_JOINTLY_BY = re.compile(
    r"\bjointly\s+(?:run|implemented|managed|operated|led|administered|coordinated|executed)\s+by\s+(?:the\s+)?"
)
_JOINTLY = re.compile(
    r"\bjointly\s+(?:run|runs|ran|implement|implements|implemented|manage|manages|managed|operate|operates|"
    r"operated|lead|leads|led|administer|administers|coordinate|coordinates|coordinated)\s+(?:the\s+)?$"
)
#: "UNICEF and the Government of Nepal on Monday launched a …": the two launch it together
_CO_LAUNCH = re.compile(
    r"\s+(?:(?:on|in|this|last)\s+[\w-]+\s+)?(?:jointly\s+|formally\s+|officially\s+)?"
    r"(?:launched|signed|unveiled|presented|adopted|validated)\s+(?:an?\s+|the\s+)?"
)
#: "Chile, which holds the pro tempore presidency of the Process": the holder is a member
_PRESIDENCY = re.compile(
    r"\b(?:(?:holds?|held|holding|assumed|assumes|took over|takes over|chairs?)\s+the\s+"
    r"(?:(?:rotating|pro\s+tempore|current|annual)\s+)*(?:presidency|chairmanship|chair)\s+of|"
    r"(?:currently\s+|now\s+)?(?:co-)?(?:chairs|chaired|presides over|presided over))\s+(?:the\s+)?"
)
#: "with funding from the Fund", said of the plan of the sentence before
_FUNDED_FROM = re.compile(
    r"\bwith\s+(?:the\s+)?(?:financial\s+|technical\s+|generous\s+)?(?:support|assistance|funding|grants?)\s+"
    r"(?:from|of)\s+(?:the\s+)?"
)
#: "Ethiopia, one of the Alliance 8.7 pathfinder countries": a member named by the body's kind of member
_ORG_KIND_AFTER = re.compile(
    r"\s+(?:pathfinder|champion|member|founding member)\s+(?:countr(?:y|ies)|states?|nations?)\b"
)
_ONE_OF_THE = re.compile(r"\s*,\s*(?:(?:one|among)\s+(?:of\s+)?)?(?:the\s+|an?\s+)?$")
#: "whose grant was channelled through UNDP": the channel supports what the money is for
_CHANNELLED = re.compile(
    r"\b(?:grant|grants|funding|funds|financing|money|contribution|support)\s+"
    r"(?:was|were|is|are|will be|has been)\s+"
    r"(?:channell?ed|disbursed|administered|managed)\s+(?:through|by|via)\s+(?:the\s+)?"
)


#: "ITEM A and ITEM B, both of which it has ratified": each item is adopted
_BOTH_OF_WHICH = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:both|all|each)\s+of\s+which\s+(?:the\s+)?(?P<who>it|they|[A-Z][\w-]*)"
)
_HAS_RATIFIED = re.compile(
    r"[\w\s-]{0,40}?\s(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?"
    r"(?P<verb>ratified|signed|acceded\s+to|adopted|joined)\b"
)
_ITEM_AND = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
#: "the Centre (CARICC) in Almaty, of which it is a founding member": memberOf the body
_OF_WHICH_MEMBER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s*of\s+which\s+(?:the\s+)?"
    r"(?P<who>it|[A-Z][\w-]*)"
)
_CHAIR_WORD = re.compile(r"\b(?:chair|lead|led\b|head|presides)")
#: "the Community (SADC), which Malawi chairs"
_WHICH_CHAIRS = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s*which\s+(?:the\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
    r"(?:currently\s+|also\s+|now\s+)?(?:co-?)?(?:chairs|chaired|leads|led|heads|headed|presides\s+over)\b"
)
_IS_MEMBER = re.compile(
    r"[\w\s-]{0,40}?\s(?:is|are|was|were|became|has been|remains)\s+(?:also\s+)?(?:an?|one)\s+"
    r"(?:of\s+the\s+)?(?:founding\s+|active\s+|full\s+)?members?\b"
)
#: "the renewed EU Action Plan": an adjective, not an act of the sentence's subject
_ADJECTIVE_ACT = re.compile(r"\b(?:the|its|their|a|an|our)\s+(?:renewed|presented|introduced|initiated)\s+$")


#: "The EU invited Ghana to join the Global Alliance": the one inviting supports what is joined
_INVITED = re.compile(
    r"\b(?:invit|encourag|urg)(?:e|es|ed|ing)\s+(?:all\s+)?(?:[^.;:]{1,60}?)\s+to\s+join\s+(?:the\s+)?"
)


def _invited_to_join(rules: SentenceRules) -> None:
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for cue in _INVITED.finditer(low):
        joined = sent.of_types(("Organization", *ITEMS), base + cue.end(), base + cue.end() + 1)
        if not joined or NEGATED.search(low, max(0, cue.start() - 20), cue.start()):
            continue
        for inviter in rules.subject(base + cue.start())[:1]:
            if inviter.type in ("Country", "Organization") and inviter is not joined[0][1]:
                rules.add(inviter, "supports", joined[0][1], "invited to join")


def clause_acts(rules: SentenceRules, last_item: EntityRec | None = None) -> None:
    """The relations of the clause shapes above; ``last_item``: the plan or framework named in the
    sentence before, for "It was prepared … with funding from X, whose grant was channelled through Y"."""
    sent, text, low, base = rules.sent, rules.sent.text, rules.sent.low, rules.sent.start
    items = sent.of_types(ITEMS)
    if items and "renew" in low:
        _drop_adjectives(rules, items)
    if not rules.has_actor:
        return
    if not items and "Organization" not in rules.types and (last_item is None or text[:3] != "It "):
        return  # every rule below needs a plan, a body, or "It" for the plan before
    if items and " of which " in low:
        _both_of_which(rules, items)
    if (" of which " in low and "member" in low) or (", which " in low and _CHAIR_WORD.search(low)):
        _of_which_member(rules)
    if items and ("which" in low or " its " in low or " their " in low):
        for m, item in items:
            end = m.end - base
            after = text[end : end + 120]
            if ", to which" in after[:60]:
                _to_which(rules, m.end, item)
            if ", its " in after[:50] or ", their " in after[:50]:
                kind = _ITS_KIND.match(text, end)
                if kind is not None and item.type == "Plan":
                    owner = acting_subject(sent, m.start, None, None, None)
                    if len(owner) == 1 and owner[0].type in ("Country", "Organization"):
                        rules.add(owner[0], "adopts", item, "its")
    if items and " by " in low:
        for cue in _SIGNED_AT.finditer(low):
            before = [p for p in items if p[0].end <= base + cue.start()]
            if not before or NEGATED.search(low, max(0, cue.start() - 20), cue.start()):
                continue
            pos = base + cue.end()
            agents = persons_too(sent, pos, coordinated(sent, pos))
            for agent in agents:
                rules.add(agent, "adopts", before[-1][1], cue.group("verb"))
    if " to join " in low:
        _invited_to_join(rules)
    if "jointly" in low and items:
        _jointly(rules, items)
    if items and (" by " in low or " under the " in low or " through " in low or " via " in low):
        run_by(rules, items)  # "the Plan is coordinated by the Department", "implemented through GIZ"
    if items and (
        "launched" in low or "signed" in low or "unveiled" in low or "presented" in low or "adopted" in low
    ):
        for m, _e in sent.actors():
            co = _CO_LAUNCH.match(low, m.end - base)
            if co is None:
                continue
            group = coordinated_before(sent, m.end)
            if (
                len(group) == 2
                and {g.type for g in group} == {"Country", "Organization"}
                and any(
                    e.type == "Plan" or BILATERAL.search(e.label)
                    for _m2, e in sent.of_types(ITEMS, base + co.end(), base + co.end() + 80)
                )
            ):
                rules.add(group[0], "partnersWith", group[1], "launched together")
    if "Organization" in rules.types and ("pathfinder" in low or "champion" in low or "member" in low):
        for m, org in sent.of_types(
            ("Organization",)
        ):  # "Ethiopia, one of the Alliance 8.7 pathfinder countries"
            if not _ORG_KIND_AFTER.match(low, m.end - base):
                continue
            lead = _ONE_OF_THE.search(low, max(0, m.start - base - 30), m.start - base)
            if lead is None:
                continue
            members = [
                p for p in sent.actors(base, base + lead.start() + 1) if p[0].end == base + lead.start()
            ]
            if members and members[0][1].type == "Country":
                rules.add(members[0][1], "memberOf", org, "kind of member")
    if "Organization" in rules.types and "member" in low:
        _members_listed(rules)
    if "Organization" in rules.types and ("presid" in low or "chair" in low):
        for cue in _PRESIDENCY.finditer(low):
            bodies = sent.of_types(("Organization",), base + cue.end(), base + cue.end() + 2)
            holders = rules.subject(base + cue.start())
            for holder in holders if bodies else ():
                if holder.type in ("Country", "Organization"):
                    rules.add(holder, "memberOf", bodies[0][1], "presidency of")
    if last_item is not None and text[:3] == "It " and not items and " from " in low:
        for cue in _FUNDED_FROM.finditer(low):  # "It was prepared by X with funding from the Fund"
            for helper in (
                listed_actors(sent, base + cue.end())[0] if adjacent(sent, base + cue.end()) else ()
            ):
                if helper.type in ("Country", "Organization"):
                    rules.add(helper, "supports", last_item, "funding from")
    if "through" in low or " via " in low or " by " in low:
        for cue in _CHANNELLED.finditer(low):
            before = [p for p in items if p[0].end <= base + cue.start()]
            thing = before[-1][1] if before else last_item if text[:3] == "It " else None
            near = thing is not None and adjacent(sent, base + cue.end())
            for channel in coordinated(sent, base + cue.end()) if near else ():
                if thing is not None and channel.type in ("Country", "Organization"):
                    rules.add(channel, "supports", thing, "channelled through")


def _to_which(rules: SentenceRules, item_end: int, item: EntityRec) -> None:
    """ "the Convention, to which Nepal acceded in 1991": the actor right after "to which" adopts."""
    sent, base = rules.sent, rules.sent.start
    lead = _TO_WHICH.match(sent.text, item_end - base)
    if lead is None:
        return
    if sent.low.startswith("it ", lead.end()):  # "Peru is a party to the Convention, to which it acceded"
        first = sent.actors(base, item_end)
        if (
            first
            and first[0][1].type in ("Country", "Organization")
            and _ACCEDED.match(sent.low, lead.end() + 2)
        ):
            rules.add(first[0][1], "adopts", item, "to which acceded")
        return
    actors = sent.actors(base + lead.end(), base + lead.end() + 1)
    if not actors or actors[0][1].type not in ("Country", "Organization"):
        return
    if _ACCEDED.match(sent.low, actors[0][0].end - base):
        rules.add(actors[0][1], "adopts", item, "to which acceded")


def _jointly(rules: SentenceRules, items: list[tuple[MentionRec, EntityRec]]) -> None:
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for cue in _JOINTLY_BY.finditer(low):  # "the Container Programme jointly run by A and B"
        before = [p for p in items if p[0].end <= base + cue.start() and base + cue.start() - p[0].end < 60]
        doers = coordinated(sent, base + cue.end()) if before and adjacent(sent, base + cue.end()) else []
        _together(rules, doers, before[-1][1] if before else None)
    for m, item in items:  # "A and B jointly run the Container Programme"
        lead = _JOINTLY.search(low, max(0, m.start - base - 40), m.start - base)
        if lead is None or NEGATED.search(low, max(0, lead.start() - 20), lead.start()):
            continue
        heads = sent.actors(base, base + lead.start())
        if heads and base + lead.start() - heads[-1][0].end <= 2:
            _together(rules, coordinated_before(sent, heads[-1][0].end), item)


def _together(rules: SentenceRules, doers: list[EntityRec], item: EntityRec | None) -> None:
    doers = [d for d in doers if d.type in ("Country", "Organization")]
    if item is None or len(doers) < 2:
        return
    for doer in doers:
        rules.add(doer, "implements", item, "jointly")
    for k, one in enumerate(doers):
        for other in doers[k + 1 :]:
            rules.add(one, "partnersWith", other, "jointly")


def _drop_adjectives(rules: SentenceRules, items: list[tuple[MentionRec, EntityRec]]) -> None:
    """Drop "X adopts Y" read from "the renewed Y" when the sentence says "renew" nowhere else."""
    low, base = rules.sent.low, rules.sent.start
    if low.count("renew") != 1:
        return
    for m, item in items:
        adj = _ADJECTIVE_ACT.search(low, max(0, m.start - base - 20), m.start - base)
        if adj is not None and "renew" in adj.group():
            rules.out[:] = [
                f
                for f in rules.out
                if not (
                    f.object == item.key and f.predicate == "adopts" and f.cue.lower().startswith("renew")
                )
            ]


def _both_of_which(rules: SentenceRules, items: list[tuple[MentionRec, EntityRec]]) -> None:
    """ "the Convention A and the Convention B, both of which it has ratified": the actor adopts both."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    for k, (m, _item) in enumerate(items):
        lead = _BOTH_OF_WHICH.match(text, m.end - base)
        if lead is None or _HAS_RATIFIED.match(text, lead.end()) is None:
            continue
        if NEGATED.search(sent.low, lead.end(), _HAS_RATIFIED.match(text, lead.end()).end()):  # type: ignore[union-attr]
            continue
        group, first = [items[k][1]], k
        for j in range(k, 0, -1):
            if not _ITEM_AND.fullmatch(text, items[j - 1][0].end - base, items[j][0].start - base):
                break
            group.insert(0, items[j - 1][1])
            first = j - 1
        if lead.group("who") in ("it", "they"):
            before = [
                e
                for _m, e in sent.actors(base, items[first][0].start)
                if e.type in ("Country", "Organization")
            ]
            doers = before[-1:]
        else:
            doers = [e for _m, e in sent.actors(base + lead.start("who"), base + lead.start("who") + 1)]
        for doer in doers:
            for one in group:
                rules.add(doer, "adopts", one, "both of which")


def _of_which_member(rules: SentenceRules) -> None:
    """ "through the Centre (CARICC) in Almaty, of which it is a founding member": memberOf; so is
    the chair in "the Community (SADC), which Malawi chairs"."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    for m, org in sent.of_types(("Organization",)):
        chair = _WHICH_CHAIRS.match(text, m.end - base)
        if chair is not None:
            at = base + chair.start("who")
            for _m, doer in sent.actors(at, at + 1)[:1]:
                if doer.type in ("Country", "Organization") and doer is not org:
                    rules.add(doer, "memberOf", org, "which it chairs")
            continue
        lead = _OF_WHICH_MEMBER.match(text, m.end - base)
        if lead is None or _IS_MEMBER.match(text, lead.end()) is None:
            continue
        if NEGATED.search(sent.low, lead.end(), _IS_MEMBER.match(text, lead.end()).end()):  # type: ignore[union-attr]
            continue
        if lead.group("who") == "it":
            first = sent.actors(base, m.start)
            doers = [first[0][1]] if first and first[0][1].type in ("Country", "Organization") else []
        else:
            doers = [e for _m, e in sent.actors(base + lead.start("who"), base + lead.start("who") + 1)]
        for doer in doers:
            rules.add(doer, "memberOf", org, "of which a member")


#: "IGAD member states, including Kenya and Uganda", "OECS member countries: A, B and C", "the
#: Alliance, whose members include A and B"
_MEMBERS_INCLUDING = re.compile(
    r"(?:[’']s)?\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*whose\s+(?:member\s+states|members)\s+(?:include|includes|are)|"
    r"\s+(?:member\s+(?:states|countries|nations)|members)(?:,?\s+(?:including|such\s+as|namely|among\s+them)|\s*:))"
    r"\s+(?:the\s+)?"
)
#: "Timor-Leste's membership of ASEAN", "Kenya's accession to membership of the Council"
_MEMBERSHIP_OF = re.compile(r"[’']s\s+(?:full\s+|formal\s+)?membership\s+(?:of|in)\s+(?:the\s+)?$")


def _members_listed(rules: SentenceRules) -> None:
    """memberOf the body for every country listed as its members, or owning its membership."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    for m, org in sent.of_types(("Organization",)):
        listed = _MEMBERS_INCLUDING.match(text, m.end - base)
        for member in coordinated(sent, base + listed.end()) if listed is not None else ():
            if member.type == "Country":
                rules.add(member, "memberOf", org, "members including")
        owner = _MEMBERSHIP_OF.search(text, max(0, m.start - base - 40), m.start - base)
        if owner is not None:
            heads = [
                p for p in sent.actors(base, base + owner.start() + 1) if p[0].end == base + owner.start()
            ]
            if heads and heads[0][1].type == "Country":
                rules.add(heads[0][1], "memberOf", org, "membership of")
