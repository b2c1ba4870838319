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


#: "delegation to the ", "delegation of Peru to the ", "delegation to the first ": right before the meeting
_DELEGATION_TO = re.compile(
    r"\bdelegations?\s+(?:of\s+(?:the\s+)?[^,;.()]{1,60}?\s+)?(?:to|at)\s+(?:the\s+)?"
    r"(?:(?:first|inaugural|upcoming|forthcoming|next|coming|annual)\s+)?$"
)
#: the words between a delegation's owner and the noun: "Pakistan's high-level ", "AUC ", "Kenya sent a ";
#: any other verb ("Kenya refused a", "Kenya welcomed a") names no owner
_OWNER_GAP = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}|\s+|"  # "the AUC delegation": the name as the noun's modifier
    r"\s+(?:sent|sends|led|leads|headed|heads|dispatched|dispatches)\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+){0,2}"
)
#: "refused a delegation", "its delegation … was cancelled": no delegation went
_CALLED_OFF = re.compile(
    r"\b(?:cancel(?:l?ed|s|ling)?|withdr(?:ew|awn|aws?|awing)|recall(?:ed|s|ing)?|barr(?:ed|ing)|bars?|"
    r"refus(?:ed|es|ing|e)|suspend(?:ed|s|ing)?|block(?:ed|s|ing)?|turned\s+away|denied)\b"
)
#: "led a high-level ", "headed Pakistan's ", "will lead a ": a verb of leading right before the delegation
_LED = re.compile(
    r"\b(?:lead|led|leads|leading|head|headed|heads|heading)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:(?:high-level|ministerial|large|strong|official|national|joint|government|[a-z]+-member)\s+){0,2}$"
)
#: "declined to ", "will not ", "refused to ": no one led it
_NOT_LED = re.compile(
    r"\b(?:not|never|no\s+longer|declin(?:e|es|ed|ing)\s+to|refus(?:e|es|ed|ing)\s+to|unable\s+to|"
    r"failed\s+to|cannot|can't|won't)\s+(?:\w+\s+)?$"
)
#: " was led by ", ", headed by ": the delegation's head named after the meeting
_LED_BY = re.compile(r"[^.;()]{0,50}?\b(?:led|headed)\s+by\s+")


def delegations_to(rules: SentenceRules) -> None:
    """participatesIn: a delegation sent to a named meeting, its country and its head ("X led Pakistan's
    delegation to the Conference", "the delegation of Peru to the Forum was headed by Y"); a delegation
    to a country or a body ("to Qatar", "to the United Nations") went to no meeting."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, event in sent.of_types(("Event",)):
        cue = _DELEGATION_TO.search(low, max(0, m.start - base - 110), m.start - base)
        if cue is None:
            continue
        noun = base + cue.start()
        after = re.split(r"[,;]", low[m.end - base : m.end - base + 40])[0]
        if _CALLED_OFF.search(low, max(0, cue.start() - 40), cue.start()) or _CALLED_OFF.search(after):
            continue  # "Kenya recalled its delegation to …", "… delegation to the Summit was cancelled"
        owners = [
            e
            for m2, e in sent.actors(noun - 50, noun)
            if e.type in ("Country", "Organization")
            and _OWNER_GAP.fullmatch(sent.text, m2.end - base, cue.start())
        ]
        owners += [e for _m2, e in sent.actors(noun, m.start) if e.type in ("Country", "Organization")]
        lead_at = min([m2.start for m2, e in sent.actors(noun - 50, noun) if e in owners] + [noun]) - base
        led = _LED.search(low, max(0, lead_at - 30), lead_at)
        if led is not None and _NOT_LED.search(low, max(0, led.start() - 30), led.start()):
            led = None  # "declined to lead a delegation to …", "will not lead the delegation"
        heads = rules.subject(base + led.start()) if led is not None else []
        led_by = _LED_BY.match(sent.text, m.end - base)
        if led_by is not None:
            heads += [
                e for _m2, e in sent.of_types(("Person",), base + led_by.end(), base + led_by.end() + 2)
            ]
        for actor in [*owners, *heads]:
            rules.add(actor, "participatesIn", event, "delegation to")
