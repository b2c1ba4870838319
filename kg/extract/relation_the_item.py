"""Adoption of, and issues addressed by, a plan or framework the sentence names only by its kind:
"The Safe Migration Act was passed last year. President Ana Ruiz signed the law on Monday.", "In
2019, El Salvador joined this initiative.", "Peru and Chile signed the document", "The legislation
aims to prevent trafficking" (an "It" only when no country or body was named since the item).

News names an instrument once and then calls it "the law", "the programme", "this initiative".
When a sentence names no plan or framework, an adoption verb followed by "the"/"this" and such a
noun adopts the instrument the text named last in the two sentences or so before whose name fits
the noun (:mod:`kg.extract.kind_nouns`: "the law" an Act, Law or Bill; "the agreement" an Agreement,
Memorandum, Accord or Pact; "the document" and "this initiative" any plan or framework but a set of
goals; "the project" a plan named by its title alone). Not when the noun has its own complement
("signed the document on disaster relief"). The doers are the verb's subject. The sentence about the
item may be reported ("He said the project aims to …") or hold an aside ("The project, he added,
would support the fight against trafficking").
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.kind_nouns import fits
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_purpose import ISSUE_GAP
from kg.extract.relation_sponsors import sponsored
from kg.extract.relation_the_noun import no_head_noun
from kg.extract.relation_wording import ITEMS, negated_before

#: the kinds of an instrument that is signed: "the agreement", "the pact", "the document"
SIGNED_KIND = (
    r"agreement|accord|treaty|protocol|convention|memorandum|mou|pact|compact|charter|declaration|document"
)
#: an adoption verb, then "the"/"this" and the instrument's kind
_ADOPTED_THE = re.compile(
    r"\b(?P<verb>signed|adopted|approved|passed|enacted|ratified|launched|unveiled|endorsed|joined|"
    r"acceded\s+to|validated|finali[sz]ed|promulgated)\s+(?:the|this|that)\s+(?:new\s+|landmark\s+|historic\s+)?"
    r"(?P<noun>programme|program|project|plan|action\s+plan|strategy|initiative|roadmap|policy|law|act|bill|"
    r"legislation|framework|" + SIGNED_KIND + r")(?:s\b|\b)"  # "signed the agreements": the one named before
)
_ANY = ("document", "initiative")


#: sets of goals and agendas are pursued, not signed as "the document" or joined as "this initiative"
_NOT_SIGNED = re.compile(r"\b(?:goals|agenda)\b")


#: kinds a plan named by its title alone is called by: "the “Safe Routes” project … the project"
_TITLED_KINDS = frozenset(("project", "programme", "program", "initiative"))


def _fits(item: EntityRec, noun: str) -> bool:
    if noun in _TITLED_KINDS and item.type == "Plan" and no_head_noun(item.label.lower()):
        return True
    if noun in _ANY:
        return _NOT_SIGNED.search(item.label.lower()) is None
    return fits(item.label, noun)


#: how far back (characters before the sentence) the instrument may have been named: two sentences or so
_REACH = 400
#: what follows the noun when it names another instrument: "the document on disaster relief"
_OTHER = re.compile(
    r"\s+(?:on|of|with|for|about|between|among|to)\b"
    # "signed the law on Monday", "on 3 May": a date is when, not what the noun is about
    r"(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may"
    r"|june|july|august|september|october|november|december|\d|behalf\b))"  # "on behalf of": for whom
)


def last_item_before(rules: SentenceRules, pos: int, noun: str) -> EntityRec | None:
    """The plan or framework fitting ``noun`` named last within ``_REACH`` characters before ``pos``."""
    best: tuple[int, EntityRec] | None = None
    for ent in rules.state.entities.values():
        if ent.type not in ITEMS:
            continue
        starts = [m.start for m in ent.mentions if pos - _REACH <= m.start < pos]
        if starts and (best is None or max(starts) > best[0]) and _fits(ent, noun):
            best = (max(starts), ent)
    return best[1] if best else None


def the_item_adopted(rules: SentenceRules) -> None:
    """adopts: the subject of "signed the law", "joined this initiative" → the instrument named before;
    then the sponsors of a resolution (:mod:`~kg.extract.relation_sponsors`), which back it instead."""
    sponsored(rules)
    if not rules.has_actor or any(t in rules.types for t in ITEMS):
        return
    low, base = rules.sent.low, rules.sent.start
    if " the " not in low and " this " not in low and " that " not in low:
        return
    for m in _ADOPTED_THE.finditer(low):
        if negated_before(low, m.start()) or _OTHER.match(low, m.end()):
            continue
        item = last_item_before(rules, base, " ".join(m.group("noun").split()))
        if item is None:
            continue
        for doer in rules.subject(base + m.start()):
            if doer.type in ("Country", "Organization", "Person"):
                rules.add(doer, "adopts", item, m.group("verb"))


#: a sentence about the instrument named before, by its kind or "It": "The legislation aims to prevent
#: trafficking", "This plan seeks to end child labour", "It addresses border management and …"
_THE_ITEM_OPENS = re.compile(
    # reported: "He said the project …", "She added that the law …"
    r"(?:(?:he|she|they|officials?)\s+(?:said|added|noted|explained|stated)\s+(?:that\s+)?)?"
    r"(?:(?:the|this|that)\s+(?:new\s+|proposed\s+|draft\s+|landmark\s+|revised\s+|national\s+|regional\s+)?"
    r"(?P<noun>programme|program|project|plan|action\s+plan|strategy|initiative|roadmap|policy|law|act|bill|"
    r"legislation|agreement|accord|treaty|protocol|convention|memorandum|mou|pact|compact|charter|"
    r"declaration|document)|(?P<it>it))"
    r"(?:,\s+(?:he|she|they)\s+(?:said|added|noted|explained),)?\s+"  # "The project, he added, would …"
)
#: the item's purpose, right before the issues: "aims to prevent", "seeks to end", "is designed to combat"
_PURPOSE = re.compile(
    r"(?:(?:also\s+)?(?:aims?|seeks?|is\s+(?:designed|intended|meant)|was\s+(?:designed|intended))\s+(?:to|at)\s+"
    r"(?:(?:prevent|combat|end|tackle|curb|fight|eliminate|eradicate|address|reduce|stop|stamp\s+out|"
    r"deal\s+with|counter|criminali[sz]e)\s+)?|(?:addresses|tackles|targets|criminali[sz]es|prohibits|"
    r"focuses\s+on|covers)\s+"
    # "would support the fight against", "will strengthen efforts to combat"
    r"|(?:will|would|shall)\s+(?:also\s+)?(?:support|strengthen|contribute\s+to|step\s+up)\s+(?:the\s+)?"
    r"(?:fight|efforts?|response|campaign|work)\s+(?:against|to\s+(?:combat|fight|end|prevent|tackle)|on)\s+)"
    r"(?:(?:the|all|any|its|forms?\s+of|of|and|[a-z]+-[a-z]+|[a-z]+(?:al|ive|ed|ic|ous))\s+){0,4}"
)
#: other things in the list before the first issue: "addresses border management, human trafficking"
_EARLIER_ITEMS = re.compile(r"(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*,\s*){0,4}")


def the_item_addresses(rules: SentenceRules) -> None:
    """addresses: the instrument named before a sentence that opens with its kind or "It" and says
    what it is for ("The legislation aims to prevent trafficking of persons")."""
    if "Issue" not in rules.types or any(t in rules.types for t in ITEMS):
        return
    low, base = rules.sent.low, rules.sent.start
    opens = _THE_ITEM_OPENS.match(low)
    if opens is None:
        return
    purpose = _PURPOSE.match(low, opens.end())
    if purpose is None:
        return
    issues = rules.sent.of_types(("Issue",), base + purpose.end(), base + purpose.end() + 200)
    if not issues or not _EARLIER_ITEMS.fullmatch(low, purpose.end(), issues[0][0].start - base):
        return
    noun = "document" if opens.group("it") else " ".join(opens.group("noun").split())
    item = last_item_before(rules, base, noun)
    if item is None:
        return
    if opens.group("it") and _actor_since(rules, item, base):
        return  # "Kenya ratified the Protocol. It aims to end …": "it" may be Kenya
    chosen = [issues[0]]
    for (m1, _i1), (m2, i2) in pairwise(issues):
        if not ISSUE_GAP.fullmatch(low, m1.end - base, m2.start - base):
            break
        chosen.append((m2, i2))
    for _m, issue in chosen:
        rules.add(item, "addresses", issue, purpose.group().strip())


def _actor_since(rules: SentenceRules, item: EntityRec, pos: int) -> bool:
    """Whether a country or body is named after the last mention of ``item`` before ``pos``, or
    just before it (its sentence's subject: "Kenya ratified the Protocol"): then "It" may be that
    actor."""
    last = max((m.start for m in item.mentions if m.start < pos), default=pos)
    return any(
        ent.type in ("Country", "Organization") and any(last - 60 <= m.start < pos for m in ent.mentions)
        for ent in rules.state.entities.values()
    )
