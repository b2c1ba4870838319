"""Countries listed after an instrument as those that ratified or endorsed it.

Joint statements open with the states they speak for, and reports list the parties of a treaty:
"on behalf of the following States which have endorsed the Safe Schools Declaration: Albania,
Andorra and Armenia", "38 Endorsing States of the Declaration, including Andorra and Chile",
"the States Parties to the Convention, namely Ghana and Peru". Each listed country did what the
words before the instrument say: endorsing supports it, ratifying, signing, acceding or being a
party adopts it. The list must follow the instrument directly (a colon, "including", "namely",
"such as"), so "States that have ratified the Protocol welcomed Kenya's plan" lists no one.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_the_item import last_item_before

_STATES = r"(?:states|countries|nations|governments|members|member\s+states|parties)"
#: "States which have endorsed", "countries that have already ratified or acceded to"
_WHO_HAVE = (
    rf"\b{_STATES}\s+(?:which|that|who)\s+have\s+(?:(?:already|also|formally|now)\s+)?"
    r"(?P<verb>endorsed|ratified|signed|acceded\s+to|adopted|joined|supported|signed\s+and\s+ratified"
    r"|ratified\s+or\s+acceded\s+to|signed\s+or\s+ratified)"
)
#: … right before the instrument's name
_WHICH_HAVE = re.compile(_WHO_HAVE + r"\s+(?:the\s+)?$")
#: "Endorsing States of the", "States Parties to the", "signatories of the"
_DOERS_OF = re.compile(
    r"\b(?:(?P<verb>endorsing|ratifying|signatory)\s+(?:states|countries|nations)|(?P<party>states\s+parties|"
    r"signatories|parties))\s+(?:of|to)\s+(?:the\s+)?$"
)
#: right after the instrument (and its acronym): the list begins
_LIST_OPENS = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?::|,?\s+(?:including|namely|such\s+as|i\.e\.,?)\s"
    # "… the Convention so far are: A, B", "… to date include A and B"
    r"|(?:\s+(?:so\s+far|to\s+date|already|now))?\s+(?:are|include)(?:\s*:|\s))\s*(?:the\s+)?",
    re.IGNORECASE,
)
_SUPPORTS = ("endors", "support")
#: a denied party: "not parties to", "non-parties to", "not yet ratified"
_NOT_PARTY = re.compile(r"\bnot\s+(?:yet\s+)?(?:\w+\s+)?(?=\w)|non-")


def party_lists(rules: SentenceRules) -> None:
    """adopts or supports, from each listed country to the instrument named before the list."""
    low = rules.sent.low
    if not any(w in low for w in ("have ", "endorsing", "ratifying", "signator", "parties")):
        return
    sent, base = rules.sent, rules.sent.start
    if not any(t in rules.types for t in ("Plan", "Framework")):
        _noun_party_lists(rules)
    for m, item in sent.of_types(("Plan", "Framework")):
        at = m.start - base
        lead = _WHICH_HAVE.search(low, max(0, at - 90), at) or _DOERS_OF.search(low, max(0, at - 60), at)
        opens = _LIST_OPENS.match(sent.text, m.end - base) if lead is not None else None
        if lead is None or opens is None:
            continue
        if _NOT_PARTY.search(low, max(0, lead.start() - 8), lead.start() + 4):
            continue  # "States that are not parties to …", "Non-parties to …"
        verb = lead.group("verb") or lead.group("party") or ""
        predicate = "supports" if verb.startswith(_SUPPORTS) else "adopts"
        listed = sent.actors(base + opens.end(), base + opens.end() + 1)
        if not listed:
            continue  # the list must open right after "including", "namely" or the colon
        for country in coordinated(sent, base + opens.end()):
            if country.type == "Country":
                rules.add(country, predicate, item, sent.text[lead.start() : lead.end()].strip())


#: "The nations that have ratified or acceded to the treaty so far are: A, B and C": the instrument
#: named before, by its kind
_WHICH_HAVE_THE = re.compile(
    _WHO_HAVE + r"\s+(?:the|this)\s+"
    r"(?P<noun>convention|treaty|protocol|agreement|declaration|compact|charter|accord|instrument)\b"
)


def _noun_party_lists(rules: SentenceRules) -> None:
    """adopts or supports from each listed country to the instrument the text named before."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for lead in _WHICH_HAVE_THE.finditer(low):
        opens = _LIST_OPENS.match(sent.text, lead.end())
        if opens is None or not sent.actors(base + opens.end(), base + opens.end() + 1):
            continue
        noun = "document" if lead.group("noun") == "instrument" else lead.group("noun")
        item = last_item_before(rules, base, noun)
        if item is None:
            continue
        predicate = "supports" if lead.group("verb").startswith(_SUPPORTS) else "adopts"
        for country in coordinated(sent, base + opens.end()):
            if country.type == "Country":
                rules.add(country, predicate, item, lead.group("verb"))
