"""Line breaks that only wrap a paragraph, read as spaces; and the line shapes every reader of
lines shares (list items, complete lines): the sentence rules, the PDF loader, titles.

Text taken from PDFs, e-mails and plain-text releases is often hard-wrapped: every line stops
near one width, wherever a word ends. A name broken over two lines ("National Plan of Action to
Combat Human⏎Trafficking") is then two fragments to every pattern, and the first line reads as a
title of its own. Text taken from web pages is not wrapped: its lines are headlines, datelines,
list items and whole paragraphs, and each line break there means something.

A line was cut by the width when the next line's first word would not have fitted on it (how
wrapping fills lines), or, past the first line, when it is long and its sentence goes on in
lower case on the next: proportional fonts in PDFs make widths in characters uneven. A list of
names, roles and bodies, one per line, is long lines too, but each starts with a capital. The
first line must pass the first test, since a title is often as long as the lines after it but
stops where its writer ended it. The longest line always looks cut, so a text counts as wrapped
only when three or more lines were cut by the width, they hold most of the text of the lines
that run on into another, the width is no wider than a page, and a quarter of them show prose
running across the break: the next line goes on in lower case, with a number or a bracketed
period or acronym ("…Action Plan⏎(2021-2025) together with"), or, beside such breaks, a sentence
ends inside the line ("…Drugs and Crime. Minister of Public⏎Security"). A list of headlines, names
or addresses of about one length is cut at one width too, but each of its lines holds one item and
starts anew, and when its items hold a stop ("Ana Lind, Secretary. Ministry of Foreign Affairs"),
nearly every line has one. In a
wrapped text, a line break after a line cut by the width, before a line that is neither blank nor
a list item, is a space.
Each break becomes one space character (``\\r\\n`` two), so every offset into the result is an
offset into the source and evidence is still sliced from the source text.

>>> text = "Ghana today launched its National Plan of Action\\n"
>>> text += "to Combat Human Trafficking, with the support of\\n"
>>> text += "the United Nations Office on Drugs and Crime and\\n"
>>> text += "the International Organization for Migration.\\n"
>>> unwrap(text)[:60]
'Ghana today launched its National Plan of Action to Combat H'
>>> len(unwrap(text)) == len(text), unwrap(text).count("\\n")
(True, 1)
"""

from __future__ import annotations

import re

#: a line that opens a list item: "1." "2)" "-" "•" … (the sentence rules end a sentence before one)
LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-•*▪●–])\s")
#: what ends a complete line: the sentence goes no further (a line break after it ends the sentence)
COMPLETE = frozenset('.!?:;’”"')
#: a list item or a Markdown heading, after the line's indent
_OWN_LINE = re.compile(r"[ \t]*(?:" + LIST_ITEM.pattern + r"|#+\s)")
#: wrapped lines are no wider than a printed page; longer lines are whole paragraphs
MAX_WIDTH = 160
#: nobody wraps text narrower than this; shorter lines are lists, addresses, verse
MIN_WIDTH = 40
#: fewer run-on lines, or lines cut by the width, than this say nothing about wrapping
MIN_RUN_ON = 3
#: a line past the first at least this share of the width was cut by the width, not by its writer
LONG_SHARE = 0.75
#: wrapped prose runs across many of its breaks (:func:`_runs_across`); a list of headlines, an
#: address or a block of names across none
RUN_ACROSS_SHARE = 0.25
#: a list's items, one a line, each hold a stop; wrapped prose ends a sentence inside fewer lines
INNER_END_SHARE = 0.75
#: the share of the run-on lines' characters that must be on lines cut by the width for the text to
#: count as wrapped (by characters: a wrapped title's short lines weigh little)
WRAPPED_SHARE = 0.6


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, the end before its line break and trailing spaces."""
    out = []
    start = 0
    n = len(text)
    while start <= n:
        nl = text.find("\n", start)
        stop = n if nl < 0 else nl
        end = stop
        while end > start and text[end - 1] in " \t\r":
            end -= 1
        out.append((start, end))
        if nl < 0:
            break
        start = nl + 1
    return out


def _run_ons(text: str, lines: list[tuple[int, int]]) -> list[int]:
    """Indexes of the lines followed by a line that is neither blank nor a list item."""
    out = []
    for i in range(len(lines) - 1):
        s, e = lines[i]
        ns, ne = lines[i + 1]
        if e > s and ne > ns and not _OWN_LINE.match(text, ns, ne):
            out.append(i)
    return out


#: a sentence that ends inside a line, the next one starting on it: "… Drugs and Crime. Minister …"
#: (two lower-case letters or a digit before the stop, so "Mr. Ruiz" and "U.S. Army" are not ends)
_INNER_END = re.compile(r"(?:[a-z]{2}|\d)[.!?][’”\"]?[ \t]+[“\"]?[A-Z]")
#: a name's period or acronym in brackets, going on with the name the line before ended on
_BRACKETED = re.compile(r"\((?:(?:19|20)\d{2}\b|[A-Z]{2,}\))")


def _runs_on(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Does the line after line ``i`` go on with its prose: in lower case, with a number or with a
    bracketed period or acronym? The lines of a list each open a new item: a list of headlines,
    names or addresses does not."""
    ns, ne = lines[i + 1]
    while ns < ne and text[ns] in " \t":
        ns += 1
    return ns < ne and (
        text[ns].islower() or text[ns].isdigit() or _BRACKETED.match(text, ns, ne) is not None
    )


def _runs_across(text: str, lines: list[tuple[int, int]], long: list[int]) -> int:
    """How many of the ``long`` lines' breaks prose runs across: the next line goes on
    (:func:`_runs_on`), or a sentence ends inside the line, not at its end.

    A sentence's end inside a line counts only beside a break that goes on, and only when not
    (nearly) every line has one: a list whose items each hold a stop ("Ambassador Ana Lind,
    Secretary. Ministry of Foreign Affairs", "Social Security House, Nairobi. Tel: 020 2729800")
    has lines of one shape and starts every line anew.
    """
    going_on = [i for i in long if _runs_on(text, lines, i)]
    inner_ends = [i for i in long if _INNER_END.search(text, *lines[i])]
    if not going_on or len(inner_ends) >= INNER_END_SHARE * len(long):
        return len(going_on)
    return len(set(going_on) | set(inner_ends))


def _cut(text: str, lines: list[tuple[int, int]], i: int, width: int) -> bool:
    """Was line ``i`` ended by the width rather than by its writer?"""
    s, e = lines[i]
    ns, ne = lines[i + 1]
    while ns < ne and text[ns] in " \t":
        ns += 1
    space = text.find(" ", ns, ne)
    word = (space if space >= 0 else ne) - ns
    if (e - s) + 1 + word > width:
        return True  # the next word would not have fitted
    # a long line whose sentence goes on in lower case: "… the National Plan⏎of Action"
    return i > 0 and e - s >= LONG_SHARE * width and text[ns].islower()


#: a year range broken at its dash ("2023-⏎2027"): a wrap in any text, however short
_SPLIT_RANGE = re.compile(r"(?<=\d[-–])[ \t\r]*\n(?=[ \t]*\d)")


#: a name's period on the next line, the sentence going on after it ("… Strategy on Anti-Human
#: Trafficking⏎2023-2027, the Prime Minister said", "… in Persons⏎(2022-2026), the ministry said"):
#: the break after the name's last capitalized word is a wrap in any text, however short
_PERIOD_NEXT = re.compile(
    r"(?<=[A-Z])[\w’'-]*(?P<gap>[ \t\r]*\n[ \t]*)(?=\(?(?:19|20)\d{2}[ \t]*[-–][ \t]*(?:19|20)?\d{2}\)?"
    r"(?:[,.;:]|[ \t]+[a-z]))"
)

#: a line that ends on a word no line ends on unless wrapped, the name or sentence going on at once
#: ("… its National Strategy on⏎Anti-Human Trafficking", "the Minister of⏎Foreign Affairs")
_OPEN_END = re.compile(
    # a line of 40 characters at least: a wrapped one, not a headline ("Ghana moves on")
    r"(?:(?<=\n)|^)[^\n]{34,}?(?<=[A-Za-z,] )(?:of|on|for|against|to|the|and|in|with|from|by|at|an?)"
    r"(?P<gap>[ \t\r]*\n[ \t]*)(?=[A-Za-z0-9(“\"])"
)


def _join_periods(text: str) -> str:
    """``text`` with each break before a name's period (:data:`_PERIOD_NEXT`), or after a word no
    line ends on (:data:`_OPEN_END`), made spaces."""
    chars = None
    for m in (*_PERIOD_NEXT.finditer(text), *_OPEN_END.finditer(text)):
        if chars is None:
            chars = list(text)
        for k in range(*m.span("gap")):
            chars[k] = " "
    return text if chars is None else "".join(chars)


def unwrap(text: str) -> str:
    """``text`` with the line breaks that only wrap a paragraph made spaces, the same length."""
    if "\n" not in text:
        return text
    if "-\n" in text or "–\n" in text:
        text = _SPLIT_RANGE.sub(lambda m: " " * len(m.group()), text)
    # the breaks that are wraps in any text, after the paragraphs' (whose widths they would change)
    return _join_periods(_unwrap_paragraphs(text))


def _unwrap_paragraphs(text: str) -> str:
    """``text`` with its paragraphs' wrapping breaks made spaces, when it is a wrapped text."""
    widths = sorted(n for line in text.split("\n") if (n := len(line.rstrip(" \t\r"))))
    if not widths:
        return text
    width = widths[-(len(widths) // 20) - 1]  # the longest but one in twenty: a stray long line doesn't count
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return text  # whole paragraphs on lines (web pages), or lists of short lines: nothing is wrapped
    lines = _lines(text)
    run_ons = _run_ons(text, lines)
    if len(run_ons) < MIN_RUN_ON:
        return text
    long = [i for i in run_ons if _cut(text, lines, i, width)]
    if len(long) < MIN_RUN_ON:
        return text  # the longest line always looks cut: one or two say nothing
    if _runs_across(text, lines, long) < RUN_ACROSS_SHARE * len(long):
        return text  # headlines, addresses, lists of names: each line holds one item
    if sum(lines[i][1] - lines[i][0] for i in long) < WRAPPED_SHARE * sum(
        lines[i][1] - lines[i][0] for i in run_ons
    ):
        return text
    chars = list(text)
    for i in long:
        end = lines[i][1]
        nl = lines[i + 1][0] - 1
        for k in range(end, nl + 1):  # trailing spaces, "\r" and the "\n" itself
            chars[k] = " "
    return "".join(chars)
