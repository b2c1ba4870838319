"""Fold names the grouping left apart into one entity, and split the one joint name.

Grouping keys on type and normalized name, so one thing named several ways is several
entities until these steps merge them: short names into the long name they start or end
("Global Compact" → "Global Compact on Migration"), parts of a person's name, shortened
headline names, a Bill into the Act it became. Joint ministries are split in two, and
"the crisis" joins the one crisis named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.entity_bookkeeping import body_namesakes, merge, merge_keeping_label
from kg.extract.head_words import head_type
from kg.extract.lexicon import ANOTHER_DOCUMENT_WORDS, CONNECTORS
from kg.extract.names import clean, norm, strip_acronyms, strip_period
from kg.extract.records import NAME, SHORT, DocState, EntityRec, MentionRec
from kg.extract.sdg_goals import canonical_label

#: types whose reference entities are never one another's short form (an issue may be: "child
#: labour" after "the worst forms of child labour" is the same concern)
_SEPARATE = frozenset(("Country", "Organization"))


def fold_short_names(state: DocState) -> None:
    """Merge a name into a longer one of the same type that starts or ends with it."""
    ents = sorted(state.entities.values(), key=lambda e: len(e.label))
    order = {e.key: i for i, e in enumerate(state.entities.values())}
    forms_of: dict[str, set[str]] = {}  # an entity's mentions' texts, normalized, once per entity
    # the entities whose forms open or close with a word, by type: a name can only be short for
    # those (comparing every pair costs the square of a long text's names)
    ends: dict[tuple[str, str, str], list[EntityRec]] = {}

    def forms(e: EntityRec) -> set[str]:
        got = forms_of.get(e.key)
        if got is None:
            got = forms_of[e.key] = {_form(m.text) for m in e.mentions}
            for n in got:
                words = n.split("-")
                ends.setdefault((e.type, "first", words[0]), []).append(e)
                ends.setdefault((e.type, "last", words[-1]), []).append(e)
        return got

    for e in state.entities.values():
        forms(e)
    for short in ents:
        if short.key not in state.entities or short.type == "Person":
            continue
        if short.type == "Framework" and canonical_label(short.label):
            continue  # "SDG 8" is its own goal, not short for "SDG 8.7", one of its targets
        s_norm = norm(strip_period(short.label))
        if not s_norm:
            continue
        prefix, suffix, cut = s_norm + "-", "-" + s_norm, len(s_norm) + 1
        size = len(short.label)
        words = s_norm.split("-")
        pool = {
            e.key: e
            for e in ends.get((short.type, "first", words[0]), [])
            + ends.get((short.type, "last", words[-1]), [])
        }
        longer = []
        for e in sorted(pool.values(), key=lambda e: order[e.key]):
            if len(e.label) <= size or e is short or e.key not in state.entities:
                continue
            if short.iri and e.iri and e.iri != short.iri and short.type in _SEPARATE:
                continue  # two reference actors: "Sudan" is not short for "South Sudan"
            for n in forms(e):
                if (
                    (n.startswith(prefix) and not _own_head(n[cut:]))
                    or (
                        n.endswith(suffix)
                        and n[: -len(suffix)] not in ANOTHER_DOCUMENT_WORDS  # not the Intended NDC
                        and not (
                            short.iri
                            and (_body_before(n[: -len(suffix)]) or _aim_before(e, n[: -len(suffix)]))
                        )
                    )
                ):
                    longer.append(e)
                    break
        if len(longer) == 1 or (longer and short.iri is None):
            target = min(longer, key=lambda e: abs(e.first - short.first))
            keep, drop = (short, target) if short.iri and not target.iri else (target, short)
            merge(state, keep=keep, drop=drop)
            forms_of.pop(keep.key, None)  # it has the other's mentions now
            forms_of.pop(drop.key, None)
            forms(keep)


@lru_cache(maxsize=16384)
def _form(text: str) -> str:
    """A mention's text normalized as a name: the same for every short name it is compared with."""
    return norm(strip_period(clean(strip_acronyms(text))))


_NAME_WORD = re.compile(r"[^\W_]+")


_MINISTRIES = re.compile(r"^Ministries\s+(?:of|for)\s+")
_AND = re.compile(r"\s+and\s+")


def split_ministries(state: DocState) -> None:
    """ "Ministries of Employment and Social Welfare and Women and Children's Affairs" are two.

    The portfolios are cut at the "and" that leaves the most even halves (the later one on a
    tie); each half is a ministry, the second mentioned by its portfolio's words.
    """
    for ent in list(state.entities.values()):
        if ent.type != "Organization" or ent.iri or not ent.label.startswith("Ministries "):
            continue
        mention = next((m for m in ent.mentions if _MINISTRIES.match(m.text)), None)
        if mention is None:
            continue
        lead = _MINISTRIES.match(mention.text)
        assert lead is not None
        rest_at = lead.end()
        rest = mention.text[rest_at:]
        cuts = list(_AND.finditer(rest))
        if not cuts:
            continue
        cut = min(
            cuts,
            key=lambda c: (abs(len(rest[: c.start()].split()) - len(rest[c.end() :].split())), -c.start()),
        )
        word = lead.group().split()[1]  # "of", "for"
        state.entities.pop(ent.key)
        first_end = rest_at + cut.start()
        for start, end, text, portfolio in (
            (mention.start, mention.start + first_end, mention.text[:first_end], rest[: cut.start()]),
            (mention.start + rest_at + cut.end(), mention.end, rest[cut.end() :], rest[cut.end() :]),
        ):
            label = f"Ministry {word} {portfolio}"
            key = f"Organization:{norm(label)}"
            ministry = state.entities.get(key)
            if ministry is None:
                ministry = state.entities[key] = EntityRec(key, "Organization", label)
            ministry.add(MentionRec(start, end, text, NAME))


def fold_name_parts(state: DocState) -> None:
    """Merge a person named by a run of another's name words into that person.

    "Bin Khalid", "Al Thani" → "Hamad bin Khalid Al Thani"; "Dos Santos" → "Ana dos Santos".
    Words compare case-free (a particle opening a sentence is capitalized); the run must be
    in one longer name only.
    """
    people = [e for e in state.entities.values() if e.type == "Person"]
    if len(people) < 2:
        return
    words = {e.key: tuple(e.label.lower().split()) for e in people}
    for short in sorted(people, key=lambda e: len(words[e.key])):
        sw = words[short.key]
        if len(sw) < 2 or short.key not in state.entities:
            continue
        longer = [
            e
            for e in people
            if e is not short
            and e.key in state.entities
            and len(words[e.key]) > len(sw)
            and any(words[e.key][i : i + len(sw)] == sw for i in range(len(words[e.key]) - len(sw) + 1))
        ]
        if len(longer) == 1:
            merge_keeping_label(state, keep=longer[0], drop=short)


@lru_cache(maxsize=4096)
def _content_words(label: str) -> tuple[str, ...]:
    return tuple(w for w in _NAME_WORD.findall(label.lower()) if w not in CONNECTORS)


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _head_moved(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """ "Drugs and Crime Office" for "United Nations Office on Drugs and Crime": a headline puts the
    body's head word last, before it the words of what the body is for, in order."""
    return (
        len(short) > 2
        and head_type(short[-1]) == "Organization"
        and _is_subsequence((short[-1], *short[:-1]), long)
    )


def fold_headline_names(state: DocState, headline_end: int) -> None:
    """Merge a name met only in a Title Case headline into the body's fuller name of it.

    Headlines shorten: "Anambra Assembly" for "Anambra State House of Assembly",
    "… Enforcement Administration Bill" for "… Enforcement and Administration Bill". The
    headline's words must all be in the body name, in order; the body name is kept.
    """
    for ent in list(state.entities.values()):
        if ent.iri or ent.type == "Person" or any(m.start >= headline_end for m in ent.mentions):
            continue
        words = _content_words(ent.label)
        if len(words) < 2:
            continue
        namesakes = body_namesakes(state, ent, headline_end)
        targets = [
            o
            for o in namesakes
            if _is_subsequence(words, _content_words(o.label))
            or (ent.type == "Organization" and _head_moved(words, _content_words(o.label)))
        ]
        if len(targets) == 1:
            merge(state, keep=targets[0], drop=ent)
        elif not targets and ent.type == "Event":
            # "Statement at the Ninth Bali Process Ministerial Conference" over a text that says
            # "this Ninth Ministerial Conference": the headline's fuller name is kept
            shorter = [
                other
                for other in state.entities.values()
                if other is not ent
                and other.type == ent.type
                and not other.iri
                and len(_content_words(other.label)) >= 2
                and _is_subsequence(_content_words(other.label), words)
            ]
            if len(shorter) == 1:
                merge(state, keep=ent, drop=shorter[0])


_YEAR = re.compile(r"\b(?:19|20|21)\d{2}\b")
_NEW_BEFORE = re.compile(r"\b(?:new|resulting|amended)\s+$", re.IGNORECASE)


def _instrument_core(label: str) -> tuple[str, tuple[str, ...]]:
    """Head ("bill", "act") and the other words of a law's name, years dropped, plurals folded."""
    words = [w for w in _content_words(label) if not _YEAR.fullmatch(w) and w not in ("no", "new")]
    if not words:
        return "", ()
    return words[-1], tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words[:-1])


def bills_into_acts(text: str, state: DocState) -> None:
    """A Bill and the Act it became are one law: "the Refugee Bill of 2019" … "the new Refugees Act".

    Merged only when the text says so: the Act is called new (or the resulting, amended
    Act), or both carry the same year ("Bill, 2018" and "Act, 2018"). An Act with a history
    of its own ("the … Act, originally passed in 2003") stays apart from a Bill of the same name.
    """
    laws = [e for e in state.entities.values() if e.type == "Framework" and e.iri is None]
    bills = [(e, _instrument_core(e.label)) for e in laws]
    acts = [(e, core) for e, (head, core) in bills if head == "act" and core]
    for bill, (head, core) in bills:
        if head != "bill" or not core:
            continue
        years = {y for m in bill.mentions for y in _YEAR.findall(m.text)}
        for act, act_core in acts:
            if act_core != core or act.key not in state.entities:
                continue
            new = any(_NEW_BEFORE.search(text, max(0, m.start - 12), m.start) for m in act.mentions)
            same_year = years and years & {y for m in act.mentions for y in _YEAR.findall(m.text)}
            if new or same_year:
                merge_keeping_label(state, keep=act, drop=bill)
                break


def _body_before(rest: str) -> bool:
    """Do the words before a reference body's name make a body of their own? "Permanent Mission of
    Viet Nam to the" + "United Nations" is the mission, not the UN."""
    return any(head_type(word) == "Organization" or word in _POSTS for word in rest.split("-"))


def _aim_before(long: EntityRec, rest: str) -> bool:
    """Is a reference issue the aim of a longer one? "trafficking for" + "forced labour" is a form of
    trafficking, its own concern; "worst forms of" + "child labour" is the same concern."""
    return long.type == "Issue" and long.iri is not None and rest.endswith(("-for", "-purpose-of", "-into"))


#: a state's posts abroad, bodies though no head word of a name ("Mission LiFE" is a plan)
_POSTS = frozenset(("mission", "delegation", "embassy", "consulate", "high-commission"))


def _own_head(rest: str) -> bool:
    """Do the words after a short name give the long name a head of its own?

    "Paris Agreement" + "Implementation Act" is another instrument; "Global Compact" +
    "on Migration" is the same one.
    """
    for word in rest.split("-"):
        if word in CONNECTORS:
            return False
        if head_type(word):
            return True
    return False


_THE_CRISIS = re.compile(r"\b[Tt]he crisis\b")


def the_crisis(text: str, state: DocState) -> None:
    """ "the Rohingya crisis" … "The crisis remains unresolved": the same issue, when it is the only one."""
    crises = [e for e in state.entities.values() if e.type == "Issue" and e.label.endswith(" crisis")]
    if len(crises) != 1 or "he crisis" not in text:
        return
    crisis = crises[0]
    first = crisis.first
    for m in _THE_CRISIS.finditer(text, first + 1):
        if not any(x.start <= m.start() < x.end for x in crisis.mentions):
            crisis.add(MentionRec(m.start() + 4, m.end(), m.group()[4:], SHORT))
