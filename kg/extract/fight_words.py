"""The words of fighting a harm ("combat", "tackling", "the prevention of"), one list for the rules
that read an issue fought: commitments against an issue, measures "to combat", and the nouns that refer
back to an issue ("the elimination of this crime").
"""

from __future__ import annotations

#: the stems of the verbs of fighting a harm: "combat", "tackl(e)", "eradicat(e)", "reduc(e)"
FIGHT_STEMS = (
    r"(?:combat|tackl|fight|end|eradicat|prevent|address|counter|curb|eliminat|reduc|stop|suppress|thwart)"
)
#: the nouns of fighting a harm: "prevention", "reduction"
FIGHT_NOUN = r"(?:elimination|eradication|prevention|reduction|suppression)"
#: a verb of fighting a harm, in any of its forms, or its noun: "combat", "tackling", "stopped", "prevention"
FIGHTING = r"\b(?:" + FIGHT_NOUN + "|" + FIGHT_STEMS + r"(?:e|es|ed|ing|ting|ped|ping|s)?)\b"
