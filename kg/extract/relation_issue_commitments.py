"""callsFor an issue from a commitment to fight it: "Ethiopia reaffirms its commitment to combating
irregular migration", "Chile and Peru committed to tackle human trafficking" (a call for action to
fight one, "X called for urgent action to end child labour", is the call rules' in relation_commitments);
and from a call on others to fight it: "the Council called upon Member States to … combat trafficking in
persons", "urged States to cooperate with Libya to prevent migrant smuggling and human trafficking" (the
caller calls for the fight, not the state named on the way).

The cue table's "committed to" gives supports for a plan; for a problem the actor vows to fight,
the annotation format's cue table (callsFor: Actor → Issue) makes it a call.
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.fight_words import FIGHTING
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import NEGATED

_OBJECT = (
    r"\s+(?:(?:this|the)\s+(?:[a-z]+\s+)?(?:challenges?|scourge|problem|crime|issue)\s+of\s+)?"
    r"(?:the\s+)?"  # not "this transnational crime": a crime named before, which the words do not name
)
_COMMITTED_TO_FIGHT = re.compile(
    r"\bcommit(?:(?P<noun>ments?)|s|ted)?\s+(?:itself\s+|themselves\s+|ourselves\s+)?to\s+"
    r"(?:[a-z]+ly\s+)?" + FIGHTING + _OBJECT  # "commitment to aggressively addressing"
)
#: a vow of the subject's own: "reaffirms its commitment", "expressed a shared commitment"
_OWN_VOW = re.compile(
    r"(?:\b(?:its|their|our|his|her|an?)\s+(?:[a-z-]+\s+(?:and\s+)?){0,3}"
    r"|\b(?:reaffirm|renew|express|pledg|reiterat|restat|underlin)[a-z]*\s+)\Z"
)
_ASKED = re.compile(r"\b(?:whether|if)\b")


def _issue_after(rules: SentenceRules, at: int) -> list[tuple[MentionRec, EntityRec]]:
    """The issue named right at ``at`` in the sentence (not after an adjective: "this transnational
    crime" refers back to a crime the words do not name)."""
    base = rules.sent.start
    return rules.sent.of_types(("Issue",), base + at, base + at + 2)[:1]


#: "stressed the need to end", "emphasised on the need for collective efforts … to eradicate": a need
#: the subject states is a call
_STATED_NEED = re.compile(
    r"\b(?:stress|emphasi[sz]|underlin|underscor|highlight|reiterat|recogni[sz]|reaffirm|affirm)\w*\s+"
    r"(?:on\s+)?(?:the\s+)?(?:[a-z]+\s+)?need\s+(?:to|for)\s+"
)
#: the fight the need is for, with the issue right after it: "to end all forms of ", "to tackling "
_FIGHT_FOR = re.compile(
    FIGHTING + r"(?:\s+(?:to|of|against|on))?\s+"
    r"(?:all\s+(?:the\s+)?forms\s+of\s+|the\s+worst\s+forms\s+of\s+)?(?:the\s+)?"
)


#: where the need's clause ends: "…, while the ministry works to end child labour" is another's
_CLAUSE_END = re.compile(r"[;:.]|,\s+(?:while|but|whereas|and|as|although)\b|\s(?:while|but|whereas)\s")
#: a relative clause about a document or a thing: "…, which stressed", "… that stressed"
_ABOUT_A_THING = re.compile(r"\b(?:which|that)\s+$")


def _stated_needs(rules: SentenceRules) -> None:
    """callsFor from the speaker to the issue a stated need is to fight."""
    low, base = rules.sent.low, rules.sent.start
    for need in _STATED_NEED.finditer(low):
        if NEGATED.search(low, max(0, need.start() - 20), need.start()):
            continue
        if _ABOUT_A_THING.search(low, max(0, need.start() - 12), need.start()):
            continue  # "the ILO report, which stressed the need …": the report's, not a speaker's
        stop = min(len(low), need.end() + 100)
        clause = _CLAUSE_END.search(low, need.end(), stop)
        stop = clause.start() if clause else stop
        for fight in _FIGHT_FOR.finditer(low, need.end(), stop):
            issues = _issue_after(rules, fight.end())
            if issues:
                for actor in rules.subject(base + need.start())[:1]:
                    if actor.type in ("Country", "Organization", "Person"):
                        rules.add(actor, "callsFor", issues[0][1], "the need to")
                break


#: a call on others to act: "called upon Member States to", "urged all States … to"
_CALL_ON = re.compile(r"\b(?:" + cues.CALL_ON + r")\s")
#: where the called-for act ends: a new clause, or a relative clause about a thing named on the way
_CALL_END = re.compile(
    r"[;:.]|,\s+(?:while|but|whereas|as|although|which|who|whose|said)\b|\s(?:while|but|whereas)\s"
)
#: the fight called for, past the other verbs of its list, with the issue right after it: "combat ",
#: "prevent, investigate and prosecute acts of ", "criminalize, prevent and otherwise combat "
_CALLED_FIGHT = re.compile(
    FIGHTING + r"(?:(?:,\s*|,?\s+and\s+(?:otherwise\s+)?)[a-z]+){0,3}(?:\s+(?:to|of|against|on))?\s+"
    r"(?:(?:all\s+(?:the\s+)?forms|acts|cases|crimes|instances)\s+of\s+)?(?:the\s+)?"
)
#: between two issues fought together: "migrant smuggling and human trafficking"
_ISSUE_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")


def _called_fights(rules: SentenceRules) -> None:
    """callsFor from the caller to the issues the act it calls for is to fight."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for call in _CALL_ON.finditer(low):
        if NEGATED.search(low, max(0, call.start() - 20), call.start()):
            continue
        if _ASKED.match(low, call.end()):
            continue  # "Kenya asked whether Somalia was committed to fighting …": a question, not a call
        stop = min(len(low), call.end() + 350)
        clause = _CALL_END.search(low, call.end(), stop)
        stop = clause.start() if clause else stop
        if low.find(" to ", call.end() - 1, stop) < 0:
            continue  # "urged restraint": no act called for
        for fight in _CALLED_FIGHT.finditer(low, call.end(), stop):
            issues = _issue_after(rules, fight.end())
            if not issues:
                continue
            later = sent.of_types(("Issue",), issues[0][0].end, base + stop)
            for (m1, _e1), (m2, e2) in zip(issues + later, later, strict=False):
                if not _ISSUE_AND.fullmatch(low, m1.end - base, m2.start - base):
                    break
                issues.append((m2, e2))
            named_before = {e.key for _m, e in sent.actors(base, base + call.start())}
            for actor in rules.subject(base + call.start())[:1]:
                if actor.type in ("Country", "Organization", "Person") and (
                    actor.key in named_before or not sent.actors(base + call.start())
                ):
                    for _m, issue in issues:
                        rules.add(actor, "callsFor", issue, call.group().strip())
            break


def issue_commitments(rules: SentenceRules) -> None:
    """callsFor from the committed subject to the issue named right after the fighting verb."""
    low, base = rules.sent.low, rules.sent.start
    if "Issue" not in rules.types:
        return
    if "need" in low:
        _stated_needs(rules)
    _called_fights(rules)
    if "commit" not in low:
        return
    for cue in _COMMITTED_TO_FIGHT.finditer(low):
        if NEGATED.search(low, max(0, cue.start() - 20), cue.start()):
            continue
        if cue.group("noun") and not _OWN_VOW.search(low, max(0, cue.start() - 40), cue.start()):
            continue  # "X welcomed Malaysia's commitment", "the commitment of Y": not X's own vow
        if _ASKED.search(low, max(0, cue.start() - 50), cue.start()):
            continue  # "Kenya asked whether Somalia was committed to …": a question
        issues = _issue_after(rules, cue.end())
        if not issues:
            continue
        for actor in rules.subject(base + cue.start()):
            if actor.type in ("Country", "Organization", "Person"):
                rules.add(actor, "callsFor", issues[0][1], cue.group().strip())
