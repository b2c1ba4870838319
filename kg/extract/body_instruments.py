"""A reference body, "of the", then an instrument's name: two entities, not one body's name.

"the endorsement by the General Assembly of the Progress Declaration", "adopted by the Human Rights
Council of the Global Action Plan": the shape of a body's name runs on over the "of" that says what the
body acted on. When the words before "of the" are a reference body and the words after end in a plan's or
framework's head, the body ends before "of" and the rest is the plan or framework. Not "the Secretariat
of the Convention on …" (no reference body before "of"), nor "the Council of the European Union" (no
instrument after it).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from kg.extract.head_words import head_type
from kg.extract.spans import Cand

_OF_THE = re.compile(r"\s+of\s+the\s+(?=[A-Z])")
_INSTRUMENTS = frozenset(("Plan", "Framework"))


def split_body_instrument(c: Cand, bodies: AbstractSet[tuple[int, int]]) -> Cand:
    """The instrument after the reference body's "of the" (the body is a candidate of its own), or ``c``.

    ``c``: a shape candidate (:func:`~kg.extract.name_bounds.fix_bounds` passes no others); ``bodies``:
    the (start, end) of every reference body's name in the text."""
    if c.label != "Organization" or " of the " not in c.text:
        return c
    for m in _OF_THE.finditer(c.text):
        if (c.start, c.start + m.start()) not in bodies:
            continue
        rest = c.text[m.end() :]
        kind = head_type(rest.split()[-1])
        if kind not in _INSTRUMENTS or len(rest.split()) < 2:
            return c
        return Cand(c.start + m.end(), c.end, rest, kind, "", c.source)
    return c
