"""Text normalization shared by every loader.

Evidence offsets index into ``Document.text``, so the text is normalized exactly once,
here, and never again downstream.
"""

from __future__ import annotations

import re
import unicodedata

# Line-ending and page-break characters become newlines before control characters go.
# (Patterns match only what must change: a regex that rewrites every space or newline of a
# 50 MB document takes seconds.)
_RARE_BREAKS = str.maketrans({"\x0b": "\n", "\x85": "\n", "\u2028": "\n", "\x0c": "\n\n", "\u2029": "\n\n"})
# Control characters (C0, DEL, C1) except \t and \n, and lone surrogates (not encodable).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Horizontal whitespace, including the Unicode space separators (NBSP, thin space, ...).
_WS = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(rf" {_WS}+|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{_WS}*")
_LINE_EDGES = re.compile(r" \n ?|\n ")
#: every horizontal space but the plain one, as ``_SPACES`` knows them
_ODD_SPACES = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"


def _has_odd_spaces(text: str) -> bool:
    """Would ``_SPACES`` change ``text``? (Two spaces in a row, or any other horizontal space.)"""
    if "  " in text or "\t" in text:
        return True
    return not text.isascii() and any(c in text for c in _ODD_SPACES)


_BLANK_RUNS = re.compile(r"\n{3,}")

# Whole lines that are page furniture, not article text. Kept conservative: a pattern
# must not match a sentence an author could plausibly write.
_BOILERPLATE = re.compile(
    r"(?:"
    r"newsletter sign[- ]?up"
    r"|sign up (?:for|to) (?:our|the) (?:\w+ )?newsletters?"
    r"|subscribe to (?:our|the) (?:\w+ )?newsletters?"
    r"|subscribe(?: now| today)?"
    r"|click here to subscribe"
    r"|share this (?:article|story|post|page)"
    r"|share(?: on (?:facebook|twitter|x|linkedin|whatsapp|email))?"
    r"|advertisements?"
    r"|sponsored content"
    r"|follow us on .{1,60}"
    r"|read more(?::.*)?"
    r"|skip to (?:main )?content"
    r"|print this (?:article|page)"
    r"|we use cookies\b.{0,300}"
    r"|this (?:web)?site uses cookies\b.{0,300}"
    r"|(?:accept|reject|manage) (?:all )?cookies"
    r"|cookie (?:policy|settings|preferences)"
    r")[.!:…]*",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """True for a whole (stripped) line that is site furniture such as "Newsletter SignUp"."""
    return len(line) <= 400 and _BOILERPLATE.fullmatch(line) is not None


def normalize_text(text: str) -> str:
    """Return ``text`` in the one form every later stage indexes into.

    Unicode NFC; newlines unified to ``\\n``; control characters other than ``\\n`` removed
    (tabs become spaces); runs of spaces collapsed; lines stripped; boilerplate lines dropped;
    three or more newlines reduced to one blank line; no leading or trailing whitespace.
    The function is idempotent.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(c in text for c in "\x0b\x0c\x85\u2028\u2029"):
        text = text.translate(_RARE_BREAKS)
    text = _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if _has_odd_spaces(text):  # substring tests first: most texts need neither rewrite
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    lines = text.split("\n")
    if any(is_boilerplate(line) for line in lines):
        lines = [line for line in lines if not is_boilerplate(line)]
        text = "\n".join(lines)
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()
