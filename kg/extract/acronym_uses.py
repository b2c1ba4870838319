"""Later uses of acronyms and initialisms: "the FIA", "CCMA Act", "the Anti-TIP Office".

Definitions ("Federal Investigation Agency (FIA)") are found by :mod:`kg.extract.acronyms`;
here each is attached to the entity its long form names, and every free use of it in the
text becomes a mention of that entity, as do the initials of a long name before its head.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.entity_bookkeeping import entity_at, merge, taken_spans
from kg.extract.names import initials, word_rx
from kg.extract.records import ACRONYM, DocState, EntityRec, MentionRec, Taken
from kg.extract.spans import ACRONYM_DEFS, candidates, doc_text


def attach_acronyms(doc: Doc, state: DocState) -> Taken:
    """Attach defined acronyms to their long forms, then mark their other uses.

    Returns the characters the mentions cover then, for the steps after it to go on with.
    """
    text = doc_text(doc)
    named: dict[str, EntityRec] | None = None  # each name's first entity; rebuilt after a merge
    for span in candidates(doc, ACRONYM_DEFS):
        ent = entity_at(state, span.start, span.end)
        acronym = span.label
        if ent is None:
            continue
        if named is None:
            named = {}
            for e in state.entities.values():
                for m in e.mentions:
                    named.setdefault(m.text, e)
        other = named.get(acronym)
        if other is not None and other is not ent and other.iri and ent.iri and other.iri != ent.iri:
            _drop_acronym(state, acronym, other)  # "International Labour Conference (ILC)": ent's, below
            named = None
        elif other is not None and other is not ent:
            merge(state, keep=other if other.iri else ent, drop=ent if other.iri else other)
            ent = other if other.iri else ent
            named = None
        ent.acronyms.add(acronym)
    taken = taken_spans(state, len(text))
    for ent in list(state.entities.values()):
        for acronym in sorted(ent.acronyms):
            if acronym not in text:
                continue
            for start, end in _word_spans(text, acronym):
                if taken.free(start, end):
                    ent.add(MentionRec(start, end, acronym, ACRONYM))
                    taken.take(start, end)
    return taken


def _drop_acronym(state: DocState, acronym: str, source: EntityRec) -> None:
    """Take ``acronym`` and its mentions from ``source``, the reference's namesake: a text that defines
    "International Labour Conference (ILC)" means the Conference by "ILC" (which then takes its uses),
    not the International Law Commission. ``source`` goes when nothing else names it."""
    source.mentions = [m for m in source.mentions if m.text != acronym]
    source.acronyms.discard(acronym)
    if not source.mentions:
        del state.entities[source.key]


def _is_word_char(ch: str) -> bool:
    """``\\w`` of Python's ``re`` on a ``str``: alphanumeric (``str.isalnum``) or the underscore."""
    return ch.isalnum() or ch == "_"


def _word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """``(m.start(), m.end())`` of ``word_rx(word).finditer(text)``, by ``str.find``: most acronyms
    are found in one document only, and compiling a pattern costs more than the scan."""
    if not word:
        for m in word_rx(word).finditer(text):
            yield m.start(), m.end()
        return
    size, n = len(text), len(word)
    i = text.find(word)
    while i >= 0:
        end = i + n
        if (i == 0 or not (_is_word_char(text[i - 1]) or text[i - 1] == "-")) and (
            end == size or not (_is_word_char(text[end]) or text[end] == "-")
        ):
            yield i, end
            i = text.find(word, end)
        else:
            i = text.find(word, i + 1)


@lru_cache(maxsize=4096)
def _initialism_rx(abbrev: str, head: str) -> re.Pattern[str]:
    """``\\b`` + abbrev + ``\\s+`` + head + ``\\b``, opening with the (all-letter) abbreviation: the
    pattern :func:`_initialism_spans` finds without compiling it."""
    a = re.escape(abbrev)
    return re.compile(a + r"(?<!\w" + a + r")\s+" + re.escape(head) + r"\b")


def _initialism_spans(text: str, abbrev: str, head: str) -> Iterator[tuple[int, int]]:
    """Spans of ``\\b`` + abbrev + ``\\s+`` + head + ``\\b`` (``re.finditer``'s), by ``str.find``.

    ``head`` is a word of a label (no white space in it), so the white space before it is
    the whole run after the abbreviation.
    """
    size, n = len(text), len(abbrev)
    i = text.find(abbrev)
    while i >= 0:
        k = i + n
        if i == 0 or not _is_word_char(text[i - 1]):
            while k < size and text[k].isspace():
                k += 1
            end = k + len(head)
            if (
                k > i + n
                and text.startswith(head, k)
                and (_is_word_char(text[end - 1]) != (end < size and _is_word_char(text[end])))
            ):
                yield i, end
                i = text.find(abbrev, end)
                continue
        i = text.find(abbrev, i + 1)


#: words that do not count in a name's initials as news writes them: "National Policy on Migration" → NPM
_MINOR = frozenset(("of", "on", "the", "and", "for", "to", "in", "against", "&"))


#: a capitalized word right after or right before the letters: they are part of a longer name
_IN_LONGER_NAME = re.compile(r"[ \t]+[A-Z][a-z]")
_NAME_WORD_BEFORE = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their|Our|His|Her|In|Under)\b)[A-Z][a-z][\w’'-]*[ \t]+$"
)


def bare_initialisms(text: str, state: DocState, taken: Taken | None = None) -> None:
    """ "The NMP was presented …" after "National Migration Policy": an acronym the text never
    defines names the one plan, framework or body of the text whose initials it is.

    Only initials of three letters or more, of one entity alone, that no reference body and no
    other entity of the text uses; a reference entity keeps its own acronyms."""
    from kg.extract.gazetteer import body_acronyms

    owners: dict[str, list[EntityRec]] = {}
    for ent in state.entities.values():
        if ent.type not in ("Framework", "Plan", "Organization") or ent.iri is not None or ent.acronyms:
            continue
        words = [w for w in ent.label.split() if w.lower() not in _MINOR]
        if len(words) < 3 or not all(w[:1].isupper() for w in words):
            continue
        owners.setdefault("".join(w[0] for w in words), []).append(ent)
    if not owners:
        return
    known = body_acronyms() | {a for e in state.entities.values() for a in e.acronyms}
    for abbrev, ents in owners.items():
        if len(ents) != 1 or abbrev in known or len(abbrev) > 6 or abbrev not in text:
            continue
        for m in word_rx(abbrev).finditer(text):
            if _IN_LONGER_NAME.match(text, m.end()) or _NAME_WORD_BEFORE.search(text, 0, m.start()):
                continue  # "CBS News", "the Kenya NMP Board": the letters open or end another name
            if entity_at(state, m.start(), m.end()) is None:
                ents[0].add(MentionRec(m.start(), m.end(), abbrev, ACRONYM))
                if taken is not None:
                    taken.take(m.start(), m.end())


def initialisms(text: str, state: DocState, taken: Taken | None = None) -> None:
    """ "CCM Act", "CCMA Act" name the "Climate Change Management Act" when the initials agree; "the Anti-TIP
    Office" names the "Anti-Trafficking in Persons (Anti-TIP) Office" by the acronym defined in it.

    The mentions added are marked in ``taken`` when given (it is not read here)."""
    for ent in list(state.entities.values()):
        if ent.type not in ("Framework", "Plan", "Organization"):
            continue
        found = _head_initials(ent.label)
        if found is None:
            continue
        head, abbrevs = found
        # "Anti-Trafficking in Persons (Anti-TIP) Office" … "the Anti-TIP Office"
        if ent.acronyms:
            abbrevs = abbrevs | {a for a in ent.acronyms if f"{a} {head}" in text}
        for abbrev in sorted(abbrevs):
            if len(abbrev) >= 2 and abbrev in text:
                _initialism_mentions(text, state, ent, abbrev, head, taken)


@lru_cache(maxsize=16384)
def _head_initials(label: str) -> tuple[str, frozenset[str]] | None:
    """The head word of a name of three words or more and the initials it may be written with."""
    words = label.split()
    if len(words) < 3:
        return None
    # "US State Department": "US" is a word of the name, not its initials ("US Department of Labor")
    return words[-1], frozenset({initials(" ".join(words[:-1])), initials(label)}) - set(words)


def _initialism_mentions(
    text: str, state: DocState, ent: EntityRec, abbrev: str, head: str, taken: Taken | None
) -> None:
    """Mentions of ``ent`` written "<abbrev> <head>": merge an entity found there, or add one."""
    for start, end in _initialism_spans(text, abbrev, head):
        other = entity_at(state, start, end)
        if other is not None and other is not ent and other.iri is None:
            merge(state, keep=ent, drop=other)
        elif other is None:
            ent.add(MentionRec(start, end, text[start:end], ACRONYM))
            if taken is not None:
                taken.take(start, end)
