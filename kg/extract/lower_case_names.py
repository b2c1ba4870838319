"""Names written in lower case: "a national action plan", "high-level meeting", "ministry of Health".

Lower-case plans need a determiner and a marked modifier ("its drug-control master plan for
the period from 2016 to 2020"); lower-case meetings and bodies are short lists of shapes.
Each shape needs words that most texts lack, so the text is searched for them first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.head_words import head_type
from kg.extract.lexicon import (
    DEPARTMENT_WORDS,
    JUDGING_WORDS,
    MONTHS,
    PORTFOLIO_WORDS,
    ROLE_WORDS,
    TITLES,
    WEEKDAYS,
    YEAR,
    YEAR_RANGE,
)
from kg.extract.name_extensions import ORDINAL as _ORDINAL
from kg.extract.names import FOR_THE_PERIOD

#: the capitalized name of the instrument a plan in lower case is written to implement, after "to implement
#: (the)": "the Global Compact for Safe, Orderly and Regular Migration"
IMPLEMENTED_NAME = (
    # a comma only inside a list closed by "and" ("… for Safe, Orderly and Regular Migration")
    r"(?:the[ \t]+)?[A-Z][\w’'-]*(?:(?:,[ \t]+(?=(?:[A-Z][\w’'-]*,[ \t]+)*[A-Z][\w’'-]*[ \t]+and[ \t])|"
    r"[ \t]+(?:(?:for|of|on|and|the|to|in(?=[ \t]+(?:Persons|Human)))[ \t]+)?)[A-Z][\w’'-]*)*"
)
_PLAN_MODIFIER = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|new|comprehensive|"
    r"national|strategic|master|development|action|adaptation|implementation|socioeconomic|"
    r"socio-economic|economic|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|\d{1,2}|multi)"
    r"-year|long-term|medium-term|regional|sectoral|"
    r"drug-?[ \t]?control|anti-[ \t]?[a-z]+|joint|federal|" + YEAR_RANGE + "|" + YEAR + ")"
)
_LOWER_PLAN_HEAD = (
    r"(?:(?:plan|programme|program)(?:[ \t]+of[ \t]+action)?|strategy|roadmap|policy)\b"
    # "the national programme officer", "Kenya's development plan manager": the head words a post,
    # a team or a body, not a plan
    r"(?![ \t]+(?:officer|official|manager|coordinator|co-ordinator|director|head|lead|specialist|adviser"
    r"|advisor|consultant|expert|staff|team|unit|office|department|secretariat|committee|board|personnel"
    r"|focal)s?\b)"
)
_LOWER_PLAN = re.compile(
    r"\b(?:a|an|the|its|their|our|his|her|launch(?:es|ed)?|adopts|adopted|unveils|unveiled|approves|approved"
    r"|validates|validated|endorses|endorsed"
    # "Kenya's 10-year development plan": a name's possessive is a determiner too
    r"|(?<![\w’'-])[A-Z][a-z]+[’']s)[ \t]+"
    # "its first ever national plan", "the first-ever national plan"
    r"(?:first(?:[ \t]+|-)ever[ \t]+)?"
    # modifiers, and up to two words of the plan's topic before its head: "a national
    # communication strategy", "a five-year anti-human trafficking plan"
    r"((?:" + _PLAN_MODIFIER + r"[ \t]+){1,6}(?:[a-z][a-z-]+[ \t]+){0,2}?" + _LOWER_PLAN_HEAD + r")"
    r"((?:,?[ \t]+" + FOR_THE_PERIOD + ")"
    r"|(?:[ \t]*\(" + YEAR_RANGE + r"\))"
    r"|(?:[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?(?:implementation[ \t]+of|implement|achieving|achieve)"
    r"[ \t]+" + IMPLEMENTED_NAME + r"(?:[ \t]+\([A-Z]+s?\))?))?"
)
_MODIFIED_HEAD = re.compile(_PLAN_MODIFIER + r"[ \t]+(?:[a-z][a-z-]+[ \t]+){0,2}?" + _LOWER_PLAN_HEAD)


def _may_hold_lower_plan(text: str) -> bool:
    """False when ``_LOWER_PLAN`` cannot match: no head word follows a modifier on its line.

    The head words are found by plain substring search (whole words only); a modifier before
    one is looked for from the start of its line, which a name in lower case never crosses, or
    from ``_REACH`` characters before it.
    True exactly when ``_MODIFIED_HEAD`` matches somewhere in the text.
    """
    for word in _LOWER_PLAN_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if end == len(text) or not _WORD_CHAR.match(text, end):
                # a modifier run is a few words long: looking further back only costs time (the
                # square of a line's length, on a line of 100,000 characters)
                line_start = max(text.rfind("\n", max(0, at - _REACH), at) + 1, at - _REACH)
                if _MODIFIED_HEAD.search(text, line_start, end):
                    return True
            at = text.find(word, end)
    return False


_WORD_CHAR = re.compile(r"\w")
#: how far before a head word its modifiers may start: six modifiers and two words of topic
_REACH = 300
_LOWER_ORG = re.compile(
    r"\b(?:department|ministry|directorate|office) of (?:the )?[A-Z][\w-]*"
    r"(?:[ \t]+(?:of|and|for|&)?[ \t]*[A-Z][\w-]*)*"
)


@lru_cache(maxsize=1)
def _lower_ministries() -> re.Pattern[str]:
    """A ministry written all in lower case, by its portfolio's words: "the ministry of social
    welfare", "Sri Lanka's labour and foreign employment ministry". The portfolio must be department
    words only (:data:`~kg.extract.lexicon.DEPARTMENT_WORDS`), so "the ministry of the president" or
    "a ministry of its own" is no name; the form with the portfolio first needs a determiner or a
    possessive before it and the portfolio words of :data:`~kg.extract.lexicon.PORTFOLIO_WORDS`."""
    dept = "|".join(
        sorted((w for w in DEPARTMENT_WORDS if w.isalpha() and w != "and"), key=len, reverse=True)
    )
    port = "|".join(sorted((w for w in PORTFOLIO_WORDS | {"foreign"} if w.isalpha()), key=len, reverse=True))
    words = rf"(?:{dept})(?:[ \t]+(?:{dept})){{0,2}}"
    ports = rf"(?:{port})(?:[ \t]+(?:{port})){{0,2}}"
    joint = r"(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+&[ \t]+)"
    return re.compile(
        rf"\b(?:ministry|department|directorate)[ \t]+of[ \t]+{words}(?:{joint}{words}){{0,3}}\b"
        rf"(?![ \t]+(?i:{dept})\b)"  # not "ministry of foreign Affairs": the portfolio goes on
        # not "the ministry of health and police officers": a noun of people after the last word
        r"(?![ \t]+[a-z]+(?:ers|ors|ists|ians|ants|ents)\b)"
        rf"|(?<=[’']s[ \t])(?P<owned>{ports}(?:(?:,[ \t]+|[ \t]+and[ \t]+){ports}){{0,2}}[ \t]+ministry)\b"
        rf"|(?<=\b[Tt]he[ \t])(?P<the>{ports}(?:(?:,[ \t]+|[ \t]+and[ \t]+){ports}){{0,2}}[ \t]+ministry)\b"
    )


_MARKED = re.compile(
    r"\b(?:national|master|strategic|adaptation|development|five-year|drug"
    r"|(?:19|20)\d{2}(?:[-–]\d{2,4})?[ \t]+action)",
    re.IGNORECASE,
)

_LOWER_EVENTS = re.compile(
    r"\b(?:high-level (?:meeting|event|dialogue|segment|conference|forum)|general debate|open debate"
    r"|special session"
    # "the UN World Day against …" (not the word opening the sentence: "On World Day against …")
    r"|(?:(?!(?:On|At|In|For|During|Since|Until|By|From|To|The|This|Last|Next|Every|Each|Ahead|Before"
    r"|After|Marking|Celebrating|Observing)\b)[A-Z][\w-]*[ \t]+)*"
    r"(?:World|International|National)[ \t]+Day[ \t]+(?:against|of|for|to)[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+(?:(?:in|of|and|against|the|for)[ \t]+)*[A-Z][\w-]*)*"
    # "International Migrants Day", "World Refugee Day", "International Women’s Day"
    r"|(?:World|International)[ \t]+(?:[A-Z][\w-]*(?:[’'](?:s\b)?)?[ \t]+){1,3}Day)\b"
)

#: Words each lower-case shape cannot match without (the expressions are case-sensitive).
_LOWER_PLAN_WORDS = ("plan", "strategy", "programme", "program", "roadmap", "policy")
_LOWER_EVENT_WORDS = ("high-level ", "general debate", "open debate", "special session", "Day")
_LOWER_ORG_WORDS = ("department of ", "ministry of ", "directorate of ", "office of ")


#: "… Action Plan (2027–2031), a five-year roadmap to …", "the Strategy for Cooperation, a five-year plan
#: against …": an apposition that describes the name just before it, not a plan of its own. The name is a
#: run of capitalized words (with "of", "for", "on" … and years between them), perhaps closed by its
#: period or acronym in brackets.
_NAME_WORD = r"(?:[A-Z][\w’'-]*|(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?)"
_DESCRIBES_NAME = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|on|and|the|to|against|in|&)[ \t]+){0,3}"
    + _NAME_WORD
    + r")*)"
    r"(?:[ \t]*\([^()]{1,40}\))?,[ \t]+an?[ \t]+\Z"
)


#: a verb of its own after the lower-case plan: "Under the X Strategy, a five-year plan against A was
#: adopted": the plan is a new clause's subject, not a description of the name before
_VERB_AFTER = re.compile(r"[^,.;:\n]{0,120}?[ \t](?:was|were|is|are|has|have|had|will)[ \t]")


def _describes_name(text: str, at: int) -> bool:
    """A lower-case plan at ``at`` in apposition to a plan's or framework's name: one of the name's words
    is a plan's or framework's head word ("… Strategy for Cooperation, a five-year plan")."""
    m = _DESCRIBES_NAME.search(text, max(0, at - 120), at)
    if m is None:
        return False
    return any(head_type(w) in ("Plan", "Framework") for w in m.group("name").split())


@lru_cache(maxsize=1)
def _issue_names() -> str:
    """The reference's issues written in lower case, as one alternation (longest first)."""
    from kg.extract.gazetteer import names_of_type

    names = sorted((n for n in names_of_type("Issue") if n.islower()), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


@lru_cache(maxsize=1)
def _topic_tail() -> re.Pattern[str]:
    """ " to combat human trafficking", " focusing on loss and damage": what a plan in lower case is
    about, when it is an issue of the reference (its name's last words, as the text writes them)."""
    verb = r"(?:combat|counter|prevent|end|fight|address|tackle|eliminate|eradicate|reduce|suppress)"
    return re.compile(
        # "to combat and prevent human trafficking": one or more verbs of fighting
        r"[ \t]+(?:to[ \t]+" + verb + r"(?:(?:,|[ \t]+and|[ \t]+or)[ \t]+" + verb + r")*"
        r"|against|on|focus(?:ing|ed)[ \t]+on"
        r"|for[ \t]+the[ \t]+(?:prevention|elimination|eradication)[ \t]+of"
        # "a national strategy for combating human trafficking"
        r"|for[ \t]+(?:combating|countering|preventing|ending|fighting|addressing|tackling|eliminating"
        r"|eradicating|reducing|suppressing))"
        r"[ \t]+(?:the[ \t]+)?(?:" + _issue_names() + r")\b"
    )


@lru_cache(maxsize=1)
def _event_topic() -> re.Pattern[str]:
    """ " on human trafficking": the issue a meeting named in lower case is held on, when the
    reference knows it as the text writes it."""
    return re.compile(
        r"[ \t]+on[ \t]+(?:the[ \t]+)?(?:" + _issue_names() + r")"
        # the topic ends the phrase: not "on conflict-related sexual violence", "on migration and
        # development", "on the human trafficking crisis"
        r"(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:in|at|held|organi[sz]ed|on|this|last|next|today|yesterday|with"
        r"|where|which|that|to|for|was|is|will|and[ \t]+(?:the|a|its|their|[A-Z]))\b)"
    )


#: the years a plan named in lower case covers, after its topic: " in 2022-2026", " for 2016–2030"
_PERIOD_TAIL = re.compile(
    r",?[ \t]+(?:(?:in|for|covering)[ \t]+(?:the[ \t]+(?:period[ \t]+)?)?)?"
    r"\(?(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2}|[ \t]*[-–][ \t]*(?:19|20)\d{2})\b\)?"
)


_IN_YEARS = re.compile(r",?[ \t]+in[ \t]")
#: the period "for the period 2015-2018" that a plan's second group may hold
_FRAMED = re.compile(r",?[ \t]+for[ \t]+the[ \t]+period[ \t]")

_OWNER = re.compile(r"([A-Z][a-z]+)[’']s\b")
#: possessors that own no plan a text names: a day ("Monday's national action plan review"), or an
#: office ("the President's national strategy address": the country the text speaks of owns it)
_NO_OWNERS = (
    WEEKDAYS
    | MONTHS
    | TITLES
    | ROLE_WORDS
    | frozenset(
        [
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "week",
            "month",
            "year",
            "weekend",
            "day",
            "morning",
            "evening",
        ]
    )
)


def lower_case_plans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each lower-case plan with a marked modifier, with the issue it is
    about ("a national plan of action to combat human trafficking"); a policy needs that issue."""
    if any(word in text for word in _LOWER_PLAN_WORDS) and _may_hold_lower_plan(text):
        for match in _LOWER_PLAN.finditer(text):
            core = match.group(1)
            owner = _OWNER.match(match.group())
            if owner is not None and owner.group(1).lower() in _NO_OWNERS:
                continue  # "Today's national strategy meeting", "the President's national plan"
            describes = _describes_name(text, match.start(1)) and not _VERB_AFTER.match(text, match.end())
            if _MARKED.search(core) and not describes:
                end = match.end(2) if match.group(2) else match.end(1)
                # the name ends at "for the period 2015-2018": a "to fight …" after it is the plan's
                # purpose, not its name (a topic before the period stays: "… for combating X for …")
                framed = match.group(2) is not None and _FRAMED.match(match.group(2)) is not None
                topic = None if framed else _topic_tail().match(text, end)
                if topic is not None:
                    end = topic.end()
                period = None if framed else _PERIOD_TAIL.match(text, end)
                if period and topic is None and _IN_YEARS.match(period.group()):
                    period = None  # "drafted its national action plan in 2017-2018": when, not which
                if topic is None and period is None and core.endswith("policy"):
                    continue  # "its national policy": which one, the text says elsewhere
                end = period.end() if period else end  # "… human trafficking in 2022-2026", "… for 2019/2020"
                start = match.start(1)
                if core.startswith("new ") and _MARKED.search(core, 4):
                    start += 4  # "a new national action plan": "new" says when, the rest names it
                yield start, end, "Plan"


#: "The fourth annual workshop on …", "the inaugural regional forum": a meeting named by its
#: number in a series (an ordinal with a kind, "annual", "inaugural"), the one a text reports; a
#: bare "the two-day workshop" or "the first meeting" refers back and is no name.
_SERIES_KIND = (
    r"(?:annual|regional|sub-regional|national|international|ministerial|high-level|technical|expert"
    r"|consultative|joint|inter-ministerial|interministerial|intergovernmental|inter-agency|thematic"
    r"|trilateral|tripartite|biennial)"
)
_SERIES_MEETING = re.compile(
    r"\b[Tt]he[ \t]+((?:"
    + _ORDINAL
    + r"(?:[ \t]+"
    + _SERIES_KIND
    + r")+|(?:annual|inaugural)(?:[ \t]+"
    + _SERIES_KIND
    + r")*)[ \t]+(?:workshop|seminar|conference|forum|meeting|consultation|dialogue|summit|roundtable"
    r"|round-table))\b(?![ \t]+of[ \t])"  # "the first meeting of the Parties" is read whole elsewhere
)
_SERIES_WORDS = (
    "workshop",
    "seminar",
    "conference",
    "forum",
    "meeting",
    "consultation",
    "dialogue",
    "summit",
    "roundtable",
    "round-table",
)


#: "the Joint Action Days", "the European Development Days": a named series of days of action or
#: meetings: "the", two to four capitalized words, then "Days" (not "the Last Ten Days", "the Dark
#: Days of the war", nor a Title Case headline's "Migrants Spend Nine Days Adrift")
_NAMED_DAYS = re.compile(
    r"\b[Tt]he[ \t]+(?P<name>(?:[A-Z][\w’'-]*[ \t]+){2,4}Days)\b"
    r"(?![ \t]+(?:of|ago|after|before|later|earlier|in|on|at)\b)"
)
_NOT_DAYS_WORDS = """a an in on for these those last next first few several many early recent two three
four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred final past
coming dark darkest happy hard good bad busy"""
_NOT_DAYS_NAMES = frozenset(_NOT_DAYS_WORDS.split())


def _named_days(text: str) -> Iterator[tuple[int, int, str]]:
    from kg.extract.lexicon import MONTHS, NOT_NAMES, WEEKDAYS

    for match in _NAMED_DAYS.finditer(text):
        words = [w.lower() for w in match.group("name").split()[:-1]]
        if words[0] in NOT_NAMES or any(w in _NOT_DAYS_NAMES or w in MONTHS or w in WEEKDAYS for w in words):
            continue
        yield match.start("name"), match.end("name"), "Event"


def lower_case_events(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Event") of each meeting named in lower case, and of named Days."""
    if any(word in text for word in _LOWER_EVENT_WORDS):
        for match in _LOWER_EVENTS.finditer(text):
            end = match.end()
            if match.group().islower():  # "the high-level meeting on human trafficking": its topic names it
                topic = _event_topic().match(text, end)
                end = topic.end() if topic is not None else end
            yield match.start(), end, "Event"
    if "Days" in text:
        yield from _named_days(text)
    if any(word in text for word in _SERIES_WORDS):
        for match in _SERIES_MEETING.finditer(text):
            yield match.start(1), match.end(1), "Event"
    if " session" in text or " meeting" in text:
        for rx in _SESSION_HEADS:
            for head in rx.finditer(text):
                owned = _OWNED_SESSION.search(text, max(0, head.start() - 60), head.end())
                if owned:
                    yield owned.start(1), owned.end(1), "Event"


#: "its thirty-sixth session", "the Commission's 12th meeting": a body's numbered session, named
#: by its ordinal (not "… session of the …", which :func:`ordinal_sessions` reads whole).
_OWNED_SESSION = re.compile(
    r"(?:\b[Ii]ts|\b[Tt]heir|[A-Z][\w-]*[’']s)[ \t]+("
    + _ORDINAL
    + r"[ \t]+(?:(?:regular|special|ordinary|resumed|annual|plenary)[ \t]+)?(?:session|meeting)"
    # "concluded their annual meeting in Windhoek": a body's yearly meeting, the one the text reports
    + r"|annual[ \t]+(?:session|meeting))\Z"
)
#: the head word, found first (a literal), not followed by "of" (a session "of the …" is read whole).
#: One expression per word: a literal first is found by a fast substring search.
_SESSION_HEADS = tuple(re.compile(word + r"\b(?![ \t]+of[ \t])") for word in ("session", "meeting"))


#: "resolution 2331 (2016)", "resolution 73/195": a UN resolution by its number (and year); the
#: organ before a capitalized "Resolution" is its name's ("Security Council Resolution 2388 (2017)").
_NUMBERED_RESOLUTION = re.compile(
    r"\b(?:(?:Security[ \t]+Council|General[ \t]+Assembly|Human[ \t]+Rights[ \t]+Council)[ \t]+Resolution"
    r"|[Rr]esolution)[ \t]+(?:\d{1,4}[ \t]+\((?:19|20)\d{2}\)|\d{2}/\d{1,3}(?![\d/]))"
)


#: "a draft resolution on strengthening cooperation against the smuggling of migrants by sea,":
#: a resolution named by its topic, in lower case, to the end of the clause (three words at least).
_TOPICAL_RESOLUTION = re.compile(
    r"\b(?:[Aa]|[Tt]he|[Ii]ts)[ \t]+((?:draft[ \t]+)?resolution[ \t]+(?:on|entitled)[ \t]+"
    r"[a-z][a-z\-]*(?:[ \t]+[a-z][a-z\-]*){2,16}?)"
    r"(?=[,.;:]|[ \t]+(?:which|that|was|were|is|are|will|would|tabled|submitted|adopted|sponsored|put"
    r"|presented|introduced|by[ \t]+(?:consensus|a[ \t]+vote|vote|which)|without|with[ \t]+\d)\b)"
)


#: a UN document symbol of a decision: "S/PRST/2017/24", "PRST/2015/25" (a Security Council
#: presidential statement), "S/RES/2388 (2017)", "A/RES/73/195", "A/HRC/RES/35/5"
_DOCUMENT_SYMBOL = re.compile(
    r"(?<![\w/])(?:(?:S/)?PRST/(?:19|20)\d{2}/\d{1,3}|S/RES/\d{1,4}[ \t]*\((?:19|20)\d{2}\)"
    r"|A/(?:HRC/)?RES/\d{1,3}/\d{1,3})(?![\w/])"
)


def numbered_resolutions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Framework") of each resolution named by its number, or in lower case by its
    topic, and of each decision named by its UN document symbol."""
    if "RES/" in text or "PRST/" in text:
        for match in _DOCUMENT_SYMBOL.finditer(text):
            yield match.start(), match.end(), "Framework"
    if "esolution " in text:
        for match in _NUMBERED_RESOLUTION.finditer(text):
            yield match.start(), match.end(), "Framework"
        if "resolution on " in text or "resolution entitled " in text:
            for match in _TOPICAL_RESOLUTION.finditer(text):
                yield match.start(1), match.end(1), "Framework"


def lower_case_bodies(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Organization") of each "ministry of Health"-like body, and of each ministry
    written all in lower case ("the ministry of social welfare", "Kenya's labour ministry")."""
    if any(word in text for word in _LOWER_ORG_WORDS):
        for match in _LOWER_ORG.finditer(text):
            yield match.start(), match.end(), "Organization"
    if "ministry" in text or "department of" in text or "directorate of" in text:
        for match in _lower_ministries().finditer(text):
            yield match.start(), match.end(), "Organization"


#: "Ghana and Qatar signed a memorandum of understanding …", "… signed a labour mobility agreement":
#: the one instrument a text is about, in lower case, when the text goes on to call it by its kind
#: ("the MoU", "the agreement"). The words before "agreement" are its kind ("bilateral labour"),
#: not a judgement of it ("an important agreement").
_KINDS = (
    r"(memorandum[ \t]+of[ \t]+(?P<memo>understanding|cooperation|agreement)|letter[ \t]+of[ \t]+intent"
    r"|(?!(?:" + "|".join(sorted(JUDGING_WORDS)) + r")\b)"
    r"(?:[a-z][a-z-]+[ \t]+){1,3}(?P<kind>agreement|accord|pact|deal))\b(?![ \t]*\()"
)
#: when, between the verb and the instrument: "signed today a cooperation agreement"
_WHEN = (
    r"(?:(?:today|yesterday|here|recently|formally|officially|jointly|also|on[ \t]+(?:Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday))[ \t]+)?"
)
_SIGNED_INSTRUMENT = re.compile(
    r"\b(?:signed|sign|signing|concluded|initialled|inked)[ \t]+"
    + _WHEN
    # "signed the memorandum of understanding with Tunisia": the one the text goes on to name
    + r"(?:of[ \t]+)?(?:an?|the)[ \t]+(?:new[ \t]+)?"
    + _KINDS
    # "An agreement was signed between …", "A memorandum of understanding signed by …" (the verb right
    # after the noun; not "… is expected to be signed", "… that neither side has signed")
    + r"|\b[Aa]n?[ \t]+(?:new[ \t]+)?(?=[a-z][a-z -]{0,60}?[ \t]+"
    r"(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:also[ \t]+)?(?:signed|concluded|inked)\b"
    r"|(?:[a-z][a-z-]+[ \t]+){0,3}(?:agreement|accord|pact|deal|understanding|cooperation|intent)[ \t]+"
    r"(?:signed|concluded|inked)\b)"
    + _KINDS.replace("?P<memo>", "?P<memo2>").replace("?P<kind>", "?P<kind2>")
)
#: "the" (and "new") right before a name: it names one the text has named before
_THE = re.compile(r"\b[Tt]he[ \t]+(?:new[ \t]+)?\Z")
#: how a text refers back to the one instrument, by the kind of its name
_BACK = {
    "understanding": re.compile(r"\b[Tt](?:he|his)[ \t]+(?:MoU|MOU|memorandum)\b"),
    "cooperation": re.compile(r"\b[Tt](?:he|his)[ \t]+(?:MoC|MOC|memorandum)\b"),
    "agreement": re.compile(r"\b[Tt](?:he|his)[ \t]+(?:MoA|MOA|memorandum)\b"),
    "intent": re.compile(r"\b[Tt](?:he|his)[ \t]+letter\b"),
    # "the agreement", "the loan agreement": the kind's words may come again
    "instrument": re.compile(
        r"\b[Tt](?:he|his)[ \t]+(?:[a-z][a-z-]+[ \t]+){0,3}?(?:agreement|accord|pact|deal)\b"
    ),
}


def signed_instruments(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Framework") of an unnamed memorandum, letter of intent or agreement signed in the
    text, when the text refers back to it by its kind ("the MoU", "the agreement"); one of each kind
    only: two leave the short form open. The same words again after "the" ("signed the loan agreement"
    after "signed a loan agreement") name the same one; the first is kept."""
    if "sign" not in text and "conclu" not in text and "initial" not in text and "inked" not in text:
        return
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for m in _SIGNED_INSTRUMENT.finditer(text):
        memo = m.group("memo") or m.group("memo2")
        noun = m.group("kind") or m.group("kind2")
        kind = memo or ("instrument" if noun else "intent")
        group = 1 if m.group(1) else 4
        by_kind.setdefault(kind, []).append((m.start(group), m.end(group)))
    for kind, found in by_kind.items():
        first = text[found[0][0] : found[0][1]].lower()
        again = all(text[s:e].lower() == first and _THE.search(text, max(0, s - 12), s) for s, e in found[1:])
        if again and _BACK[kind].search(text, found[0][1]):
            yield found[0][0], found[0][1], "Framework"
