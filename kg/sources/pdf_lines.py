"""A PDF's printed lines joined back into its paragraphs.

A PDF holds where each line was printed, not where its writer's paragraphs end: every line of a
paragraph ends with a break. Names broken over two lines ("the United Nations Office on Drugs
and⏎Crime") are then two fragments to the extractor, which, unlike in a plain-text file, cannot
tell a printed line from a writer's by the case of the next word (proportional fonts make line
lengths in characters uneven, and a name goes on in capitals). So in a PDF a line long enough to
have been ended by the margin runs on into the next, unless that one is blank or opens a list
item; short lines (headings, titles, a paragraph's last line) keep their break. A word or a year
range broken at a hyphen ("2023-⏎2027") is joined without a space.

>>> paragraphs("Kenya adopted the Plan of Action against\\nTrafficking in Persons 2023-\\n2027.\\n\\nNext")
'Kenya adopted the Plan of Action against Trafficking in Persons 2023-2027.\\n\\nNext'
"""

from __future__ import annotations

import itertools
import re

from kg.soft_breaks import LIST_ITEM

#: a line that opens a list item: those the sentence rules know ("1.", "-", "•" …), and "a)" "b."
_LIST_ITEM = re.compile(r"[ \t]*(?:" + LIST_ITEM.pattern + r"|[a-z][.)]\s)")
#: a line this share of the printed width was ended by the margin
FULL = 0.75


def paragraphs(text: str) -> str:
    """``text`` with the breaks of lines ended by the margin made spaces (none after a hyphen)."""
    lines = [line.rstrip() for line in text.split("\n")]
    widths = sorted(len(line) for line in lines if line)
    if len(widths) < 2:
        return "\n".join(lines)
    width = widths[int(0.9 * (len(widths) - 1))]
    out = [lines[0]]
    for previous, line in itertools.pairwise(lines):  # previous: the printed line, not what it joined
        hyphen = len(previous) > 1 and previous[-1] in "-–" and previous[-2].isalnum()
        joins = (
            line
            and previous
            and not _LIST_ITEM.match(line)
            and ((hyphen and (line[0].islower() or line[0].isdigit())) or len(previous) >= FULL * width)
        )
        if joins:
            out[-1] += ("" if hyphen else " ") + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)
