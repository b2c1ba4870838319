"""adopts: the chamber a law was passed in, "The Bill was passed in the National Assembly on Wednesday".

The agent of a passive is usually read after "by"; news names the chamber after "in" as often
("approved in Parliament", "passed in the Senate with 60 votes"). The chamber passes the law: it is
the one who adopts it, whatever else the sentence says of who supported it.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: the passive of passing, then "in the" within the clause: "was passed with the support of the
#: opposition in the ", "were unanimously approved in "
_PASSED_IN = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:passed|approved|adopted|enacted|voted\s+through)\b(?P<gap>[^.;:()]{0,60}?)\s+in\s+(?:the\s+)?$"
)
#: the words of a chamber's name
_CHAMBER = re.compile(
    r"\b(?:Assembly|Parliament|Senate|Congress|House|Majlis|Sabha|Diet|Legislature|Knesset|Duma|Sejm|"
    r"Bundestag|Chamber|Cortes|Storting|Riksdag|Folketing|Oireachtas|Dáil)\b"
)
_LAWS = ("Framework",)


def passed_in_chamber(rules: SentenceRules) -> None:
    """The chamber named after "was passed … in the" adopts the law named before the verb."""
    sent = rules.sent
    if "Organization" not in rules.types or "Framework" not in rules.types or " in " not in sent.low:
        return
    if not any(w in sent.low for w in ("passed", "approved", "adopted", "enacted", "voted through")):
        return
    base = sent.start
    for m, chamber in sent.of_types(("Organization",)):
        if not _CHAMBER.search(chamber.label):
            continue
        at = m.start - base
        passed = _PASSED_IN.search(sent.text, max(0, at - 120), at)
        if passed is None or " by " in passed.group("gap"):
            continue  # "was passed by the Senate in the House": the Senate's
        laws = sent.of_types(_LAWS, base, base + passed.start())
        if laws:
            rules.add(chamber, "adopts", laws[-1][1], "passed in")
