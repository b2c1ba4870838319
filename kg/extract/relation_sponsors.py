"""Sponsoring a resolution: "Chile tabled the draft resolution", "X introduced the resolution to the
Council on behalf of the African Group", "Peru steers forward the resolution on …".

A state or delegate who introduces, tables, submits, presents, (co-)sponsors or steers forward a
resolution backs a text that a body then adopts: supports, not adopts (the body adopts it). The group
it is introduced for ("on behalf of the Core Group") backs it too. "The resolution" alone is the
resolution the text named last (in the sentence or the two before); a resolution with a topic of its
own that the text has not named is nobody's here.
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules

#: a sponsoring verb right before the resolution
_SPONSOR = re.compile(
    r"\b(?P<verb>introduc(?:ed|es|ing)|tabl(?:ed|es|ing)|submit(?:ted|s|ting)|present(?:ed|s|ing)|"
    r"(?:co-?)?sponsor(?:ed|s|ing)?|steer(?:s|ed|ing)?\s+forward|put(?:s|ting)?\s+forward|"
    # "Kenya Leads Adoption of UN Resolution": drove the body's adoption
    r"(?:lead(?:s|ing)?|led|spearhead(?:s|ed|ing)?)\s+(?:the\s+)?adoption\s+of)\s+"
    r"(?:(?:the|a|its|their|this)\s+)?(?:(?:un|hrc|new)\s+)?(?P<noun>(?:draft\s+)?resolution)\b"
)
#: the noun's own topic or number: "the resolution on …", "resolution 2388": another resolution
_OWN_TOPIC = re.compile(r"\s+(?:on|entitled|titled|concerning|\d)")
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\b")
_NEGATED = re.compile(r"\b(?:not|never|refused\s+to|failed\s+to)\s+$|n[’']t\s+$")


def sponsored(rules: SentenceRules) -> None:
    """supports: the sponsor of a resolution, and the group it speaks for; an adoption of it read for
    the sponsor in the sentence ("introduced" as an adoption cue, "…, which was adopted" with no agent)
    is dropped: the body adopts it."""
    low, base = rules.sent.low, rules.sent.start
    if "resolution" not in low or not rules.has_actor:
        return
    for m in _SPONSOR.finditer(low):
        if _NEGATED.search(low, max(0, m.start() - 16), m.start()):
            continue
        at = base + m.start("noun")
        named = rules.sent.of_types(("Framework",), base + m.end("verb"), at + 2)  # "UN Resolution …"
        item: EntityRec | None = None
        if named:
            item = named[0][1]
        elif _OWN_TOPIC.match(low, m.end()):
            continue
        else:
            item = _last_resolution(rules, at)
        if item is None:
            continue
        doers = [
            d for d in rules.subject(base + m.start()) if d.type in ("Country", "Organization", "Person")
        ]
        behalf = _ON_BEHALF.search(low, m.end())
        if doers and behalf is not None:
            after = base + behalf.end()
            doers += [
                e for _m, e in rules.sent.actors(after, after + 12) if e.type in ("Country", "Organization")
            ][:1]
        keys = {d.key for d in doers}
        rules.out = [
            f
            for f in rules.out
            if not (f.predicate == "adopts" and f.object == item.key and f.subject in keys)
        ]
        for doer in doers:
            rules.add(doer, "supports", item, " ".join(m.group("verb").split()))


#: how far back (characters) "the resolution" may have been named: two sentences or so
_REACH = 400


def _last_resolution(rules: SentenceRules, pos: int) -> EntityRec | None:
    """The resolution the text named last within ``_REACH`` characters before ``pos``."""
    best: tuple[int, EntityRec] | None = None
    for ent in rules.state.entities.values():
        if ent.type != "Framework" or "resolution" not in ent.label.lower():
            continue
        starts = [m.start for m in ent.mentions if pos - _REACH <= m.start < pos]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), ent)
    return best[1] if best else None
