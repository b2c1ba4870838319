"""Relations read from the whole document rather than from cues in one sentence.

- represents: a person's role phrase names the country or organization the person acts for
  ("Pakistan’s Permanent Representative", "Minister of Defence" → the Ministry of Defence),
  as does an apposition "Name, Chile's Undersecretary of the Interior," (:mod:`~kg.extract.appositions`);
- addresses: a plan, framework or event addresses the issue its name names;
- duplicates removed (partnersWith is symmetric).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Doc

from kg.extract.actors import trim
from kg.extract.appositions import (
    appointed_owners,
    apposition_owners,
    bracket_owners,
    capacity_owners,
    office_before_owners,
    office_of_body_owners,
    second_office_owner,
)
from kg.extract.back_references import office_of_back_reference, pairs_bodies
from kg.extract.cues import ADDRESSES_LOW
from kg.extract.envoy_mandates import ENVOY, FOR_BEFORE  # "Special Representative for Somalia"
from kg.extract.found import Found
from kg.extract.gazetteer import country_forms, country_names
from kg.extract.headed_by_body import led_by_owners
from kg.extract.heads_body import head_owners
from kg.extract.office_words import former_office
from kg.extract.persons_coordinated import coordinated_owner
from kg.extract.persons_home import owner_of_bare_role
from kg.extract.persons_pronoun_owner import pronoun_owners
from kg.extract.records import SHORT, DocState, EntityRec, MentionRec
from kg.extract.report_author import report_backers
from kg.extract.role_ministry import ministry_of_role
from kg.extract.role_parent_bodies import acronym_parent, parent_in_run
from kg.extract.shared_offices import representing_owners, shared_office_owners
from kg.extract.spans import doc_text, sentence_bounds
from kg.extract.speaking_for import behalf_owners, signatory_owners
from kg.extract.unit_membership import unit_memberships

_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")


def represents(
    doc: Doc, state: DocState, pairs: list[tuple[MentionRec, EntityRec]] | None = None
) -> list[Found]:
    """Person → the country or organization named in the person's role phrase.

    ``pairs``: ``state.by_position()`` when the caller has it (sorted by start: the mentions
    inside a role phrase are found by bisection).
    """
    out: list[Found] = []
    text = doc_text(doc)
    sentence_at = _sentences(doc)
    by_position = pairs if pairs is not None else state.by_position()
    actors = [(m, e) for m, e in by_position if e.type in ("Country", "Organization")]
    starts = [m.start for m, _e in actors]
    all_starts = [m.start for m, _e in by_position]
    bodies = pairs_bodies(by_position)
    for person in (e for e in state.entities.values() if e.type == "Person"):
        for role in person.roles:
            if former_office(text, role.start, role.end):
                continue  # "Former UN Secretary-General Ban Ki-moon": no longer acts for the UN
            r0 = role.start
            lo = bisect_left(starts, r0)
            hi = bisect_right(starts, role.end, lo)
            # a body whose name the role phrase cut short ("Head of the United Nations Office" of "… Office
            # on Drugs and Crime") is named in it too
            inside = [(m, e) for m, e in actors[lo:hi] if m.start < role.end]
            chosen = None
            held: EntityRec | None = None  # "head of the X Service of the Ministry of Y": both
            for k, (m, ent) in enumerate(inside):
                before = text[max(r0, m.start - 12) : m.start].lower()
                posted = (
                    _TO_BEFORE.search(before)
                    or (ent.type == "Country" and _IN_BEFORE.search(before))
                    or (
                        ent.type == "Country"
                        and FOR_BEFORE.search(before)
                        and ENVOY.search(text, r0, m.start)
                        and not text.startswith(("’s", "'s"), m.end)  # "for Nigeria's Plan": its own
                    )
                )
                if posted and not _minister_in(text, role, k, ent):
                    continue  # "Representative to the UN", "in Pakistan"; not "secretary in the Ministry"
                chosen = ent
                if k + 1 < len(inside) and _OF_THE.fullmatch(text, m.end, inside[k + 1][0].start):
                    held = inside[k + 1][1]
                elif ent.type == "Organization" and (parent := parent_in_run(text, inside, k)) is not None:
                    held = parent  # "Coordinator, Regional Office for Africa, UN Environment Programme"
                elif " and " in text[m.end : role.end]:
                    held = coordinated_owner(text, inside, k)  # "Chair of X and Representative of Y"
                break
            if chosen is None:
                chosen = ministry_of_role(text[r0 : role.end], state, text)
            if chosen is None:  # "European Commissioner for …"; "Labour Minister" in a text on one country
                chosen = owner_of_bare_role(text[r0 : role.end], state, text)
            if chosen is None:  # "Secretary of the ministry": the text's one Ministry
                chosen = office_of_back_reference(text[r0 : role.end], bodies)
            elif chosen.type == "Country" and held is None and "Minister" in text[r0 : role.end]:
                # "Chile's Minister of Labour": both
                held = ministry_of_role(text[r0 : role.end], state, text)
            if chosen is None:
                continue
            s, e = trim(text, *sentence_at(r0))
            out.append(Found(person.key, "represents", chosen.key, s, e, "role"))
            home = _home_country(chosen, state) or acronym_parent(chosen, state)  # "IGAD Health Division"
            if home is not None and home is not held:  # "Secretary of the Bangladeshi Ministry of …"
                out.append(Found(person.key, "represents", home.key, s, e, "role"))
            second = second_office_owner(text, role.end, by_position, all_starts)
            if second is not None and second[1] is not chosen:  # "…, and President of ECOSOC"
                out.append(Found(person.key, "represents", second[1].key, s, e, "role"))
            if held is not None and held.type in ("Organization", "Country") and held is not chosen:
                out.append(Found(person.key, "represents", held.key, s, e, "role"))
    out.extend(_presiding(text, state, by_position, sentence_at))
    for person, owner, at in [
        *(apposition_owners(text, by_position) if "," in text else ()),
        *office_before_owners(text, by_position),
        *office_of_body_owners(text, by_position),  # "President of the Assembly Ana Ruiz will …"
        *appointed_owners(
            text, by_position
        ),  # "X was appointed by the Council"  # "Canada's Minister of A, B and C, Ms. X"
        *capacity_owners(text, by_position),
        *behalf_owners(text, by_position),
        *(bracket_owners(text, by_position) if " (" in text else ()),
        *signatory_owners(text, by_position),
        *head_owners(text, by_position),
        *led_by_owners(text, by_position),  # "The task force was led by Deputy Head of X, Y"
        *shared_office_owners(text, by_position),  # "The Ministers of A, X, of the B, Y"
        *representing_owners(text, by_position),  # "Representing Peru as …, Ambassador X said"
        # "Its secretary-general, X", "the IOM, represented by X"
        *pronoun_owners(text, by_position, sentence_at),
    ]:
        s, e = trim(text, *sentence_at(at))
        out.append(Found(person.key, "represents", owner.key, s, e, "role"))
    return out


_POSSESSIVE_END = re.compile(r"[’']s$")
#: the word after the country in a state body's name: "Kenya's Ministry of …", not the "Lesotho
#: Council of Non-Governmental Organisations" or the "Zambia Climate Change Network"
_STATE_BODY_WORDS = frozenset(
    {"Ministry", "Ministries", "Department", "Embassy", "High", "Cabinet", "Consulate", "Directorate"}
    | {"Mission", "Permanent", "Delegation"}  # "the Australian Mission to the UN"
)
#: last words of a body's name that make it no organ of the state: "… Ministry Workers Union"
_NOT_STATE_ENDS = frozenset(
    {"Union", "Foundation", "Network", "Caucus", "Society", "Association", "Club", "Federation", "Trust"}
    | {"Confederation", "Congress", "Alliance", "Coalition", "Forum", "Cooperative", "Employees", "Workers"}
)
#: a state body named with its country's bare name, not its adjective: "Kenya Ministry of …"; a
#: "Georgia Department of Labor" may be a US state's
_BARE_NAME_BODY_WORDS = frozenset(
    {"Ministry", "Ministries", "Embassy", "High", "Consulate", "Mission", "Permanent", "Delegation"}
)


def _home_country(body: EntityRec, state: DocState) -> EntityRec | None:
    """The country a national body's name opens with ("Bangladeshi Ministry of …", "Kenya's
    Ministry of …", "UAE Ministry of …") or closes with ("Ministry of Labour of Sri Lanka",
    "National Development and Reform Commission of China"), when the text names that country too."""
    if body.type != "Organization" or body.iri is not None:
        return None
    words = body.label.split()
    if words[-1] in _NOT_STATE_ENDS:
        return None
    forms = country_forms()
    for n in (2, 1):
        if len(words) > n + 1 and words[n] in _STATE_BODY_WORDS:
            if words[n] == "High" and words[n + 1] != "Commission":
                continue
            written = " ".join(words[:n])
            if written in country_names() and words[n] not in _BARE_NAME_BODY_WORDS:
                continue
            iri = forms.get(_POSSESSIVE_END.sub("", written))
            if iri is not None:
                return _named_country(state, iri)
    of_country = _OF_COUNTRY.search(body.label)
    if of_country is not None and _state_body_before(words[: len(body.label[: of_country.start()].split())]):
        iri = forms.get(of_country.group(1))
        return _named_country(state, iri) if iri is not None else None
    return None


def _named_country(state: DocState, iri: str) -> EntityRec | None:
    """The document's country entity with reference ``iri``, if the text names it."""
    return next((c for c in state.entities.values() if c.type == "Country" and c.iri == iri), None)


#: a body's name closed by its country: "… Commission of China", "… of the Philippines"
_OF_COUNTRY = re.compile(r"\sof\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){0,3})$")
#: the head of a national state body named before its country: "National … Commission of China"
_NATIONAL_HEADS = frozenset(
    {"Commission", "Authority", "Agency", "Bureau", "Office", "Service", "Police", "Directorate", "Board"}
)
#: words of a body of society, not of the state: "National Council of Churches of Kenya"
_SOCIETY_WORDS = frozenset(
    {"Churches", "Church", "Unions", "Union", "Employers", "Workers", "Society", "Association", "Chamber"}
    | {"Federation", "Party", "Council", "Congress", "Trade", "Muslims", "Women", "Youth", "Bar"}
)


def _state_body_before(words: list[str]) -> bool:
    """Whether ``words``, a body's name before "of <country>", name an organ of the state: a ministry,
    department or embassy ("Ministry of Labour"), or a national commission, authority or agency
    ("National Development and Reform Commission"); not a body of society ("National Council of
    Churches", "Central Organization of Trade Unions")."""
    if not words or any(w in _SOCIETY_WORDS for w in words):
        return False
    if words[0] in _STATE_BODY_WORDS:
        return True
    head = words[: words.index("of")] if "of" in words else words
    return words[0] in ("National", "State", "Federal", "Central", "Planning") and head[-1] in _NATIONAL_HEADS


_PRESIDING = re.compile(r"(?:President|Chair|Co-Chair|Chairman|Chairperson|Chairwoman|Host)\b")


def _presiding(
    text: str, state: DocState, by_position: list[tuple[MentionRec, EntityRec]], sentence_at
) -> list[Found]:
    """Person → the event named in the person's role phrase: "COP 28 President X", "Chair of the
    Tenth Session, X" — who presides over a meeting takes part in it."""
    events = [(m, e) for m, e in by_position if e.type == "Event"]
    if not events:
        return []
    out = []
    starts = [m.start for m, _e in events]
    for person in (e for e in state.entities.values() if e.type == "Person"):
        for role in person.roles:
            lo = bisect_left(starts, role.start - 80)
            for m, event in events[lo : bisect_right(starts, role.end, lo)]:
                inside = m.start >= role.start and m.end <= role.end
                titled = _PRESIDING.match(text, role.start) and text[m.end : role.start] in (" ", "\n")
                if inside or titled:  # "Chair of the Tenth Session", "COP 28 President"
                    s, e = trim(text, *sentence_at(role.start))
                    out.append(Found(person.key, "participatesIn", event.key, s, e, "role"))
    return out


def _minister_in(text: str, role: MentionRec, k: int, ent: EntityRec) -> bool:
    """ "Deputy Minister of Health in Iraq": a minister "in" a country is its minister (an
    agency's "Representative in Pakistan" is posted there; a body named first is the owner)."""
    return k == 0 and ent.type == "Country" and "Minister" in text[role.start : role.end]


#: a body and the unit it holds: "the X Service of the Ministry", "the Commission's Directorate-General"
_OF_THE = re.compile(r"\s+of\s+the\s+|[’']s\s+")


def unit_and_report_ties(doc: Doc, state: DocState, pairs: list[tuple[MentionRec, EntityRec]]) -> list[Found]:
    """memberOf: a unit named with the body it sits in (:mod:`~kg.extract.unit_membership`); and
    partnersWith: a report's author and its backer (:mod:`~kg.extract.report_author`)."""
    sentence_at = _sentences(doc)
    text = doc_text(doc)
    return unit_memberships(text, pairs, sentence_at) + report_backers(text, pairs, sentence_at)


def named_issues(doc: Doc, state: DocState) -> list[Found]:
    """A plan or framework addresses the issue its name names, evidence its first mention's sentence."""
    out: list[Found] = []
    issues = [i for i in state.entities.values() if i.type == "Issue"]
    sentence_at = _sentences(doc)
    surfaces: dict[str, list[str]] = {}
    for ent in state.entities.values():
        naming = ent.type in _NAMING and issues
        if not naming and (not ent.named_issues or not ent.mentions):
            continue  # no issue named, nor any to look for in the name
        named = list(ent.named_issues)
        label = ent.label.lower()
        if naming and ADDRESSES_LOW.search(label):
            # "Plan to combat trafficking and migrant smuggling": both
            for issue in issues:
                if issue.key not in surfaces:
                    surfaces[issue.key] = _surfaces(issue)
                if issue.key not in named and _aimed(label, surfaces[issue.key]):
                    named.append(issue.key)
        if not named or not ent.mentions:
            continue
        first = min(ent.mentions, key=lambda m: m.start)
        s, e = trim(doc_text(doc), *sentence_at(first.start))
        for key in named:
            # a theme in a name is the instrument's field, not a problem it addresses
            # ("Compact on Refugees", "Policy on Labour Migration", "Roadmap on Decent Work")
            if key in state.entities and state.entities[key].label.lower() not in THEMES:
                out.append(Found(ent.key, "addresses", key, s, e, "name"))
    if not out:
        return out
    namers: dict[str, set[str]] = {}
    for f in out:
        namers.setdefault(f.object, set()).add(f.subject)
    names = sorted((m.start, m.end) for x in state.entities.values() if x.type in _NAMING for m in x.mentions)
    bounds = sentence_bounds(doc)
    lead = bounds[min(2, len(bounds) - 1)][1] if bounds else 0  # the title and the lead's sentences
    # "… supplementing the Convention against Transnational Organized Crime": a title cited once
    cited = {
        k
        for k, by in namers.items()
        if len(by) == 1
        and (_cited(state.entities[next(iter(by))], lead) or _known_only(state, by))
        and _only_in_names(state.entities[k], names)
    }
    return [f for f in out if f.object not in cited] if cited else out


def _sentences(doc: Doc) -> Callable[[int], tuple[int, int]]:
    """:func:`~kg.extract.spans.sentence_at` for ``doc``, with the sentence starts listed once."""
    bounds = sentence_bounds(doc)
    starts = [b[0] for b in bounds]
    whole = (0, len(doc_text(doc)))

    def sentence_at(pos: int) -> tuple[int, int]:
        return bounds[max(bisect_right(starts, pos) - 1, 0)] if bounds else whole

    return sentence_at


#: items whose name is read for its issue: "Meeting on Countering Migrant Smuggling" too
_NAMING = frozenset(("Plan", "Framework", "Event"))
#: issues that are goals or fields rather than harms: a name or a passing "on" does not make an
#: instrument about them ("Global Forum on Migration and Development", "2030 Agenda for Sustainable
#: Development"); only a cue of purpose does ("the Programme focuses on decent work")
THEMES = frozenset(
    (
        "sustainable development",
        "migration",
        "decent work",
        "education",
        "health",
        "human rights",
        "gender equality",
        "food security",
        "labour migration",
        "safe migration",
        "refugees",
        "asylum",
        "border management",
        "access to justice",
        "migrant rights",
        "climate mobility",
        "energy transition",
        "just transition",
        "renewable energy",
        "energy access",
    )
)
#: hazards and crises: a text reports them ("affected by massive flooding", "trafficking in situations
#: of armed conflict") far more often than it says something addresses them; named twice they are
#: the setting, addressed they are an issue
HAZARDS = frozenset(
    (
        "natural disasters",
        "drought",
        "floods",
        "tropical cyclones",
        "heatwaves",
        "earthquakes",
        "landslides",
        "wildfires",
        "armed conflict",
    )
)
#: the harms policy-kg is built to follow (the issue scheme's examples in the project brief): named even
#: once, they are what the text is about ("training to respond to human smuggling and trafficking in
#: persons"), unlike a theme or a hazard named in passing
FOCUS = frozenset(
    (
        "human trafficking",
        "migrant smuggling",
        "forced labour",
        "child labour",
        "sexual exploitation",
        "irregular migration",
        "climate change",
        # the forms of the harms above that fold their mentions in: named once, still what the text is about
        "trafficking for forced labour",
        "sex trafficking",
        "slave labour",
        "forced criminality",
    )
)
_PLAIN = re.compile(r"[\w\s,-]*")


def _aimed(label: str, names: list[str]) -> bool:
    """Whether the name aims at the issue: "… to combat A and B", not "Compact for Safe Migration"."""
    for name in names:
        at = label.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not label[at - 1].isalnum()) and (end == len(label) or not label[end].isalnum()):
                cue = None
                for found in ADDRESSES_LOW.finditer(label, max(0, at - 60), at):
                    cue = found  # the last cue before the issue
                if cue is not None and _PLAIN.fullmatch(label, cue.end(), at):
                    return True
            at = label.find(name, at + 1)
    return False


def _cited(item: EntityRec, lead: int) -> bool:
    """An instrument named once in passing, after the lead: not the meeting or plan the text
    reports on ("Nepal launched the Plan to combat …" opens the text)."""
    return (
        item.type != "Event" and len({m.start for m in item.mentions}) < 2 and item.mentions[0].start >= lead
    )


def _known_only(state: DocState, namers: set[str]) -> bool:
    """Whether the items naming the issue are reference entities (they have a reference IRI: the
    UNFCCC, the Convention against Transnational Organized Crime): a standing instrument's title says
    what it is for, not what this text takes up (named in two titles, it is the text's issue)."""
    return all(state.entities[key].iri for key in namers)


def _only_in_names(issue: EntityRec, names: list[tuple[int, int]]) -> bool:
    """Whether the text names the issue only inside names of plans, frameworks and events: the
    title of one instrument cited in passing is not a problem the text takes up; named in two
    instruments' titles, or on its own, it is."""
    for m in issue.mentions:
        k = bisect_right(names, (m.start, 1 << 30)) - 1
        while k >= 0 and names[k][1] < m.end and names[k][0] >= m.start - 300:
            k -= 1  # an earlier, longer name may hold it
        if k < 0 or names[k][1] < m.end:
            return False
    return True


def _surfaces(issue: EntityRec) -> list[str]:
    """The issue's label and the forms the text uses for it, in lower case, longest first; not a word
    that only refers back to it ("trafficking", "this crime": :mod:`~kg.extract.issue_anaphora`)."""
    names = {issue.label.lower(), *(m.text.lower() for m in issue.mentions if m.kind != SHORT)}
    return sorted((n for n in names if len(n) > 3), key=len, reverse=True) or [issue.label.lower()]


def dedupe(found: list[Found]) -> list[Found]:
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
