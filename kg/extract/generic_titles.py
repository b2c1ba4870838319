"""Plan titles made only of words of kind: "National Action Plan", "Regional Strategies".

Such a title says what kind of plan a text speaks of, never which one: every country has its
"National Action Plan". A plural one ("National Action Plans") names no plan at all; a singular
one names the plan of its own text, as a description in lower case does ("its national action
plan"), so its IRI is scoped to the document (:func:`kg.extract.assemble.entity_iri`).
"""

from __future__ import annotations

from kg.extract.gazetteer import is_country_name
from kg.extract.lexicon import PLAN_HEADS

_HEADS = frozenset(w.capitalize() for w in PLAN_HEADS)
#: plural heads of plans: "National Action Plans" names a kind of document, not one plan
PLURAL_HEADS = frozenset(w for w in _HEADS if w.endswith("s"))
#: singular heads of plans: "National Strategy", "Plan of Action"
SINGULAR_HEADS = _HEADS - PLURAL_HEADS
#: words that say what kind of plan, never which one
GENERIC_WORDS = frozenset(
    [
        "National",
        "Regional",
        "Action",
        "Development",
        "Strategic",
        "Joint",
        "Sectoral",
        "Local",
        "Country",
        "Adaptation",
        "Implementation",
        "Investment",
        "Operational",
        "Annual",
        "Provincial",
        "District",
    ]
)


def generic_plural(name: str) -> bool:
    """ "National Action Plans", "Regional Strategies": a plural head and only words of kind."""
    words = name.split()
    return len(words) > 1 and words[-1] in PLURAL_HEADS and all(w in GENERIC_WORDS for w in words[:-1])


def generic_title(name: str) -> bool:
    """ "National Action Plan", "National Plan of Action", "Strategic Plan": a singular head, words
    of kind and "of" only (no topic, period, place or owner)."""
    words = name.split()
    return (
        len(words) > 1
        and any(w in SINGULAR_HEADS for w in words)
        and all(w in SINGULAR_HEADS or w in GENERIC_WORDS or w == "of" for w in words)
        and words[0] != "of"
        and words[-1] != "of"
    )


def plural_of_countries(name: str) -> bool:
    """ "National Youth Policies of Kenya and Uganda", "Sector Policies of Ghana": a plural head
    before "of" and a country's name: the plans of those countries, none named, and the countries
    themselves stay (a singular "National Youth Policy of Kenya" is one plan)."""
    head, of, owners = name.partition(" of ")
    if not of or head.split()[-1] not in PLURAL_HEADS:
        return False
    first = owners.split(" and ")[0].split(", ")[0]
    return is_country_name(first)
