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
#: ”, as an opening quote too: pages typeset with the closing mark only ('titled ”Emergency Aid”')
_OPEN, _CLOSE = '“"‘”', '”"’'
#: a straight single quote opens after a space or bracket and closes before a non-word character,
#: so that an apostrophe ("Nigeria's") neither opens nor closes a title
_SINGLE = r"(?:(?<=[\s(])'(?P<sname>[A-Z][^'\n!?;]{2,200}?)[,.]?'(?!\w))"
#: a title in quotes: the curly or straight double marks, the single curly ones, or straight single ones
_QUOTED_TITLE = rf"(?:[{_OPEN}](?P<name>[A-Z][^{_OPEN}{_CLOSE}\n!?;]{{2,200}}?)[,.]?[{_CLOSE}]|{_SINGLE})"
#: 'the "X" project', 'its EU-funded “X” programme': the title quoted before its kind
_QUOTED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?|[A-Z][\w-]*[’']s)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    + _QUOTED_TITLE
    + r"[ \t]+"
    + _KINDS
    + r"s?\b"
)
#: a closing mark, blanks and a kind: every match of :data:`_QUOTED_BEFORE` ends so (its title closes with
#: one of :data:`_CLOSE` or "'"); it opens with a mark the engine skips to, where the whole pattern is
#: tried at every word, so a text without it is not scanned
_CLOSED_KIND = re.compile(r"[" + _CLOSE + r"'][ \t]+" + _KINDS)
#: 'the project “X”', 'a programme entitled "X"', 'the plan, dubbed “X,”': the title quoted after its kind
_QUOTED_AFTER = re.compile(
    r"\b(?P<kind>" + _KINDS + r"),?(?:[ \t]+[–—-])?(?:[ \t]+|(?=:))"
    r"(?P<naming>(?:titled|entitled|called|named|dubbed|known[ \t]+as),?[ \t]+|:[ \t]*)?" + _QUOTED_TITLE
)
#: "The projects are: “A,” worth €8 million, and “B,” covering …": titles listed after their kind
_LISTED = re.compile(
    r"\b(?:projects|programmes|programs|initiatives)(?:[ \t]+(?:are|were|include|included))?[ \t]*:[ \t]*"
)
_QUOTED = re.compile(_QUOTED_TITLE)
_SENTENCE_END = re.compile(r"[.!?][ \t]+[A-Z]|\n")
#: a verb that frames the whole noun phrase as a verdict: "called the project “…”"
_VERDICT = re.compile(r"\b(?:called|dubbed|labell?ed|branded|termed|described)\s+$")
#: the verdict before the article itself: "Kenya's minister called the project “…”"
_VERDICT_THE = re.compile(
    r"\b(?:called|dubbed|labell?ed|branded|termed|described)\s+(?:the|a|an|its|their|this|that)\s+"
    r"(?:[\w’'-]+\s+){0,5}\Z"
)
#: what opens the phrase of a kind: an article, or its owner's possessive ("UNODC’s regional project")
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?|[Tt]his|[Tt]hat)[ \t]+|\b[A-Z][\w-]*[’']s[ \t]+)"
    r"(?:[\w’'-]+[ \t]+){0,5}\Z"
)
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
    right before its kind ('the “Strengthening the response to …” project') or after a naming word
    ('a project titled “Enhancing adaptive capacities of …”'), any sentence-case title. Donors' titles
    run long: up to 24 words quoted, 16 unquoted."""
    words = _WORD.findall(name)
    if not 2 <= len(words) <= (24 if quoted else 16) or not words[0][0].isupper():
        return False
    if before_kind:
        return True
    if not (words[-1][0].isupper() or words[-1][0].isdigit()):  # "… Phase 2"
        return False
    lower = [w for w in words if not w[0].isupper() and not w[0].isdigit() and w not in _SMALL]
    return len(lower) <= (len(words) // 3 if quoted else 0)


def _named(match: re.Match[str], *, before_kind: bool) -> Iterator[tuple[int, int, str]]:
    """The plan of a quoted title that reads as one (``before_kind``: any sentence-case title)."""
    group = "name" if match.group("name") is not None else "sname"
    name = match.group(group).rstrip(" ,.")
    if _title(name, quoted=True, before_kind=before_kind):
        yield match.start(group), match.start(group) + len(name), "Plan"


#: after a quotation: who said it ("…,” the director said", "…” said Jane Doe", "…,” according to her")
_SAID_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:[\w’'-]+[ \t]+){0,6}?"
    r"(?:said|says|told|added|asked|replied|noted|stressed|explained)\b|according[ \t]+to\b)"
)
#: a stop inside the quotes and a capital after them: the next sentence begins ("… for All.” Officials")
_NEW_SENTENCE = re.compile(r"[ \t]+[A-Z]")


def _spoken(text: str, match: re.Match[str]) -> bool:
    """Whether a quoted title after a colon is followed by who said it: speech, not a title."""
    group = "name" if match.group("name") is not None else "sname"
    if text[match.end(group) : match.end(group) + 1] in ".!?" and _NEW_SENTENCE.match(text, match.end()):
        return False
    return _SAID_AFTER.match(text, match.end(), match.end() + 80) is not None


def quoted_plans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each project or programme named by its title beside its kind."""
    quoted = any(q in text for q in _OPEN) or "'" in text
    if quoted:
        for match in _QUOTED_BEFORE.finditer(text) if _CLOSED_KIND.search(text) else ():
            yield from _named(match, before_kind=True)
        for match in _QUOTED_AFTER.finditer(text):
            article = _ARTICLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
            if article is None:
                continue
            if not match.group("naming") and (
                match.group("kind") in ("plan", "strategy")
                or _VERDICT.search(text, max(0, article.start() - 30), article.start())
                or _VERDICT_THE.search(text, max(0, match.start() - 80), match.start())
            ):
                continue  # 'called the project “A Total Failure”': a verdict, not a name
            if match.group("naming") and match.group("naming").strip() == ":" and _spoken(text, match):
                continue  # 'On the ILO project: “It Works Very Well,” the director said': a quote
            yield from _named(match, before_kind=bool((match.group("naming") or ":").strip(" \t:")))
        listing = ":" in text and any(
            w in text for w in ("projects", "programmes", "programs", "initiatives")
        )
        listings = list(_LISTED.finditer(text)) if listing else []
        for k, listed in enumerate(listings):
            # each title once, in linear time: up to the sentence's end or the next listing
            end = listings[k + 1].start() if k + 1 < len(listings) else len(text)
            stop = _SENTENCE_END.search(text, listed.end(), end)
            end = stop.start() if stop else end
            for match in _QUOTED.finditer(text, listed.end(), end):
                yield from _named(match, before_kind=False)  # a title's shape: not quoted speech
    if "titled " in text or "called " in text or "named " in text:
        for match in _ENTITLED.finditer(text):
            name = match.group("name")
            if _title(name, quoted=False):
                yield match.start("name"), match.end("name"), "Plan"
