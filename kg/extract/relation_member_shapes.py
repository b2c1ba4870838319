"""memberOf in the shapes news gives a body's membership besides "X is a member of Y":

- the body, then who is in it: "the Bali Process now counts 45 members, among them IOM, UNODC
  and Japan", "the Abu Dhabi Dialogue brings together 17 countries …, among them Nepal and India",
  "the Taskforce, a body that includes the Ministry of Foreign Affairs and the Police Force",
  "a group of 24 Member States that includes, among others, Belarus and Qatar";
- who joined, then the body: "Countries that have joined the Alliance include Tunisia and Egypt";
- the members, then the body: "Spain, Brazil and South Africa already belong to the Coalition",
  "the GEA and the TUC, both of which sit on the Steering Committee", "New Zealand, which sits on
  the Steering Group together with Australia and Indonesia";
- a second body: "a member of the ILO and of ASEAN";
- a state that speaks for its group: "Samoa on behalf of the Alliance of Small Island States".

A body's members are countries and organizations; only a body that people or states join (a
process, alliance, coalition, forum, group, committee …) has them: "the Ministry includes the
Department of X" names a unit, and "the programme includes Kenya" a place.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract import cues
from kg.extract.actors import coordinated, coordinated_before
from kg.extract.name_possessors import POSSESSIVE_ENDS
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules

#: words of the name of a body that has members
_GROUP_WORDS = frozenset(
    (
        "alliance", "alliances", "assembly", "association", "bloc", "body", "club", "coalition",
        "committee", "community", "compact", "consortium", "council", "dialogue", "federation",
        "confederation", "forum", "group", "initiative", "league", "network", "organisation",
        "organization", "partnership", "platform", "process", "steering", "taskforce", "task", "union",
    )
)  # fmt: skip
#: a sentence holds one of these words when it may state membership in a module shape
_HINTS = (
    "member", "includ", "among", "comprise", "together", "groups", "gathers", "unites", "belong", "sit on",
    "sits on", "joined", "consists", "made up", "compris", "consisting", "composed", "encompass",
)  # fmt: skip
#: the words between a body and the list of its members: "now counts 45 members, among them",
#: ", which brings together 17 countries of origin and destination in Asia, among them",
#: ", a body that includes", " (ABC) comprises", ", a cross-regional group of 24 Member States that includes,
#: among others,"
_INCLUDES = re.compile(
    r"(?:\s*\([^()]{1,20}\))?"
    # "ECO, whose Secretariat is in Tehran, is the inter-governmental organization which brings together"
    r"(?:,\s*whose\s+[^,;:.()]{1,60},)?,?\s+(?:(?:is|was|remains)\s+)?"
    r"(?:(?:an?|the)\s+[^,;:.()]{0,60}?\s+)?(?:(?:which|that)\s+)?(?:now\s+|also\s+)?"
    r"(?P<cue>counts|includes|include|comprises|groups|brings\s+together|gathers|unites|consists\s+of|is\s+made\s+up\s+of|"
    r"encompass(?:es|ing)|compris(?:ing)|grouping|bringing\s+together)"
    r"\b(?:\s+[^,;:.()]{0,70}?(?:,\s*|\s+)(?:among\s+them|among\s+others|including|such\s+as|namely)|"
    r",\s*among\s+others)?\s*[:,]?\s*(?:the\s+)?"
)
#: "Countries that have joined the Alliance include …", "Members of the Forum include …"
_JOINED_INCLUDE = re.compile(
    r"\b(?:countries|states|governments|members|organi[sz]ations|partners)\s+(?:that|which|who)\s+(?:have\s+|had\s+)?"
    r"(?:joined|signed\s+up\s+to|become\s+members\s+of)\s+$"
)
_INCLUDE_AFTER = re.compile(r"\s+(?:so\s+far\s+|now\s+|already\s+)?include\s+(?:the\s+)?")
#: the members first: "… already belong to", "…, both of which sit on", "… are all members of"
_BELONG = re.compile(
    r"(?:,\s*(?:both|all)\s+of\s+(?:which|whom)\s+|\s+(?:both\s+|all\s+|already\s+|also\s+|now\s+)*)"
    r"(?:belongs?\s+to|sit\s+on|are\s+(?:both\s+|all\s+|already\s+|also\s+|now\s+)*(?:members|member\s+states)\s+of)"
    r"\s+(?:the\s+)?$"
)
#: "New Zealand, which sits on the Steering Group together with Australia, Indonesia and Thailand"
_SITS_ON = re.compile(r"(?:,\s*which|\s+)\s*sits\s+on\s+(?:the\s+)?$")
_TOGETHER_WITH = re.compile(
    r"\s+(?:together|along)\s+with\s+(?:the\s+)?"
)  # not ", together with": the clause closed
_DENIED = re.compile(r"\b(?:neither|nor|not|never|no\s+longer)\b|n[’']t\b")
#: "The Council includes Eritrea and Belarus in its resolutions", "counts Kenya and Uganda among the
#: worst offenders": a list that is no membership
_NOT_MEMBERSHIP = re.compile(
    r"\b(?:among\s+(?:the|its|their)|in\s+(?:its|their)|on\s+(?:its|their)\s+list|as\s+(?:the|a|an))\b"
)
#: "a member of the ILO and of ASEAN": the second body after "and of"
_AND_OF = re.compile(r"\s+and\s+(?:also\s+)?of\s+(?:the\s+)?")
_MEMBER_OF = re.compile(r"\bmembers?\s+of\s+(?:the\s+)?$")


def _has_members(org: EntityRec) -> bool:
    """Whether ``org`` is a body others join, by its head: the last word before the name's first
    "of", "on", "for", "to" or "against" ("Bali Process on …", "Group of Friends …"; not the
    "Ministry of Community Development")."""
    head = _BEFORE_CONNECTOR.match(org.label.lower())
    words = re.findall(r"[a-z]+", head.group() if head else org.label.lower())
    return bool(words) and words[-1] in _GROUP_WORDS


#: any other body (an authority, a basin commission) has states for members only in the plain shape
#: ", which groups A, B and C" …
_WHICH_GROUPS = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,\s+(?P<cue>which\s+(?:groups|brings\s+together|comprises|is\s+made\s+up\s+of"
    r"|consists\s+of|gathers|unites|includes))\s+(?:the\s+)?"
)
#: … unless it is an office, fund or ministry, whose "which includes A and B" names beneficiaries or staff
_NO_STATES = re.compile(
    r"\b(?:Office|Programme|Program|Fund|Secretariat|Ministry|Department|Entity|Children)\b"
)


def _states_grouped(rules: SentenceRules, m: MentionRec, org: EntityRec) -> None:
    """memberOf for the countries right after ", which groups" a body that is no office or fund."""
    groups = _WHICH_GROUPS.match(rules.sent.low, m.end - rules.sent.start)
    if groups is None or _NO_STATES.search(org.label):
        return
    for member in coordinated(rules.sent, rules.sent.start + groups.end()):
        if member.type == "Country":
            rules.add(member, "memberOf", org, groups.group("cue"))


_BEFORE_CONNECTOR = re.compile(r".*?(?=\s+(?:of|on|for|to|against|in)\s|\s*\(|$)")


def member_shapes(rules: SentenceRules) -> None:
    """memberOf from a body's membership written out in one of the module's shapes."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    if "behalf" in low:
        _states_for_groups(rules)
    if not any(w in low for w in _HINTS):
        return
    orgs = sent.of_types(("Organization",))
    for m, org in orgs:
        if not _has_members(org):
            _states_grouped(rules, m, org)
            continue
        _listed_after(rules, m, org)
        _joined_include(rules, m, org)
        _listed_before(rules, m, org)
    for (m1, org1), (m2, org2) in pairwise(orgs):
        if (
            org2 is not org1
            and _AND_OF.fullmatch(low, m1.end - base, m2.start - base)
            and _MEMBER_OF.search(low, max(0, m1.start - base - 30), m1.start - base)
        ):
            for found in list(rules.out):  # the subject of "member of X", not every member of X
                if (
                    found.predicate == "memberOf"
                    and found.object == org1.key
                    and found.cue.startswith("member")
                ):
                    subj = rules.state.entities.get(found.subject)
                    if subj is not None:
                        rules.add(subj, "memberOf", org2, "member of")


def _members(members: list[EntityRec], org: EntityRec) -> list[EntityRec]:
    return [e for e in members if e.type in ("Country", "Organization") and e is not org]


#: "the International Partners Group, including the EU, the UK and France": the members right after;
#: "the Core Group comprising A, B and C", "a group made up of A and B": no comma needed
_INCLUDING = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,\s+(?:including|namely)|,?\s+(?:comprising|consisting\s+of|composed\s+of|"
    r"made\s+up\s+of))\s+(?:the\s+)?"
)


def _listed_after(rules: SentenceRules, m: MentionRec, org: EntityRec) -> None:
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    including = _INCLUDING.match(low, m.end - base)
    if including is not None and _starts_at(rules, base + including.end()):
        listed = coordinated(sent, base + including.end())
        if len(listed) >= 2:  # a list: "the Group, including the EU, …", not "the Fund, including Kenya's"
            for member in _members(listed, org):
                rules.add(member, "memberOf", org, "including")
        return
    match = _INCLUDES.match(low, m.end - base)
    if match is None:
        return
    cue = match.group("cue")
    if (
        cue in ("include", "includes", "counts")
        and not _INCLUDES_MEMBERS.search(low, m.end - base, match.end())
        and match.end() - (m.end - base) > 24
    ):
        # "the Forum includes a session on …", "the Committee counts the votes": only with a word of
        # membership ("members", "countries", "a body that includes") or right before the list
        return
    if not _starts_at(rules, base + match.end()):
        return  # "which brings together eleven public bodies, and was approved by the Council"
    if cue in ("include", "includes", "counts") and _NOT_MEMBERSHIP.search(low, match.end()):
        return
    for member in _members(coordinated(sent, base + match.end()), org):
        rules.add(member, "memberOf", org, cue)


def _starts_at(rules: SentenceRules, pos: int) -> bool:
    """Whether an actor's name starts at ``pos`` (after "the"): the list is right there."""
    first = rules.sent.actors(pos, pos + 200)
    return bool(first) and first[0][0].start - pos <= 4


#: the words of membership between a body and its list: "counts 45 members", "a body that includes"
_INCLUDES_MEMBERS = re.compile(
    r"\b(?:members?|member\s+states|countries|states|governments|organi[sz]ations|agencies|partners|"
    r"body|group|coalition|alliance|network|forum)\b"
)


def _joined_include(rules: SentenceRules, m: MentionRec, org: EntityRec) -> None:
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    if _JOINED_INCLUDE.search(low, max(0, m.start - base - 60), m.start - base) is None:
        return
    after = _INCLUDE_AFTER.match(low, m.end - base)
    if after is None:
        return
    if _starts_at(rules, base + after.end()):
        for member in _members(coordinated(sent, base + after.end()), org):
            rules.add(member, "memberOf", org, "joined")


def _listed_before(rules: SentenceRules, m: MentionRec, org: EntityRec) -> None:
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    lo = max(0, m.start - base - 60)
    belong = _BELONG.search(low, lo, m.start - base)
    sits = _SITS_ON.search(low, lo, m.start - base) if belong is None else None
    cue = belong or sits
    if cue is None:
        return
    before = sent.actors(sent.start, base + cue.start())
    if not before or cue.start() - (before[-1][0].end - base) > 2:
        return  # the members end right before the cue
    if _DENIED.search(low, 0, cue.start()):
        return  # "Neither Kenya nor Uganda belong to …", "Kenya does not sit on …"
    members = coordinated_before(sent, before[-1][0].end) if belong is not None else [before[-1][1]]
    if sits is not None:
        together = _TOGETHER_WITH.match(low, m.end - base)
        if together is not None:
            members += coordinated(sent, base + together.end())
    for member in _members(members, org):
        rules.add(member, "memberOf", org, cue.group().strip(" ,"))


#: between a country and "on behalf of": "Samoa on behalf of", "Fiji, speaking on behalf of"
_STATE_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:speaking\s+|also\s+)?")
_THE = re.compile(r"\s*(?:the\s+)?")
#: a country named as the object of a preposition, not as the one who speaks
_PLACE_OBJECT = re.compile(r"\b(?:of|to|with|for|from|in|at|on|into|against|visited|met)\s+(?:the\s+)?$")
#: bodies of experts or officials a state may speak for without being in them ("the Committee on
#: Migrant Workers", "the Board of Trustees")
_EXPERTS = re.compile(r"(?:Committee|Commission|Council|Board|Panel)\b")
#: a group named by the states in it: "the Pacific SIDS", "the Least Developed Countries"
_STATES_NAME = re.compile(r"\b(?:States|Countries|(?<!United )Nations|SIDS|LDCs|LLDCs|Group)\b")


def _states_for_groups(rules: SentenceRules) -> None:
    """memberOf for a country that speaks on behalf of a group of states: a group's statement is
    delivered by one of its members (a person speaking for it represents it instead)."""
    sent = rules.sent
    if "Country" not in rules.types or "Organization" not in rules.types:
        return
    text, base = sent.text, sent.start
    for cue in rules.finditer(cues.ON_BEHALF_LOW):
        if not cue.group().startswith("on behalf"):
            continue
        before = [p for p in sent.mentions if p[0].end <= base + cue.start()]
        if not before or before[-1][1].type != "Country":
            continue
        m, state = before[-1]
        if not _STATE_GAP.fullmatch(text, m.end - base, cue.start()):
            continue
        if _PLACE_OBJECT.search(text, max(0, m.start - base - 12), m.start - base):
            continue  # "met the President of Chile on behalf of the Group": Chile does not speak
        at = base + _THE.match(text, cue.end()).end()  # type: ignore[union-attr]
        groups = [p for p in sent.mentions if p[0].start == at and p[1].type == "Organization"]
        if not groups or text.startswith(POSSESSIVE_ENDS, groups[0][0].end - base):
            continue  # "on behalf of the IOM's donors": the donors, not the body
        group = groups[0][1]
        if (_has_members(group) and not _EXPERTS.match(group.label)) or _STATES_NAME.search(group.label):
            rules.add(state, "memberOf", groups[0][1], "on behalf of")
