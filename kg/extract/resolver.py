"""Choose mentions among the candidates and group them into the document's entities.

Steps, each a function: pick non-overlapping candidates, longer first, then the more trusted
source (:mod:`kg.extract.candidate_choice`); map pattern names that are reference names
("2016 Paris Agreement") to the reference entity and group the rest by type and normalized
name (here); fold short names into the long name they start or end ("Global Compact" →
"Global Compact on Migration", "Assembly" → "General Assembly") and the like
(:mod:`kg.extract.name_folding`); attach acronyms and their later uses
(:mod:`kg.extract.acronym_uses`); then the anaphora in :mod:`kg.extract.coref` (surnames,
"the Plan", "the Pakistani envoy", demonyms, capitals, "the Government").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc

from kg.extract import coref
from kg.extract.acronym_uses import attach_acronyms, bare_initialisms, initialisms
from kg.extract.bare_heads import fold_bare_heads
from kg.extract.candidate_choice import (
    bodies_closing_sessions,
    bodies_opening_names,
    countries_closing_names,
    known_before_qualifier,
    not_countries,
    reference_lists,
    select,
    treaties_closing_meetings,
)
from kg.extract.convention_bodies import convention_bodies
from kg.extract.demonym_folding import fold_demonym_forms
from kg.extract.entity_bookkeeping import reference_entity
from kg.extract.eu_institutions import eu_short_forms
from kg.extract.gazetteer import ACRONYM as REF_ACRONYM
from kg.extract.gazetteer import NAME as REF_NAME
from kg.extract.gazetteer import Gazetteer, country_names
from kg.extract.head_phrases import fold_head_phrases
from kg.extract.headlines import detitle, title_case_headline_end
from kg.extract.issue_anaphora import issue_anaphora
from kg.extract.known_as import fold_known_as, fold_short_appositions
from kg.extract.lexicon import BODY_OFFICE_KINDS, FRAMEWORK_HEADS, PLAN_HEADS
from kg.extract.name_bounds import fix_bounds
from kg.extract.name_folding import (
    bills_into_acts,
    fold_headline_names,
    fold_name_parts,
    fold_short_names,
    split_ministries,
    the_crisis,
)
from kg.extract.names import (
    clean,
    framed_range,
    norm,
    period,
    short_name,
    strip_acronyms,
    strip_period,
    strip_short_name,
)
from kg.extract.office_words import no_persons_name
from kg.extract.ordinals import figured
from kg.extract.org_units import owners_of_units, split_units
from kg.extract.parties_meetings import fold_parties_meetings
from kg.extract.person_forms import place_titled
from kg.extract.person_ruler import add_roles_of
from kg.extract.persons_capitals import title_cased
from kg.extract.plan_frameworks import carried_out_frameworks
from kg.extract.plan_periods import dated_key, fold_undated_plans
from kg.extract.posts_abroad import ends_in_post_head
from kg.extract.records import ACRONYM, NAME, DocState, EntityRec, MentionRec
from kg.extract.role_spans import cut_roles
from kg.extract.sdg_goals import canonical_label
from kg.extract.short_plans import fold_headline_plans, fold_short_plans
from kg.extract.spans import (
    CANDIDATES,
    ENTITIES,
    MENTIONS,
    ROLES,
    Cand,
    add_cands,
    candidates,
    doc_text,
    snap,
)
from kg.extract.venues import drop_venue_countries

_SPECIAL = ("DEMONYM", "CAPITAL")
#: What a candidate adds (:meth:`Resolver._plan`): reference IRI, mention text, whether it was cut
#: short, mention kind, label, grouping key, (start, end) years of a plan, acronyms in the name
_Plan = tuple[str | None, str, bool, str, str, str, tuple[int | None, int | None] | None, tuple[str, ...]]
#: Entries of each of the resolver's memo tables before it is emptied
_MEMO_SIZE = 1 << 16
_QUOTE_CHARS = re.compile(r"[”\"’']")
_QUOTED_HEAD = re.compile(r"[”\"’']\s+([a-z]+)$")
#: the kinds of a plan a quoted title names ('its "Operation Welcome" programme'), no word of its name;
#: not "campaign", which campaigns are named with ("the 'Know Before You Go' campaign")
_PLAN_KINDS = frozenset(("programme", "program", "project", "initiative", "scheme", "operation"))
_LEADING_YEAR = re.compile(r"^(?:19|20|21)\d{2}\s+")
#: a year closing a treaty's name: "… Convention against Transnational Crime 2000", "… Convention, 1930"
_TRAILING_YEAR = re.compile(r",?\s+\(?((?:19|20)\d{2})\)?$")
#: a climate conference of the parties by its number, in any of the ways news writes it
_COP_NAME = re.compile(r"(?:COP|Cop)[ -]?\d{1,2}")
_LEADING_ACRONYM = re.compile(r"^[A-Z]{2,6}\s+(?=[A-Z])")
#: "ILO Country Office for the Philippines", "UNODC Regional Office for the Middle East", "ILO
#: Abuja Country Office", "the ILO Office in Ha Noi": a body's office in a country or region speaks
#: and acts as the body ("the UN Office for Outer Space Affairs", an office for a field, is its own)
_BODY_OFFICE = re.compile(
    r"^(?P<body>.+?)(?:[’']s)?\s+(?:(?:[A-Z][a-z]+\s+)?"
    + BODY_OFFICE_KINDS
    + r"\s+Office(?:\s+(?:for|in)\s+(?:the\s+)?[A-Z].*)?|Office\s+in\s+[A-Z].*)$"
)
#: "the Board of Directors of the Inter-American Development Bank": the board decides for the bank
_BODYS_BOARD = re.compile(
    r"^(?:Board\s+of\s+(?:Executive\s+)?(?:Directors|Governors)|Executive\s+Board)\s+of\s+(?:the\s+)?(?P<body>.+)$"
)
_PAREN_ACRONYM = re.compile(r"\(([A-Z][\w\-/]*)\)")
_PLAN_HEADS = PLAN_HEADS | FRAMEWORK_HEADS


def _titled(name: str) -> bool:
    """Whether a plan's name reads as a project's title, not a head noun and its modifiers: five words
    or more, or an opening "-ing" ("Strengthening …"), or a last word that is no plan head."""
    words = name.split()
    return len(words) >= 5 or words[0].endswith("ing") or words[-1].lower() not in _PLAN_HEADS


_TRAILING_PLACE = re.compile(r"\s+in\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)$")
_ISSUE_LEAD = re.compile(
    r"\b(?:against|combat(?:ing)?|to end|to prevent|prevent(?:ion of)?|on|for the elimination of|"
    r"to eliminate|elimination of|to suppress|suppress(?:ion of)?)\s+(?:the\s+)?$"
    # "the Anti-Trafficking in Persons Act": the prefix names what the instrument fights
    r"|\banti-$"
    # "… on labour mobility and displacement": the second topic of an "on" list too
    r"|\bon\s+(?:the\s+)?(?:[\w’'-]+,?\s+){1,4}and\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: a first line that is a title: short, unpunctuated at its end, followed by the body
_TITLE_LINE = re.compile(r"[^\n]{10,200}(?<![.:;])\n")


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
        self._plan_memo: dict[tuple[str, str, str, bool], _Plan] = {}
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
        # "Ambassador to Jordan Ana Ruiz": a person name (kept by fix_bounds) and the role before it
        titled = place_titled(text, self.places) if " to " in text or " of " in text or " in " in text else []
        found = candidates(doc, CANDIDATES)
        cands = fix_bounds(text, found, self.places, titled)
        # "Vice Chairwoman of …", "Ambassador Extraordinary and …", "her Oral Report": no person's name
        cands = [c for c in cands if c.label != "Person" or not no_persons_name(c.text)]
        # a person the bounds made ("… in the Ministry of National Security Michelle Thomas", cut out of
        # a body's run) has the role phrase before it too: the person finder never saw that span
        split = {(c.start, c.end) for c in cands if c.label == "Person"} - {
            (c.start, c.end) for c in found if c.label == "Person"
        }
        if split:
            add_roles_of(doc, sorted(split))
        if titled:
            add_cands(doc, ROLES, snap(doc, ((r, s - 1, "ROLE", "", "pattern") for r, s, _e in titled)))
        names: list[Cand] = []
        special: list[Cand] = []
        for c in cands:
            (special if c[3] in _SPECIAL else names).append(c)  # c[3]: the label
        chosen = select(reference_lists(text, known_before_qualifier(text, not_countries(text, names))))
        chosen += treaties_closing_meetings(text, names, chosen)  # "… Conference of the Parties to the X"
        chosen = convention_bodies(text, chosen, names)  # "submitted its NDC to the UNFCCC": the secretariat
        chosen += countries_closing_names(text, names, chosen)
        chosen += bodies_opening_names(names, chosen, self._label_of)
        chosen += bodies_closing_sessions(text, names, chosen)  # "the 53rd session of the X Council"
        state = DocState()
        headline_end = title_case_headline_end(text)
        self._add_all(state, chosen, headline_end)
        fold_undated_plans(state)
        self._named_issues(text, state, names, chosen)
        carried_out_frameworks(text, state, self.gazetteer, names, chosen)  # "a plan to implement the X"
        if headline_end:
            fold_headline_names(state, headline_end)
            fold_headline_plans(state, headline_end)
        elif _TITLE_LINE.match(text):  # a sentence-case title: "Zambia adopts ten-year adaptation plan"
            fold_headline_plans(state, text.index("\n"), text[: text.index("\n")])
        fold_short_names(state)
        fold_demonym_forms(state)  # "the Ghanaian Police" … "a Ghana Police spokesperson"
        fold_head_phrases(state)  # "the Steering Committee" after "the National Steering Committee on X"
        fold_name_parts(state)
        split_ministries(state)
        split_units(state)
        owners_of_units(state, text)
        bills_into_acts(text, state)
        the_crisis(text, state)
        # "the Commission" in a text on the EU, before bare_heads drops it
        eu_short_forms(state, self.gazetteer, text)
        fold_bare_heads(state, text)
        fold_short_plans(state)
        fold_known_as(text, state)  # "the X Council, also known as the Y Group"
        fold_short_appositions(text, state)  # "the Office to Monitor …, JTIP Office, of the …"
        taken = attach_acronyms(doc, state)
        fold_parties_meetings(state)  # "the Conference of the Parties to …" after "the 27th Conference …"
        initialisms(text, state, taken)
        bare_initialisms(text, state, taken)  # "The NMP was presented" after "National Migration Policy"
        coref.resolve(doc, state, special, self.gazetteer, taken)
        issue_anaphora(text, state, taken)  # "… to combat the exploitative practice": the issue named before
        drop_venue_countries(text, state)
        pairs = state.by_position()  # "President of the Assembly A and Special Representative … B": B's
        cut_roles(text, state, pairs, [m.start for m, _e in pairs])  # role starts after A
        return state

    def _label_of(self, iri: str) -> str | None:
        """The reference label of ``iri``, if the reference knows it."""
        ref = self.gazetteer.get(iri)
        return ref.label if ref is not None else None

    # -- grouping ------------------------------------------------------------------------

    def _add_all(self, state: DocState, chosen: list[Cand], headline_end: int) -> None:
        """Group the chosen candidates into entities, in text order."""
        entities = state.entities
        memo = self._plan_memo
        for span in chosen:
            start, end, text, type_name, kb_id, _source = span
            flag = end <= headline_end
            plan = memo.get((text, kb_id, type_name, flag)) or self._plan(text, kb_id, type_name, flag)
            iri, text, trimmed, kind, label, key, years, acronyms = plan
            mention = MentionRec(start, start + len(text) if trimmed else end, text, kind)
            if iri is not None:
                reference_entity(state, self.gazetteer, iri).add(mention)
                continue
            if years is not None:
                key = dated_key(key, years)  # "Plan (2021-2024)" and "Plan (2027-2031)": two plans
            ent = entities.get(key)
            if ent is None:
                ent = entities[key] = EntityRec(key, type_name, label)
            elif len(label) > len(ent.label):
                ent.label = label
            if years is not None and ent.start_year is None and ent.end_year is None:
                first, last = years
                if first or last:
                    ent.start_year, ent.end_year = first, last
                if first and last and ("for the period" in label or framed_range(label)):
                    ent.label = f"{strip_period(label)} ({first}-{last})"
            if acronyms:
                ent.acronyms.update(acronyms)
            ent.add(mention)

    def _plan(self, text: str, kb_id: str, type_name: str, headline: bool) -> _Plan:
        """What a candidate written ``text`` adds to the state: a pure function of its text, reference
        IRI, type and headline flag, memoized (a document and a corpus repeat their names)."""
        memo_key = (text, kb_id, type_name, headline)
        plan = self._plan_memo.get(memo_key)
        if plan is not None:
            return plan
        iri = kb_id or None
        if iri is None and type_name != "Person":
            iri = self._reference_iri(text, type_name)
        place = _TRAILING_PLACE.search(text) if " in " in text else None
        trimmed = False
        if (
            iri is None
            and place
            and place.group(1) in self.places
            and type_name != "Person"
            # "Building Resilience of Wetlands in Peru": a project's title names its country (not "the
            # National Action Plan in Kenya", a plan's head then where it is; nor a venue city)
            and not (
                type_name == "Plan" and place.group(1) in country_names() and _titled(text[: place.start()])
            )
            and not (type_name == "Organization" and ends_in_post_head(text[: place.start()]))
            and not text[: place.start()].endswith("situation")  # "open debate on the situation in Mali"
        ):
            text = text[: place.start()]  # "Regional Conference on Migration in Kampala", not "Embassy in X"
            trimmed = True
        if iri is not None:
            kind = ACRONYM if text in self.gazetteer.entities[iri].acronyms else NAME
            plan = (iri, text, trimmed, kind, "", "", None, ())
        else:
            label, key = self._label_key(text, type_name, headline)
            years = period(text) if type_name == "Plan" else None
            acronyms: tuple[str, ...] = ()
            if "(" in text:
                acronyms = tuple(a for a in _PAREN_ACRONYM.findall(text) if sum(c.isupper() for c in a) >= 2)
                short = short_name(text) if type_name == "Organization" else None
                if short and norm(short) not in self.lookup:  # "Ministry of Labour (Kenya)": a place
                    acronyms += (short,)
            plan = (None, text, trimmed, NAME, label, key, years, acronyms)
        if len(self._plan_memo) >= _MEMO_SIZE:
            self._plan_memo.clear()
        self._plan_memo[memo_key] = plan
        return plan

    def _reference_iri(self, text: str, type_name: str) -> str | None:
        """The reference entity of type ``type_name`` a name written ``text`` names, if any."""
        base = _LEADING_YEAR.sub("", clean(strip_acronyms(text)))
        if type_name == "Organization":
            base = strip_short_name(base)  # "… Cooperation (Europol)"
        iri = self.lookup.get(norm(base)) or self.lookup.get(norm(strip_period(base)))
        lead = _LEADING_ACRONYM.match(base) if iri is None else None
        if lead:  # "ILO Forced Labour Convention, 1930 (No. 29)": the body's acronym opens the name
            iri = self.lookup.get(norm(base[lead.end() :]))
            if iri is not None and lead.group().strip() not in self.opening_acronyms.get(iri, ()):
                iri = None  # "ASEAN Convention against Trafficking in Persons" is not the UN's
        office = (
            (_BODY_OFFICE.match(base) or _BODYS_BOARD.match(base))
            if iri is None and type_name == "Organization"
            else None
        )
        if office:
            iri = self.lookup.get(norm(office.group("body")))
        if iri is None and type_name == "Framework" and (year := _TRAILING_YEAR.search(base)):
            # "UN Convention against Transnational Crime 2000": the treaty of that year, none other
            iri = self.lookup.get(norm(base[: year.start()]))
            ref = self.gazetteer.get(iri) if iri is not None else None
            if ref is None or ref.adopted_year != int(year.group(1)):
                iri = None
        if iri is not None:
            ref = self.gazetteer.get(iri)
            if ref is None or ref.type != type_name:
                iri = None
        return iri

    def _label_key(self, text: str, type_name: str, headline: bool) -> tuple[str, str]:
        """The label and grouping key of a name written ``text``."""
        label = clean(strip_acronyms(text)) if type_name != "Person" else title_cased(clean(text))
        if type_name == "Organization":
            label = strip_short_name(label)  # "… Cooperation (Europol)"
        quoted = _QUOTED_HEAD.search(label) if type_name != "Person" and _QUOTE_CHARS.search(label) else None
        if (
            quoted and quoted.group(1) in _PLAN_KINDS
        ):  # '"Operation Welcome" programme': the title is its name
            label = label[: quoted.start()].strip()
        elif quoted:  # "… Administration’ bill" → "… Administration Bill"
            label = f"{label[: quoted.start()].strip()} {quoted.group(1).capitalize()}"
        if headline:
            label = detitle(label)  # "Plan Of Action To End …" → "Plan of Action to End …"
        if type_name == "Framework":
            label = canonical_label(label) or label  # "SDG target 8.7", "8.7" in a list: "SDG 8.7"
        elif type_name == "Event" and _COP_NAME.fullmatch(label):
            label = "COP" + label[3:].strip(" -")  # "Cop 27", "COP-27": one conference, "COP27"
        elif type_name == "Event":  # "Seventh …", "7th …", "VII …": one meeting
            return label, f"{type_name}:{norm(strip_period(figured(label)))}"
        return label, f"{type_name}:{norm(strip_period(label))}"

    def _named_issues(self, text: str, state: DocState, names: list[Cand], chosen: list[Cand]) -> None:
        """Issues named inside a plan's or framework's name ("… to Combat Trafficking in Persons")."""
        items = [s for s in chosen if s.label in ("Plan", "Framework", "Event")]
        if not items:
            return
        issues = [s for s in names if s.label == "Issue" and s.kb_id]
        if not issues:
            return
        within = _Within(items)
        # the entity holding a mention at (start, end), first in order; issues added below
        # never hold an item's span (their lead words come before them), so it is built once
        owners: dict[tuple[int, int], EntityRec] | None = None
        for span in issues:
            for item in within.holding(span):
                if not _issue_lead(text[item.start : span.start]):
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
                if ref.iri not in state.entities:
                    reference_entity(state, self.gazetteer, ref.iri).add(
                        MentionRec(span.start, span.end, span.text, NAME)
                    )
                if ref.iri not in owner.named_issues:
                    owner.named_issues.append(ref.iri)


class _Within:
    """The items whose span holds a candidate's, found by bisection when the items do not overlap
    (the chosen ones do not), so each candidate is not compared with every item."""

    def __init__(self, items: list[Cand]) -> None:
        self.items = items
        ordered = sorted(items, key=lambda c: c.start)
        self.disjoint = all(c.end > c.start for c in ordered) and all(
            a.end <= b.start for a, b in pairwise(ordered)
        )
        self.ordered = ordered
        self.starts = [c.start for c in ordered]

    def holding(self, span: Cand) -> tuple[Cand, ...]:
        """``[i for i in items if i.start <= span.start and span.end <= i.end and i is not span]``."""
        start, end = span[0], span[1]
        if not self.disjoint or end <= start:
            return tuple(i for i in self.items if i.start <= start and end <= i.end and i is not span)
        at = bisect_right(self.starts, start) - 1
        if at < 0:
            return ()
        item = self.ordered[at]  # the one item that can hold the span's start
        return (item,) if end <= item[1] and item is not span else ()


@lru_cache(maxsize=16384)
def _issue_lead(lead: str) -> bool:
    """Do the words before an issue inside a name lead to it ("… to Combat ")? Cached: names repeat."""
    return _ISSUE_LEAD.search(lead) is not None
