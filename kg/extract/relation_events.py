"""Events and issues: who takes part in an event, and what a plan, framework or event addresses."""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract import cues
from kg.extract.actors import Sentence, coordinated
from kg.extract.doc_relations import THEMES
from kg.extract.records import DocState, EntityRec, MentionRec
from kg.extract.relation_agents import acting_subject, agents_after
from kg.extract.relation_co_organisers import organised_with
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_delegates import delegations_to
from kg.extract.relation_instrument_scope import instrument_scope
from kg.extract.relation_measures_including import measures_including
from kg.extract.relation_participation_nouns import noun_participation
from kg.extract.relation_purpose import ISSUE_GAP, purpose_addresses
from kg.extract.relation_wording import negated_before

#: between an addresses cue and its issue: "on the", "to end all forms of", not a clause
_ISSUE_LEAD_GAP = re.compile(
    r"\s*(?:(?:the|this|these|such|all|any|its|their|forms?|issues|problems|challenges|of|and|[a-z]+-[a-z]+|[a-z]+(?:al|ive|ed|ing|ic|ous|ful))\s+){0,5}"
)
_WEAK_CUES = frozenset(("on", "is on", "against"))
#: "the Plan, a four-year programme, failed to tackle …": the cue is denied, not the item's purpose
_DENIED = re.compile(
    r"\b(?:not|never|fail(?:s|ed|ing)?|without|who|whose)\b|n[’']t\b|[;:]|"
    # "signed the Declaration and pledged to end …": the signer's next deed, not the item's purpose
    r"\band\s+(?:also\s+|then\s+)?(?:[a-z]+ed|made|took|set|gave|sought|began|vowed|won|said)\s+(?:[a-z]+\s+)?$|"
    # "praised by unions seeking to end …": the purpose of those who act, not of the item
    r"\b(?:seeking|trying|working|hoping|struggling|striving|fighting|campaigning|wanting|pushing|"
    r"lobbying|calling)\s+(?:hard\s+)?$|"
    # "the Framework, an agreement on trade, the parties will also combat …": a new clause's subject
    r",\s+(?:and\s+|but\s+)?(?!(?:which|that|who)\b)(?:(?:the|a|an|its|their|his|her)\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:will|would|must|should|shall|can|could|may|have|has|had|are|is|were|was)\b"
)
_ITEM_CUE_GAP = re.compile(
    r"[\s,]*(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:today|yesterday|this\s+(?:morning|afternoon))\s+)?"
)  # "an open debate today on …": the day said between
_PURPOSE_CUE = re.compile(r"focus|aim|address|target|designed|dedicated")
#: a deed done at an event by its doer: "presented its review at the Forum", "spoke at"
_ACT_AT = re.compile(
    r"\b(?:present(?:s|ed)|deliver(?:s|ed)|made|makes|gave|gives|launch(?:es|ed)|announc(?:es|ed)|"
    r"pledg(?:es|ed)|reaffirm(?:s|ed)|highlight(?:s|ed)|shar(?:es|ed)|report(?:s|ed)|stat(?:es|ed))\b"
)
#: between "presented its review at" or "… to the" and the forum
_PRESENTED_TO = re.compile(r"\s*(?:the\s+)?(?:(?:next|upcoming|forthcoming|coming)\s+)?")
#: "chaired, in a videoconference format, a meeting": a manner set off between the verb and the event
_ASIDE = re.compile(
    r",[^,;.()]{1,40},\s*(?:(?:the|a|an|its|their)\s+)?"
    # "held its first-ever Open Debate", "hosted the two-day 5th Regional Consultation": the event's
    # count, rank or length, outside its name
    r"|\s+(?:the|a|an|its|their)\s+(?:(?:first|second|third|fourth|fifth|first-ever|annual|inaugural|"
    r"historic|landmark|high-level|special|extraordinary|regular|biennial|latest|next|"
    r"(?:one|two|three|four|five)-day|\d+(?:st|nd|rd|th))\s+){1,3}"
)
#: "will host", "is set to host", "was chosen to hold": a bare "host"/"hold" read only when decided;
#: not "could host", "wants to host", "urged Ghana to hold", "is no longer set to host"
_DECIDED_TO = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:set|chosen|selected)\s+to|"
    r"(?:is|are)\s+to|agreed\s+to)\s+$"
)
_BARE = frozenset(["host", "co-host", "hold", "convene", "chair", "co-chair"])
#: "ASEAN holds its 43rd Summit": a present "holds" read only for a body holding its own meeting
_HOLDS_ITS = re.compile(r"\s+its\s+")
#: "its bid to host", "a candidacy to co-host": hosting hoped for
_BID_TO = re.compile(r"\b(?:bid|bids|bidding|candidacy|candidature|offer)\s+to\s+$")
#: "We thank Indonesia and Australia … for convening": those thanked act
THANKED = re.compile(
    r"\b(?:[Tt]hank(?:s|ed|ing)?|[Cc]ongratulat(?:e|es|ed|ing)|[Cc]ommend(?:s|ed)?)\s+(?=[^.;]*\bfor\s+$)"
)
#: "Statement by the Minister … at the Conference": the statement's author takes part
_STATEMENT_BY = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,2}(?:Statement|Remarks|Address|Speech|Intervention)\s+(?:delivered\s+)?by\b"
)


#: "Statement by X in the Open Debate", "… to the UN Security Council Open Debate": the occasion
_STATEMENT_TO = re.compile(r"\b(?:in|to|before)\s+(?:the\s+)?$")


def _statement_speaker(rules: SentenceRules, events: list[tuple[MentionRec, EntityRec]]) -> None:
    """A statement's opening line names its speaker and its meeting: the speaker takes part."""
    sent, base = rules.sent, rules.sent.start
    by = _STATEMENT_BY.match(sent.text)
    if by is None:
        return
    for m, event in events:
        if _STATEMENT_TO.search(sent.low, max(0, m.start - base - 8), m.start - base):
            speakers = [e for _m, e in sent.actors(base + by.end(), m.start) if e.type == "Person"]
            for speaker in speakers[:1]:
                rules.add(speaker, "participatesIn", event, "statement by")
            return


def participation(rules: SentenceRules) -> None:
    """participatesIn: "Colombia hosted the Conference", "attended by X and Y", "took part in",
    "Statement by the Minister … at the Conference", "presented its review at the Forum"."""
    if "Event" not in rules.types:
        return  # no event to take part in
    sent = rules.sent
    text = rules.sent.text
    low = rules.sent.low
    base = rules.sent.start
    types = rules.types
    inherited = rules.inherited
    speaker = rules.speaker
    pair = rules.pair
    self_country = rules.self_country
    has_actor = rules.has_actor
    add = rules.add
    finditer = rules.finditer
    search = rules.search
    # participation in events
    events = sent.of_types(("Event",)) if "Event" in types else []
    for cue in finditer(cues.HOSTS_LOW) if events and has_actor else ():
        c0, c1 = base + cue.start(), base + cue.end()
        passive = cue.group().endswith(" by") or low.startswith(" by ", cue.end())  # "hosted" read alone
        if not passive and negated_before(low, cue.start()):
            continue  # "Kenya did not host the Summit"
        if _BID_TO.search(low, max(0, cue.start() - 24), cue.start()):
            continue  # "Türkiye's bid to host COP31": a hope, not a meeting held
        word = cue.group()
        if word in _BARE and not _DECIDED_TO.search(low, max(0, cue.start() - 30), cue.start()):
            continue  # "Kenya hopes to host the Summit", "Kenya urged Ghana to hold the Summit"
        if word in ("holds", "holding") and not _HOLDS_ITS.match(low, cue.end()):
            continue  # "Kenya welcomed the AU's decision, holding the Summit …"
        if word == "held" and passive and not sent.actors(c1, c1 + 6):
            continue  # "the Summit was held by videoconference, Kenya said": no one right after "by"
        if passive and not cue.group().endswith(" by"):
            c1 += 3
        if passive:  # "the Conference, which was attended by Ecuador and Peru"
            held = [p for p in events if p[0].end <= c0 and c0 - p[0].end <= 60]
            guests = agents_after(sent, c1 - 2, 2) if held else []
        else:  # "Colombia hosted the Regional Conference on Migration"
            held = [
                p
                for p in events
                if c1 < p[0].start <= c1 + 6 or _ASIDE.fullmatch(sent.text, c1 - base, p[0].start - base)
            ]
            thanked = THANKED.search(text, max(0, cue.start() - 200), cue.start()) if held else None
            if thanked is not None:  # "We thank Indonesia and Australia for convening the Conference"
                guests = coordinated(sent, base + thanked.end())
            else:
                guests = rules.subject(c0) if held else []
                if word in ("holds", "holding"):  # "ASEAN holds its 43rd Summit": a body only
                    guests = [g for g in guests if g.type == "Organization"]
            if held and not guests and cue.start() == 0 and cue.group().endswith("ing"):
                # "Opening the debate, Jane Doe, Director of …, said": the one named after the clause
                guests = [e for _m, e in sent.actors(held[0][0].end)][:1]
        for guest in guests:
            add(guest, "participatesIn", held[-1 if passive else 0][1], cue.group())
    if events and " by " in text[:80]:
        _statement_speaker(rules, events)
    if events and "join" in low:
        _joined(rules, events)
    if events and "delegation" in low:
        delegations_to(rules)  # "X led Pakistan's delegation to the Conference"
    if events and " with " in low:
        organised_with(rules)  # "co-organised the Conference with the Government of South Africa"
    if events and ("participation" in low or "presence" in low or "attendance" in low or "welcom" in low):
        noun_participation(rules, events)  # "Kenya's participation in the Forum"
    took = search(cues.PARTICIPATES_LOW) if events else None
    if took is not None and negated_before(low, took.start()):
        took = None  # "Kenya did not attend the Meeting"
    if took is not None:
        met_at = took.group().startswith(("at ", "during "))
        for _m, event in events:
            if met_at and not _AT_EVENT.search(low, max(0, _m.start - base - 80), _m.start - base):
                continue  # "endorsed at the Congress, and the Session …": the Session is met at nothing
            if met_at and _DONE_AT.search(low, max(0, _m.start - base - 60), _m.start - base):
                continue  # "the Declaration, endorsed at the Congress": a thing done there, no one
            if took.group().startswith("present") and not _PRESENTED_TO.fullmatch(
                text, took.end(), max(took.end(), _m.start - base)
            ):
                continue  # "presented its review to the Forum": the Forum named right there
            who = speaker or next((e for _m2, e in sent.actors() if e.type == "Person"), None)
            if took.group().startswith("present"):
                # "she said Kenya would present its report to the Forum": the presenter, not the speaker
                doers = acting_subject(sent, base + took.start(), inherited, None, self_country, pair)
                for doer in doers:
                    add(doer, "participatesIn", event, "present")
                if doers:
                    continue
            if (
                who is None
                and not took.group().startswith(("at ", "during "))
                and took.end() <= _m.start - base
            ):
                # "Ecuador and Peru took part in the Conference": the subject of the verb
                for guest in acting_subject(sent, base + took.start(), inherited, None, self_country, pair):
                    add(guest, "participatesIn", event, took.group())
                    who = guest
            if (
                who is None
                and took.group().startswith(("at ", "during "))
                and took.end() <= _m.start - base
                and (base == 0 or _STATEMENT_BY.match(text))
            ):
                # "Statement by the Minister of Foreign Affairs of Thailand at the Conference"
                heads = sent.actors(base, base + took.start())
                if heads and heads[-1][1].type in ("Country", "Organization"):
                    who = heads[-1][1]
                by = _STATEMENT_BY.match(text)
                for author in _role_holders(rules.state, text[by.end() : took.start()]) if by else ():
                    add(author, "participatesIn", event, "statement by")  # the person signing it
            if (
                who is None
                and took.group().startswith(("at ", "during "))
                and 0 <= _m.start - base - took.end() <= 2
                and _ACT_AT.search(low, 0, took.start())
            ):
                # "Cambodia presented its review at the Forum": the one who acts there takes part
                doers = acting_subject(sent, base + took.start(), inherited, None, self_country, pair)
                if len(doers) == 1 and doers[0].type in ("Country", "Organization"):
                    who = doers[0]
            if who is None:
                actors = sent.actors(_m.end)
                who = actors[0][1] if actors else None
            if who is not None:
                add(who, "participatesIn", event, "at")


#: "UNHCR and IOM joined the Global Refugee Forum": right before a named event (joining a body or a
#: framework is membership or adoption, read elsewhere)
_JOINED = re.compile(r"\bjoin(?:ed|s|ing)?\s+(?:the\s+)?$")


def _joined(rules: SentenceRules, events: list[tuple[MentionRec, EntityRec]]) -> None:
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, event in events:
        cue = _JOINED.search(low, max(0, m.start - base - 16), m.start - base)
        if cue is None or negated_before(low, cue.start()):
            continue
        for guest in acting_subject(
            sent, base + cue.start(), rules.inherited, None, rules.self_country, rules.pair
        ):
            if guest.type in ("Country", "Organization", "Person"):
                rules.add(guest, "participatesIn", event, "joined")


#: right before an event met "at" or "during" it: "at the ", "during its 18th ", "at the Human Rights
#: Council: " (the body, then its meeting), "on the sidelines of the ", "at the high-level segment of "
_AT_EVENT = re.compile(
    r"\b(?:at|during)\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$"
    r"|\b(?:at|during)\s+(?:the\s+)?[\w\s’'-]{1,60}[:–—]\s*$"
    r"|\b(?:at|during|on)\s+(?:the|a|an)\s+[\w\s-]{1,40}?\s+of\s+(?:the\s+|this\s+|its\s+)?$"
)
#: a thing done at the event, not anyone's presence: ", endorsed at the ", "was adopted during the "
_DONE_AT = re.compile(
    r"(?:,\s*|\b(?:was|were|been|being)\s+)(?:endorsed|adopted|agreed|signed|launched|made|approved|"
    r"reached|taken|issued)\s+(?:at|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
#: "Thailand's Minister of …", "the Minister of … of Thailand": the owner around a role
_ROLE_OWNER = re.compile(r"^\s*(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s\s+)?")
_ROLE_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*$")


def _role_holders(state: DocState, role: str) -> list[EntityRec]:
    """The persons of the text whose role phrase is ``role`` ("Statement by Kenya's Minister of
    Labour at …" and the text signed "Jane Doe, Minister of Labour of Kenya")."""
    core = role[_ROLE_OWNER.match(role).end() :].strip()  # type: ignore[union-attr]
    cores = {core, _ROLE_OF_TAIL.sub("", core)}
    cores = {c.lower() for c in cores if " " in c}
    if not cores:
        return []
    return [
        p
        for p in state.entities.values()
        if p.type == "Person" and any(c in r.text.lower() for r in p.roles for c in cores)
    ]


def addresses(rules: SentenceRules) -> None:
    """What plans, frameworks and events address: "a Plan to end child labour", "… on A, B and C"."""
    if "Issue" not in rules.types:
        return  # no issue to address
    sent = rules.sent
    text = rules.sent.text
    base = rules.sent.start
    types = rules.types
    add = rules.add
    finditer = rules.finditer
    # what plans, frameworks and events address
    items = sent.of_types(("Plan", "Framework", "Event")) if "Issue" in types else []
    for k, (m, item) in enumerate(items):
        # a cue after the next item's start is that item's ("the Act and the Convention on Preventing …")
        nxt = next((m2.start for m2, _e in items[k + 1 :] if m2.start >= m.end), 1 << 30)
        for cue in finditer(cues.ADDRESSES_LOW, max(0, m.end - base)):
            if base + cue.start() - m.end > 60 or base + cue.start() >= nxt:
                break
            if _DENIED.search(sent.low, max(0, m.end - base), cue.start()):
                break
            issues = sent.of_types(("Issue",), base + cue.end(), base + cue.end() + 90)
            if issues and not _about(sent, cue, issues[0], m.end):
                continue  # "launched on Monday amid concerns over migration": a passing mention
            if issues:
                add(item, "addresses", issues[0][1], text[cue.start() : cue.end()])
                for (m1, _i1), (m2, i2) in pairwise(issues):
                    if not ISSUE_GAP.fullmatch(text, m1.end - base, m2.start - base):
                        break
                    add(item, "addresses", i2, text[cue.start() : cue.end()])  # "… on A, B and C"
                break
    purpose_addresses(rules)  # "the Roadmap, a work plan … to tackle A and B"
    instrument_scope(rules)  # "Law No. 5 … for victims of X", "Adopting resolution 12, the Council …"
    measures_including(rules)  # "the actions taken to combat X, including the Y Campaign"


def _about(sent: Sentence, cue: re.Match[str], issue: tuple[MentionRec, EntityRec], item_end: int) -> bool:
    """Whether the cue says what the item ending at ``item_end`` is about: "on human trafficking", "aims
    to end child labour", not "adopted on Monday amid concerns over migration", "calls for action on
    displacement" ("on", "against" only right after the item); a theme ("migration", "decent work")
    only after a cue of purpose ("focuses on", "targets", "aims at")."""
    gap = sent.low[cue.end() : issue[0].start - sent.start]
    if len(gap) > 40 or not _ISSUE_LEAD_GAP.fullmatch(gap):
        return False
    if cue.group().lower() in _WEAK_CUES and not _ITEM_CUE_GAP.fullmatch(
        sent.low, item_end - sent.start, cue.start()
    ):
        return False
    if issue[1].label.lower() in THEMES:
        return _PURPOSE_CUE.match(cue.group()) is not None
    return True
