"""Projects and programmes named by a title beside their kind: 'the "Safer Roads Home" project',
'the EU-funded project “Support to Safe Migration in West Africa”', "a project entitled
Development of a National Migration Policy in Tonga", 'the plan, dubbed "Green Horizons,"'.

Donors and agencies name a project by its full title, a phrase in sentence or title case
with no head word of its own ("Strengthening the Response to Forced Labour in Ghana"). The
kind beside it ("project", "programme", "initiative") says what it is; the title is its name,
as the annotation format names it. A quoted title must read as a name (capitalized words and
connectors); an unquoted one after "entitled", "titled" or "called" runs to the next
punctuation and must end in a capitalized word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import CONNECTORS

_KINDS = r"(?:project|programme|program|initiative|campaign|scheme|plan|strategy)"
_OPEN, _CLOSE = '“"‘', '”"’'
#: 'the "X" project', 'its EU-funded “X” programme': the title quoted before its kind
_QUOTED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?)[ \t]+(?:[\w-]+[ \t]+){0,3}?[" + _OPEN + r"]"
    r"(?P<name>[A-Z][^" + _OPEN + _CLOSE + r"\n!?;]{2,200}?)[,.]?[" + _CLOSE + r"][ \t]+" + _KINDS + r"s?\b"
)
#: 'the project “X”', 'a programme entitled "X"', 'the plan, dubbed “X,”': the title quoted after its kind
_QUOTED_AFTER = re.compile(
    r"\b(?P<kind>" + _KINDS + r"),?(?:[ \t]+[–—-])?[ \t]+"
    r"(?P<naming>(?:titled|entitled|called|named|dubbed|known[ \t]+as)[ \t]+|:[ \t]*)?"
    r"[" + _OPEN + r"](?P<name>[A-Z][^" + _OPEN + _CLOSE + r"\n!?;]{2,200}?)[,.]?[" + _CLOSE + r"]"
)
#: a verb that frames the whole noun phrase as a verdict: "called the project “…”"
_VERDICT = re.compile(r"\b(?:called|dubbed|labell?ed|branded|termed|described)\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?|[Tt]his|[Tt]hat)[ \t]+(?:[\w-]+[ \t]+){0,3}\Z")
#: "a project entitled Development of a National Migration Policy in Tonga.": an unquoted title
_ENTITLED = re.compile(
    r"\b" + _KINDS + r",?(?:[ \t]+[–—-])?[ \t]+(?:titled|entitled|called|named)[ \t]+"
    r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){1,14}?)(?=[ \t]*(?:[,.;:()–—]|[ \t]-[ \t]|$))"
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\w’'-]*")
_SMALL = CONNECTORS | {"a", "an", "through", "with", "into", "by", "towards", "toward", "within", "among"}


def _title(name: str, *, quoted: bool, before_kind: bool = False) -> bool:
    """A title written as a name: two words or more, the first capitalized. Unquoted, the others are
    capitalized or small words and the last is capitalized; quoted, a third may be lower-case; quoted
    right before its kind ('the “Strengthening the response to …” project'), any sentence-case title."""
    words = _WORD.findall(name)
    if not 2 <= len(words) <= 16 or not words[0][0].isupper():
        return False
    if before_kind:
        return True
    if not words[-1][0].isupper():
        return False
    lower = [w for w in words if not w[0].isupper() and not w[0].isdigit() and w not in _SMALL]
    return len(lower) <= (len(words) // 3 if quoted else 0)


def quoted_plans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each project or programme named by its title beside its kind."""
    quoted = any(q in text for q in _OPEN)
    if quoted:
        for match in _QUOTED_BEFORE.finditer(text):
            name = match.group("name").rstrip(" ,.")
            if _title(name, quoted=True, before_kind=True):
                yield match.start("name"), match.start("name") + len(name), "Plan"
        for match in _QUOTED_AFTER.finditer(text):
            article = _ARTICLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
            if article is None:
                continue
            if not match.group("naming") and (
                match.group("kind") in ("plan", "strategy")
                or _VERDICT.search(text, max(0, article.start() - 30), article.start())
            ):
                continue  # 'called the project “A Total Failure”': a verdict, not a name
            name = match.group("name").rstrip(" ,.")
            if _title(name, quoted=True):
                yield match.start("name"), match.start("name") + len(name), "Plan"
    if "titled " in text or "called " in text or "named " in text:
        for match in _ENTITLED.finditer(text):
            name = match.group("name")
            if _title(name, quoted=False):
                yield match.start("name"), match.end("name"), "Plan"
