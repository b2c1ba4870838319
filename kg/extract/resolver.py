"""Choose mentions among the candidates and group them into the document's entities.

Steps, each a function: pick non-overlapping candidates (longer first, then the more trusted
source); map pattern names that are reference names ("2016 Paris Agreement") to the
reference entity; group by reference IRI or by type and normalized name; fold short names
into the long name they start or end ("Global Compact" → "Global Compact on Migration",
"Assembly" → "General Assembly"); attach acronyms and their later uses; then the anaphora
in :mod:`kg.extract.coref` (surnames, "the Plan", "the Pakistani envoy", demonyms, capitals,
"the Government").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract import coref
from kg.extract.gazetteer import ACRONYM as REF_ACRONYM
from kg.extract.gazetteer import NAME as REF_NAME
from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import CONNECTORS
from kg.extract.names import clean, initials, norm, period, strip_acronyms, strip_period, word_rx
from kg.extract.patterns import detitle, head_type, title_case_headline_end
from kg.extract.records import ACRONYM, NAME, SHORT, DocState, EntityRec, MentionRec, Taken
from kg.extract.spans import (
    ACRONYM_DEFS,
    CANDIDATES,
    ENTITIES,
    MENTIONS,
    SOURCE_RANK,
    Cand,
    candidates,
    doc_text,
)

_SPECIAL = ("DEMONYM", "CAPITAL")
_QUOTE_CHARS = re.compile(r"[”\"’']")
_QUOTED_HEAD = re.compile(r"[”\"’']\s+([a-z]+)$")
_LEADING_YEAR = re.compile(r"^(?:19|20|21)\d{2}\s+")
_LEADING_ACRONYM = re.compile(r"^[A-Z]{2,6}\s+(?=[A-Z])")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][\w\-/]*)\)")
_TRAILING_PLACE = re.compile(r"\s+in\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)$")
_ISSUE_LEAD = re.compile(
    r"\b(?:against|combat(?:ing)?|to end|to prevent|prevent(?:ion of)?|on|for the elimination of|"
    r"to eliminate|elimination of|to suppress|suppress(?:ion of)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


class Resolver:
    """Turn the ``CANDIDATES`` group into entities (``doc.user_data[ENTITIES]``) and mentions."""

    def __init__(self, gazetteer: Gazetteer, *, name: str = "kg_resolver") -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.places = {
            name
            for ent in gazetteer.entities.values()
            if ent.type == "Country"
            for name in (ent.label, *ent.capitals)
        }
        self.lookup: dict[str, str] = {}
        #: the acronyms that open a reference entity's names ("ILO" of "ILO Forced Labor Convention")
        self.opening_acronyms: dict[str, set[str]] = {}
        for term in gazetteer.terms:
            if term.kind in (REF_NAME, REF_ACRONYM):
                self.lookup.setdefault(norm(term.text), term.iri)
                lead = _LEADING_ACRONYM.match(term.text)
                if lead:
                    self.opening_acronyms.setdefault(term.iri, set()).add(lead.group().strip())

    def __call__(self, doc: Doc) -> Doc:
        state = self.resolve(doc)
        doc.user_data[ENTITIES] = state
        doc.user_data.pop(MENTIONS, None)  # the MENTIONS group is read from the state on demand
        return doc

    def resolve(self, doc: Doc) -> DocState:
        text = doc_text(doc)
        cands = candidates(doc, CANDIDATES)
        names = [c for c in cands if c.label not in _SPECIAL]
        special = [c for c in cands if c.label in _SPECIAL]
        chosen = _select(_known_before_qualifier(text, names))
        chosen += _countries_closing_names(text, names, chosen)
        chosen += _bodies_opening_names(names, chosen)
        state = DocState()
        headline_end = title_case_headline_end(text)
        for cand in chosen:
            self._add(state, cand, headline=cand.end <= headline_end)
        self._named_issues(text, state, names, chosen)
        if headline_end:
            _fold_headline_names(state, headline_end)
        _fold_short_names(state)
        _fold_name_parts(state)
        _split_ministries(state)
        _bills_into_acts(text, state)
        _the_crisis(text, state)
        self._acronyms(doc, state)
        _initialisms(text, state)
        coref.resolve(doc, state, special, self.gazetteer)
        return state

    # -- grouping ------------------------------------------------------------------------

    def _add(self, state: DocState, span: Cand, *, headline: bool = False) -> None:
        text = span.text
        iri = span.kb_id or None
        type_name = span.label
        if iri is None and type_name != "Person":
            base = _LEADING_YEAR.sub("", clean(strip_acronyms(text)))
            iri = self.lookup.get(norm(base)) or self.lookup.get(norm(strip_period(base)))
            lead = _LEADING_ACRONYM.match(base) if iri is None else None
            if lead:  # "ILO Forced Labour Convention, 1930 (No. 29)": the body's acronym opens the name
                iri = self.lookup.get(norm(base[lead.end() :]))
                if iri is not None and lead.group().strip() not in self.opening_acronyms.get(iri, ()):
                    iri = None  # "ASEAN Convention against Trafficking in Persons" is not the UN's
            if iri is not None:
                ref = self.gazetteer.get(iri)
                if ref is None or ref.type != type_name:
                    iri = None
        mention = MentionRec(span.start, span.end, text, NAME)
        place = _TRAILING_PLACE.search(text) if " in " in text else None
        if iri is None and place and place.group(1) in self.places and type_name != "Person":
            text = text[: place.start()]  # "Regional Conference on Migration in Kampala"
            mention = MentionRec(span.start, span.start + len(text), text, NAME)
        if iri is not None:
            ref = self.gazetteer.entities[iri]
            ent = state.entities.get(iri)
            if ent is None:
                ent = state.entities[iri] = EntityRec(
                    iri, ref.type, ref.label, iri=iri, start_year=ref.start_year, end_year=ref.end_year
                )
                ent.acronyms.update(ref.acronyms)
            if text in ref.acronyms:
                mention.kind = ACRONYM
            ent.add(mention)
            return
        label = clean(strip_acronyms(text)) if type_name != "Person" else clean(text)
        quoted = _QUOTED_HEAD.search(label) if type_name != "Person" and _QUOTE_CHARS.search(label) else None
        if quoted:  # "… Administration’ bill" → "… Administration Bill"
            label = f"{label[: quoted.start()].strip()} {quoted.group(1).capitalize()}"
        if headline:
            label = detitle(label)  # "Plan Of Action To End …" → "Plan of Action to End …"
        key = f"{type_name}:{norm(strip_period(label))}"
        ent = state.entities.get(key)
        if ent is None:
            ent = state.entities[key] = EntityRec(key, type_name, label)
        elif len(label) > len(ent.label):
            ent.label = label
        if type_name == "Plan" and ent.start_year is None and ent.end_year is None:
            start, end = period(text)
            if start or end:
                ent.start_year, ent.end_year = start, end
            if start and end and "for the period" in label:
                ent.label = f"{strip_period(label)} ({start}-{end})"
        if "(" in text:
            for acronym in _PAREN_ACRONYM.findall(text):
                if sum(c.isupper() for c in acronym) >= 2:
                    ent.acronyms.add(acronym)
        ent.add(mention)

    def _named_issues(self, text: str, state: DocState, names: list[Cand], chosen: list[Cand]) -> None:
        """Issues named inside a plan's or framework's name ("… to Combat Trafficking in Persons")."""
        items = [s for s in chosen if s.label in ("Plan", "Framework", "Event")]
        if not items:
            return
        # the entity holding a mention at (start, end), first in order; issues added below
        # never hold an item's span (their lead words come before them), so it is built once
        owners: dict[tuple[int, int], EntityRec] | None = None
        for span in names:
            if span.label != "Issue" or not span.kb_id:
                continue
            for item in items:
                if item.start <= span.start and span.end <= item.end and item is not span:
                    lead = text[item.start : span.start]
                    if not _ISSUE_LEAD.search(lead):
                        continue
                    if owners is None:
                        owners = {}
                        for e in state.entities.values():
                            for m in e.mentions:
                                owners.setdefault((m.start, m.end), e)
                    owner = owners.get((item.start, item.end))
                    ref = self.gazetteer.get(span.kb_id)
                    if owner is None or ref is None:
                        continue
                    issue = state.entities.get(ref.iri)
                    if issue is None:
                        issue = state.entities[ref.iri] = EntityRec(ref.iri, ref.type, ref.label, iri=ref.iri)
                        issue.add(MentionRec(span.start, span.end, span.text, NAME))
                    if ref.iri not in owner.named_issues:
                        owner.named_issues.append(ref.iri)

    def _acronyms(self, doc: Doc, state: DocState) -> None:
        """Attach defined acronyms to their long forms, then mark their other uses."""
        text = doc_text(doc)
        for span in candidates(doc, ACRONYM_DEFS):
            ent = _entity_at(state, span.start, span.end)
            acronym = span.label
            if ent is None:
                continue
            other = _entity_named(state, acronym)
            if other is not None and other is not ent:
                _merge(state, keep=other if other.iri else ent, drop=ent if other.iri else other)
                ent = other if other.iri else ent
            ent.acronyms.add(acronym)
        taken = _taken(state, len(text))
        for ent in list(state.entities.values()):
            for acronym in sorted(ent.acronyms):
                if acronym not in text:
                    continue
                for m in word_rx(acronym).finditer(text):
                    if taken.free(m.start(), m.end()):
                        ent.add(MentionRec(m.start(), m.end(), acronym, ACRONYM))
                        taken.take(m.start(), m.end())


@lru_cache(maxsize=4096)
def _initialism_rx(abbrev: str, head: str) -> re.Pattern[str]:
    """``\\b`` + abbrev + ``\\s+`` + head + ``\\b``, opening with the (all-letter) abbreviation."""
    a = re.escape(abbrev)
    return re.compile(a + r"(?<!\w" + a + r")\s+" + re.escape(head) + r"\b")


_LOWER_QUALIFIER = re.compile(r",?\s+(?:for|on|against|relating to|concerning|to combat)\s+(?:the\s+)?[a-z]")


def _known_before_qualifier(text: str, names: list[Cand]) -> list[Cand]:
    """Drop a pattern name that runs past a reference name into lower-case words.

    "the Kampala Convention for the protection of internally displaced persons": the
    reference knows "Kampala Convention"; what follows describes it and is not its name.
    """
    known = {(c.start, c.label): c.end for c in names if c.source == "reference"}
    if not known:
        return names
    return [
        c
        for c in names
        if not (
            c.source == "pattern"
            and c.label in ("Framework", "Plan")
            and (end := known.get((c.start, c.label))) is not None
            and end < c.end
            and _LOWER_QUALIFIER.match(text, end)
        )
    ]


def _select(spans: list[Cand]) -> list[Cand]:
    """Non-overlapping spans: longer first, then by source trust, then earlier."""
    order = sorted(spans, key=lambda s: (s.start - s.end, SOURCE_RANK.get(s.source, 9), s.start))
    taken = Taken(max((s.end for s in spans), default=0))
    chosen: list[Cand] = []
    for span in order:
        if not taken.free(span.start, span.end):
            continue
        taken.take(span.start, span.end)
        chosen.append(span)
    chosen.sort(key=lambda s: s.start)
    return chosen


_PLACE_AFTER = re.compile(r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")
_FOR_COUNTRY = re.compile(r"\s(?:for|in|of)\s+(?:the\s+)?$")


def _countries_closing_names(text: str, names: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """Countries that close a longer name: "… Adaptation Plan for PNG", "… Act of Kenya".

    The name is kept whole, and the country is a mention of its own: the plan is the
    country's, and the country is in the text.
    """
    out: list[Cand] = []
    items = [
        c for c in chosen if c.label in ("Plan", "Framework", "Organization") and c.source != "reference"
    ]
    if not items:
        return out
    for cand in names:
        if cand.label != "Country" or not cand.kb_id:
            continue
        for item in items:
            if (
                item.start < cand.start
                and (cand.end == item.end or _PLACE_AFTER.fullmatch(text, cand.end, item.end))
                and _FOR_COUNTRY.search(text, max(item.start, cand.start - 12), cand.start)
            ):
                out.append(cand)
                break
    return out


def _bodies_opening_names(names: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """Bodies whose acronym opens a longer name: "ILO" in "ILO Forced Labour Convention, 1930 (No. 29)".

    The name is kept whole, and the body is a mention of its own.
    """
    starts = {c.start: c for c in chosen if c.label in ("Plan", "Framework")}
    if not starts:
        return []
    return [
        c
        for c in names
        if c.label == "Organization"
        and c.start in starts
        and c.end < starts[c.start].end
        and c.text.isupper()
        and 2 <= len(c.text) <= 6
    ]


def _taken(state: DocState, size: int) -> Taken:
    return Taken.of(size, [(m.start, m.end) for e in state.entities.values() for m in e.mentions])


def _entity_at(state: DocState, start: int, end: int) -> EntityRec | None:
    for ent in state.entities.values():
        for m in ent.mentions:
            if m.start <= start and end <= m.end + 1 and (end - start) * 2 >= (m.end - m.start) * 1:
                return ent
    return None


def _entity_named(state: DocState, name: str) -> EntityRec | None:
    for ent in state.entities.values():
        if any(m.text == name for m in ent.mentions):
            return ent
    return None


def _merge(state: DocState, *, keep: EntityRec, drop: EntityRec) -> None:
    if keep is drop:
        return
    for m in drop.mentions:
        keep.add(m)
    keep.acronyms |= drop.acronyms
    keep.roles += drop.roles
    keep.named_issues += [i for i in drop.named_issues if i not in keep.named_issues]
    if keep.start_year is None and keep.end_year is None:
        keep.start_year, keep.end_year = drop.start_year, drop.end_year
    if keep.iri is None and len(drop.label) > len(keep.label):
        keep.label = drop.label
    state.entities.pop(drop.key, None)


def _fold_short_names(state: DocState) -> None:
    """Merge a name into a longer one of the same type that starts or ends with it."""
    ents = sorted(state.entities.values(), key=lambda e: len(e.label))
    for short in ents:
        if short.key not in state.entities or short.type == "Person":
            continue
        s_norm = norm(strip_period(short.label))
        if not s_norm:
            continue
        longer = [
            e
            for e in state.entities.values()
            if e is not short
            and e.type == short.type
            and len(e.label) > len(short.label)
            and any(
                (
                    (n := norm(strip_period(clean(strip_acronyms(m.text))))).startswith(s_norm + "-")
                    and not _own_head(n[len(s_norm) + 1 :])
                )
                or n.endswith("-" + s_norm)
                for m in e.mentions
            )
        ]
        if len(longer) == 1 or (longer and short.iri is None):
            target = min(longer, key=lambda e: abs(e.first - short.first))
            if short.iri and not target.iri:
                _merge(state, keep=short, drop=target)
            else:
                _merge(state, keep=target, drop=short)


_NAME_WORD = re.compile(r"[^\W_]+")


_MINISTRIES = re.compile(r"^Ministries\s+(?:of|for)\s+")
_AND = re.compile(r"\s+and\s+")


def _split_ministries(state: DocState) -> None:
    """ "Ministries of Employment and Social Welfare and Women and Children's Affairs" are two.

    The portfolios are cut at the "and" that leaves the most even halves (the later one on a
    tie); each half is a ministry, the second mentioned by its portfolio's words.
    """
    for ent in list(state.entities.values()):
        if ent.type != "Organization" or ent.iri or not ent.label.startswith("Ministries "):
            continue
        mention = next((m for m in ent.mentions if _MINISTRIES.match(m.text)), None)
        if mention is None:
            continue
        lead = _MINISTRIES.match(mention.text)
        assert lead is not None
        rest_at = lead.end()
        rest = mention.text[rest_at:]
        cuts = list(_AND.finditer(rest))
        if not cuts:
            continue
        cut = min(
            cuts,
            key=lambda c: (abs(len(rest[: c.start()].split()) - len(rest[c.end() :].split())), -c.start()),
        )
        word = lead.group().split()[1]  # "of", "for"
        state.entities.pop(ent.key)
        first_end = rest_at + cut.start()
        for start, end, text, portfolio in (
            (mention.start, mention.start + first_end, mention.text[:first_end], rest[: cut.start()]),
            (mention.start + rest_at + cut.end(), mention.end, rest[cut.end() :], rest[cut.end() :]),
        ):
            label = f"Ministry {word} {portfolio}"
            key = f"Organization:{norm(label)}"
            ministry = state.entities.get(key)
            if ministry is None:
                ministry = state.entities[key] = EntityRec(key, "Organization", label)
            ministry.add(MentionRec(start, end, text, NAME))


def _fold_name_parts(state: DocState) -> None:
    """Merge a person named by a run of another's name words into that person.

    "Bin Khalid", "Al Thani" → "Hamad bin Khalid Al Thani"; "Dos Santos" → "Ana dos Santos".
    Words compare case-free (a particle opening a sentence is capitalized); the run must be
    in one longer name only.
    """
    people = [e for e in state.entities.values() if e.type == "Person"]
    if len(people) < 2:
        return
    words = {e.key: tuple(e.label.lower().split()) for e in people}
    for short in sorted(people, key=lambda e: len(words[e.key])):
        sw = words[short.key]
        if len(sw) < 2 or short.key not in state.entities:
            continue
        longer = [
            e
            for e in people
            if e is not short
            and e.key in state.entities
            and len(words[e.key]) > len(sw)
            and any(words[e.key][i : i + len(sw)] == sw for i in range(len(words[e.key]) - len(sw) + 1))
        ]
        if len(longer) == 1:
            label = longer[0].label
            _merge(state, keep=longer[0], drop=short)
            longer[0].label = label


@lru_cache(maxsize=4096)
def _content_words(label: str) -> tuple[str, ...]:
    return tuple(w for w in _NAME_WORD.findall(label.lower()) if w not in CONNECTORS)


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _fold_headline_names(state: DocState, headline_end: int) -> None:
    """Merge a name met only in a Title Case headline into the body's fuller name of it.

    Headlines shorten: "Anambra Assembly" for "Anambra State House of Assembly",
    "… Enforcement Administration Bill" for "… Enforcement and Administration Bill". The
    headline's words must all be in the body name, in order; the body name is kept.
    """
    for ent in list(state.entities.values()):
        if ent.iri or ent.type == "Person" or any(m.start >= headline_end for m in ent.mentions):
            continue
        words = _content_words(ent.label)
        if len(words) < 2:
            continue
        targets = [
            other
            for other in state.entities.values()
            if other is not ent
            and other.type == ent.type
            and any(m.start >= headline_end for m in other.mentions)
            and _is_subsequence(words, _content_words(other.label))
        ]
        if len(targets) == 1:
            _merge(state, keep=targets[0], drop=ent)


_YEAR = re.compile(r"\b(?:19|20|21)\d{2}\b")
_NEW_BEFORE = re.compile(r"\b(?:new|resulting|amended)\s+$", re.IGNORECASE)


def _instrument_core(label: str) -> tuple[str, tuple[str, ...]]:
    """Head ("bill", "act") and the other words of a law's name, years dropped, plurals folded."""
    words = [w for w in _content_words(label) if not _YEAR.fullmatch(w) and w not in ("no", "new")]
    if not words:
        return "", ()
    return words[-1], tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words[:-1])


def _bills_into_acts(text: str, state: DocState) -> None:
    """A Bill and the Act it became are one law: "the Refugee Bill of 2019" … "the new Refugees Act".

    Merged only when the text says so: the Act is called new (or the resulting, amended
    Act), or both carry the same year ("Bill, 2018" and "Act, 2018"). An Act with a history
    of its own ("the … Act, originally passed in 2003") stays apart from a Bill of the same name.
    """
    laws = [e for e in state.entities.values() if e.type == "Framework" and e.iri is None]
    bills = [(e, _instrument_core(e.label)) for e in laws]
    acts = [(e, core) for e, (head, core) in bills if head == "act" and core]
    for bill, (head, core) in bills:
        if head != "bill" or not core:
            continue
        years = {y for m in bill.mentions for y in _YEAR.findall(m.text)}
        for act, act_core in acts:
            if act_core != core or act.key not in state.entities:
                continue
            new = any(_NEW_BEFORE.search(text, max(0, m.start - 12), m.start) for m in act.mentions)
            same_year = years and years & {y for m in act.mentions for y in _YEAR.findall(m.text)}
            if new or same_year:
                label = act.label
                _merge(state, keep=act, drop=bill)
                act.label = label
                break


def _own_head(rest: str) -> bool:
    """Do the words after a short name give the long name a head of its own?

    "Paris Agreement" + "Implementation Act" is another instrument; "Global Compact" +
    "on Migration" is the same one.
    """
    for word in rest.split("-"):
        if word in CONNECTORS:
            return False
        if head_type(word):
            return True
    return False


_THE_CRISIS = re.compile(r"\b[Tt]he crisis\b")


def _the_crisis(text: str, state: DocState) -> None:
    """ "the Rohingya crisis" … "The crisis remains unresolved": the same issue, when it is the only one."""
    crises = [e for e in state.entities.values() if e.type == "Issue" and e.label.endswith(" crisis")]
    if len(crises) != 1 or "he crisis" not in text:
        return
    crisis = crises[0]
    first = crisis.first
    for m in _THE_CRISIS.finditer(text, first + 1):
        if not any(x.start <= m.start() < x.end for x in crisis.mentions):
            crisis.add(MentionRec(m.start() + 4, m.end(), m.group()[4:], SHORT))


def _initialisms(text: str, state: DocState) -> None:
    """ "CCM Act", "CCMA Act" name the "Climate Change Management Act" when the initials agree; "the Anti-TIP
    Office" names the "Anti-Trafficking in Persons (Anti-TIP) Office" by the acronym defined in it."""
    for ent in list(state.entities.values()):
        if ent.type not in ("Framework", "Plan", "Organization"):
            continue
        words = ent.label.split()
        if len(words) < 3:
            continue
        head = words[-1]
        # "Anti-Trafficking in Persons (Anti-TIP) Office" … "the Anti-TIP Office"
        abbrevs = {initials(" ".join(words[:-1])), initials(ent.label)}
        abbrevs |= {a for a in ent.acronyms if f"{a} {head}" in text}
        for abbrev in sorted(abbrevs):
            if len(abbrev) >= 2 and abbrev in text:
                _initialism_mentions(text, state, ent, abbrev, head)


def _initialism_mentions(text: str, state: DocState, ent: EntityRec, abbrev: str, head: str) -> None:
    """Mentions of ``ent`` written "<abbrev> <head>": merge an entity found there, or add one."""
    for m in _initialism_rx(abbrev, head).finditer(text):
        other = _entity_at(state, m.start(), m.end())
        if other is not None and other is not ent and other.iri is None:
            _merge(state, keep=ent, drop=other)
        elif other is None:
            ent.add(MentionRec(m.start(), m.end(), m.group(), ACRONYM))
