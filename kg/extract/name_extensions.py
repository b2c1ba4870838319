"""Where a name found by shape runs on past its capitalized run, or starts or ends too far.

The capitalized runs of :mod:`kg.extract.patterns` stop at lower-case words and at
"and the"; a few shapes carry a name on:

- an instrument's participle: "Agreement establishing the African Continental Free Trade Area";
- a plan's conjoined topic: "Strategy on Safe Migration and the Protection of Migrant Workers";
- a dialogue's partner: "Interactive Dialogue with the Independent Expert on …";
- a session by its ordinal, in lower case: "the 58th session of the Human Rights Council".

And a few are not a name's words: a year and "the" before it ("in 2019 the …"), "to
<people>" after an instrument ("… Declaration on Refugees to Haitians").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import country_forms, is_country_name
from kg.extract.head_words import head_type

_DATE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
#: Capitalized words joined by connectors, years allowed after the first word; not dates.
_CAP_RUN = (
    r"[A-Z][\w’'\-–]*(?:(?:[ \t]+(?:of|on|for|and|the|against|to(?=[ \t]+the\b)))*[ \t]+"
    r"(?:(?!" + _DATE + r")[A-Z][\w’'\-–]*|(?:19|20|21)\d{2}(?:[ \t]*[-–][ \t]*\d{2,4}|/\d{2,4})?))*"
)
_INSTRUMENT_TAIL = re.compile(
    r"[ \t]+(?:establishing|creating|concerning)[ \t]+(?:(?:a|an|the)[ \t]+)?" + _CAP_RUN
)
#: "… and the Elimination of …": a nominalized topic joined to a plan's topic.
_CONJOINED_TOPIC = re.compile(
    r"[ \t]+and[ \t]+the[ \t]+[A-Z][a-z]+(?:tion|ment|sion|ance|ence)[ \t]+of[ \t]+" + _CAP_RUN
)
_TOPIC_CONNECTOR = re.compile(r"[ \t](?:on|for|against|to)[ \t]")
#: "… Dialogue with the Special Rapporteur on …": a mandate holder, not another actor.
_DIALOGUE_PARTNER = re.compile(
    r"[ \t]+with[ \t]+the[ \t]+(?=(?:Special|Independent|Working|High|Deputy|Assistant)[ \t])" + _CAP_RUN
)
_LEADING_NUMBERED = re.compile(r"\d{1,3}(?:st|nd|rd|th)[ \t]+(?=[A-Z])")
_LEADING_YEAR_THE = re.compile(r"(?:19|20|21)\d{2},?[ \t]+(?:the|The)[ \t]+(?=[A-Z])")
_PARTY = (
    r"(?:the[ \t]+)?(?!" + _DATE + r")[A-Z][\w’'\-]*"
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'\-]*){0,5}"
)
#: "… between Spain and Morocco", "… among the Member States of ECOWAS": an instrument's parties,
#: named, are its name's words (not "between the two countries").
_PARTIES = re.compile(
    r"[ \t]+(?:between[ \t]+"
    + _PARTY
    + r"[ \t]+and[ \t]+"
    + _PARTY
    + r"|among[ \t]+the[ \t]+Member[ \t]+States[ \t]+of[ \t]+"
    + _PARTY
    + r")(?![\w’'-])"
)
#: … but not a memorandum's: "the MoU on Labour between Kenya and Qatar" says who signed it, its
#: title does not (conventions and agreements carry their parties in their titles).
_MEMORANDUM = re.compile(r"\b(?:Memorandum|MoU|MOU)\b")
#: "… (2023-2030) on World Day against Trafficking in Persons", "… on International Migrants Day":
#: the day it was adopted on, not its name's words
_ON_NAMED_DAY = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){1,4}Day\b(?![ \t]+Care)")
#: "… to Haitians", "… to Congolese": the people an instrument is applied to.
_TO_PEOPLE = re.compile(r"[ \t]+to[ \t]+[A-Z][a-z]+(?:ans|ese|is)$")
#: "… on Statelessness to the Government of Thailand": whom a plan is presented or submitted to
_TO_RECIPIENT = re.compile(
    r"[ \t]+to[ \t]+the[ \t]+(?:Governments?|Ministry|Ministries|Minister|President|Prime[ \t]+Minister|"
    r"Parliament|Cabinet|Council[ \t]+of[ \t]+Ministers|Secretary-General|National[ \t]+Assembly|Senate|"
    r"Authorities)\b"
)
#: "the Arms Trade Treaty for Mozambique" (its entry into force for a state): the state, not the title
_TREATY_FOR = re.compile(r"(?:Treaty|Convention|Protocol|Covenant|Statute)([ \t]+for[ \t]+(?:the[ \t]+)?)")

ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth))"
)
_ORDINAL = ORDINAL
#: "the fourth Senior Officials' Meeting": a meeting's ordinal in lower case is its name's.
_LOWER_ORDINAL_BEFORE = re.compile(r"(?<![\w-])" + _ORDINAL + r"[ \t]+$")
#: "The Fifty-Second (52nd) Pacific Islands Forum": the ordinal spelled out, then in figures
_SPELLED_ORDINAL_BEFORE = re.compile(
    r"(?<![\w-])(?i:" + _ORDINAL + r")[ \t]+\([0-9]{1,3}(?:st|nd|rd|th)\)[ \t]+$"
)
#: "the 58th session of the Human Rights Council", "the fortieth regular session of the …";
#: "the General Debate of the 71st session of …" whole.
_ORDINAL_SESSION = re.compile(
    r"\b(?:(?:[A-Z][\w-]*[ \t]+){0,3}(?:Debate|Segment|Dialogue|Discussion)[ \t]+of[ \t]+the[ \t]+)?"
    + r"(?:"
    + _ORDINAL
    + r"|next)"
    + r"[ \t]+(?:(?:regular|special|ordinary|extraordinary|resumed|plenary|annual|ministerial|high-level"
    r"|regional|technical|joint|inaugural)[ \t]+){0,2}"  # "the second ministerial meeting of the …"
    r"(?:session|meeting)[ \t]+of[ \t]+the[ \t]+(" + _CAP_RUN + ")"
)


_SESSION_OF_THE = re.compile(r"[ \t](?:session|meeting)[ \t]+of[ \t]+the[ \t]")


def adjust(text: str, start: int, end: int, type_name: str) -> tuple[int, int] | None:
    """The (start, end) of a name found at ``text[start:end]``, run on or cut as the module says;
    None when what is left is no name."""
    if type_name in ("Framework", "Plan"):
        name = text[start:end]
        if type_name == "Framework":
            tail = _INSTRUMENT_TAIL.match(text, end)
            if tail:  # "… establishing the X Fund"; not "creating the DMW", nor past "and the Y"
                run = tail.group().split(" and the ", 1)[0]
                if not run.split()[-1].isupper():
                    end += len(run)
        if text.startswith((" between ", " among "), end) and not _MEMORANDUM.search(name):
            parties = _PARTIES.match(text, end)
            if parties:
                end = parties.end()
        if " and the " in text[end : end + 9] and _TOPIC_CONNECTOR.search(name):
            tail = _CONJOINED_TOPIC.match(text, end)
            # "… on Trafficking and the Implementation of the Palermo Protocol": a name of its own
            if tail and not any(head_type(w) for w in tail.group().split()):
                end = tail.end()
        cut = _TO_PEOPLE.search(text, start, end) or _TO_RECIPIENT.search(text, start, end)
        if cut:
            end = cut.start()
        cut = _TREATY_FOR.search(text, start, end) if type_name == "Framework" else None
        if cut and is_country_name(text[cut.end() : end]):
            end = cut.start(1)
        if "Day" in text[start:end]:
            cut = _ON_NAMED_DAY.search(text, start, end)
            if cut:
                end = cut.start()
    elif type_name == "Event":
        if text.startswith(" with the ", end) and text[start:end].endswith("Dialogue"):
            tail = _DIALOGUE_PARTNER.match(text, end)
            if tail:
                end = tail.end()
        if start > 4 and text[start - 1] in " \t" and text[start - 2].islower():
            lead = _LOWER_ORDINAL_BEFORE.search(text, max(0, start - 24), start)
            if lead:
                start = lead.start()
        elif start > 6 and text[start - 2] == ")":
            lead = _SPELLED_ORDINAL_BEFORE.search(text, max(0, start - 36), start)
            if lead:
                start = lead.start()
    if type_name == "Organization" and text[start].isdigit():
        lead = _LEADING_NUMBERED.match(text, start, end)  # "the 2nd … Commission": its session
        if lead:
            start = lead.end()
    if text[start : start + 2] in ("19", "20", "21"):
        lead = _LEADING_YEAR_THE.match(text, start, end)
        if lead:
            start = lead.end()
            if type_name != "Organization" and " " not in text[start:end].strip():
                return None  # "in 2018 the Convention": a lone head word, a short form
    return start, end


def ordinal_sessions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Event") of each "<ordinal> session of the <Body>" in lower case.

    The session is named even where its body is named nowhere else ("Norway spoke at the 32nd
    meeting of the UPR Working Group"): the body closing it stays a name of its own
    (:func:`~kg.extract.candidate_choice.bodies_closing_sessions`).
    """
    if "session of the " in text or "meeting of the " in text:
        matches = []
        last = 0
        for hit in _SESSION_OF_THE.finditer(text):  # the cheap first look, then the whole shape
            found = _ORDINAL_SESSION.search(text, max(last, hit.start() - 90), hit.end() + 300)
            if found and found.start() <= hit.start() < found.end():
                matches.append(found)
                last = found.end()
        for match in matches:
            body = match.group(1)
            if " " in body or head_type(body):
                yield match.start(), match.end(), "Event"


#: "the 74th United Nations General Assembly", "the 110th International Labour Conference", "the 12th
#: IRENA Assembly": a body that sits once a year, numbered, is that year's sitting (a legislature
#: numbered, "the 115th Congress", stays the legislature)
_NUMBERED_SITTING = re.compile(
    r"(?<![\w-])\d{1,3}(?:st|nd|rd|th)[ \t]+(?:(?:United[ \t]+Nations|UN)[ \t]+)?"
    r"(?:General[ \t]+Assembly|World[ \t]+Health[ \t]+Assembly|International[ \t]+Labour[ \t]+Conference"
    r"|[A-Z]{2,6}[ \t]+(?:General[ \t]+)?(?:Assembly|Conference))"  # "the 12th IRENA Assembly"
    r"(?![ \t]+(?:[Rr]esolution|[Dd]ecision|[Hh]all|[Pp]resident|Third|Second|First|Fourth|Fifth|Sixth)\b)"
    # the body acting: "the 72nd United Nations General Assembly adopted the Plan" is the Assembly's act
    r"(?![ \t]+(?:(?:has|have|had|also|unanimously|formally)[ \t]+)*"
    r"(?:adopt|pass|approv|endors|decid|proclaim|establish|call|urg|welcom|reaffirm|recogni[sz]|request|elect)"
    r"\w*\b)"
)
#: "Resolution 72/1 of the 72nd …": a text of the body's, not the sitting
_ACT_OF_THE = re.compile(
    r"\b(?:[Rr]esolutions?|[Dd]ecisions?|[Dd]eclarations?)\b[^.;\n]{0,20}\bof[ \t]+the[ \t]+$"
)


def numbered_sittings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Event") of each yearly body named with its number: a session, not the body, unless
    the body acts ("… adopted the Plan") or a text is its own ("Resolution 72/1 of the …")."""
    if "Assembly" in text or "Conference" in text:
        for match in _NUMBERED_SITTING.finditer(text):
            if _ACT_OF_THE.search(text, max(0, match.start() - 40), match.start()) is None:
                yield match.start(), match.end(), "Event"


_NOT_OPERATION_NAMES = frozenset(
    ["centre", "centres", "center", "centers", "room", "rooms", "manual", "manuals", "team", "teams", "mode"]
)
#: "Operation Sentinel", "Operation Blue Shield": a named operation is a plan of action.
_OPERATION = re.compile(r"\bOperation[ \t]+(?!" + _DATE + r")[A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*)?")
#: "the UNODC's Blue Heart campaign", "the Safe Cities
#: initiative", "the Action for Peacekeeping agenda", "the Better Labour Migration programme":
#: a plan's own name before the lower-case head, two words at least.
_CAMPAIGN = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*[’']s)[ \t]+"
    r"((?:\d{1,3}|[A-Z][\w-]*)(?:[ \t]+(?:for|of|to|the|and|\d{1,3}|[A-Z][\w-]*)){1,6}"
    r"[ \t]+(?:campaign|initiative|agenda|programme|program))\b"
)


_CAMPAIGN_AT_END = re.compile(_CAMPAIGN.pattern + r"\Z")
_LOWER_HEADS = (" campaign", " initiative", " agenda", " program")
_PREVIOUS_WORD = re.compile(r"([A-Z\d])[\w-]*\Z")


def _named_heads(text: str) -> list[int]:
    """Ends of the lower-case heads right after a capitalized word or a number (str.find: C speed)."""
    ends = []
    for head in _LOWER_HEADS:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            if text.startswith("me", end):  # "programme"
                end += 2
            if (end == len(text) or not text[end].isalnum()) and _PREVIOUS_WORD.search(
                text, max(0, at - 40), at
            ):
                ends.append(end)
            at = text.find(head, end)
    return sorted(ends)


def named_operations_and_campaigns(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each "Operation <Name>" and "<Name> campaign" (initiative, agenda)."""
    if "Operation " in text:
        for match in _OPERATION.finditer(text):
            words = match.group().split()[1:]
            # "Operation Centres were set up", "the Operation Manual": no operation's name
            if not any(head_type(w) or w.lower() in _NOT_OPERATION_NAMES for w in words):
                yield match.start(), match.end(), "Plan"
    from kg.extract.lexicon import GOVERNMENT_WORDS, MONTHS, NOT_NAMES

    last = 0
    for head_end in _named_heads(text):
        found = _CAMPAIGN_AT_END.search(text, max(last, head_end - 170), head_end)
        if found is None:
            continue
        last = found.end()
        words = found.group(1).split()[:-1]
        first = words[0].lower()
        if first in NOT_NAMES or first in MONTHS or words[-1] in ("the", "of", "for", "to", "and"):
            continue
        if any(head_type(w) or w.lower() in GOVERNMENT_WORDS for w in words):
            continue
        yield found.start(1), found.end(1), "Plan"


#: "Malawi's Nationally Determined Contribution", "their nationally determined contributions":
#: a country's plan under the Paris Agreement, whose head word names no other plan.
_NDC = re.compile(  # "Intended …": the pledge before the Paris Agreement, a document of its own
    # "National Determined Contribution": a common misspelling, the same document
    r"\b(?:(?:Intended|intended)[ \t]+)?(?:Nationally|nationally|National)[ \t]+"
    r"(?:Determined|determined)[ \t]+"
    r"(?:Contribution|contribution)s?\b"
)


#: nouns the acronym modifies ("the NDC implementation plan", "their NDC targets"), and those of Ghana's
#: National Democratic Congress ("the NDC party", "NDC MPs")
_NDC_MODIFIED = (
    "implementation|process|targets?|commitments?|reviews?|updates?|reports?|cycles?|support|"
    "framework|actions?|partnership|plans?|goals?|sectors?|units?|roadmap|investment|financing|"
    "party|government|secretariat|members?|MPs?|candidates?|leaders?|leadership|supporters|caucus|chairman"
)
#: "its NDC", "Kenya's updated NDC", "the revised NDC": the acronym of one country's plan, after a
#: possessive, or after "the" with a word that says which version; not "the NDC" alone (also a party's
#: name); a plural only after one owner ("India's revised NDCs"), not "their NDCs" (every country's)
_NDC_VERSION = r"(?:first|second|third|new|updated|revised|enhanced|initial|latest|next|interim)[ \t]+"
_NDC_ACRONYM = re.compile(
    r"\b(?:(?P<one>its|his|her|[A-Za-z]+[’']s)[ \t]+(?:" + _NDC_VERSION + r")?"
    r"|(?:their|our)[ \t]+(?:" + _NDC_VERSION + r")?"
    r"|(?:[Tt]he|[Aa]n?)[ \t]+" + _NDC_VERSION + r")"
    r"(?P<name>NDC(?P<plural>s)?)\b(?![ \t]+(?:[A-Z]|(?:" + _NDC_MODIFIED + r")\b))"
)


def determined_contributions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each nationally determined contribution."""
    long_forms = list(_NDC.finditer(text)) if "ationally " in text or "National Determined" in text else []
    for match in long_forms:
        yield match.start(), match.end(), "Plan"
    # beside the long form it is the long form's acronym (not beside the intended one's only)
    if "NDC" in text and all(m.group().lower().startswith("intended") for m in long_forms):
        for match in _NDC_ACRONYM.finditer(text):
            if match.group("plural") is None or _one_owner(match.group("one")):
                yield match.start("name"), match.end("name"), "Plan"


def _one_owner(word: str | None) -> bool:
    """Whether the possessive before a plural "NDCs" is one country's ("its", "India's"): not a
    region's or the world's ("Africa's NDCs", "the world's NDCs": every country's)."""
    if word is None:
        return False
    return word in ("its", "his", "her") or word[:-2] in country_forms()


#: ", a coalition of …", ", an initiative to …": an apposition that says what a name names.
_APPOSITION = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:(?P<body>coalition|network|alliance|organi[sz]ation|NGO|association|union|federation|movement"
    r"|charity|foundation|consortium)|(?P<plan>initiative|programme|program|campaign|plan|strategy|project"
    r"|roadmap))\b"
)


#: ", of which both countries are members": one is a member of a body, not of a plan.
_MEMBERS_OF_IT = re.compile(
    r",[ \t]+(?:of[ \t]+which|whose[ \t]+members[ \t]+include)[ \t]+(?:[\w’'-]+[ \t]+){1,4}?"
    r"(?:is|are|was|were|has[ \t]+been|have[ \t]+been|became|become)[ \t]+(?:a[ \t]+|all[ \t]+)?members?\b"
)


#: "the SADC Private Sector Forum", "the SADC Parliamentary Forum": a standing body of a constituency
#: that bears "Forum" in its name. Not a business, youth or civil society forum, which news uses as
#: often for a meeting ("the ECOSOC Youth Forum"); a year after it ("… Forum 2023") makes it one too.
_BODY_FORUM = re.compile(
    r"(?:Private[ \t]+Sector|Employers(?:[’'])?|Trade[ \t]+Union|Parliamentary|Parliamentarians(?:[’'])?)"
    r"[ \t]+Forum(?:[ \t]+\([A-Z]{2,8}\))?\Z"  # "… Forum (SPSF)": with its acronym
)


#: what says the forum is a body where it is named: its acronym after it, or "of/from (the)" before it
#: ("representatives from the …"); "attended the Employers Forum" is a meeting
_FORUM_AS_BODY = re.compile(r"\b(?:of|from)[ \t]+(?:the[ \t]+)?\Z")


#: a country's legislature: "Congress", "the National Congress", "the Congress of Peru", "the Congress
#: of the Republic", "Congress of Deputies"; a meeting is "the World Congress on …", "the 5th Congress"
_LEGISLATURE = re.compile(
    r"(?:(?:National|Federal)[ \t]+)?Congress"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<of>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<republic>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}))?)?"
)
_LEGISLATURE_OF = frozenset(("Republic", "Deputies", "Union", "Nation"))


def body_forum(text: str, start: int, end: int, type_name: str) -> str:
    """Organization for an event name that is a constituency's standing forum or a country's
    congress, named as a body, else ``type_name``."""
    if type_name == "Event" and "Congress" in text[start:end]:
        legislature = _LEGISLATURE.fullmatch(text, start, end)
        of, republic = (
            (legislature.group("of"), legislature.group("republic")) if legislature else (None, None)
        )
        if (
            legislature
            and (of is None or _country_or_state(of))
            and (republic is None or _country_or_state(republic))
        ):
            return "Organization"
    if type_name != "Event" or "Forum" not in text[start:end] or not _BODY_FORUM.search(text, start, end):
        return type_name
    acronym = text[start:end].endswith(")")
    if acronym or _FORUM_AS_BODY.search(text, max(0, start - 12), start):
        return "Organization"
    return type_name


def retype(text: str, end: int, type_name: str) -> str:
    """The type an apposition right after a name gives it: "the Clean Harvest Campaign, a
    coalition of unions …" is a body; "the Ocean Alliance, an initiative of …" a plan; "the
    Regional Initiative …, of which both countries are members" a body."""
    if text.startswith(", of which ", end) and type_name == "Plan" and _MEMBERS_OF_IT.match(text, end):
        return "Organization"
    if text.startswith(", a", end) and type_name in ("Plan", "Event", "Organization"):
        match = _APPOSITION.match(text, end)
        if match:
            if match.group("body") and type_name != "Organization":
                return "Organization"
            if match.group("plan") and type_name == "Organization":
                return "Plan"
    return type_name


def _country_or_state(name: str) -> bool:
    """Whether "Congress of ``name``" is a legislature: a country's, or "of the Republic"."""
    return name in _LEGISLATURE_OF or is_country_name(name)
