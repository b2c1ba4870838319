"""Title-first persons ("Ambassador Aamir Khan", "Minister of Foreign Affairs Julie Bishop"),
and the name shapes all person patterns share.

Split from :mod:`kg.extract.persons` to keep modules short; that module re-exports these names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.letters import LOWER, UPPER
from kg.extract.lexicon import DEPARTMENT_WORDS, NAME_PARTICLES, TITLES, WEEKDAYS
from kg.extract.spans import lower_text

_U = "[" + UPPER + "]"
_L = "[" + LOWER + "’']"
#: A name word: "Vuković", "Fa'amausili", "O'Brien", "McKenzie", "Asada-Miyakawa"; one with a second
#: capital after an Arabic or Romance prefix: "AbdulRahman", "AbuBakar", "DeSouza", "LeBlanc".
_WORD_BODY = (
    r"(?:(?<=[ODN])[’']"
    + _U
    + r"|(?<=M)a?c"
    + _U
    + r"|(?<=A)(?:bdul|bdel|bdal|bu)"
    + _U
    + r"|(?<=[DL])[aei]"
    + _U
    + r")?"
    + _L
    + r"+(?:-"
    + _U
    + r"?"
    + _L
    + r"+)*(?![\w-])"
)
_NAMEW = r"(?:" + _U + _WORD_BODY + r")"
#: A Polynesian name word after the first opens with a glottal stop, written ‘ or ʻ: "‘Utoikamanu";
#: not a quote opening after a name ("Ana Ruiz ‘Safe Homes’", "Ana Ruiz ‘Deeply concerned’ about"):
#: no closing quote (not an apostrophe, which a letter follows) in the rest of the sentence
_OKINA_W = r"[‘ʻ]" + _U + r"[" + LOWER + r"]+(?![\w’'-])(?![^.!?\n]*[.!?]?’(?!\w))"
#: A name word after the first, with an Arabic article joined by a hyphen: "al-Harthy", "el-Sayed".
_INNER_NAMEW = r"(?:(?:(?:al|el|ad|ar|as|ash|an|at|az|ud|ul)-)?" + _NAMEW + r"|" + _OKINA_W + r")"
#: Initials written together, after the first capital, before a name word ("D.M.S. Abayagunawardana");
#: not the titles and places "H.E.", "H.M.", "H.H.", "H.R.H.", "M.P.", "U.S.", "U.N.", "U.K.", "E.U."
_JOINED = (
    r"(?:(?<=H)(?!\.[EMH]\.|\.R\.H\.)|(?<=M)(?!\.P\.)|(?<=U)(?!\.[SNK]\.)|(?<=E)(?!\.U\.)|(?<![HMUE]))"
    r"(?:\." + _U + r"){1,3}\.(?=[ \t]+" + _U + r")"
)
#: one initial: "Anil K. Perera", "M. S. Swaminathan"
_INITIAL = _U + r"\.?(?=[ \t])"
#: Lower-case (and capitalized) particles inside a name: "bin", "ibn", "dos", "van der", "ould".
_PARTICLE = r"(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r"|Bin|Ibn|Al|El|De|Le|Ould)"
#: A regnal or generational numeral closing a name: "King Letsie III", "Pope John XXIII".
_NUMERAL = r"(?:[ \t]+(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XXIII)(?![\w-]))?"
#: a day after a name is the news's time, not a surname: "President Ana Ruiz Thursday signed …"
_WEEKDAY = r"(?:" + "|".join(sorted(w.capitalize() for w in WEEKDAYS)) + r")(?![\w-])"
_NAME_REST = (
    r"(?:[ \t]+(?:"
    + _PARTICLE
    + r"[ \t]+){0,2}(?!"
    + _WEEKDAY
    + r")(?:"
    + _INNER_NAMEW
    + r"|"
    + _INITIAL
    + r")){0,4}"
    + _NUMERAL
)
_NAME = r"(?:" + _NAMEW + r"|" + _U + _JOINED + r"|" + _INITIAL + r")" + _NAME_REST
#: ``(?<![\w’'-])`` + _NAME, written to open with its first letter: Python's regex engine then
#: skips to the next capital in C instead of trying the whole pattern at every character.
_FREE_NAME = (
    _U
    + r"(?<![\w’'-]"
    + _U
    + r")(?:"
    + _WORD_BODY
    + r"|(?<="
    + _U
    + r")(?:"
    + _JOINED
    + r"|\.?(?=[ \t])))"
    + _NAME_REST
)

_TITLE_ALT = "|".join(
    sorted(
        (
            re.escape(t).replace(r"\ ", r"[ \t]+")
            for t in TITLES | {"pm", "prime minister", "foreign minister"}
        ),
        key=len,
        reverse=True,
    )
)


def _grouped(words: list[str]) -> str:
    """``w1|w2|…`` (blanks in a word as ``[ \\t]+``) as one branch per first letter, each word
    after its letter in the order given: the regex engine tries a dozen branches, not a hundred
    words, and the same word wins at each position as in the plain alternation."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]).replace(r"\ ", r"[ \t]+"))
    return "|".join(re.escape(first) + r"(?:" + "|".join(rest) + r")" for first, rest in groups.items())


_TITLE_WORDS = sorted(
    TITLES | {"pm", "prime minister", "foreign minister"},
    key=lambda t: len(re.escape(t).replace(r"\ ", r"[ \t]+")),  # the order of _TITLE_ALT
    reverse=True,
)
_TITLE = r"(?:(?i:" + _grouped(_TITLE_WORDS) + r"))\.?"
_DEPT = (
    r"(?:(?i:"
    + _grouped(sorted(DEPARTMENT_WORDS - {"and", "&"}, key=len, reverse=True))
    # "Women's Affairs", "Workers’ Affairs"; "Anti-Trafficking"; "Minister for SAFRON"
    + r")(?:(?<=s)[’']|[’']s)?|Anti-[\w-]+|[A-Z]\w+ing|(?<=for[ \t])[A-Z]{2,}(?![\w’'-]))"
)
_OF_DEPT = (
    r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    + _DEPT
    + r"(?:,?[ \t]+(?:and[ \t]+|&[ \t]+)?"
    + _DEPT
    + r")*)?"
)

#: "Council President for July, Ana Ruiz": the month a rotating presidency is held
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

TITLED = re.compile(
    r"(?<![\w-])(?P<title>(?:[A-Z][\w-]*[ \t]+){0,2}"
    + _TITLE
    + _OF_DEPT
    + r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?"  # "Special Representative of the Secretary-General"
    + _TITLE
    # "Executive Director a.i., X" (ad interim); "Council President for July, X"
    + r")*)(?:[ \t]+a\.i\.|[ \t]+for[ \t]+"
    + _MONTH
    + r")?,?[ \t]+"
    # not a title taken for a name: "the SADC Executive Secretary, Dr. X" (the title is a role there)
    r"(?!" + _TITLE + r"(?![\w-]))"
    r"(?P<name>" + _NAME + r")"
)


def _by_first_letter(words: list[str]) -> str:
    r"""``(?<![\w-])(?:w1|w2|…)`` written as one branch per first letter, each opening with its
    letter: Python's regex engine then skips in C to the letters that can start a title.
    Within a letter the words keep their order, so the same title wins at each position."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]).replace(r"\ ", r"[ \t]+"))
    return "|".join(
        re.escape(first) + r"(?<![\w-]" + re.escape(first) + r")(?:" + "|".join(rest) + r")"
        for first, rest in groups.items()
    )


#: A title word, matched case-sensitively on the lower-cased text: where TITLED can match.
_TITLE_LOW = re.compile(r"(?:" + _by_first_letter(_TITLE_WORDS) + r")")
#: A title word after the character before it: opening with a class of characters (not a
#: look-behind), the regex engine skips in C to the non-word characters, far fewer than letters.
_AFTER_NON_WORD = re.compile(r"[^\w-](?:" + _by_first_letter(_TITLE_WORDS) + r")")


def _title_starts(low: str) -> Iterator[int]:
    """``m.start()`` of every ``_TITLE_LOW.finditer(low)`` match, found one character early."""
    pos = 0
    m = _TITLE_LOW.match(low)
    while True:
        if m is None:
            hit = _AFTER_NON_WORD.search(low, max(pos - 1, 0))
            if hit is None:
                return
            m = _TITLE_LOW.match(low, hit.start() + 1)
            if m is None:  # cannot happen: the same words, the same check before them
                pos = hit.start() + 2
                continue
        yield m.start()
        pos = m.end()
        m = None


#: One or two capitalized words right before a title ("Foreign Minister", "Deputy Prime Minister").
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w-]*[ \t]+){1,2}$")
_WORD_BEFORE = re.compile(r"[A-Z][\w-]*[ \t]+$")


#: "Eng." right after a capitalised word ends that name ("Chou Bun Eng."); after a comma, "by" or a
#: line's start it is the engineer's style ("…, Eng. Hani Haddad")
_NAME_ENDING_ENG = re.compile(r"[A-Z][\w'’-]*[ \t]+Eng\.$")


def titled_matches(text: str, low: str | None = None) -> list[re.Match[str]]:
    """``list(TITLED.finditer(text))``, trying TITLED only where a title word is near.

    TITLED opens with up to two capitalized words and a case-free list of titles, which
    Python tries at every position; every match holds a title word, so starting only at a
    title word or one or two capitalized words before one finds the same matches.
    ``low`` is ``text.lower()`` when the caller has it (same length as ``text``).
    """
    if low is None or len(low) != len(text):
        low = lower_text(text)
    starts: set[int] = set()
    for p in _title_starts(low):
        starts.add(p)
        # a capitalized word must end right before the title: most title words follow none
        if p < 2 or text[p - 1] not in " \t":
            continue
        q = p - 1
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        w = q
        while w > 0 and (text[w - 1].isalnum() or text[w - 1] in "_-"):
            w -= 1
        if w == q or not ("A" <= text[w] <= "Z"):
            continue
        lo = max(0, p - 80)
        two = _WORDS_BEFORE.search(text, lo, p)
        if two is not None:
            starts.add(two.start())
            one = _WORD_BEFORE.search(text, two.start(), p)
            if one is not None:
                starts.add(one.start())
    out: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        m = TITLED.match(text, start)
        if m is not None and _NAME_ENDING_ENG.search(text, max(0, m.start("title") - 40), m.end("title")):
            continue  # "signed by Chou Bun Eng. Thai Labour Minister …": a name's last word, no title
        if m is not None:
            out.append(m)
            end = m.end()
    return out
