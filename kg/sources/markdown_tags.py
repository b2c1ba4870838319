"""Which runs in angle brackets in Markdown are tags to drop, and which are the writer's words.

Markdown lets a writer put HTML in the text, and MDX adds components ("<Callout type="info">");
either is markup, not words. But "<not punish them>" is a writer's aside in angle brackets. A
run is a tag when its name is an element of HTML, SVG or MathML, or an old one browsers still
know ("<big>", "<nobr>", "<marquee>"); when it has attributes ('name="…"'); when it closes an
element opened in the same text or opens one closed there; or when its name starts with a capital
letter, as a JSX component's does; but words after the name that are no attributes ("<a
victim-centred approach>", "<stop the abuse>") are the writer's, as one flag ("<details open>") is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: the elements of HTML (the WHATWG HTML Living Standard's element index)
HTML_ELEMENTS = frozenset(
    """a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption
    center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset
    figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins
    kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p
    param picture pre progress q rp rt ruby s samp script search section select slot small source span
    strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr
    track tt u ul var video wbr""".split()  # noqa: SIM905 - a word list, read as one
)
#: elements of SVG and MathML, and obsolete HTML ones browsers still render
OTHER_ELEMENTS = frozenset(
    name.lower()
    for name in """svg circle rect path g line polyline polygon ellipse text tspan textPath defs use symbol
    clipPath mask pattern linearGradient radialGradient stop filter image foreignObject marker desc
    switch animate animateTransform animateMotion set view feGaussianBlur feOffset feBlend
    math mi mn mo ms mtext mrow mfrac msqrt mroot msub msup msubsup munder mover munderover mtable
    mtr mtd mspace mpadded mphantom mstyle semantics annotation merror menclose mmultiscripts
    acronym applet basefont bgsound big blink center dir font frame frameset isindex keygen listing
    marquee menuitem multicol nextid nobr noembed noframes plaintext rb rtc spacer strike tt xmp""".split()  # noqa: SIM905
)
#: a tag: its name (JSX's "Tabs.Item", XML's "svg:rect" too), then what follows up to ">"
TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][\w.:-]*)(?P<rest>(?:\s[^<>]*)?/?)>")
#: an attribute: name="…", name='…', name={…} or name=value
_ATTRIBUTE = re.compile(r"""\s[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^\s"'=<>`]+)""")


def tag_dropper(text: str) -> Callable[[re.Match[str]], str]:
    """The replacement for :data:`TAG`'s matches in ``text``: nothing for a tag, the match for words."""
    opened = {m["name"] for m in TAG.finditer(text) if not m["close"]}
    closed = {m["name"] for m in TAG.finditer(text) if m["close"]}

    def drop(match: re.Match[str]) -> str:
        name, rest = match["name"], match["rest"].strip()
        if _ATTRIBUTE.search(" " + rest):
            return ""
        if rest not in ("", "/"):  # words after the name: one is a flag ("<details open>"), more prose
            return "" if name.lower() in HTML_ELEMENTS and len(rest.split()) == 1 else match.group(0)
        paired = name in (opened if match["close"] else closed)
        known = name.lower() in HTML_ELEMENTS or name.lower() in OTHER_ELEMENTS
        return "" if known or paired or name[0].isupper() else match.group(0)

    return drop
