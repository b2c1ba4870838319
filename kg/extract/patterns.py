"""Names of plans, frameworks, organizations and events that the reference does not know.

A name is found by its shape: a run of capitalized words, joined by connectors
("of", "on", "to", "against", "and the" ...), with a head word that gives its type —
"… National Action Plan (2021-2025)", "… Strategy 2021–2025", "Prevention of … Act 2018",
"… Protocol", "Convention on …", "Republic Act No. 9208", "Ministry of …", "… Agency",
"… Summit". Lower-case plans need a determiner and a marked modifier ("a national action
plan", "its drug-control master plan for the period from 2016 to 2020"); lower-case meetings
are a short list ("high-level meeting").

The runs are found by regular expressions over the text (C speed); only the few runs that
hold a head word reach Python code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc

from kg.extract.lexicon import (
    CLAUSE_STARTERS,
    CONNECTORS,
    EVENT_HEADS,
    FRAMEWORK_HEADS,
    HEADLINE_FUNCTION_WORDS,
    HEADLINE_VERBS,
    MONTHS,
    NAME_POSSESSORS,
    NOT_NAMES,
    ORG_HEADS,
    PLAN_HEADS,
    ROLE_WORDS,
    TITLES,
    WEEKDAYS,
)
from kg.extract.spans import CANDIDATES, Cand, add_cands, doc_text, snap

SOURCE = "pattern"

_CAPW = (
    r"(?:(?:[A-Z]\.){2,}|No\.|[A-Z][\w’'&/\-]*|(?:19|20|21)\d{2}(?:[ \t]*[-–][ \t]*\d{2,4})?"
    r"|\((?:\d{4}[ \t]*[-–][ \t]*\d{2,4}|[A-Z][\w\-/]*|No\.[ \t]*\d{1,4})\)"
    r"|\d{1,5}(?:\.\d{1,3})?(?=[ \t]*(?:[,.;:)]|$|\s[a-z])))"
)
_CONN = r"(?:of|on(?:[ \t]+a)?|for|the|and|to|against|in|at|de|du|des|la|le|&|relating[ \t]+to)"
_SEP = (
    r"(?:[ \t]+(?:" + _CONN + r"[ \t]+)*"
    r"|,[ \t]+(?=(?:19|20)\d{2}\b)"
    r"|[ \t]+[–—-][ \t]+(?=Phase[ \t])"  # "Pentagonal Strategy – Phase I"
    r"|,[ \t]+(?=(?:Especially|Including|Particularly|In[ \t]+Particular)\b|[A-Z]\w*(?:,|[ \t]+and[ \t]+)))"
)
CHUNK = re.compile(r"(?<![\w’'])" + _CAPW + r"(?:" + _SEP + _CAPW + r")*")
_WORD = re.compile(r"[^\s,]+")

_ALL_HEADS = PLAN_HEADS | FRAMEWORK_HEADS | ORG_HEADS | EVENT_HEADS
_HEAD_HINT = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(h.capitalize()) for h in _ALL_HEADS), key=len, reverse=True))
    + r"|MoU|MOU|Day)s?\b"
)

# "Convention on minimum age of employment": lower-case words after an instrument's head
_QUALIFIED_HEADS = frozenset(
    ["convention", "protocol", "agreement", "memorandum", "mou", "treaty", "act", "plan", "compact"]
)
_QUALIFIER = re.compile(
    r"(?:\s*\([A-Za-z]+\))?[ \t]+(?:on|against|relating to|concerning|to combat|for)[ \t]+"
    r"((?:(?!(?:is|was|were|are|will|would|has|have|had|that|which|who|by|with|from|signed|launched|"
    r"adopted|in order|yesterday|today|tomorrow|last|next|this|when|while|after|before|since|because|as)\b)"
    r"[a-z][\w-]*[ \t]*){1,8})"
)

_PLAN_MODIFIER = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|comprehensive|"
    r"national|strategic|master|development|action|adaptation|implementation|socioeconomic|"
    r"socio-economic|economic|five-year|ten-year|multi-year|long-term|medium-term|regional|sectoral|"
    r"drug-?[ \t]?control|anti-[a-z]+|joint|federal)"
)
_LOWER_PLAN_HEAD = r"(?:plan|strategy|programme|roadmap)\b"
_LOWER_PLAN = re.compile(
    r"\b(?:a|an|the|its|their|our|his|her)[ \t]+"
    r"((?:" + _PLAN_MODIFIER + r"[ \t]+){1,6}" + _LOWER_PLAN_HEAD + r")"
    r"((?:,?[ \t]+for the period (?:from )?\d{4} (?:to|until|-|–) \d{4})"
    r"|(?:[ \t]*\(\d{4}[ \t]*[-–][ \t]*\d{2,4}\))"
    r"|(?:[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?(?:implementation[ \t]+of|implement|achieving|achieve)"
    r"[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:(?:[ \t]+(?:for|of|on|and)?[ \t]*)[A-Z][\w-]*)*"
    r"(?:[ \t]+\([A-Z]+s?\))?))?"
)
#: Every lower-case plan has a head word right after a modifier, on one line.
_LOWER_HEAD = re.compile(_LOWER_PLAN_HEAD)
_MODIFIED_HEAD = re.compile(_PLAN_MODIFIER + r"[ \t]+" + _LOWER_PLAN_HEAD)


def _may_hold_lower_plan(text: str) -> bool:
    """False when ``_LOWER_PLAN`` cannot match: no head word follows a modifier on its line.

    The head words are found fast (they open with a literal); a modifier before one is looked
    for from the start of its line, which a name in lower case never crosses.
    """
    for head in _LOWER_HEAD.finditer(text):
        line_start = text.rfind("\n", 0, head.start()) + 1
        if _MODIFIED_HEAD.search(text, line_start, head.end()):
            return True
    return False


_LOWER_ORG = re.compile(
    r"\b(?:department|ministry|directorate|office) of (?:the )?[A-Z][\w-]*"
    r"(?:[ \t]+(?:of|and|for|&)?[ \t]*[A-Z][\w-]*)*"
)
_MARKED = re.compile(r"\b(?:national|master|strategic|adaptation|development|five-year|drug)", re.IGNORECASE)

_LOWER_EVENTS = re.compile(
    r"\b(?:high-level (?:meeting|event|dialogue|segment|conference|forum)|general debate|special session"
    r"|(?:[A-Z][\w-]*[ \t]+)*(?:World|International|National)[ \t]+Day[ \t]+(?:against|of|for|to)[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+(?:(?:in|of|and|against|the|for)[ \t]+)*[A-Z][\w-]*)*)\b"
)


#: A body named after its seat: "the Nairobi-based Trace Kenya" (two capitalized words at least).
_BASED_BODY = re.compile(
    r"\b[Tt]he[ \t]+[A-Z][\w’'-]*-based[ \t]+(?P<name>[A-Z][a-z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){1,4})"
)

#: A session of the climate Conference of the Parties: "COP28", "COP 26".
_COP = re.compile(r"(?<![\w-])COP[ -]?\d{1,2}(?![\w-])")

#: A crisis named by its place or people: "the Rohingya crisis", "the COVID-19 crisis".
_NAMED_CRISIS = re.compile(r"\b[Tt]he[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]+crisis\b")

#: A quoted name and its lower-case head: "the “Safe Homes” campaign", "the ‘… Administration’ bill".
_QUOTED_NAME = re.compile(
    r"[“\"‘'](?P<name>[A-Z][^“”\"‘’\n.!?;]{2,150}?)[”\"’'][ \t]+"
    r"(?P<head>bill|act|law|policy|strategy|plan|programme|program|campaign|initiative|agreement|convention"
    r"|protocol|declaration|roadmap)\b"
)
_QUOTE_CHARS = ("“", '"', "‘", "'")


def _title_like(name: str) -> bool:
    """A quoted phrase written as a name: its words capitalized but for connectors, 14 at most."""
    words = _QUOTED_WORD.findall(name)
    return 0 < len(words) <= 14 and all(w[0].isupper() or w in CONNECTORS for w in words)


_QUOTED_WORD = re.compile(r"[^\W\d_][\w’'-]*")

#: Words each lower-case shape cannot match without (the expressions are case-sensitive).
_LOWER_PLAN_WORDS = ("plan", "strategy", "programme", "roadmap")
_LOWER_EVENT_WORDS = ("high-level ", "general debate", "special session", "Day")
_LOWER_ORG_WORDS = ("department of ", "ministry of ", "directorate of ", "office of ")


def find_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, type) of every name found by shape in ``text``.

    A Title Case headline is read with its verbs and function words in lower case
    ("Assembly Passes Trafficking In Persons Bill Into Law" → "Assembly passes Trafficking in
    Persons Bill into law"), so that its names are found and its other words join none.
    """
    headline_end = title_case_headline_end(text)
    if headline_end:
        text = detitle(text[:headline_end]) + text[headline_end:]
    for match in CHUNK.finditer(text):
        if not _HEAD_HINT.search(text, match.start(), match.end()):
            continue
        yield from _names_in_chunk(text, match.start(), match.end())
    # the lower-case shapes need words that most texts lack: look for the words first
    if any(word in text for word in _LOWER_PLAN_WORDS) and _may_hold_lower_plan(text):
        for match in _LOWER_PLAN.finditer(text):
            core = match.group(1)
            if _MARKED.search(core):
                end = match.end(2) if match.group(2) else match.end(1)
                yield match.start(1), end, "Plan"
    if any(word in text for word in _LOWER_EVENT_WORDS):
        for match in _LOWER_EVENTS.finditer(text):
            yield match.start(), match.end(), "Event"
    if "-based " in text:
        for match in _BASED_BODY.finditer(text):
            yield match.start("name"), match.end("name"), "Organization"
    if "COP" in text:
        for match in _COP.finditer(text):
            yield match.start(), match.end(), "Event"
    if " crisis" in text:
        for match in _NAMED_CRISIS.finditer(text):
            if match.group(1).lower() not in NOT_NAMES and match.group(1).lower() not in MONTHS:
                yield match.start(1), match.end(), "Issue"
    if any(q in text for q in _QUOTE_CHARS):
        for match in _QUOTED_NAME.finditer(text):
            type_name = _head_type(match.group("head"))
            if type_name and _title_like(match.group("name")):
                yield match.start("name"), match.end("head"), type_name
    if any(word in text for word in _LOWER_ORG_WORDS):
        for match in _LOWER_ORG.finditer(text):
            yield match.start(), match.end(), "Organization"


_LATIN_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def title_case_headline_end(text: str) -> int:
    """End of the first line when it is a Title Case headline (its capitals mark no names)."""
    end = text.find("\n", 0, 400)
    if end <= 0:
        return 0  # no first line, or one too long for a headline
    words = _LATIN_WORD.findall(text, 0, end)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
        return end
    return 0


_HEADLINE_WORD = re.compile(r"[A-Z][a-z]+")


def detitle(line: str) -> str:
    """``line`` with its Title Case verbs and function words in lower case (same length).

    The first word is kept; so is every word that is not on the short lists of headline verbs
    and function words: names, head words and the words of names ("Combat", "End") stay.
    """
    out = []
    last = 0
    for m in _HEADLINE_WORD.finditer(line):
        word = m.group()
        low = word.lower()
        if m.start() and (low in HEADLINE_FUNCTION_WORDS or low in HEADLINE_VERBS or low in CONNECTORS):
            out.append(line[last : m.start()])
            out.append(low)
            last = m.end()
    if not out:
        return line
    out.append(line[last:])
    return "".join(out)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


@lru_cache(maxsize=16384)
def _head_type(word: str) -> str | None:
    low = word.lower().strip("()")
    low = re.sub(r"[’']s$", "", low)
    for heads, type_name in (
        (PLAN_HEADS, "Plan"),
        (FRAMEWORK_HEADS, "Framework"),
        (ORG_HEADS, "Organization"),
        (EVENT_HEADS, "Event"),
    ):
        if low in heads or (low.endswith("s") and low[:-1] in heads and type_name != "Framework"):
            return type_name
    return None


def head_type(word: str) -> str | None:
    """The type a head word gives a name ("Act" → Framework, "Ministry" → Organization), or None."""
    return _head_type(word)


_POSSESSIVE_ENDS = ("’s", "'s")
_DATE_WORDS = MONTHS | WEEKDAYS
_YEAR_STARTS = frozenset(["19", "20", "21", "(1", "(2"])
_PLURAL_POSSESSIVE_ENDS = ("s’", "s'")


@lru_cache(maxsize=16384)
def _owner_possessive(word: str) -> bool:
    """ "Kenya's", "Philippines'": a possessor that owns the name after it (not "Women's")."""
    if word.endswith(_POSSESSIVE_ENDS):
        stem = word[:-2]
    elif word.endswith(_PLURAL_POSSESSIVE_ENDS):
        stem = word[:-1]
    else:
        return False
    return stem.lower() not in NAME_POSSESSORS and not _head_type(stem)


_EVENT_PLACE = re.compile(r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
_CUT_BEFORE_THE = frozenset(["of", "for", "in", "at", "to", "with", "on", "within", "from", "by"])


@lru_cache(maxsize=16384)
def _is_year(word: str) -> bool:
    return bool(re.fullmatch(r"\(?(?:19|20|21)\d{2}(?:[-–]\d{2,4})?\)?,?", word))


@lru_cache(maxsize=16384)
def _is_paren_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"\([A-Za-z][\w\-/]*\)", word)) and sum(c.isupper() for c in word) >= 2


def _segments(
    words: list[tuple[int, int, str]], gaps: list[str] | None = None
) -> list[list[tuple[int, int, str]]]:
    """Split a run where one name ends and another begins.

    At " and the ", at month names, between two head words ("CCMA Act Vision"), after a
    possessive that closes a complete name, and after "(ACR)" unless a year, a head word or
    a connector follows.
    """
    segments: list[list[tuple[int, int, str]]] = [[]]
    n = len(words)
    gaps = gaps or [""] * n
    for i, word in enumerate(words):
        text = word[2]
        cur = segments[-1]
        if i and cur and "," in gaps[i] and not _has_head(cur) and _role_at([*cur, word]) < 0:
            segments.append([])  # "Victor Odero, Policy and Advocacy Advisor": a list, not one name
            cur = segments[-1]
        nxt = words[i + 1][2] if i + 1 < n else ""
        if text == "and" and (
            nxt == "the"
            or (nxt in CONNECTORS and _has_head(cur))  # "… Act and of the … Agreement"
            or (nxt.lower() in TITLES and _has_head(cur))  # "… National Party and MP Thabo Mofolo"
            or (cur and nxt.isupper() and len(nxt) > 1 and _head_type(cur[-1][2]) == "Organization")
            # "The Asia Foundation and HAQ": a body's name closed by its head, then an acronym
            or (
                _head_type(nxt) in ("Plan", "Framework")
                and any(_head_type(w[2]) in ("Plan", "Framework") for w in cur)
            )
        ):  # "… and the …"; "the Protocol of 2014 and Convention No. 29": two names
            segments.append([])
            continue
        if (
            len(cur) > 1
            and text[:1].isupper()
            and cur[-1][2][:2] in _YEAR_STARTS
            and _is_year(cur[-1][2])
            and _has_head(cur)
            and not _head_type(text)
            and not _is_paren_acronym(text)
        ):  # "Vision 2050 Pillar 5": a name closed by its year
            segments.append([])
            cur = segments[-1]
        if text.lower().strip(",") in _DATE_WORDS:
            segments.append([])
            continue
        if (
            cur
            and _head_type(cur[-1][2]) in ("Plan", "Framework")
            and _head_type(text)
            and cur[-1][2].lower() not in {"action", "development", "work", "policy", "project", "goals"}
        ):
            segments.append([])
            cur = segments[-1]
        cur.append(word)
        if (
            (
                text.endswith(_POSSESSIVE_ENDS)
                and (_has_head(cur) or i == n - 1)
                # "Ministry of Women and Children's Affairs": a possessor of names goes on
                and not (text[:-2].lower() in NAME_POSSESSORS and nxt[:1].isupper())
            )
            or (("’" in text or "'" in text) and _owner_possessive(text))
            or (
                _is_paren_acronym(text)
                and nxt
                and not (
                    _is_year(nxt)
                    or _head_type(nxt)
                    or nxt.lower() in {"for", "of", "on", "to", "against", "in"}
                )
            )
        ):
            segments.append([])
    return [_trim(s) for s in segments if s]


def _role_at(seg: list[tuple[int, int, str]]) -> int:
    """Index of the connector after a leading role phrase ("Programme Officer at …",
    "Minister for Planning"), or -1: the role word comes before any connector but "and"."""
    for i in range(len(seg) - 1):
        word = seg[i][2].lower().strip(",")
        if word in CONNECTORS and word not in ("and", "&", "the"):
            return -1
        if word in ROLE_WORDS and seg[i + 1][2] in _CUT_BEFORE_THE:
            return i + 1
    return -1


def _cut_role(seg: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """What a leading role phrase leaves of a run: the body it names, or nothing.

    "Programme Officer at the International Organization for Migration" → "International
    Organization for Migration"; "Director of Anti-Human Trafficking", "Minister for Planning,
    Development and Special Initiatives" name a portfolio, not a plan → nothing.
    """
    at = _role_at(seg)
    if at < 0:
        return seg
    rest = seg[at + 1 :]
    if rest and rest[0][2] == "the":
        return rest[1:]
    return rest if len(rest) > 1 and _classify([w[2] for w in rest]) == "Organization" else []


def _trim(seg: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop leading clause words and role phrases, trailing connectors, "in 2016" and "to 20"."""
    seg = _cut_role(seg)
    # "Chairman of the Council of State", "Speaking in the General Assembly": keep what
    # follows "<prep> the" when only that part has a head word
    for i in range(len(seg) - 2, 0, -1):
        if (
            seg[i][2] in _CUT_BEFORE_THE
            and seg[i + 1][2] == "the"
            and not _has_head(seg[:i])
            and _has_head(seg[i + 2 :])
        ):
            seg = seg[i + 2 :]
            break
    while seg and (
        seg[0][2].lower() in CONNECTORS
        or seg[0][2].lower() in NOT_NAMES
        or (
            len(seg) > 1
            and seg[0][2].lower() in CLAUSE_STARTERS
            and seg[1][2] in CONNECTORS
            and not _head_type(seg[0][2])
        )
    ):
        seg = seg[1:]
    while len(seg) > 1 and (
        seg[-1][2].lower() in CONNECTORS
        or (_is_year(seg[-1][2]) and seg[-2][2] == "in")
        or (seg[-1][2].isdigit() and not _is_year(seg[-1][2]) and seg[-2][2] in CONNECTORS)
    ):  # "… Project to 20 more districts": the number is not the name's
        seg = seg[:-1] if seg[-1][2].lower() in CONNECTORS else seg[:-2]
    return seg


def _has_head(words: list[tuple[int, int, str]]) -> bool:
    return any(_head_type(w[2]) for w in words)


def _names_in_chunk(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for rel_s, rel_e, type_name, qualified in _chunk_names(text[start:end]):
        s, e = start + rel_s, start + rel_e
        if qualified:
            q = _QUALIFIER.match(text, e)
            if q:
                e = q.end(1)
                while text[e - 1] == " ":
                    e -= 1
        yield s, e, type_name


@lru_cache(maxsize=16384)
def _chunk_names(chunk: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The names in one capitalized run, by offsets in the run: (start, end, type, qualified).

    ``qualified``: the name ends in an instrument's head word, which lower-case words may
    qualify ("Convention on minimum age …"); the caller looks at the text after the run.
    Cached: documents repeat their names.
    """
    words = _words(chunk, 0, len(chunk))
    gaps = [""] + [chunk[a[1] : b[0]] for a, b in pairwise(words)]
    out = []
    for seg in _segments(words, gaps):
        # "Interior Cabinet Secretary Kipchumba Murkomen", "UN Security Council President …":
        # a role word right after a body's head word ends the body's name
        for r in range(1, len(seg)):
            if seg[r][2].lower() in ROLE_WORDS and _head_type(seg[r - 1][2]) == "Organization":
                # … unless the two words are one title ("Cabinet Secretary")
                title = f"{seg[r - 1][2]} {seg[r][2]}".lower() in TITLES
                seg = seg[: r - 1] if title else seg[:r]
                break
        if not seg:
            continue
        type_name = _classify([w[2] for w in seg])
        if type_name is None:
            continue
        s, e = seg[0][0], seg[-1][1]
        if chunk.endswith(_POSSESSIVE_ENDS, s, e):
            e -= 2
        elif chunk.endswith(_PLURAL_POSSESSIVE_ENDS, s, e):
            e -= 1
        if type_name in ("Event", "Organization"):  # "Climate Action Summit in New York": the place
            place = _EVENT_PLACE.search(chunk[s:e])  # is not the name; "UN General Assembly in New York"
            if place and (type_name == "Event" or _head_type(chunk[s : s + place.start()].split()[-1])):
                e = s + place.start()
        last = seg[-1][2].lower().strip("()")
        out.append((s, e, type_name, type_name in ("Framework", "Plan") and last in _QUALIFIED_HEADS))
    return tuple(out)


def _classify(words: list[str]) -> str | None:
    """The type of a capitalized run from its head word.

    The head is the last head word before the first connector that follows a head:
    "Global Plan of Action to Combat …" → Plan, "Office of Climate Change and
    Development Authority" → Organization, "Prevention of … Act" → Framework.
    A run made of role words and names ("Minister of Defence Mariya") is not a name.
    """
    head: str | None = None
    seen_head = False
    for word in words:
        low = word.lower()
        if low in CONNECTORS and seen_head:
            break
        type_name = _head_type(word)
        if type_name:
            head, seen_head = type_name, True
    if head is None:
        return None
    first = words[0].lower().strip("’'s")
    if first in ROLE_WORDS and head != "Organization":
        return None
    if words[-1].lower() in ROLE_WORDS:
        return None
    if head == "Event" and words[0].lower() == "day":
        return None
    if len(words) > 1 and words[1] == "International" and words[0].lower() in PLAN_HEADS:
        return "Organization"  # "Plan International Kenya": a body named after its work
    if len(words) == 1 and head != "Organization":
        return None  # a lone "Plan", "Convention": a short form, left to the resolver
    if len(words) == 1 and words[0].lower() in {"office", "department", "agency", "council", "house"}:
        return None
    return head


class PatternRuler:
    """Add pattern-found names to the ``CANDIDATES`` group (source "pattern")."""

    def __init__(self, *, name: str = "kg_pattern_ruler") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        add_cands(doc, CANDIDATES, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Cand]:
        found = find_names(doc_text(doc))
        return snap(doc, ((s, e, type_name, "", SOURCE) for s, e, type_name in found))
