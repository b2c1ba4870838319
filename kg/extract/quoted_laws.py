"""Laws named by a quoted title or a number in their own language: 'the Federal Law "On
Migration"', 'Law of the Republic of Kazakhstan “On ratification of the Paris Agreement”', "Ley
1098 de 2006", "Lei n.º 13.445".

Post-Soviet laws are titled by what they are "On"; the title in quotation marks is part of the
name. Spanish, Portuguese and French texts number their laws as "Ley", "Lei" and "Loi".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: a law, decree or code, then its quoted "On …" title
_ON_TITLE = re.compile(
    r"(?P<name>(?:(?!The\b)[A-Z][\w-]*[ \t]+){0,3}(?:Law|Decree|Code|Resolution|Order)"
    r"(?:[ \t]+of[ \t]+the[ \t]+(?:Republic[ \t]+of[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?"
    r"(?:[ \t]+No\.?[ \t]*[\w/-]+)?[ \t]+[“\"«]On[ \t][^”\"»\n]{2,150}[”\"»])"
)
#: "Ley 1098 de 2006", "Lei n.º 13.445", "Loi n° 2010-05"
_NUMBERED = re.compile(
    r"\b(?:Ley|Lei|Loi)[ \t]+(?:(?:N|n)[º°o]?\.?[ \t]*º?[ \t]*)?\d[\d.,/-]*\d?"
    r"(?:[ \t]+(?:de|of)[ \t]+(?:19|20)\d{2})?"
)


def quoted_laws(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Framework") of each law titled "On …" or numbered as a Ley, Lei or Loi."""
    if "On " in text:
        for m in _ON_TITLE.finditer(text):
            yield m.start("name"), m.end("name"), "Framework"
    if "Ley " in text or "Lei " in text or "Loi " in text:
        for m in _NUMBERED.finditer(text):
            yield m.start(), m.end(), "Framework"
