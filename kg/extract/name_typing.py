"""The type of one segment of a capitalized run, by its head word, and the bodies nested in one.

Kept apart from :mod:`~kg.extract.name_segments` (which cuts a run where one name ends and another
begins): :func:`classify` says what a segment names ("Global Plan of Action to Combat …" is a plan,
"Minister of Defence Mariya" no name) and :func:`nested_bodies` splits "Anti-Fraud Unit of the
National Police Directorate" into its two bodies.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.head_words import head_type
from kg.extract.lexicon import CONNECTORS, ORG_HEADS, PLAN_HEADS, POST_NOMINALS, ROLE_WORDS
from kg.extract.name_joins import venue_name
from kg.extract.name_kinds import body_by_shape, instrument_named_by_body, meeting_named_by_body
from kg.extract.name_words import PEOPLE_NOUNS, is_year
from kg.extract.office_words import GENERIC_PART_WORDS, LONE_HEADS, PART_HEADS

#: the word before "Framework" in the name of a programme a government and the UN plan together
#: ("Cooperation Framework", "Development Assistance Framework"): a plan, not a normative instrument
_PROGRAMMING_FRAMEWORKS = frozenset(("cooperation", "co-operation", "assistance", "partnership"))
#: ranks that follow a service's word in a person's title ("Police Colonel", "Army Major")
_RANKS = frozenset(
    {"colonel", "lieutenant", "major", "captain", "brigadier", "sergeant", "inspector", "superintendent"}
    | {"corporal", "constable"}
)
_OFFICE_OF_THE = re.compile(r"(?:Office|Cabinet|Bureau|Secretariat|Chambers) of the\b")


def _head_word(words: list[str]) -> str:
    """The head word of a run, lower case, as :func:`classify` finds it ("" if none)."""
    head = ""
    for word in words:
        low = word.lower()
        if low in CONNECTORS and head:
            break
        if head_type(word):
            head = low
    return head


def nested_bodies(seg: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """ "Anti-Fraud Unit of the National Police Directorate" → the unit, the directorate.

    Both parts must be bodies with their own head word, the first of two words at least and
    headed by a part's head ("Unit", "Service", "Department" …); "Office of the United
    Nations High Commissioner …", "Ministry of Foreign Affairs of Kenya" stay whole.
    """
    for i in range(2, len(seg) - 2):
        if seg[i][2] == "of" and seg[i + 1][2] == "the":
            first, second = seg[:i], seg[i + 2 :]
            head = _head_word([w[2] for w in first])
            if (
                head in PART_HEADS
                and not all(w[2].lower() in GENERIC_PART_WORDS for w in first if w[2].lower() != head)
                and classify([w[2] for w in first]) == "Organization"
                and classify([w[2] for w in second]) == "Organization"
                and any(head_type(w[2]) == "Organization" for w in second)
            ):
                return [first, second]
            if _owned_instrument([w[2] for w in first]) and any(
                head_type(w[2]) == "Organization" for w in second
            ):  # "… Convention, 2011 (No. 189) of the International Labour Organization": two names
                return [first, second]
            break
    return [seg]


def _owned_instrument(words: list[str]) -> bool:
    """A complete instrument's name before "of the <body>": a plan's or framework's head and a
    year, a number or a purpose ("… Guidelines for Fair Recruitment"); "Charter of the …",
    "Rules of Procedure of the …" need the body."""
    return (
        len(words) > 2
        and classify(words) in ("Framework", "Plan")
        and any(is_year(w.strip(",()")) or w in ("No.", "(No.", "for", "against") for w in words)
    )


def classify(words: list[str]) -> str | None:
    """The type of a capitalized run from its head word.

    The head is the last head word before the first connector that follows a head: "Global Plan
    of Action to Combat …" → Plan, "Office of … Development Authority" → Organization, "Prevention
    of … Act" → Framework. Role words and names ("Minister of Defence Mariya") are no name.
    """
    head: str | None = None
    seen_head = False
    at = -1  # where the head is
    for i, word in enumerate(words):
        low = word.lower()
        if low in CONNECTORS and seen_head:
            break
        type_name = head_type(word)
        if type_name:
            head, seen_head, at = type_name, True, i
    if head is None:
        # "Global Call to Action on …": a programme of action by its own words
        return "Plan" if " Call to Action" in f" {' '.join(words)}" and len(words) > 3 else None
    if head in ("Organization", "Event") and instrument_named_by_body(words):
        head = "Framework"  # "the Platform for Action", "Council of Europe Convention": an instrument
    elif head == "Organization" and meeting_named_by_body(words):
        head = "Event"  # "Alliance against Trafficking in Persons Conference": the body's meeting
    first = words[0].lower().strip("’'s")
    if first in ROLE_WORDS and head != "Organization" and not (head == "Event" and first == "expert"):
        return None  # "Minister of Defence Mariya"; but "Expert Group Meeting on …" is a meeting
    if words[-1].lower() in ROLE_WORDS and not _OFFICE_OF_THE.match(" ".join(words[:3])):
        return None  # … but "Office of the President", "Office of the Prime Minister": a body
    if head == "Event" and words[0].lower() == "day":
        return None
    if at > 0 and venue_name(words[at - 1], words[at]):
        return None  # "the Kenyatta International Convention Centre": a venue, no actor
    if len(words) > 1 and words[-1].lower() in PEOPLE_NOUNS and head_type(words[-2]):
        return None  # "Forum Leaders", "Summit Participants": people, not the meeting
    if len(words) > 1 and words[1] == "International" and words[0].lower() in PLAN_HEADS:
        return "Organization"  # "Plan International Kenya": a body named after its work
    if head == "Organization" and at + 1 < len(words) and words[at + 1].lower() in _RANKS:
        return None  # "Police Colonel Paween Pongsirin", "Army General X": a rank and a name, no body
    if words[at].lower() == "framework" and at > 0 and words[at - 1].lower() in _PROGRAMMING_FRAMEWORKS:
        return "Plan"  # "UN Sustainable Development Cooperation Framework 2023-2027": a country programme
    if head == "Event" and any(w in POST_NOMINALS and head_type(p) == "Event" for p, w in pairwise(words)):
        return None  # "Congress MP Shashi Tharoor": a member's title and name, no meeting
    if head == "Event" and body_by_shape(words):
        return "Organization"  # "the U.S. Congress", "Uzbek Forum for Human Rights": a body, no meeting
    if len(words) == 1 and head != "Organization":
        return None  # a lone "Plan", "Convention": a short form, left to the resolver
    if len(words) == 1 and (words[0].lower() in LONE_HEADS or words[0].lower() not in ORG_HEADS):
        return None  # a lone "Office"; a lone plural ("Funds came from …") names no body
    return head
