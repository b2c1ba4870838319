"""A minister's portfolio written as a list, then the minister's name.

"the Minister of Labour, Solidarity and Social Security, Ana Lima" and "the Minister of
Family, Inclusion and Social Development, Rui Costa": the title pattern of
:mod:`kg.extract.persons_titles` takes the portfolio's words it knows and then reads the next
item ("Solidarity", "Inclusion"; "Relations" in "Minister of Employment, Labour Relations and
Pensions") as the name. A single capitalized word that the comma-and
list of a portfolio goes on after is an item, never a person; the name after the whole list is
the person, the title with the whole list the person's role.
"""

from __future__ import annotations

import re

from kg.extract.letters import UPPER
from kg.extract.lexicon import DEPARTMENT_WORDS
from kg.extract.persons_titles import _NAME

#: One portfolio item: one to four capitalized words ("Social Security", "Women's Affairs").
_ITEM = r"[" + UPPER + r"][\w’'-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[" + UPPER + r"][\w’'-]*){0,3}"
#: After the one-word "name" a title took: the rest of the list, its last item after "and",
#: then maybe ", Name".
_LIST_REST = re.compile(
    r"(?:,[ \t]+" + _ITEM + r")*,?[ \t]+(?:and|&)[ \t]+(?P<last>" + _ITEM + r")"
    r"(?P<after>,[ \t]+(?P<name>" + _NAME + r"))?"
)
#: words that open another person's title, never a portfolio item
_TITLE_WORDS = frozenset(
    (
        "minister",
        "secretary",
        "ambassador",
        "president",
        "director",
        "commissioner",
        "governor",
        "mr",
        "ms",
        "dr",
    )
)
#: A title with a portfolio: "Minister of …", "Secretary for …".
_OF_IN_TITLE = re.compile(r"[ \t](?:of|for)[ \t]")


def portfolio_name(text: str, m: re.Match[str]) -> tuple[int, int, int] | None:
    """For a TITLED match whose one-word "name" is an item of the title's portfolio list:
    (start, end) of the name after the list (or (0, 0) when none follows) and the list's end;
    None when the match is not such a list."""
    name = m.group("name")
    if " " in name or "\t" in name or not _OF_IN_TITLE.search(m.group("title")):
        return None
    gap = text[m.end("title") : m.start("name")].strip()
    if gap != "," and (gap or name.lower() not in DEPARTMENT_WORDS):
        return None  # "Minister of Health Jane …": a name after the title
    rest = _LIST_REST.match(text, m.end("name"))
    if rest is None or any(w.lower() in _TITLE_WORDS for w in rest.group().replace(",", " ").split()):
        return None  # "Minister of Health, Mutua and Minister of Trade, Ruto": two people
    if rest.group("name") is None:
        return 0, 0, rest.end("last")
    return rest.start("name"), rest.end("name"), rest.end("last")


#: the possessor before a title: "Ghana's ", "the Gambia’s "
_OWNER_BEFORE = re.compile(r"(?:[" + UPPER + r"][\w-]*[ \t]+){0,3}[" + UPPER + r"][\w-]*[’']s[ \t]+$")


def role_start(text: str, title_start: int) -> int:
    """Where the role opens: the possessor before the title ("Ghana's Minister of …"), else the title."""
    owner = _OWNER_BEFORE.search(text, max(0, title_start - 80), title_start)
    return owner.start() if owner is not None else title_start
