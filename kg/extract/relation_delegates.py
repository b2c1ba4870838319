"""Who represents whom, from two shapes news texts use that the role-phrase rules do not read.

"The Chilean delegation was headed by Vice-Admiral Jorge Soto, Director General of Migration": the
head of a country's delegation represents the country (the delegation is named by a demonym or a
possessive, not by "the delegation of Chile"). "Mr. Ravi Naidu – Head of the Climate Change
Division, said": a role set off by a dash after the name is the person's, as after a comma.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: "The Chilean delegation was headed by", "Chile's delegation, led by"
_DELEGATION = re.compile(
    r"\b(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}?)(?:[’']s)?\s+delegation\s*,?\s+"
    r"(?:(?:was|is|will\s+be|has\s+been)\s+)?(?:headed|led)\s+by\b"
)
#: a role set off by a dash: "– Head of the", "— Director General of the"
_DASH_ROLE = re.compile(
    r"\s*[–—]\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:Head|Director|Chief|Minister|Secretary|Chair(?:person|man|woman)?|President|Commissioner|"
    r"Coordinator|Representative|Ambassador|Officer|Manager|Spokes(?:person|man|woman))\b"
    r"(?:\s+[A-Za-z-]+){0,4}?\s+(?:of|at|for)\s+(?:the\s+)?"
)
_NEAR = 160  # characters between "headed by" and the name


def delegation_heads(rules: SentenceRules) -> None:
    """represents: the head of a country's delegation, and a person's role after a dash."""
    sent = rules.sent
    text = sent.text
    if "delegation" in text:
        for cue in _DELEGATION.finditer(text):
            start, end = sent.start + cue.start("country"), sent.start + cue.end("country")
            countries = [
                e for m, e in sent.mentions if e.type == "Country" and start <= m.start and m.end <= end
            ]
            if len(countries) != 1:
                continue
            persons = sent.of_types(("Person",), sent.start + cue.end(), sent.start + cue.end() + _NEAR)
            if persons and ";" not in text[cue.end() : persons[0][0].start - sent.start]:
                rules.add(persons[0][1], "represents", countries[0], "delegation headed by")
    if "–" in text or "—" in text:
        for m, person in sent.of_types(("Person",)):
            role = _DASH_ROLE.match(text, m.end - sent.start)
            if role is None:
                continue
            at = sent.start + role.end()
            bodies = [
                (m2, e) for m2, e in sent.mentions if m2.start == at and e.type in ("Organization", "Country")
            ]
            if bodies:
                rules.add(person, "represents", bodies[0][1], "dash role")
