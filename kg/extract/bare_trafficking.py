"""A bare "trafficking" in a text on human trafficking names that issue.

News on human trafficking names it in full once and then writes the word alone: "a programme to
prevent the trafficking and forced labour of women", "joint teams on trafficking linked to scam
centres". The scheme cannot hold "trafficking" as a label (drugs, arms and wildlife are trafficked
too), so the word is read as human trafficking only where the text names human trafficking (or
one of its forms) and no other kind of trafficking; never inside a name ("Anti-Trafficking Act"),
a compound ("anti-trafficking", "trafficking-related") or before "in"/"of" (what is trafficked).
"""

from __future__ import annotations

import re

from kg.extract.records import SHORT, DocState, EntityRec, MentionRec, Taken

_BARE = re.compile(r"(?<![\w-])trafficking\b(?![ \t]+(?:in|of)\b)(?!-)")
#: a good or a drug named near the word: "ivory trafficking", "trafficking cocaine", "a hub for
#: trafficking, with cocaine, weapons and fuel": trafficked goods, not people
_GOODS = re.compile(
    r"\b(?:drugs?|narcotics?|cocaine|heroin|cannabis|marijuana|methamphetamines?|meth|opium|opioids?|fentanyl|"
    r"weapons?|arms|guns|firearms|ammunition|ivory|timber|wildlife|rhino|pangolins?|fuel|oil|cigarettes|"
    r"tobacco|gold|antiquities|counterfeit\w*)\b",
    re.IGNORECASE,
)
_NEAR = 60
#: what else is trafficked: a text that names it leaves the bare word alone
_OTHER_KINDS = ("drug trafficking", "firearms trafficking", "wildlife trafficking")
_HUMAN = "human trafficking"


def bare_trafficking(text: str, state: DocState, taken: Taken) -> None:
    """Add each free, bare "trafficking" as a mention of human trafficking, where the text names it."""
    if "trafficking" not in text:
        return
    human: EntityRec | None = None
    for ent in state.entities.values():
        if ent.type != "Issue":
            continue
        label = ent.label.lower()
        if label in _OTHER_KINDS:
            return
        if label == _HUMAN:
            human = ent
    if human is None:
        return
    for m in _BARE.finditer(text):
        start, end = m.span()
        if _GOODS.search(text, max(0, start - _NEAR), min(len(text), end + _NEAR)):
            continue  # "cocaine trafficking network", "charged with trafficking cocaine"
        if taken.free(start, end):
            human.add(MentionRec(start, end, m.group(), SHORT))
            taken.take(start, end)
