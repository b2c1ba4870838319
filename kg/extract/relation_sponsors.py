"""Sponsoring a resolution: "Chile tabled the draft resolution", "X introduced the resolution to the
Council on behalf of the African Group", "Peru steers forward the resolution on …".

A state or delegate who introduces, tables, submits, presents, (co-)sponsors or steers forward a
resolution backs a text that a body then adopts: supports, not adopts (the body adopts it). The group
it is introduced for ("on behalf of the Core Group") backs it too. "The resolution" alone is the
resolution the text named last (in the sentence or the two before); a resolution with a topic of its
own that the text has not named is nobody's here, and so is "a new draft resolution", "another
resolution", "its own resolution": a text other than the one named. The group counts only when "on
behalf of" belongs to the sponsor's clause: "…, and Hungary, speaking on behalf of the EU, said it would
vote against it" is Hungary's group, not the sponsor's. "presented the resolution's shortcomings",
"presented the resolution as flawed" and a sponsor who "opposed the resolution and presented …" back
nothing.
"""

from __future__ import annotations

import re

from kg.extract.name_possessors import POSSESSIVE_ENDS
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import negated_before

#: a sponsoring verb right before the resolution
_SPONSOR = re.compile(
    r"\b(?P<verb>introduc(?:ed|es|ing)|tabl(?:ed|es|ing)|submit(?:ted|s|ting)|present(?:ed|s|ing)|"
    r"(?:co-?)?sponsor(?:ed|s|ing)?|steer(?:s|ed|ing)?\s+forward|put(?:s|ting)?\s+forward|"
    # "Kenya Leads Adoption of UN Resolution": drove the body's adoption
    r"(?:lead(?:s|ing)?|led|spearhead(?:s|ed|ing)?)\s+(?:the\s+)?adoption\s+of)\s+"
    r"(?P<det>(?:the|an?|its(?:\s+own)?|their(?:\s+own)?|this|another)\s+)?(?P<mod>(?:un|hrc|new)\s+)?"
    r"(?P<noun>(?:draft\s+)?resolution)\b"
)
#: "a new draft resolution", "another resolution", "its own resolution": not the one named before
_OTHER_TEXT = re.compile(r"^an?\s|another|its\s+own|their\s+own|new")
#: "the resolution's shortcomings": the resolution is not what is presented
#: the noun's own topic or number: "the resolution on …", "resolution 2388": another resolution
#: "presented the resolution as flawed": a description of it, not its presentation for adoption
_AS = re.compile(r"\s+as\b")
_OWN_TOPIC = re.compile(r"\s+(?:on(?!\s+behalf)|entitled|titled|concerning|\d)")
#: the sponsor's own stance against it before the verb: "China opposed the resolution and presented …"
_AGAINST = re.compile(
    r"\b(?:oppos(?:ed|es|ing)|reject(?:ed|s|ing)|critici[sz](?:ed|es|ing)|condemn(?:ed|s|ing)|"
    r"objected|vot(?:ed|es|ing)\s+against|veto(?:ed|es|ing)?)\b"
)
#: between the resolution and "on behalf of": a clause break or another actor's cue
_BREAK = re.compile(r"[,;:()]|\b(?:and|but|though|although|while|whereas|despite|from|by|after|before)\b")
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\b")


def sponsored(rules: SentenceRules) -> None:
    """supports: the sponsor of a resolution, and the group it speaks for; an adoption of it read for
    the sponsor in the sentence ("Chile Leads Adoption of UN Resolution …", "…, which was adopted" with
    no agent) is dropped: the body adopts it. (Introducing or presenting a resolution is no adoption
    cue: :data:`~kg.extract.cues.ADOPTS`.)"""
    low, base = rules.sent.low, rules.sent.start
    if "resolution" not in low or not rules.has_actor:
        return
    for m in _SPONSOR.finditer(low):
        if negated_before(low, m.start()) or low.startswith(POSSESSIVE_ENDS, m.end()):
            continue
        if m.group("verb").startswith("present") and _AS.match(low, m.end()):
            continue
        at = base + m.start("noun")
        named = rules.sent.of_types(("Framework",), base + m.end("verb"), at + 2)  # "UN Resolution …"
        item: EntityRec | None = None
        if named:
            item = named[0][1]
        elif _OWN_TOPIC.match(low, m.end()) or _OTHER_TEXT.search(
            (m.group("det") or "") + (m.group("mod") or "")
        ):
            continue
        else:
            item = _last_resolution(rules, at)
        if item is None:
            continue
        doers = [
            d
            for d in rules.subject(base + m.start())
            if d.type in ("Country", "Organization", "Person") and not _against(rules, d, base + m.start())
        ]
        behalf = _ON_BEHALF.search(low, m.end())
        if doers and behalf is not None and _own_clause(rules, m.end(), behalf.start()):
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


def _against(rules: SentenceRules, doer: EntityRec, pos: int) -> bool:
    """The doer stands against a resolution between its name and the sponsoring verb at ``pos``."""
    starts = [m.start for m in doer.mentions if rules.sent.start <= m.start < pos]
    if not starts:
        return False
    lo = max(starts) - rules.sent.start
    return _AGAINST.search(rules.sent.low, lo, pos - rules.sent.start) is not None


def _own_clause(rules: SentenceRules, lo: int, hi: int) -> bool:
    """ "on behalf of" at ``hi`` belongs to the sponsor's clause ending at ``lo``: a short gap with no
    clause break and no actor but the body addressed ("to the Council")."""
    low, base = rules.sent.low, rules.sent.start
    if hi - lo > 60 or _BREAK.search(low, lo, hi):
        return False
    for mention, _e in rules.sent.actors(base + lo, base + hi):
        if not re.search(r"\b(?:to|before|in)\s+(?:the\s+)?$", low[lo : mention.start - base]):
            return False
    return True


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
