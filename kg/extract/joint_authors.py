"""The authors of a joint statement, who "we" are in it: "Joint statement by Chile, France, Italy
and the UK:", "WE, the Heads of State/Government of A, B and C, Member States of ASEAN, …", "The
text of the following statement was released by the Governments of A, B and C".

A country's own statement speaks for one country (``DocState.self_country``); a joint one speaks
for all its authors, so each of them adopts, supports or calls for what "we" do.
"""

from __future__ import annotations

import re

from kg.extract.records import DocState, EntityRec

_OPENING = re.compile(
    r"^(?:joint\s+(?:press\s+)?(?:statement|declaration|communiqu[eé])\s+(?:by|of|from|issued\s+by)"
    r"|(?:the\s+)?(?:text\s+of\s+the\s+following\s+)?(?:joint\s+)?statement\s+(?:was|is)\s+"
    r"(?:released|issued|made)\s+by"
    r"|we,\s+the\s+(?:heads\s+of\s+state(?:\s*/\s*|\s+and\s+)government|leaders|(?:foreign\s+)?ministers"
    r"|governments|representatives)\b)",
    re.IGNORECASE | re.MULTILINE,
)
#: where the list of authors may begin after "We, the Ministers …": after one of its next few "of"s
_OF = re.compile(r"\s+of\s+")
#: between the opening and the list: a portfolio's capitalized words ("of Foreign Affairs"), no others
_PORTFOLIO = re.compile(r"(?:\s+(?:of|and|the|for|&|[A-Z][\w’'-]*))*")
#: between two authors of the list, or before the first: ", ", " and ", ", and the Government of "
_BETWEEN = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)?(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?)?", re.IGNORECASE
)
_HEAD = 1200  # a joint statement says who makes it at its top


def joint_authors(text: str, state: DocState) -> tuple[str, ...]:
    """Keys of the countries and bodies a joint statement names as its authors (two at least): the
    unbroken list right after its opening words ("… by A, B and the Government of C on …")."""
    head = text[:_HEAD]
    if "tatement" not in head and "WE," not in head and "We," not in head and "eclaration" not in head:
        return ()
    match = _OPENING.search(head)
    if match is None:
        return ()
    if match.group().lower().startswith("we,"):  # "We, the Ministers of Foreign Affairs of A, B and C"
        starts = [
            m.end()
            for m in _OF.finditer(text, match.end(), match.end() + 80)
            if _PORTFOLIO.fullmatch(text, match.end(), m.start())  # not "representatives of trade unions of"
        ]
    else:
        starts = [match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip())]
    for start in starts:
        authors = _listed(text, state, start)
        if len(authors) >= 2:
            return tuple(e.key for e in authors)
    return ()


def _listed(text: str, state: DocState, at: int) -> list[EntityRec]:
    """The countries and bodies listed without a break from ``at``: "A, B and the Government of C"."""
    named = sorted(
        (m.start, m.end, ent)
        for ent in state.entities.values()
        if ent.type in ("Country", "Organization")
        for m in ent.mentions
        if at <= m.start < at + 600
    )
    authors: list[EntityRec] = []
    for start, end, ent in named:
        if start < at:
            continue  # a mention inside one already read
        if not _BETWEEN.fullmatch(text, at, start):
            break  # "… and Uganda on the situation in South Sudan": the list has ended
        if ent not in authors:
            authors.append(ent)
        at = end
    return authors
