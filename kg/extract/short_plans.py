"""A short or generic form of a plan named in full before is that plan, not a second one.

"The Country Programme 2026–2030" after "the UNODC Country Programme for Ruritania 2026–2030",
"the national anti-trafficking strategy" after "the National Strategy and Action Plan to Combat
Human Trafficking 2024–2027": the short form's words (its head word last) are all words of the
long name, and its period, when it gives one, is the long name's. It joins the long form only
when exactly one plan or framework of its type fits; two fitting plans leave it alone. The long
form may come after the short one: a headline or lead often names a plan short first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.entity_bookkeeping import body_namesakes, fold_short
from kg.extract.lexicon import ANOTHER_DOCUMENT_WORDS, CONNECTORS, FRAMEWORK_HEADS, PLAN_HEADS
from kg.extract.name_extensions import ORDINAL
from kg.extract.names import period
from kg.extract.records import DocState, EntityRec

_WORD = re.compile(r"[^\W\d_]+")
#: where a name's head gives way to what it is about: "Roadmap on …", "Plan for …"
_QUALIFIER = re.compile(r"\s(?:on|for|to|against|of|in|towards)\s")
_HEADS = PLAN_HEADS | FRAMEWORK_HEADS
_TYPES = ("Plan", "Framework", "Organization", "Event")
#: a prefix of a short form's word that the long name says otherwise ("anti-trafficking" → "trafficking")
_DROPPED = frozenset(("anti", "the", "new", "revised", "updated", "current", "draft"))


@lru_cache(maxsize=4096)
def _words(label: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(label.lower()) if w not in CONNECTORS)


def fold_short_plans(state: DocState) -> None:
    """Merge a plan's short form into the one longer plan of its type (a headline may name it first).

    Bodies and meetings too, when the short form puts the long name's head last ("the Crime
    Commission" for "the Commission on Crime Prevention and Criminal Justice"): that inverted
    order is no other body's name, where "Ministry of Labour" may be another country's.
    """
    items = [e for e in state.entities.values() if e.type in _TYPES]
    if len(items) < 2:
        return
    by_word: dict[str, list[EntityRec]] = {}  # the names holding each word, in the state's order
    for e in items:
        for w in dict.fromkeys(_words(e.label)):
            by_word.setdefault(w, []).append(e)
    for short in sorted(items, key=lambda e: len(e.label)):
        if (
            short.key not in state.entities
            or short.iri is not None
            or short.acronyms
            or short.label.count(" ") > 6
        ):
            continue
        words = tuple(w for w in _words(short.label) if w not in _DROPPED)
        if not 2 <= len(words) <= 4:
            continue
        years = period(short.label)
        # only names holding the short form's rarest word can fit it ("N-year" may be said otherwise)
        needed = [w for w in words if w != "year" and w not in _NUMBERS and not w.isdigit()]
        pool = min((by_word.get(w, ()) for w in needed), key=len) if needed else items
        fitting = [
            e
            for e in pool
            if e is not short
            and e.key in state.entities
            and e.type == short.type
            and len(e.label) > len(short.label)
            and _fits(_length_fits(short.label, e) or words, years, e)
            and not _another_document(short.label, e.label)
            and (
                short.type in ("Plan", "Framework")
                or _inverted(short.label, e.label)
                or (short.type == "Event" and _same_meeting(short.label, e.label))
            )
        ]
        if len(fitting) == 1:
            fold_short(state, keep=fitting[0], drop=short)


def _another_document(short: str, long: str) -> bool:
    """ "Nationally Determined Contribution" is no short form of "Intended Nationally Determined …"."""
    first = long.split(" ", 1)[0].lower()
    return first in ANOTHER_DOCUMENT_WORDS and short.split(" ", 1)[0].lower() != first


#: the head words of a meeting's name: "Conference", "Summit", "Forum", "Meeting"
#: a meeting's number opening its name: "Twelfth", "12th" (lower-cased)
_ORDINAL_WORD = re.compile(ORDINAL)
_MEETING_HEADS = frozenset(
    ("conference", "summit", "forum", "meeting", "dialogue", "session", "consultation")
)


def _same_meeting(short: str, long: str) -> bool:
    """ "North Africa Regional Conference" for "North Africa Regional Ministerial Conference", "GFMD
    Summit" for "Twelfth GFMD Summit Meeting": the short form's head is a meeting's, a word of the
    long name, and the short form opens as the long name does or after its ordinal; its other words
    are the long name's too (checked by the caller)."""
    short_words, long_words = short.lower().split(), long.lower().split()
    if short_words[-1] not in _MEETING_HEADS or short_words[-1] not in long_words:
        return False
    opening = long_words[1:] if _ORDINAL_WORD.fullmatch(long_words[0]) else long_words
    return bool(opening) and opening[0] == short_words[0]


def _inverted(short: str, long: str) -> bool:
    """ "Crime Commission" of "Commission on Crime Prevention …": the short form's last word, its
    head, opens the long name, which goes on with a connector; the short form has none."""
    short_words, long_words = short.split(), long.split()
    return (
        len(short_words) >= 2
        and not any(w.lower() in CONNECTORS for w in short_words)
        and len(long_words) > 2
        and long_words[0] == short_words[-1]
        and long_words[1].lower() in CONNECTORS
    )


#: "a five-year plan": the length of the long name's period.
_YEARS_LONG = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-year\b", re.IGNORECASE)
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUMBERS = {w: i for i, w in enumerate(_NUMBER_WORDS, start=2)}


def _length_fits(label: str, long: EntityRec) -> tuple[str, ...] | None:
    """The words "N-year" leaves of a short form when the long name's period lasts N years; None if
    the short form gives a length the long name's period does not have."""
    match = _YEARS_LONG.search(label)
    if match is None:
        return None
    word = match.group(1).lower()
    years = _NUMBERS.get(word) or int(word)
    start, end = period(long.label)
    if start is None or end is None or years not in (end - start, end - start + 1):
        return None
    return tuple(w for w in _words(label) if w not in ("year", word))


def _fits(words: tuple[str, ...], years: tuple[int | None, int | None], long: EntityRec) -> bool:
    """Whether every word of a short form is a word of ``long``'s name, and the periods agree."""
    long_words = set(_words(long.label))
    if not all(w in long_words for w in words):
        return False
    if years == (None, None):
        return True
    return years == period(long.label) or years == (long.start_year, long.end_year)


#: words any plan's name may hold, which tell no two plans apart
_SHARED_PLAN_WORDS = frozenset(("national", "plan", "strategy", "action", "new", "first", "year", "the"))


def _other_country(label: str, title: str) -> bool:
    """Whether ``label`` names a country, by name or demonym, that ``title`` does not."""
    named, in_title = _countries_in(label), _countries_in(title)
    return bool(named - in_title)


def _countries_in(text: str) -> set[str]:
    """The reference countries a text names by a name or demonym of up to six words, the longest
    first ("South Sudan" is not Sudan; "Democratic Republic of the Congo" is one name)."""
    words = _ANY_WORD.findall(text)
    from kg.extract.gazetteer import country_forms

    of = country_forms()
    found = set()
    i = 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 0, -1):
            iri = of.get(" ".join(words[i : i + n])) if words[i][0].isupper() else None
            if iri is not None:
                found.add(iri)
                i += n
                break
        else:
            i += 1
    return found


_ANY_WORD = re.compile(r"[\w’'-]+")


def _head(label: str) -> str | None:
    """The head word of a plan's name: "Roadmap" of "Santiago Roadmap (2026–2028)" and of "Roadmap on
    Regularization of Migrants"."""
    cut = _QUALIFIER.search(label)
    words = [w for w in _WORD.findall((label[: cut.start()] if cut else label).lower()) if w in _HEADS]
    return words[-1] if words else None


def fold_headline_plans(state: DocState, headline_end: int, title: str | None = None) -> None:
    """A plan a Title Case headline describes ("Countries Agree Roadmap on Regularization of Migrants")
    is the one plan of its type and head word the body names ("the Santiago Roadmap (2026–2028)").

    ``title``: a sentence-case title's text, whose plan is not a body plan that names a country the
    title does not ("Kenya unveils refugee strategy" is not "the Uganda … Strategy" the body cites)."""
    for ent in list(state.entities.values()):
        if (
            ent.type not in ("Plan", "Framework")
            or ent.iri
            or any(m.start >= headline_end for m in ent.mentions)
        ):
            continue
        head = _head(ent.label)
        if head is None:
            continue
        targets = [o for o in body_namesakes(state, ent, headline_end) if _head(o.label) == head]
        if title is not None:
            # the body plan of the title's own country and topic: "ten-year climate adaptation plan" is
            # the National Adaptation Plan, not the development plan beside it
            targets = [o for o in targets if not _other_country(o.label, title)]
            if len(targets) > 1:
                own = {w for w in _words(ent.label) if w != head} - _SHARED_PLAN_WORDS
                targets = [o for o in targets if own & set(_words(o.label))]
        if len(targets) == 1:
            fold_short(state, keep=targets[0], drop=ent)
