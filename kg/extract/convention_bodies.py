"""A convention that stands for its secretariat is a body: "Jordan submitted its NDC to the UNFCCC",
"the Summit, co-hosted by the AU Commission and the UNFCCC", "UNFCCC Executive Secretary X".

Treaties with a standing secretariat are named for the secretariat in news: a report is submitted
to the convention, the convention co-hosts a summit. When a document names a reference convention
only so (never as the treaty: "Parties to", "ratified", "under", "Article 6 of", nor by the treaty's
full name, "Convention" and all, outside such a phrase), its mentions are
an organization's: the reference's secretariat where it has one (the UNFCCC's), else one minted
from the convention's name as the text writes it.
"""

from __future__ import annotations

import re

from kg.extract.spans import Cand
from kg.ontology import PKR

#: the conventions news names for their secretariats: the three Rio conventions
SECRETARIAT_CONVENTIONS = frozenset(str(PKR) + f"framework/{slug}" for slug in ("unfccc", "unccd", "cbd"))

#: before a convention that stands for its secretariat: "submitted its report to the", "co-hosted by the"
_BODY_BEFORE = re.compile(
    r"\b(?:(?:submit(?:s|ted|ting)?|communicat(?:es|ed|ing)|report(?:s|ed|ing)?|sen[dt]s?|transmit(?:s|ted)?|"
    r"register(?:s|ed)?)\b[^.;:]{0,90}?\b(?:to|with)|(?:co-)?(?:host|organi[sz]|convene)[a-z]*\s+by|"
    r"secretariat\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: after it: "UNFCCC Executive Secretary", "the UNFCCC said"
_BODY_AFTER = re.compile(
    r"\s*(?:\([A-Z]{2,10}\)\s*)?(?:[’']s\s+)?(?:Executive\s+Secretary|secretariat|Secretariat|said|says|announced)\b"
)
#: before the treaty itself: "Parties to the", "ratified the", "under the", "Article 6 of the"
_TREATY_BEFORE = re.compile(
    r"\b(?:part(?:y|ies)\s+(?:to|of)|ratif[a-z]*|acce(?:ded|ssion)\s+to|under|article\s+\d+\w*\s+of|"
    r"signator(?:y|ies)\s+(?:to|of)|cop\s*\d*\s+(?:to|of)|conference\s+of\s+(?:the\s+)?parties\s+(?:to|of)|"
    r"sign(?:ed|s|ing)?|adopt(?:ed|s|ing|ion\s+of)|implement(?:s|ed|ing|ation\s+of)?|"
    r"(?:committed|commitment)\s+to|entry\s+into\s+force\s+of|in\s+line\s+with|obligations\s+under)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "implements it", "ratified it": the treaty named before, read as the treaty
_TREATY_IT = re.compile(r"\b(?:sign|ratif|implement|adopt)[a-z]*\s+it\b", re.IGNORECASE)
#: the reference body a convention's secretariat is, where the reference has one
_SECRETARIAT = {str(PKR) + "framework/unfccc": str(PKR) + "org/un-climate-change"}


def convention_bodies(text: str, chosen: list[Cand], names: list[Cand]) -> list[Cand]:
    """``chosen`` with the mentions of a convention that the document names only as its secretariat
    relabelled as an organization's. ``names``: all candidates, for the reference's reading of a
    chosen name that a pattern ran on ("… Climate Change (UNFCCC)")."""
    known = {c.start: c.kb_id for c in names if c.label == "Framework" and c.kb_id in SECRETARIAT_CONVENTIONS}
    if not known:
        return chosen
    body: set[str] = set()
    treaty: set[str] = set()
    for c in chosen:
        kb = known.get(c.start) if c.label == "Framework" else None
        if kb is None:
            continue
        as_body = _BODY_BEFORE.search(text, max(0, c.start - 140), c.start) or _BODY_AFTER.match(text, c.end)
        if (
            _TREATY_BEFORE.search(text, max(0, c.start - 60), c.start)
            or _TREATY_IT.search(text, c.end, c.end + 200)
            or (not as_body and "Convention" in text[c.start : c.end])
        ):
            treaty.add(kb)  # "The … Framework Convention on Climate Change (UNFCCC) will apply": its name
        elif as_body:
            body.add(kb)
    bodies = body - treaty
    if not bodies:
        return chosen
    return [
        c._replace(label="Organization", kb_id=_SECRETARIAT.get(known[c.start], ""), source="pattern")
        if c.label == "Framework" and known.get(c.start) in bodies
        else c
        for c in chosen
    ]
