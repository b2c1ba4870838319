"""Relations a text gives in list form, or through a collective subject it names only once.

A meeting's attendance ("Ministers or their representatives from A, B and C attended, as did the
head of X") makes each participant of the meeting; "Ministers of the Forum met in …" makes the
body whose ministers met a participant. In a communiqué, "Ministers welcomed …", "Leaders
endorsed …" and "They reaffirmed …" are the acts of the body whose ministers or leaders met
(:func:`collective_body`). A numbered list led by "X recommends that:" or "X urges:" calls for
what its items name, whoever the items' subjects are ("1. the Government ratify the Convention"
is the recommender's call, not the Government's act); a list led by "Ministers committed to:"
supports what its items act "under" or "in line with". "X, a functional commission of Y" and
"the Fund, of which both countries are members" give memberOf; "the Convention, which calls
for an end to child labour" is the Convention's aim (addresses), not a call of the sentence's
subject.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from kg.extract.actors import Sentence, coordinated_before
from kg.extract.found import Found
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

_PEOPLE = (
    r"(?:Ministers|Leaders|Heads\s+of\s+State(?:\s+and\s+Government)?|Heads\s+of\s+Government|"
    r"Representatives|Delegates|Delegations|Officials|Ambassadors)"
)
#: "Foreign Ministers of the ", "Leaders of ": before the body whose ministers or leaders act
_PEOPLE_OF = re.compile(
    r"(?:^|\s)(?:[A-Z][a-z]+\s+){0,2}"
    + _PEOPLE
    # "Ministers and Social Partners responsible for Employment and Labour of the"
    + r"(?:\s+and\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)?(?:\s+responsible\s+for(?:\s+(?:[A-Z][a-z]+|and|,))+?)?"
    + r"\s+of\s+(?:the\s+)?$"
)
#: "… met in", "… met on", "… convened in": the meeting of the text
_MET = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:met|convened|gathered|assembled)\b")
#: a sentence opened by the collective: "Ministers welcomed", "Forum Leaders endorsed"
_COLLECTIVE_START = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,2}(?:Ministers|Leaders)\s+(?:also\s+|further\s+)?[a-z]+ed\b"
)
#: "In the Declaration, Ministers:": a list of the collective's acts follows
_COLLECTIVE_LEAD = re.compile(
    r"(?:In|Through|By|Under)\s+(?:the|this|their)\s+(?:[A-Za-z]+\s+){0,4}?[A-Za-z]+,\s+"
    r"(?:[A-Z][a-z]+\s+)?(?:Ministers|Leaders)\s*:\s*$"
)
_THEY_START = re.compile(r"They\s+(?:also\s+|further\s+)?[a-z]+ed\b")
#: "Ministers or their representatives from ", "Delegations of ", before the list of attenders
_ATTENDERS = re.compile(
    r"\b(?:[Mm]inisters|[Ll]eaders|[Rr]epresentatives|[Dd]elegations|[Dd]elegates|[Oo]fficials|[Hh]eads\s+of\s+"
    r"[Ss]tate(?:\s+and\s+[Gg]overnment)?)(?:\s+or\s+their\s+(?:representatives|deputies|delegates))?"
    r"\s+(?:from|of)\s+"
)
_ATTENDED = re.compile(
    r"\s+(?:also\s+)?(?:attended|took\s+part|participated|(?P<met>met|gathered|convened))\b"
)
#: "met in Suva for the ", "met on 3 May at the ": where the meeting is named after "met"
_MET_AT = re.compile(r"[^.;:]{0,60}?\b(?:for|at|during|on\s+the\s+margins\s+of)\s+(?:the\s+)?$")
#: nothing attended named after the verb: "… attended.", "… attended, as did …", "attended the meeting"
_NO_OBJECT = re.compile(
    r"\s*(?:[,.;]|$|(?:in\s+)?(?:the|this)\s+(?:meeting|session|summit|conference|forum|dialogue)\b)"
)
_AS_DID = re.compile(r",?\s+as\s+did\s+")
#: what may lie between the items of a list of names; a name the recognizer missed may stand there
#: too ("the Cook Islands")
_LOOSE_ITEM = re.compile(r"(?:[\s,]|\band\b|\bthe\b|\([A-Z]{2,8}\)|[A-Z][\w'’-]*)*")
#: the lead of a list of recommendations or calls, ending in ":"
_CALLING_LEAD = re.compile(
    r"\b(?:recommend(?:s|ed)?|urg(?:es|ed|e)|call(?:s|ed)?\s+(?:on|upon)|propos(?:es|ed|e)|request(?:s|ed)?)\b"
    r"[^:.]{0,80}:$"
)
#: the lead of a list of commitments, ending in ":"
_COMMITTING_LEAD = re.compile(r"\b(?:committed|agreed|undertook|pledged|resolved|decided)\s+(?:to|that)\s*:$")
#: "under the ", "in line with the ILO's (ILO) ": a framework the committed act follows
_IN_LINE_WITH = re.compile(
    r"\b(?:under|in\s+line\s+with|consistent\s+with|in\s+accordance\s+with|pursuant\s+to|in\s+keeping\s+with)"
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){1,6}[A-Z][\w-]*[’']s\s+(?:\([A-Z]{2,8}\)\s+)?)?$"
)
#: a recommended act is no act: these relations of an item under a calling lead are dropped
_ACTS = frozenset(("adopts", "implements", "supports", "callsFor", "partnersWith", "participatesIn"))
#: ", a functional commission of the ": the body before is a part of the body after
_PART_OF = re.compile(
    r"\s*(?:\([A-Z]{2,8}\)\s*)?,\s+(?:a|an|the)\s+(?:(?:functional|subsidiary|technical|specialized|specialised|"
    r"intergovernmental|regional|standing)\s+)?(?:commission|body|organ|agency|committee|subsidiary)\s+of\s+"
    r"(?:the\s+)?$"
)
#: ", of which both countries are members": the text's pair belongs to the body before
_OF_WHICH_MEMBERS = re.compile(
    r"\s*(?:\([A-Z]{2,8}\)\s*)?,\s+of\s+which\s+(?:both|the\s+two)\s+(?:countries|parties|sides|states|governments)"
    r"\s+are\s+(?:also\s+)?(?:full\s+)?members\b"
)
#: ", which calls for an end to ": the aim of the item before
_WHICH_CALLS_FOR_END = re.compile(
    r"\s*(?:\([A-Z]{2,8}\)\s*)?,\s+which\s+(?:also\s+)?call(?:s|ed)?\s+for\s+(?:an\s+end\s+to|the\s+end\s+of|"
    r"the\s+elimination\s+of|the\s+eradication\s+of|ending|eliminating|eradicating)\s+(?:all\s+forms\s+of\s+)?$"
)
#: ", which was established by the ": the body after set up the body before
_ESTABLISHED_BY = re.compile(
    r"\s*(?:\([A-Z][\w-]{1,10}\)\s*)?,\s+(?:which\s+(?:was|had\s+been)\s+)?(?:established|created|set\s+up|founded)"
    r"\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?"
)
_WHICH = re.compile(r"\s*(?:\([A-Z][\w-]{1,10}\)\s*)?,\s+which\s+(?:the\s+)?")
#: " established in …": "which the Union established"
_WHICH_ESTABLISHED = re.compile(r"\s+(?:had\s+|has\s+)?(?:established|created|set\s+up|founded)\b")
#: "Both Parties, as members of the ": the text's pair belongs to the body after
_PAIR_AS_MEMBERS = re.compile(
    r"(?:\b[Bb]oth\s+(?:[Pp]arties|countries|sides|[Gg]overnments|[Ss]tates)|\b[Tt]he\s+two\s+(?:countries|[Pp]arties|sides|"
    r"[Gg]overnments|[Ss]tates))\s*,\s+as\s+(?:fellow\s+)?members\s+of\s+(?:the\s+)?$"
)
#: "'s ": a body's own body ("the Council of Europe's Group of Experts")
_OWNED = re.compile(r"[’']s\s+")
#: ", and to target 10.7 of the ": a second item the same act reaches
_AND_TO = re.compile(
    r"\s*(?:\([A-Z]{2,8}\)\s*)?,?\s+and\s+(?:also\s+)?(?:to|for|of)\s+(?:the\s+)?(?:(?:target|goal|article|"
    r"paragraph|principle)s?\s+[\d.]+(?:\s+and\s+[\d.]+)?\s+of\s+(?:the\s+)?)?"
)
_ACTOR_TYPES = ("Country", "Organization")


def collective_body(text: str, pairs: list[tuple[MentionRec, EntityRec]]) -> EntityRec | None:
    """The body whose ministers or leaders the text first names ("Foreign Ministers of the Forum")."""
    if "Ministers" not in text and "Leaders" not in text and "Heads of" not in text:
        return None
    for m, e in pairs:
        if e.type == "Organization" and _PEOPLE_OF.search(text, max(0, m.start - 110), m.start):
            return e
    return None


def collective_start(text: str, after_collective: bool) -> bool:
    """Whether a sentence opens with the collective ("Ministers welcomed …", or "They …" right after)."""
    if _COLLECTIVE_START.match(text) is not None or _COLLECTIVE_LEAD.match(text) is not None:
        return True
    return after_collective and _THEY_START.match(text) is not None


def meeting_of(rules: SentenceRules, body: EntityRec | None, event: EntityRec | None) -> None:
    """Attendance: "Ministers of X met …" (X), "Representatives from A, B and C attended" (each)."""
    if event is None:
        return
    sent = rules.sent
    text = sent.text
    if body is not None and any(word in text for word in ("met", "convened", "gathered", "assembled")):
        for m, e in sent.actors():
            if (
                e is body
                and _MET.match(text, m.end - sent.start)
                and _PEOPLE_OF.search(text, max(0, m.start - sent.start - 60), m.start - sent.start)
            ):
                rules.add(body, "participatesIn", event, "met")
    if not any(
        word in text for word in ("attended", "took part", "participated", "met", "gathered", "convened")
    ):
        return
    for lead in _ATTENDERS.finditer(text):
        verb = _ATTENDED.search(text, lead.end())
        if verb is None:
            continue
        named = [
            (m, e)
            for m, e in sent.mentions
            if lead.end() <= m.start - sent.start and m.end - sent.start <= verb.start()
        ]
        if not named or not _only_names(text, lead.end(), verb.start(), named, sent.start):
            continue  # "Ministers from A, who had met B, attended": not a plain list
        target = _event_after(rules, sent.start + verb.end())
        if verb.group("met") is not None:  # "Ministers of A and B met in Suva for the X Meeting"
            target = _met_at(rules, verb.end()) or (event if _MET_IN.match(text, verb.end()) else None)
            if target is None:
                continue
        elif target is None and not _NO_OBJECT.match(text, verb.end()):
            continue  # "attended the launch": an occasion not named as the text's event
        target = target or event
        for _m, e in named:
            if e.type in _ACTOR_TYPES:
                rules.add(e, "participatesIn", target, "attended")
        did = _AS_DID.match(text, verb.end())
        if did is not None:
            stop = text.find(",", did.end())
            hi = sent.start + (stop if stop >= 0 else len(text))
            for _m, e in sent.actors(sent.start + did.end(), hi)[:1]:
                if e.type in _ACTOR_TYPES:
                    rules.add(e, "participatesIn", target, "attended")


def _only_names(text: str, lo: int, hi: int, named: list[tuple[MentionRec, EntityRec]], base: int) -> bool:
    """Whether ``text[lo:hi]`` holds nothing but the names and list separators."""
    at = lo
    for m, _e in named:
        if not _LOOSE_ITEM.fullmatch(text, at, m.start - base):
            return False
        at = max(at, m.end - base)
    return _LOOSE_ITEM.fullmatch(text, at, hi) is not None


#: "met in Suva on 3 May." and no more: the text's meeting
_MET_IN = re.compile(r"(?:\s+(?:in|on)\s+[\w\s',-]{1,40}?)?\s*(?:[.;]|$)")


def _met_at(rules: SentenceRules, at: int) -> EntityRec | None:
    """The event named after "met … for the" or "met … at the"."""
    sent = rules.sent
    for m, e in sent.mentions:
        start = m.start - sent.start
        if e.type == "Event" and at <= start <= at + 80 and _MET_AT.fullmatch(sent.text, at, start):
            return e
    return None


def _event_after(rules: SentenceRules, pos: int) -> EntityRec | None:
    """The event named right after the verb ("attended the Summit")."""
    for m, e in rules.sent.mentions:
        if e.type == "Event" and pos <= m.start <= pos + 12:
            return e
    return None


def calling_lead(text: str) -> bool:
    """Whether a sentence leads a list of calls ("KCMR recommends that:", "The Council urges:")."""
    return text.endswith(":") and _CALLING_LEAD.search(text) is not None


def committing_lead(text: str) -> bool:
    """Whether a sentence leads a list of commitments ("Ministers committed to:")."""
    return text.endswith(":") and _COMMITTING_LEAD.search(text) is not None


def called_items(found: list[Found], caller: EntityRec, sent: Sentence) -> list[Found]:
    """An item of a recommending list: the caller calls for its plans and frameworks; the acts the
    item recommends are not acts."""
    kept = [f for f in found if f.predicate not in _ACTS]
    seen = set()
    for _m, e in sent.of_types(ITEMS):
        if e.key not in seen and e.key != caller.key:
            seen.add(e.key)
            kept.append(Found(caller.key, "callsFor", e.key, sent.start, sent.end, "recommends"))
    return kept


def committed_items(sent: Sentence, body: EntityRec) -> list[Found]:
    """An item of a committing list: the body supports the framework its act follows."""
    if "under " not in sent.text and " with " not in sent.text and "pursuant" not in sent.text:
        return []
    out = []
    for m, e in sent.of_types(ITEMS):
        at = m.start - sent.start
        if e.key != body.key and _IN_LINE_WITH.search(sent.text, max(0, at - 90), at):
            out.append(Found(body.key, "supports", e.key, sent.start, sent.end, "committed to"))
    return out


def memberships(rules: SentenceRules) -> None:
    """ "X, a functional commission of Y" (X memberOf Y); "the Z, of which both countries are members"."""
    sent = rules.sent
    low = sent.low
    text = sent.text
    if "Organization" not in rules.types:
        return
    orgs = [(m, e) for m, e in sent.mentions if e.type == "Organization"]
    if len(orgs) < 2 and "of which" not in low:
        return
    if (", a" in text or ", the" in text) and " of " in low:
        for (m1, e1), (m2, e2) in pairwise(orgs):
            if e1 is not e2 and _PART_OF.fullmatch(text, m1.end - sent.start, m2.start - sent.start):
                rules.add(e1, "memberOf", e2, "commission of")
    if "’s " in text or "'s " in text:
        for (m1, e1), (m2, e2) in pairwise(orgs):
            if (
                e1 is not e2
                and _OWNED.fullmatch(text, m1.end - sent.start, m2.start - sent.start)
                and text[max(0, m1.start - sent.start - 3) : m1.start - sent.start] not in ("'s ", "’s ")
            ):
                rules.add(e2, "memberOf", e1, "body's")  # "the Council of Europe's Group of Experts"
    if "establish" in low or "created" in low or "set up" in low or "founded" in low:
        for (m1, e1), (m2, e2) in pairwise(orgs):
            gap = text[m1.end - sent.start : m2.start - sent.start]
            if e1 is not e2 and _ESTABLISHED_BY.fullmatch(gap):
                rules.add(e1, "memberOf", e2, "established by")  # "the Observatory, set up by the Union"
            elif (
                e1 is not e2 and _WHICH_ESTABLISHED.match(text, m2.end - sent.start) and _WHICH.fullmatch(gap)
            ):
                rules.add(e1, "memberOf", e2, "established")  # "the Observatory, which the Union established"
    if rules.pair is not None and "members of" in low:
        for m, e in orgs:
            if rules.pair is not None and _PAIR_AS_MEMBERS.search(
                text, max(0, m.start - sent.start - 60), m.start - sent.start
            ):
                for country in rules.pair:
                    rules.add(country, "memberOf", e, "as members of")
    if "of which" in low and rules.pair is not None:
        for m, e in orgs:
            if _OF_WHICH_MEMBERS.match(text, m.end - sent.start):
                for country in rules.pair:
                    rules.add(country, "memberOf", e, "members")


def aims(rules: SentenceRules) -> None:
    """ "the Goals, which call for an end to child labour": the item addresses the issue."""
    sent = rules.sent
    if "which" not in sent.low or "Issue" not in rules.types:
        return
    items = sent.of_types(ITEMS)
    for m, e in sent.of_types(("Issue",)):
        at = m.start - sent.start
        for im, item in reversed(items):
            if im.end <= m.start:
                if _WHICH_CALLS_FOR_END.fullmatch(sent.text, im.end - sent.start, at):
                    rules.add(item, "addresses", e, "calls for an end to")
                break


def and_to(rules: SentenceRules, start: int) -> None:
    """ "reaffirmed their commitment to the Compact and to target 10.7 of the Goals": the supports
    found from ``start`` on reach the second item too."""
    sent = rules.sent
    if " and " not in sent.low:
        return
    items = sent.of_types(ITEMS)
    for f in rules.out[start:]:
        if f.predicate != "supports":
            continue
        for (m1, e1), (m2, e2) in pairwise(items):
            if (
                e1.key == f.object
                and e2 is not e1
                and _AND_TO.fullmatch(sent.text, m1.end - sent.start, m2.start - sent.start)
            ):
                subj = rules.state.entities[f.subject]
                if not any(g.subject == f.subject and g.object == e2.key for g in rules.out):
                    rules.add(subj, "supports", e2, f.cue)


#: a country's legislature or cabinet: what it passes, the country adopts
_LEGISLATURE = re.compile(
    r"(?:National\s+|Federal\s+|Legislative\s+)?(?:Parliament|Assembly|Senate|Congress|Cabinet|Legislature|"
    r"Council\s+of\s+Ministers|House\s+of\s+Representatives|Majlis|Duma|Sejm)"
)


def countrys_legislature(rules: SentenceRules, start: int) -> None:
    """ "Kenya's Parliament passed the Act": the country adopts what its legislature adopted."""
    sent = rules.sent
    if "’s " not in sent.text and "'s " not in sent.text:
        return
    for f in rules.out[start:]:
        if f.predicate != "adopts":
            continue
        body = rules.state.entities[f.subject]
        if body.type != "Organization" or not _LEGISLATURE.fullmatch(body.label):
            continue
        for m, e in sent.mentions:
            if e is not body:
                continue
            owner = [
                (c, country)
                for c, country in sent.mentions
                if country.type == "Country" and c.end in (m.start - 3, m.start - 2)
            ]
            lead = sent.text[owner[0][0].end - sent.start : m.start - sent.start] if owner else ""
            if lead in ("'s ", "’s ", "' ", "’ "):
                rules.add(owner[0][1], "adopts", rules.state.entities[f.object], f.cue)
            break


#: between two givers of a list of funders: ", through the ", ", by ", ", and by the "
_GIVER_GAP = re.compile(
    r"\s*(?:\([A-Z][\w-]{1,10}\)\s*)?(?:,\s*|\s+)?(?:and\s+)?(?:(?:also\s+)?(?:by|through|via)\s+)?(?:the\s+)?"
)


def funders(sent: Sentence, first: list[EntityRec], pos: int) -> list[EntityRec]:
    """``first`` (the actors coordinated right after "funded by" at ``pos``) and those joined on by
    ", through X, by Y and Z, and by W"."""
    if not first:
        return first
    out = list(first)
    text, base = sent.text, sent.start
    actors = sent.actors(pos, pos + 400)
    if not actors:
        return out
    last, end = actors[0][1], actors[0][0].end - base
    for m, e in actors[1:]:
        if e is last and text[end : m.start - base].strip() == "(":
            end = m.end - base + (text[m.end - base : m.end - base + 1] == ")")
            continue  # "the Agency (AECID)": the acronym of the name before
        if not _GIVER_GAP.fullmatch(text, end, m.start - base):
            break
        last, end = e, m.end - base
        if text.startswith(("'s ", "’s "), end):
            end += 3  # "Paraguay's Ministry of Labour": the ministry, not the country
            continue
        if e.type in _ACTOR_TYPES and e not in out:
            out.append(e)
    return out


#: "It will be carried out together with the ": those who carry the plan out with its owner
_IT_CARRIED_WITH = re.compile(
    r"(?:It|The\s+(?:programme|program|project|plan|strategy|initiative))\s+(?:will|would|is|was|shall)\s+"
    r"(?:be\s+|being\s+)?(?:implemented|carried\s+out|delivered|executed|run)\s+(?:jointly\s+|together\s+)?"
    r"(?:with|alongside)\s+(?:the\s+)?"
)


def carried_out_with(sent: Sentence, item: EntityRec, owners: list[EntityRec]) -> list[Found]:
    """ "It will be carried out together with A, B and C" after a sentence naming the plan: each
    implements it, and the plan's owners (who launched it) are partners of each."""
    m = _IT_CARRIED_WITH.match(sent.text)
    if m is None:
        return []
    first = sent.actors(sent.start + m.end(), sent.start + m.end() + 4)
    if not first:
        return []
    out = []
    for partner in funders(sent, [first[0][1]], first[0][0].start):
        if partner.type not in _ACTOR_TYPES:
            continue
        out.append(Found(partner.key, "implements", item.key, sent.start, sent.end, "carried out with"))
        for owner in owners:
            if owner is not partner:
                out.append(
                    Found(owner.key, "partnersWith", partner.key, sent.start, sent.end, "together with")
                )
    return out


#: "We call on all States that have not yet done so to join it": the speakers' call for the item before
_CALL_TO_JOIN = re.compile(
    r"\b[Ww]e\s+(?:also\s+|therefore\s+|again\s+)?(?:call\s+(?:on|upon)|urge|encourage|invite)\s+[^.;:]{0,90}?\bto\s+"
    r"(?:join|ratify|accede\s+to|sign|implement)\s+it\b"
)


def calls_to_join(text: str) -> bool:
    """Whether a sentence of a statement calls on others to join "it" (the instrument named before)."""
    return "it" in text and _CALL_TO_JOIN.search(text) is not None


#: "'s (ILO) ": the owner's possessive, with its acronym
_OWNS = re.compile(r"[’']s\s+(?:\([A-Z][\w-]{1,10}\)\s+)?")


def bodys_instrument(rules: SentenceRules) -> None:
    """ "the International Labour Organization's (ILO) Forced Labour Convention": the body adopted
    the convention it owns."""
    sent = rules.sent
    if "Framework" not in rules.types or ("’s " not in sent.text and "'s " not in sent.text):
        return
    frameworks = {m.start: e for m, e in sent.of_types(("Framework",))}
    for m, owner in sent.actors():
        if owner.type != "Organization":
            continue
        own = _OWNS.match(sent.text, m.end - sent.start)
        item = frameworks.get(sent.start + own.end()) if own is not None else None
        if item is not None:
            rules.add(owner, "adopts", item, "’s")


_BY_LAST = re.compile(r"\bby\s+(?:the\s+)?$")


def lead_group(sent: Sentence, actors: list[tuple[MentionRec, EntityRec]]) -> list[EntityRec]:
    """All who lead a list when its lead names them together ("India and Bangladesh have:"), else
    the first alone; a lead naming others apart ("Kenya, with UNHCR's help, has:") is the first's,
    and one ending "by X:" is X's ("welcomed the following steps by Malaysia:")."""
    if len(actors) < 2:
        return [actors[0][1]] if actors else []
    last, _ = actors[-1]
    if _BY_LAST.search(sent.text, 0, last.start - sent.start) and not sent.text[
        last.end - sent.start :
    ].strip(" :"):
        return [actors[-1][1]]  # "… welcomed the following steps by Malaysia:": the steps are Malaysia's
    group = coordinated_before(sent, actors[-1][0].end)
    return group if group[0] is actors[0][1] else [actors[0][1]]


def shared_by_group(got: list[Found], group: list[EntityRec], item: Sentence) -> list[Found]:
    """The item's acts of the list's first leader, done by the others who lead it too; none when the
    item names one of them itself ("- India ratified the Paris Agreement": India's alone)."""
    first, keys = group[0].key, {e.key for e in group}
    if any(e.key in keys for _m, e in item.mentions):
        return []
    return [
        replace(f, subject=other.key)
        for f in got
        if f.subject == first and f.object not in keys
        for other in group[1:]
    ]
