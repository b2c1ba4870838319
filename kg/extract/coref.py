"""Anaphora inside one document: who "Khan", "the Pakistani envoy", "Islamabad", "the Plan" are.

- persons: a one-word name that is part of a longer person's name is that person; later
  uses of a surname are mentions of the person;
- role phrases next to a person are that person's roles ("Pakistan’s Deputy permanent
  Representative to the UN, Ambassador Aamir Khan"); a definite role ("the Pakistani
  envoy", "the minister") is the last person before it that fits;
- demonyms are the country when they qualify a government or an office holder ("the
  Portuguese government", "the Sri Lankan Minister") or when the country is named anyway;
- a capital is the country only when the city acts ("Islamabad continues …") or, the country
  being named anyway, owns a name ("Bogotá's Temporary Protection Statute");
- "the Government" is the country the text speaks for (the first country of the title,
  else the most mentioned one); "the country" is the one country in reach (:mod:`kg.extract.the_country`);
- "the Plan", "this plan", "the Convention", "the Act", "the law", "the Office", "the Agency",
  "the Committee" (and, capitalized only, "the Centre", "the Organization", "the Federation" …)
  are the last entity of that kind named before (or the first after, when none was, and not one
  named once in passing when another is the text's subject); "the agreement" may be an MoU, else
  the plan or framework the lead names ("closed the talks by agreeing the Roadmap … welcomed the
  agreement"); "the bloc" is a Union, Community or Association (ECOWAS, ASEAN).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from kg.extract.entity_bookkeeping import reference_entity
from kg.extract.gazetteer import Gazetteer
from kg.extract.kind_nouns import family, label_words
from kg.extract.kind_nouns import fits as kind_fits
from kg.extract.lexicon import FORMS_OF_ADDRESS, GOVERNMENT_WORDS, NAME_PARTICLES, ROLE_WORDS, SET_OFF_LETTERS
from kg.extract.names import word_rx
from kg.extract.persons_role_bodies import WHO_HOLDS
from kg.extract.persons_signature import LINE_GAP
from kg.extract.records import (
    CAPITAL,
    DEMONYM,
    GOVERNMENT,
    NAME,
    ROLE,
    SHORT,
    DocState,
    EntityRec,
    MentionRec,
    Taken,
)
from kg.extract.report_forms import called_reports
from kg.extract.spans import ROLES, Cand, candidates, doc_text
from kg.extract.the_country import the_country

_PARTICLES = NAME_PARTICLES - {"y", "e"}
_ACTING_NEXT = re.compile(
    r"\s+(?:has|have|had|is|was|will|would|continues|continued|said|says|says|told|urged|urges|called|"
    r"calls|announced|rejected|welcomed|believes|insists|wants|remains|plans|argues|accused|signed|"
    r"agreed|[a-z]+s\b(?!\s+of))"
)
#: a capital owning a named plan or law: "Bogotá's Temporary Protection Statute"
_OWNS_NAME = re.compile(r"[’']s\s+(?:new\s+|own\s+)?(?:[A-Z][\w-]*\s+){1,6}(?:[A-Z][\w-]*)")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|to|from|of|near|via|visit|visiting|and|between|for)\s+$", re.IGNORECASE
)
#: "\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur)": one character class first and the word boundary
#: looked back over it, so the regex engine skips ahead to those letters instead of trying everywhere
_SHORT_FORM = re.compile(
    r"[TtIiOo](?<!\w[TtIiOo])(?:(?<=[Tt])h(?:e|is|at)|(?<=[Ii])ts|(?<=[Oo])ur)\s+(?P<head>[Aa]ction\s+[Pp]lan|[Pp]lan|[Ss]trategy|[Pp]rogramme|[Cc]onvention|"
    r"[Pp]rotocol|[Cc]ompact|[Aa]ct|[Ll]aw|[Bb]ill|[Aa]greement|[Dd]eclaration|MoU|MOU|[Mm]emorandum|[Pp]act|"
    r"[Tt]reaty|[Ii]nitiative|[Rr]oadmap|[Aa]genda|[Aa]ssembly|[Cc]ommission|[Cc]ouncil|[Mm]inistry|[Oo]ffice|"
    r"[Aa]gency|[Cc]ommittee|[Bb]loc|[Cc]onference|[Ss]ummit|[Mm]eeting|[Dd]ebate|[Dd]ialogue|"
    r"Centre|Center|Federation|Organi[sz]ation|Secretariat|Bureau|Directorate|Department|Service|Union|"
    r"Alliance|Coalition|Network|Institute|Authority|Unit|Forum|Framework|Policy|Charter)\b"
    r"(?!\s+(?:of|on|for|to|against)\s+[A-Z])(?![ \t]+[A-Z])(?!-)"
)
#: the words that introduce a thing without naming it: "an", "a new", "two more"
_AN = r"\b(?:an?|new|one|another|two|three|several)\s+(?:[a-z-]+\s+){0,3}"
#: an agreement the text introduces without naming it: "signed an agreement on fisheries"
_AN_AGREEMENT = re.compile(_AN + r"agreements?\b")
#: an initiative the text introduces without naming it: "launched a new initiative to train police"
_AN_INITIATIVE = re.compile(_AN + r"initiatives?\b")
#: "The memorandum of understanding (MOU) between the two countries was signed …": an MoU no name
#: was found for is the agreement the text goes on about, not the main item
_AN_MOU = re.compile(r"\b[Mm]emorand(?:um|a) of [Uu]nderstanding\b|\bMOU\b|\bMoU\b")
_THE_GOVERNMENT = re.compile(r"[Tt](?<!\w[Tt])he\s+(?P<g>[Gg]overnment)\b(?!\s+of\b)")  # \b[Tt]he…
_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]?\s")
_PRONOUN_SAID = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
#: on the role's line; "Minister of Home Affairs (Tendai Moyo)": the name in brackets
#: "Executive Director a.i., Ana Ruiz": an acting head's mark before the name
_NAMES_AFTER = re.compile(
    r"[ \t,]*(?:(?:a\.i\.|ad interim)[ \t,]+)?(?:(?:his|her)[ \t]+excellency[ \t]+)?"  # "…, his excellency X"
    r"(?:[ \t]*\((?=[A-Z]))?(?:[A-Z][\w.']*[ \t]+){0,3}"
)
#: "Ana Ruiz (Peru), Chair of …"; "John Ward (EU Ambassador to Djibouti)": the role in brackets
_COMMA_GAP = re.compile(
    r"(?:\s*\([A-Z][^()\n]{1,40}\))?(?:,\s*(?:" + "|".join(SET_OFF_LETTERS) + r")(?![\w-]))*"  # ", PC"
    r",\s*" + WHO_HOLDS + r"?"
    r"|[ \t]+\(|[ \t]+"
)  # "Ana Ruiz, who is chair of …": the role after "who is" is hers too; "Ali Khan Permanent Representative"
#: lower-case words between a role and the name: " on Tuesday, ", ", speaking in Geneva, "
_INTERJECTION_GAP = re.compile(
    r"(?:\s+(?:on|last|this|earlier|late|also|yesterday|today)\b[^,.;:\n]{0,30}|,\s*[a-z]+ing\b[^,.;:\n]{0,40})"
    r"\s*,\s*"
)


def resolve(
    doc: Doc, state: DocState, special: list[Cand], gazetteer: Gazetteer, taken: Taken | None = None
) -> None:
    """Add the anaphora's mentions. ``taken``: the characters the state's mentions cover, if known
    (it is updated here); every step sees exactly the mentions the steps before it added."""
    text = doc_text(doc)
    if taken is None:
        taken = _taken(state, len(text))
    _persons(text, state, taken)
    roles = _roles(doc, state)
    state.self_country = _self_country(text, state)
    _demonyms_and_capitals(text, state, special, gazetteer, taken)  # role phrases are not taken here
    for role in roles:
        taken.take(role.start, role.end)
    _government(text, state, taken)
    the_country(text, state, taken, gazetteer)
    _short_forms(text, state, taken)
    called_reports(text, state, taken)  # "… NDC 2021 final report … the updated report"


def _taken(state: DocState, size: int) -> Taken:
    return Taken.of(size, [(m.start, m.end) for e in state.entities.values() for m in e.mentions])


def _persons(text: str, state: DocState, taken: Taken) -> None:
    persons = [e for e in state.entities.values() if e.type == "Person"]
    full = [p for p in persons if len(p.label.split()) >= 2]
    for person in persons:
        if len(person.label.split()) != 1:
            continue
        owners = [p for p in full if person.label in p.label.split()]
        if len(owners) == 1:
            owners[0].mentions += person.mentions
            state.entities.pop(person.key, None)
    for person in full:  # "Mr Ofori Atta" after "Kenneth Ofori-Atta": the end of a longer name
        tail = _name_words(person.label)
        owners = [
            p
            for p in full
            if p is not person
            and len(_name_words(p.label)) > len(tail)
            and _name_words(p.label)[-len(tail) :] == tail
            and p.key in state.entities
        ]
        if len(owners) == 1 and person.key in state.entities:
            owners[0].mentions += person.mentions
            owners[0].roles += person.roles
            state.entities.pop(person.key, None)
    full = [p for p in full if p.key in state.entities]
    for person in full:
        words = person.label.split()
        surname = words[-1]
        if len(words) >= 3 and words[-2].lower() in _PARTICLES:
            surname = " ".join(words[-2:])
        if len(surname) < 3:
            continue
        if surname not in text:
            continue
        for m in word_rx(surname).finditer(text):
            if taken.free(m.start(), m.end()):
                person.add(MentionRec(m.start(), m.end(), surname, NAME))
                taken.take(m.start(), m.end())


def _name_words(label: str) -> tuple[str, ...]:
    """A person's name as words, a hyphen counting as a space ("Ofori-Atta" = "Ofori Atta") and a
    form of address before it left out ("Shri Singh" = "Singh")."""
    words = label.replace("-", " ").split()
    while len(words) > 1 and words[0].lower().rstrip(".") in FORMS_OF_ADDRESS:
        words = words[1:]
    return tuple(words)


def _roles(doc: Doc, state: DocState) -> list[MentionRec]:
    """Give role phrases to persons; return the role mentions added."""
    text = doc_text(doc)
    added: list[MentionRec] = []
    roles = candidates(doc, ROLES)
    # "The director| of Trace Kenya, Ana Ruiz": a role that opens a longer role is not a second one
    longest: dict[int, int] = {}
    for r in roles:
        longest[r.start] = max(longest.get(r.start, r.end), r.end)
    roles = [r for r in roles if r.end == longest[r.start]]
    person_mentions = sorted(
        ((m, e) for e in state.entities.values() if e.type == "Person" for m in e.mentions),
        key=lambda p: p[0].start,
    )
    for span in roles:
        start, end = span.start, span.end
        inner = next((m.start for m, _e in person_mentions if start < m.start < end <= m.end), None)
        if inner is not None:  # "President of the European Commission [Ursula von der Leyen]": hers
            end = len(text[start:inner].rstrip()) + start
            span = span._replace(end=end, text=text[start:end])
        owner: EntityRec | None = None
        apposed: EntityRec | None = None  # "Name, Role": taken unless a name follows the role itself
        for m, ent in person_mentions:
            # the gaps are matched in place (the patterns have no anchors), not sliced out per mention
            m_start, m_end = m.start, m.end
            if m_start >= end and m_start - end <= 40 and _NAMES_AFTER.fullmatch(text, end, m_start):
                # "A, President of X, Mr. B, President of Y": in a list of names set off by commas each
                # role is the name's before it; "…, A, UK Prime Minister B" (no comma): B's
                owner = apposed if apposed is not None and "," in text[end:m_start] else ent
                break
            if m_start >= end and m_start - end <= 60 and _INTERJECTION_GAP.fullmatch(text, end, m_start):
                owner = ent  # "Kenya's Minister of Labour on Tuesday, Name"
                break
            if start >= m_end and _COMMA_GAP.fullmatch(text, m_end, start):
                apposed = ent  # "…, Ana Ruiz, UK Prime Minister Tom Lee": Tom Lee's, if he follows
                continue
            if start >= m_end and LINE_GAP.fullmatch(text, m_end, start) and text.startswith("\n", end):
                owner = ent  # the role line under a name in a signature block
                break
            if m_start <= start and end <= m_end:  # the title inside the name's span
                owner = ent
                break
            if m_start > end + 60:
                break
        owner = owner or apposed
        role = MentionRec(start, end, span.text, ROLE)
        if owner is not None:
            owner.roles.append(role)
            continue
        if not re.match(r"[Tt]he\s", span.text):
            continue
        # a definite description: the last person before it that fits
        before = [(m, e) for m, e in person_mentions if m.end <= start]
        if not before:
            continue
        role_word = span.text.split()[-1].lower()
        fitting = [(m, e) for m, e in before if any(role_word in r.text.lower() for r in e.roles)]
        _m, target = (fitting or before)[-1]
        role.start += 4  # without "the "
        role.text = text[role.start : role.end]
        target.add(role)
        added.append(role)
    return added


def _self_country(text: str, state: DocState) -> str | None:
    countries = [e for e in state.entities.values() if e.type == "Country"]
    if not countries:
        return None
    title_end = text.find("\n") if "\n" in text else len(text)
    in_title = [(min(m.start for m in e.mentions), e) for e in countries if e.first < title_end]
    if in_title:
        return min(in_title, key=lambda p: p[0])[1].key
    counts = Counter({e.key: len(e.mentions) for e in countries})
    (best, n), *rest = counts.most_common()
    if not rest or n > rest[0][1]:
        return best
    return None


#: office words between a demonym and a role word: "Chinese foreign ministry spokesman"
_OFFICE_WORDS = frozenset(("foreign", "ministry", "embassy", "police"))
#: the words after a demonym, up to four
_AFTER_DEMONYM = re.compile(r"\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?(?:\s+([A-Za-z-]+))?(?:\s+([A-Za-z-]+))?")
#: "the Kenyan government", "the Chilean delegation", "the Chinese side": the state acting
_ACTING_FOR_STATE = GOVERNMENT_WORDS | {"delegation", "delegations", "side"}


def _demonyms_and_capitals(
    text: str, state: DocState, special: list[Cand], gazetteer: Gazetteer, taken: Taken
) -> None:
    for span in special:
        start, end = span.start, span.end
        if not taken.free(start, end):
            continue
        iri = span.kb_id
        ref = gazetteer.get(iri)
        if ref is None:
            continue
        after = text[end : end + 40]
        if span.label == "DEMONYM":
            # up to three words: "the Chinese envoy", "Chinese foreign ministry spokesman"; up to
            # four when a portfolio in Title Case comes before "Minister": "Malaysian Human Resources
            # Minister" (not before any role: "Malaysian Palm Oil Council chief" serves the council)
            next_word = _AFTER_DEMONYM.match(text, end, end + 60)
            raw = [w for w in (next_word.groups() if next_word else ()) if w]
            seen = [w.lower() for w in raw]
            portfolio = next((i for i, w in enumerate(seen) if w == "minister"), len(seen))
            if portfolio < len(seen) and all(w[0].isupper() or w == "and" for w in raw[:portfolio]):
                seen = seen[: portfolio + 1]
            elif len(seen) >= 3 and not set(seen[:2]) & _OFFICE_WORDS:
                seen = seen[:2]  # a third word only after an office's: "Chinese foreign ministry spokesman"
            else:
                seen = seen[:3]
            words = set(seen)
            if "side" in seen and seen[seen.index("side") + 1 :][:1] == ["of"]:
                words.discard("side")  # "the Chinese side of the border": a place, not the state
            acting = bool(words & (_ACTING_FOR_STATE | ROLE_WORDS))
            if not acting and iri not in state.entities:
                continue
            kind = GOVERNMENT if words & _ACTING_FOR_STATE else DEMONYM
        else:
            before = text[max(0, start - 20) : start]
            owns = iri in state.entities and _OWNS_NAME.match(after) is not None  # "Bogotá's … Statute"
            if not owns and (
                not _ACTING_NEXT.match(after) or _PREPOSITION_BEFORE.search(before) or after.startswith(":")
            ):
                continue
            kind = CAPITAL
        reference_entity(state, gazetteer, iri).add(MentionRec(start, end, span.text, kind))
        taken.take(start, end)


def _government(text: str, state: DocState, taken: Taken) -> None:
    if state.self_country is None or "overnment" not in text:
        return
    ent = state.entities[state.self_country]
    added = []
    for m in _THE_GOVERNMENT.finditer(text):
        if taken.free(m.start("g"), m.end("g")):
            ent.add(MentionRec(m.start("g"), m.end("g"), m.group("g"), GOVERNMENT))
            added.append((m.start("g"), m.end("g")))
    for start, end in added:  # after the loop: the matches do not overlap one another anyway
        taken.take(start, end)


def _named_words(ent: EntityRec, memo: dict[str, frozenset[str]]) -> frozenset[str]:
    """The words of the names ``ent`` was written with (not its short forms), once per entity."""
    words = memo.get(ent.key)
    if words is None:
        words = memo[ent.key] = frozenset().union(
            *(label_words(x.text) for x in ent.mentions if x.kind != SHORT)
        )
    return words


#: kind nouns that name an instrument, never the body or meeting whose name holds the word ("the
#: treaty" is no "Office of State Protocol", "the Act" no "Law Society of Kenya")
_INSTRUMENT_NOUNS = frozenset(
    ("treaty", "act", "law", "bill", "convention", "protocol", "compact", "declaration", "charter", "pact")
)


def _short_forms(text: str, state: DocState, taken: Taken) -> None:
    names = [e for e in state.entities.values() if e.type in ("Plan", "Framework", "Organization", "Event")]
    if not names:
        return  # no name a short form could stand for
    # the names a head word fits (one of its family in the name's words or acronyms), once per
    # head: names, labels and acronyms do not change here
    fits: dict[str, list[EntityRec]] = {}
    named: dict[str, frozenset[str]] = {}
    for m in _SHORT_FORM.finditer(text):
        start, end = m.start("head"), m.end("head")
        if not taken.free(start, end):
            continue
        head = " ".join(m.group("head").lower().split())  # "action  plan" → "action plan"
        fitting = fits.get(head)
        if fitting is None:
            kin = family(head)
            fitting = fits[head] = [
                e
                for e in names
                if (kind_fits(e.label, head) or any(a.lower() in kin for a in e.acronyms))
                and (head not in _INSTRUMENT_NOUNS or e.type in ("Plan", "Framework"))
                and (head != "initiative" or e.type == "Plan" or head in label_words(e.label))
            ]
        if not fitting:
            main = (
                (_main_item(text, state) or _one_framework(state))
                if head == "agreement"
                and m.group(0)[:1] in "Tt"
                and not _AN_AGREEMENT.search(text, 0, start)
                and not _unnamed_mou_before(text, start, taken)
                else None
            )
            if main is not None:
                main.add(MentionRec(start, end, m.group("head"), SHORT))  # "welcomed the agreement"
                taken.take(start, end)
            continue
        if head == "initiative" and _AN_INITIATIVE.search(text, 0, start):
            continue  # "UNICEF launched an initiative to train police. The initiative …": no name's
        if len(fitting) > 1 and len(family(head)) > 1:
            # "the bill" is the one named a Bill, not the older Act met since: the head word itself first
            fitting = [e for e in fitting if head in _named_words(e, named)] or fitting
        before = [(max((x.start for x in e.mentions if x.end <= start), default=-1), e) for e in fitting]
        before = [(pos, e) for pos, e in before if pos >= 0]
        target = _salient(before, start, text) if before else min(fitting, key=lambda e: e.first)
        target.add(MentionRec(start, end, m.group("head"), SHORT))
        taken.take(start, end)


def _unnamed_mou_before(text: str, start: int, taken: Taken) -> bool:
    """Whether the text names an MoU before ``start`` outside every name found."""
    if "MOU" not in text and "MoU" not in text and "emorand" not in text:
        return False
    return any(taken.free(m.start(), m.end()) for m in _AN_MOU.finditer(text, 0, start))


def _salient(before: list[tuple[int, EntityRec]], start: int, text: str) -> EntityRec:
    """The entity a short form at ``start`` stands for among those named before it: the last named,
    unless that one was named only once, in passing, two sentences back or more, while another has
    been spoken of three times or more ("It also supports the Eighth Plan. The cost is high. … welcomed
    the plan": the text's plan, not the one named in passing; "launched the B Plan. The plan targets
    …" is B's)."""
    pos, nearest = max(before, key=lambda p: p[0])
    if len(before) == 1:
        return nearest
    stops = _SENTENCE_STOP.finditer(text, pos, start)
    if (next(stops, None) is None or next(stops, None) is None) and not (
        _quoted(text, pos) and not _quoted(text, start)
    ):  # named in someone's quoted words is in passing too: "… ratify the B Convention as well," she said
        return nearest
    count = {e.key: sum(1 for x in e.mentions if x.end <= start) for _p, e in before}
    if count[nearest.key] > 1:
        return nearest
    most = max((e for _p, e in before), key=lambda e: count[e.key])
    return most if count[most.key] >= 3 else nearest


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation of its paragraph (an odd number of quote marks before)."""
    line = text.rfind("\n", 0, at) + 1
    opened = text.count("\u201c", line, at)
    if opened:
        return opened > text.count("\u201d", line, at)
    return text.count('"', line, at) % 2 == 1


def _one_framework(state: DocState) -> EntityRec | None:
    """The text's one framework, which "this agreement" stands for when no name fits the word."""
    frameworks = [e for e in state.entities.values() if e.type == "Framework"]
    return frameworks[0] if len(frameworks) == 1 else None


def _main_item(text: str, state: DocState) -> EntityRec | None:
    """The plan or framework the text's lead says was agreed: the first one named in its first
    sentence after the title (or in the title), if that sentence speaks of agreeing."""
    title_end = text.find("\n")
    lead_end = text.find(". ", title_end + 1 if title_end >= 0 else 0)
    lead_end = lead_end if lead_end >= 0 else len(text)
    if "agre" not in text[:lead_end].lower():
        return None  # "closed the talks by agreeing the Roadmap": what "the agreement" is
    firsts = [(e.first, e) for e in state.entities.values() if e.type in ("Plan", "Framework")]
    firsts = [(at, e) for at, e in firsts if at < lead_end]
    return min(firsts, key=lambda p: p[0])[1] if firsts else None
