"""How news copy names UN bodies by what they do: "the UN refugee agency", "the U.N. labour agency".

Wire services (AP, Reuters, AFP style guides) describe an agency by its field on first or
second mention instead of its name or acronym. Each row gives the organization's slug in
organizations.ORGS, its fields and the nouns that follow; every combination with "UN",
"U.N." and "United Nations" becomes an alt label. The terms are lower case so that
"UN Refugee Agency" and "UN refugee agency" both match. A field that several agencies share
("UN food agency": FAO or WFP; "UN humanitarian agency") is left out.
"""

from __future__ import annotations

_UN = ("UN", "U.N.", "United Nations")

#: slug → (fields, nouns), "|" separating several values
EPITHETS: dict[str, tuple[str, str]] = {
    "unhcr": ("refugee|refugees", "agency|body"),
    "iom": ("migration", "agency|body|organization|organisation"),
    "ilo": ("labour|labor|work", "agency|body|organization|organisation"),
    "unicef": ("children's|children’s|child|children", "agency|fund"),
    "who": ("health", "agency|body|organization|organisation"),
    "unodc": ("drugs and crime|drug and crime|anti-drug|anti-drugs|crime", "agency|office|body"),
    "undp": ("development", "agency|programme|program"),
    "unfpa": ("population|sexual and reproductive health", "agency|fund"),
    "unesco": ("cultural|culture|education|educational|heritage", "agency|body|organization|organisation"),
    "ohchr": ("human rights|rights", "office"),
    "un-women": ("women's|women’s", "agency|entity"),
    "fao": ("agriculture|food and agriculture", "agency|organization|organisation"),
    "unep": ("environment|environmental", "agency|programme|program"),
    "un-climate-change": ("climate|climate change", "secretariat"),  # a "UN climate body" may be the IPCC
    "ocha": ("humanitarian affairs|humanitarian coordination|aid coordination", "office|agency"),
    "iaea": ("nuclear|atomic", "watchdog|agency"),
    "wmo": ("weather|meteorological", "agency|body"),
    "unrwa": ("Palestinian refugee|Palestine refugee", "agency"),
    "icao": ("aviation|civil aviation", "agency|body"),
    "imo": ("maritime|shipping", "agency|body"),
    "itu": ("telecommunications|telecoms", "agency|body"),
    "undrr": ("disaster risk reduction", "office|agency"),
}


def alt_labels(slug: str) -> list[str]:
    """Every "UN <field> <noun>" form of one organization, or [] if it has no epithet."""
    if slug not in EPITHETS:
        return []
    fields, nouns = EPITHETS[slug]
    return [f"{un} {field} {noun}" for un in _UN for field in fields.split("|") for noun in nouns.split("|")]
