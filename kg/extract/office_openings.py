"""A capitalized run that opens with a nationality and an office is a person's title, not a body:
"Angolan President and AU Chairperson João Lourenço", "Kenyan Foreign Minister Jane Doe".

Such runs join with "and" into what reads like one long organization's name ("… and European
Council"); the title belongs to the person named after it, and the body after "and" is named again
on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.gazetteer import demonym_names
from kg.extract.lexicon import ROLE_WORDS

_TWO_WORDS = re.compile(r"([A-Z][\w’'-]*)[ \t]+([A-Z][\w-]*)")


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    return frozenset(w.capitalize() for w in ROLE_WORDS if "_" not in w)  # one-word offices


def opens_with_office(text: str, start: int) -> bool:
    """Whether the run at ``start`` opens with a demonym and an office: "Angolan President …"."""
    m = _TWO_WORDS.match(text, start)
    return m is not None and m.group(2) in _offices() and m.group(1) in demonym_names()
