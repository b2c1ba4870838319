"""The actors and the items of a relative clause after an act's object.

"the Convention, which Armenia ratified in 2008", "the Protocol, which both Peru and Chile have
ratified", "the Convention against Transnational Organized Crime, and the Palermo Protocol which
both the Philippines and the UAE have ratified": the clause's actors (one, or a coordinated list)
did the act to the item named right before "which" (and to the items joined to it, unless a
comma sets the clause off, when it is the nearest item's). "the Protocol, which the country
ratified": the text's country. "the resolution, which was adopted by consensus": nobody named did it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.actors import Sentence, coordinated_before
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_wording import ITEMS

#: between two objects of one cue: "the Act and its rules, and the Plan", "the Act, the Plan", each with its
#: year ("acceded to the Convention in 2003 and to the Protocol in 2010")
AND_THEN = re.compile(
    r"[’'”\"]?(?:\s+(?:in|on|since)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:19|20)\d\d(?=,?\s+and\s))?"
    r"(?:(?:\s+and\s+(?:its|their)\s+[a-z]+)?\s*(?:,\s*)?(?:and|or|as well as)\s+(?:to\s+)?|\s*,\s*)"
    r"(?:the\s+|its\s+|their\s+)?"  # "implements the Convention and its Work Plan"
)
#: after an item, a verb of its own: the item heads a clause ("Kenya ratified the Convention and the Treaty
#: was adopted by Uganda"), no object of the cue before
_OWN_VERB = re.compile(r"[ \t]+(?:(?:was|were|is|are|has|have|had|will|would)\b|entered\b)")


def joined_object(text: str, end1: int, start2: int, end2: int) -> bool:
    """Whether the item at ``start2``–``end2`` is one more object of the cue whose object ends at ``end1``."""
    return AND_THEN.fullmatch(text, end1, start2) is not None and not _OWN_VERB.match(text, end2)


#: "the Convention, which Armenia ratified": the item before the relative pronoun; "the Plan, which the
#: Government of Iraq launched": a state's organ named before the state
_WHICH_BEFORE = re.compile(
    r",?\s*(?:which|that)\s+(?:both\s+)?(?:the\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+){0,2}|(?:Government|Parliament|Cabinet|Council of Ministers|President|"
    r"Prime Minister|Authorities|People)\s+of\s+(?:the\s+)?)$"
)
_WHICH_GAP = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|recently|since|just|later|then|subsequently|formally|"
    r"finally|eventually)\s+)?"
)


def _items_joined_before(sent: Sentence, items: list[tuple[MentionRec, EntityRec]]) -> list[EntityRec]:
    """The last item and those joined to it: "the Convention, and the Protocol which …" → both."""
    out = [items[-1][1]]
    for (m1, e1), (m2, _e2) in reversed(list(pairwise(items))):
        if not AND_THEN.fullmatch(sent.text, m1.end - sent.start, m2.start - sent.start):
            break
        out.insert(0, e1)
    return list(dict.fromkeys(out))


def relative_actors(sent: Sentence, cue: re.Match[str]) -> tuple[list[EntityRec], list[EntityRec]] | None:
    """ "the Convention, which Armenia ratified", "the Protocol, which both Peru and Chile have
    ratified": the actors of the relative clause and the item."""
    base, text = sent.start, sent.text
    actors = sent.actors(base, base + cue.start())
    if not actors:
        return None
    m, who = actors[-1]
    if not _WHICH_GAP.fullmatch(text, m.end - base, cue.start()):
        return None
    group = coordinated_before(sent, m.end)
    # the list's own first mention: the last mention of that actor at or before the list's end
    first = next((m1 for m1, e1 in reversed(actors) if group and e1 is group[0] and m1.end <= m.end), m)
    if len(group) < 2:
        group, first = [who], m
    which = _WHICH_BEFORE.search(text, max(0, first.start - base - 40), first.start - base)
    if which is None or which.end() != first.start - base:
        return None
    if which.group().rstrip().endswith((" of", " of the")) and who.type != "Country":
        return None  # "which the President of the General Assembly launched": an office-holder's act
    items = sent.of_types(ITEMS, base, base + which.start())
    if not items or base + which.start() - items[-1][0].end > 2:
        return None
    if text.startswith(",", which.start()) and "both" not in which.group():
        return group, [items[-1][1]]  # "the CRC and the Paris Agreement, which Uganda ratified": the nearest
    return group, _items_joined_before(sent, items)


#: "the Protocol, which the country ratified in 2003": the text's country, named by a common noun
_WHICH_THE_COUNTRY = re.compile(
    r",?\s*(?:which|that)\s+the\s+(?:country|government|nation|kingdom|republic)\s+"
    r"(?:(?:has|had|have)\s+)?(?:(?:also|already|recently|since|just|later|then|formally)\s+)?$"
)


def relative_country(
    sent: Sentence, cue: re.Match[str], country: EntityRec | None
) -> tuple[list[EntityRec], list[EntityRec]] | None:
    """ "the Protocol, which the country ratified": the text's country and the item before "which"."""
    if country is None:
        return None
    which = _WHICH_THE_COUNTRY.search(sent.low, max(0, cue.start() - 50), cue.start())
    if which is None:
        return None
    items = sent.of_types(ITEMS, sent.start, sent.start + which.start())
    if not items or sent.start + which.start() - items[-1][0].end > 2:
        return None
    return [country], [items[-1][1]]


#: "the resolution, which was adopted by consensus": an act done to the item, in the passive
_WHICH_PASSIVE = re.compile(
    r",?\s*(?:which|that)\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+"
    r"(?:(?:also|later|then|formally|finally|unanimously|subsequently|recently)\s+)?$"
)


def relative_passive(sent: Sentence, cue: re.Match[str]) -> tuple[list[EntityRec], list[EntityRec]] | None:
    """ "Spain welcomed the resolution, which was adopted by consensus": no doer of the act, so not the
    sentence's subject either; ``None`` when an actor or a meeting follows (an agent, "by the Council",
    or a sitting, "during the Council's session": the passive rules read them) or the clause is not one
    on the item right before it."""
    which = _WHICH_PASSIVE.search(sent.low, max(0, cue.start() - 40), cue.start())
    if which is None:
        return None
    items = sent.of_types(ITEMS, sent.start, sent.start + which.start())
    if not items or sent.start + which.start() - items[-1][0].end > 2:
        return None
    if sent.actors(sent.start + cue.end()) or sent.of_types(("Event",), sent.start + cue.end()):
        return None  # "which was adopted by the Council", "… during the Council's session": read as passives
    return [], [items[-1][1]]
