"""Which candidate spans become mentions: the first step of resolving entities.

Candidates overlap (a pattern's "Kampala Convention for the protection of …" and the
reference's "Kampala Convention"); one is chosen per stretch of text, and a few names keep
a shorter candidate inside them as a mention of its own (the country closing "… Plan for
PNG", the body opening "ILO Forced Labour Convention").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from kg.extract.capital_names import in_other_capital
from kg.extract.spans import SOURCE_RANK, Cand

_LOWER_QUALIFIER = re.compile(r",?\s+(?:for|on|against|relating to|concerning|to combat)\s+(?:the\s+)?[a-z]")


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)")


def known_before_qualifier(text: str, names: list[Cand]) -> list[Cand]:
    """Drop a pattern name that runs past a reference name into lower-case words.

    "the Kampala Convention for the protection of internally displaced persons": the
    reference knows "Kampala Convention"; what follows describes it and is not its name.
    """
    known = {(c.start, c.label): c.end for c in names if c.source == "reference"}
    if not known:
        return names
    drop = [
        c
        for c in names
        if c.source == "pattern"
        and c.label in ("Framework", "Plan")
        and (end := known.get((c.start, c.label))) is not None
        and end < c.end
        and _LOWER_QUALIFIER.match(text, end)
    ]
    # "the United Nations Development Programme (UNDP)": the reference's body, not a pattern's
    # Plan named by its head word "Programme" and made longer by the acronym after it
    known_at = {start: (end, label) for (start, label), end in known.items()}
    drop += [
        c
        for c in names
        if c.source == "pattern"
        and c.start in known_at
        and known_at[c.start][1] != c.label
        and known_at[c.start][0] < c.end
        and _ACRONYM_AFTER.fullmatch(text, known_at[c.start][0], c.end)
    ]
    if not drop:  # the usual case: the list as it is
        return names
    return [c for c in names if not any(c is d for d in drop)]


#: "Latin America", "South America": a region, not the country a bare "America" names
_REGION_BEFORE = re.compile(r"(?:Latin|South|North|Central|Middle|Meso)[\s-]+$")


def not_countries(text: str, names: list[Cand]) -> list[Cand]:
    """Drop a country candidate that is the last word of a region's name ("Latin America"), part
    of a currency ("US$3 million") or of another country's capital ("Port of Spain")."""
    drop = [
        c
        for c in names
        if c.label == "Country"
        and (
            text.startswith("$", c.end)
            or (c.text == "America" and _REGION_BEFORE.search(text, max(0, c.start - 8), c.start))
            or in_other_capital(text, c.start, c.end)
        )
    ]
    if not drop:
        return names
    return [c for c in names if not any(c is d for d in drop)]


def select(spans: list[Cand]) -> list[Cand]:
    """Non-overlapping spans: longer first, then by source trust, then earlier."""
    rank = SOURCE_RANK.get
    # the sort key, then the place in ``spans``: a stable sort on the key alone orders ties so
    order = sorted([(s - e, rank(src, 9), s, i) for i, (s, e, _t, _l, _k, src) in enumerate(spans)])
    mask = bytearray(max((s.end for s in spans), default=0) + 1)  # a Taken's, inline
    find = mask.find
    picked: list[tuple[int, int, int]] = []
    for _length, _rank, start, i in order:
        end = spans[i].end
        if find(1, start, end) >= 0:
            continue
        if end > start:
            mask[start:end] = b"\x01" * (end - start)
        picked.append((start, len(picked), i))
    picked.sort()  # by start, then in the order chosen, as a stable sort by start
    return [spans[i] for _start, _n, i in picked]


#: what may follow the country that closes a name: a place, or the end year ("… of Ukraine until 2035")
_PLACE_AFTER = re.compile(
    r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|(?:\s+for\s+the\s+period)?\s+(?:until|till|up\s+to)\s+(?:19|20)\d{2}"
)
_FOR_COUNTRY = re.compile(r"\s(?:for|in|of)\s+(?:the\s+)?$")


def countries_closing_names(text: str, names: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """Countries that close a longer name: "… Adaptation Plan for PNG", "… Act of Kenya".

    The name is kept whole, and the country is a mention of its own: the plan is the
    country's, and the country is in the text.
    """
    out: list[Cand] = []
    items = sorted(
        (c for c in chosen if c.label in ("Plan", "Framework", "Organization") and c.source != "reference"),
        key=lambda c: c.start,
    )
    if not items:
        return out
    starts = [c.start for c in items]
    longest = max(c.end - c.start for c in items)
    for cand in names:
        # only the names that start before it, near enough to reach it: not every item of the text
        around = items[bisect_left(starts, cand.start - longest) : bisect_left(starts, cand.start)]
        if cand.label in ("Country", "Organization") and _party_inside(text, cand, around):
            out.append(cand)  # "… Convention on Social Security between Spain and Morocco"
            continue
        if cand.label != "Country" or not cand.kb_id:
            continue
        for item in around:
            if (
                item.start < cand.start
                and (cand.end == item.end or _PLACE_AFTER.fullmatch(text, cand.end, item.end))
                and _FOR_COUNTRY.search(text, max(item.start, cand.start - 12), cand.start)
            ):
                out.append(cand)
                break
    return out


#: an instrument's parties, named in its name: "… between Spain and Morocco", "… among the Member
#: States of ECOWAS"
_PARTIES_BEFORE = re.compile(r"\s(?:between|among\s+the\s+Member\s+States\s+of)\s")


def _party_inside(text: str, cand: Cand, items: list[Cand]) -> bool:
    """Whether ``cand``, a known country or body, is a party named inside an instrument's name."""
    return bool(cand.kb_id) and any(
        item.label in ("Framework", "Plan")
        and item.start < cand.start
        and cand.end <= item.end
        and _PARTIES_BEFORE.search(text, item.start, cand.start) is not None
        for item in items
    )


def bodies_opening_names(
    names: list[Cand], chosen: list[Cand], label_of: Callable[[str], str | None] = lambda _iri: None
) -> list[Cand]:
    """Bodies whose acronym opens a longer name: "ILO" in "ILO Forced Labour Convention, 1930 (No. 29)".

    The name is kept whole, and the body is a mention of its own; not when the acronym is the first
    words of the instrument's own reference name (``label_of``: a reference IRI's label): "UN" of "UN
    Convention against Corruption", the United Nations Convention …, names no body that acts.
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
        and not _namesake(c, starts[c.start], label_of)
    ]


def _namesake(body: Cand, item: Cand, label_of: Callable[[str], str | None]) -> bool:
    """Whether the reference name of ``item`` opens with the reference name of ``body``."""
    own = label_of(body.kb_id) if body.kb_id else None
    named = label_of(item.kb_id) if item.kb_id else None
    return own is not None and named is not None and named.startswith(own + " ")


#: "… session of the ", "… Session of ": what stands before the body whose sitting an event is
_SESSION_OF = re.compile(r"\s(?:[Ss]ession|[Mm]eeting|[Ss]itting)\s+of\s+(?:the\s+)?$")


def bodies_closing_sessions(text: str, names: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """Bodies that close a session's name: "the 53rd session of the Human Rights Council", "the 32nd
    meeting of the UPR Working Group" (known to the reference or not).

    The session is kept whole, and its body is a mention of its own: the body is in the text (it
    adopts what is adopted at its session), however the text names the session elsewhere.
    """
    events = [c for c in chosen if c.label == "Event"]
    if not events:
        return []
    return [
        c
        for c in names
        if c.label == "Organization"
        and any(
            e.start < c.start
            and c.end == e.end
            and _SESSION_OF.search(text, max(e.start, c.start - 20), c.start) is not None
            for e in events
        )
    ]


#: "… Conference of the Parties (COP28) to the ", "… Meeting of Parties of ": before the treaty whose
#: parties meet
_PARTIES_OF = re.compile(r"\sParties(?:\s+\([A-Za-z]+\s?\d*\))?\s+(?:to|of)\s+(?:the\s+)?")


#: the acronym of the treaty or of the session after a parties' meeting's name: "(UNFCCC)", "(COP27)"
#: (:data:`_ACRONYM_AFTER` with a session's number, which no body's acronym has)
_SESSION_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}[ -]?\d{0,2}\)")


def treaties_closing_meetings(text: str, names: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """Treaties that close the name of their parties' meeting: "the 30th Conference of the Parties to
    the UN Framework Convention on Climate Change (UNFCCC)", "the Meeting of the Parties to the
    Montreal Protocol".

    The meeting is kept whole, and its treaty is a mention of its own, with the acronym bracketed
    after the meeting's name: the text names the treaty.
    """
    out: list[Cand] = []
    for e in chosen:
        if e.label != "Event" or " Parties " not in e.text:
            continue
        parties = _PARTIES_OF.search(text, e.start, e.end)
        if parties is None:
            continue
        treaty = next(
            (
                c
                for c in names
                if c.label == "Framework"
                and c.start == parties.end()
                and (c.end == e.end or _SESSION_ACRONYM_AFTER.fullmatch(text, c.end, e.end))
            ),
            None,
        )
        if treaty is None:
            continue
        out.append(treaty)
        # its acronym, bracketed at the meeting name's end: "… on Climate Change (UNFCCC)"
        out += [c for c in names if c.label == "Framework" and c.start > treaty.end and c.end < e.end]
    return list({(c.start, c.end): c for c in out}.values())  # each span once


#: what may stand between two listed names: "A, B and C", "A and the B", "A, and B"
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|&\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:the\s+)?")
_CAPITAL = re.compile(r"\b[A-Z]")


def reference_lists(text: str, names: list[Cand]) -> list[Cand]:
    """Drop a longer name that is only a list of known names: "the Kyoto Protocol and Paris Agreement".

    The shape finder joins capitalized words over "and" and commas ("Ministry of Labour and
    Social Affairs"); when every piece of such a run is a name the reference knows, or a
    person's name ("president Ana Ruiz and International Monetary Fund …"), with at least
    one known name among them, and nothing is left but separators (and a lower-case
    qualifier after the last piece, "… Paris Agreement on climate change"), the pieces are
    the names.
    """
    if not any(c.source == "reference" for c in names):
        return names
    first_at: dict[int, Cand] = {}
    for c in sorted(names, key=lambda c: (c.start, -c.end)):
        if c.source == "reference" or c.label == "Person":
            first_at.setdefault(c.start, c)  # the longest such name at each start
    # an instrument the patterns found, listed after a known one ("… and Nationally Determined Contributions")
    for c in names:
        if c.label in ("Plan", "Framework") and " and " not in c.text:
            first_at.setdefault(c.start, c)
    drop = [
        c
        for c in names
        if c.source != "reference"
        and c.label != "Person"
        and (" and " in c.text or ", " in c.text)
        and _known_pieces(text, c, first_at)
    ]
    if not drop:
        return names
    return [c for c in names if not any(c is d for d in drop)]


def _known_pieces(text: str, cand: Cand, first_at: dict[int, Cand]) -> bool:
    """Whether names of ``first_at`` (two or more, one known) cover ``cand``, with separators between."""
    pos, pieces, known = cand.start, 0, False
    while True:
        piece = first_at.get(pos)
        if piece is None or piece.end > cand.end or piece is cand:
            return False
        pieces += 1
        known = known or piece.source == "reference"
        pos = piece.end
        if pos == cand.end:
            return pieces > 1 and known
        gap = _LIST_GAP.match(text, pos, cand.end)
        if gap is not None and gap.end() in first_at:
            pos = gap.end()
            continue
        # the last piece's lower-case qualifier may close the run: "… Paris Agreement on climate change";
        # or its acronym: "… and Nationally Determined Contributions (NDCs)"
        return (
            pieces > 1
            and known
            and (
                _ACRONYM_AFTER.fullmatch(text, pos, cand.end) is not None
                or (
                    _LOWER_QUALIFIER.match(text, pos, cand.end) is not None
                    and _CAPITAL.search(text, pos, cand.end) is None
                )
            )
        )
