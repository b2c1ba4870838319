"""Runs whose head word says one kind and whose shape says another.

:func:`kg.extract.name_typing.classify` types a run of capitalized words by its head word; these
shapes overrule it. "Council of Europe Trafficking Convention" is headed by a body's word but names an
instrument; "the U.S. Congress" and "Uzbek Forum for Human Rights" are headed by a meeting's word but
name bodies.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import country_forms
from kg.extract.head_words import head_type

#: an instrument's head word that may close a name opening with a body's: "Council of Europe Convention"
#: (not "law": "Institute for Human Rights and Humanitarian Law" names a field of study)
_INSTRUMENT_ENDS = frozenset(("act", "bill", "convention", "protocol", "treaty", "charter"))
#: words that make the instrument a complement of the body: "Secretariat of the Basel Convention"
_COMPLEMENT_WORDS = frozenset(("the", "to", "under", "on"))
#: the words that open an instrument's subject after its head: "… Convention on …", "… Protocol for …"
_SUBJECT_WORDS = frozenset(("on", "for", "against", "relating", "concerning"))


def instrument_named_by_body(words: list[str]) -> bool:
    """Whether a run whose head word is a body's or a meeting's names an instrument instead: "the
    Platform for Action", or an instrument's head word closing a compound after the body's name
    ("Council of Europe Trafficking Convention", "Department of Migrant Workers Act"), also before its
    subject ("Council of Europe Framework Convention on …"); not a body
    "of the" instrument ("Secretariat of the Basel Convention", "Conference of the Parties to …")."""
    if " Platform for Action" in " " + " ".join(words):
        return True
    # "Council of Europe Framework Convention on Artificial Intelligence": the compound, then its subject
    closed_by_body = head_type(words[-1]) == "Organization"  # "… Convention on … Monitoring Group"
    for j in range(2, len(words) - 2):
        if words[j].lower() in _INSTRUMENT_ENDS and words[j + 1] in _SUBJECT_WORDS and not closed_by_body:
            return _closes_compound(words[: j + 1])
    return _closes_compound(words)


def _closes_compound(words: list[str]) -> bool:
    """Whether an instrument's head word closes a compound after a body's name."""
    return (
        len(words) > 2
        and words[-1].lower() in _INSTRUMENT_ENDS
        and (words[-2][:1].isupper() or words[-2].startswith("("))
        and not any(w.lower() in _COMPLEMENT_WORDS for w in words[1:-1])
    )


#: a forum named for a cause is a body, not a meeting ("… Forum for Human Rights", "… Rights Forum")
_RIGHTS_FORUM = re.compile(r"\bForum for (?:[A-Z]\w+ )*Rights\b|\bRights Forum\b")


def body_by_shape(words: list[str]) -> bool:
    """Whether a run headed by a meeting's word is a body: a legislature, bare or a country's ("Congress
    passed the bill", "the U.S. Congress"), or a forum named for a cause
    ("Uzbek Forum for Human Rights", "International Labor Rights Forum")."""
    if words[-1] == "Congress":  # not "the 18th Congress": a union's or a party's, a meeting
        return len(words) == 1 or " ".join(words[:-1]) in country_forms()
    return _RIGHTS_FORUM.search(" ".join(words)) is not None


#: the meeting words that, closing a run after a body's name, name the body's meeting: "Alliance against
#: Trafficking in Persons Conference", "Bali Process Ministerial Conference" ("Forum" and "Assembly" are
#: bodies' words too: "Pacific Islands Forum", "ASEAN Inter-Parliamentary Assembly")
_MEETING_ENDS = frozenset(("conference", "summit", "meeting", "symposium", "workshop", "consultation"))


def meeting_named_by_body(words: list[str]) -> bool:
    """Whether a run headed by a body's word names that body's meeting: a meeting's word closes the run
    right after a capitalised word ("… in Persons Conference"), and no "of the" makes the body the
    meeting's complement ("Secretariat of the Conference")."""
    return (
        len(words) > 2
        and words[-1].lower() in _MEETING_ENDS
        and words[-2][:1].isupper()
        and not any(w.lower() in _COMPLEMENT_WORDS for w in words[1:-1])
    )
