"""ILO conventions cited by number in a list or in lower case: "ILO conventions 182 and 138",
"Conventions Nos. 29 and 105", "ILO convention 190", "ILO Conventions 138 on the minimum working age
and 182 on the worst forms of child labour".

Labour texts cite the conventions by number far more often than by title, several at once. The
reference knows each convention's forms one by one ("Convention No. 182", "C182"); this reads the
lists: each number that is an ILO convention of the reference is that convention. A text that
never names the ILO is not read, so a "Convention 29" there stays what the other rules make of it.

>>> [(text, iri.rsplit("/", 1)[1]) for _s, _e, text, iri in numbered_conventions(
...     "India ratified the ILO conventions 182 and 138.", {"ilo-c182", "ilo-c138"})]
[('ILO conventions 182', 'ilo-c182'), ('138', 'ilo-c138')]
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.ontology import RESOURCE_BASE

IRI_BASE = RESOURCE_BASE + "framework/"
_NUMBER = r"(?:No\.?[ \t]*|Nos\.?[ \t]*)?(\d{1,3})\b"
#: "ILO conventions 182 and 138", "Conventions Nos. 29, 105 and 182", "ILO convention No. 190"
#: "… 138 on the minimum working age and 182 on …": each number's subject, in lower case, may follow it
_TOPIC = (
    r"(?:[ \t]+on[ \t]+(?:the[ \t]+)?[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,7}?(?=[ \t]*,|[ \t]+and[ \t]+\d))?"
)
_CITED = re.compile(
    r"\b(?:ILO[ \t]+|International[ \t]+Labour[ \t]+Organi[sz]ation[ \t]+)?[Cc]onventions?[ \t]+"
    + _NUMBER
    + r"("
    + _TOPIC
    + r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
    + r"(?:No\.?[ \t]*)?\d{1,3}\b)*"
)
_MORE = re.compile(r"(?:No\.?[ \t]*)?(\d{1,3})\b")


def numbered_conventions(text: str, known: Collection[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, text, IRI) of each ILO convention cited by number in ``text``; ``known``: the
    slugs of the reference's conventions ("ilo-c182")."""
    if "onvention" not in text or ("ILO" not in text and "International Labour" not in text):
        return []
    out = []
    for m in _CITED.finditer(text):
        cited = m.group()
        listed = "onventions" in cited or bool(m.group(2))
        lower_ilo = cited.startswith(("ILO", "International")) and cited[cited.find("onvention") - 1] == "c"
        if not listed and not lower_ilo:
            continue  # "ILO Convention No. 182": the reference's own form; "the convention 29 years after"
        slug = f"ilo-c{int(m.group(1))}"
        if slug in known:
            out.append((m.start(), m.end(1), text[m.start() : m.end(1)], IRI_BASE + slug))
        for more in _MORE.finditer(text, m.end(1), m.end()):
            slug = f"ilo-c{int(more.group(1))}"
            if slug in known:
                out.append((more.start(), more.end(), more.group(), IRI_BASE + slug))
    return out
