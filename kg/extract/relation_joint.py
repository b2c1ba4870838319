"""Partners by a joint deed: "Botswana, Malawi and Zimbabwe had concluded a tripartite pilot",
"Ghana and Togo signed a bilateral agreement", "Peru, Chile and Ecuador held talks on migration":
each pair of the doers partners with the other.

The adjective (bilateral, tripartite, joint) says the deed is shared, so a list of two to five
doers right before the verb are partners. Without it ("X and Y launched plans") nothing is read,
unless what they start is one new thing: "The ILO and the EU are launching a new project", "a
project launched on Tuesday by the ILO and DFID" (one project, two launchers: a shared deed), or
the deed is their tie itself: "The IDB and UNDP reaffirmed their long-standing cooperation", "Kenya
and Uganda joined forces".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from kg.extract.actors import coordinated, coordinated_before
from kg.extract.cue_pair_deeds import MODIFIER
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules

_JOINT_DEED = re.compile(
    # "on Wednesday", "yesterday": when, not part of the deed's wording
    r"\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|yesterday\s+|today\s+)?(?P<deed>(?:had\s+|have\s+|has\s+)?"
    r"(?:jointly\s+)?(?:concluded|signed|launched|piloted|established|agreed|announced|unveiled|presented|adopted)\s+"
    r"(?:an?|the)\s+(?:new\s+)?(?:bilateral|trilateral|tripartite|quadripartite|joint|three-way)\s+"
    r"(?:pilot|agreement|programme|program|project|initiative|arrangement|mechanism|plan|memorandum|accord|pact))"
)


#: "A and B held talks", "A and B met in Lima to discuss …": talks are held with one another
_TALKS = re.compile(
    r"\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|yesterday\s+|today\s+)?(?P<deed>(?:have\s+|has\s+|had\s+)?"
    r"(?:held|hold|holds|opened|resumed|began|concluded)\s+(?!(?:separate|parallel|individual)\b)"
    r"(?:[a-z-]+\s+){0,2}?(?:talks|negotiations|consultations)(?!\s+with\b)"
    r"|met\s+(?:in|at|on|to)\b)"
)
#: before the first of the list: a preposition makes the list a modifier ("refugees from A and B met")
_NOT_SUBJECT = re.compile(r"\b(?:from|by|of|in|with|between|among|backed|supported)\s+(?:the\s+)?$")


def _listed_doers(
    rules: SentenceRules, deed_rx: re.Pattern[str]
) -> Iterator[tuple[EntityRec, list[EntityRec], str, int]]:
    """For each actor a deed follows: the actor, the list it ends, the deed's words and where the
    list's own first mention starts in the sentence."""
    sent, base = rules.sent, rules.sent.start
    actors = sent.actors()
    for m, ent in actors:
        deed = deed_rx.match(sent.text, m.end - base)
        if deed is None:
            continue
        group = coordinated_before(sent, m.end)
        first = next(
            (m1 for m1, e1 in reversed(actors) if group and e1 is group[0] and m1.start <= m.start), None
        )
        if first is not None:
            yield ent, group, deed.group("deed"), first.start - base


def _partners(rules: SentenceRules, doers: list[EntityRec], cue: str) -> None:
    """partnersWith between each two of two to five doers."""
    if 2 <= len(doers) <= 5:
        for one, other in combinations(doers, 2):
            rules.add(one, "partnersWith", other, cue)


def _bodies(group: list[EntityRec]) -> list[EntityRec]:
    return [e for e in group if e.type in ("Country", "Organization")]


def joint_talks(rules: SentenceRules) -> None:
    """partnersWith between each two of two to five countries or bodies that hold talks or meet."""
    low = rules.sent.low
    if not rules.has_actor or not any(w in low for w in ("talks", "negotiations", "consultations", " met ")):
        return
    for ent, group, deed, at in _listed_doers(rules, _TALKS):
        if _NOT_SUBJECT.search(rules.sent.text, max(0, at - 30), at):
            continue  # "Refugees from Sudan and South Sudan met in Kampala": not the two states meeting
        doers = _bodies(group)
        if ent in doers:
            _partners(rules, doers, deed)


#: "a joint 2024 report by A, B and C", "the joint statement of A and B": the authors of one joint work;
#: "of" names the authors of a statement only ("a joint assessment of Kenya's border posts": its topic)
_JOINT_WORK_BY = re.compile(
    r"\bjoint\s+(?:(?!(?:by|of|from|on|and|with)\b)[\w-]+\s+){0,3}?"
    r"(?:(?:report|study|assessment|publication|survey|statement|communiqu[eé]|declaration|letter|appeal)s?"
    r"\s+(?:by|from)|(?:statement|communiqu[eé]|declaration|letter|appeal)s?\s+of"
    # "a joint investigation by A and B", "a joint operation between A and B": a deed done together
    r"|(?:investigation|operation|patrol|inspection|raid|exercise|mission|campaign)s?\s+(?:by|between))"
    r"\s+(?:the\s+)?"
)
#: a joint deed asked for, proposed, refused or still to come: no tie yet ("Nigeria called for a joint
#: investigation by ECOWAS and the AU", "rejected a proposed joint investigation by Togo and Benin")
_NOT_DONE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing|al\s+for)|"
    r"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|no|not|never|without|plan(?:s|ned)?\s+for|"
    r"would|could|should|may|might|possible|potential)\b[^.;:]{0,30}$"
)
#: "the joint New Zealand-Fiji investigation": two countries joined by a hyphen before a shared deed
_JOINT_HYPHENED = re.compile(
    r"\bjoint\s+(?P<pair>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}[-–][A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+"
    r"(?:[a-z-]+\s+)?(?:investigations?|operations?|patrols?|inspections?|exercises?|missions?|campaigns?|"
    r"projects?|programmes?|programs?|initiatives?|committees?|commissions?|task\s+force)\b"
)


def joint_deeds(rules: SentenceRules) -> None:
    """partnersWith between each two doers of a deed the text calls joint, and between the authors
    of a joint work."""
    low = rules.sent.low
    if not rules.has_actor or not any(w in low for w in ("bilateral", "tripartite", "trilateral", "joint")):
        return
    for ent, group, deed, _at in _listed_doers(rules, _JOINT_DEED):
        doers = _bodies(group)
        if ent in doers:
            _partners(rules, doers, deed)
    for pair in _JOINT_HYPHENED.finditer(rules.sent.text) if "joint " in low else ():
        start, end = rules.sent.start + pair.start("pair"), rules.sent.start + pair.end("pair")
        named = list(dict.fromkeys(e for _m, e in rules.sent.actors(start, end)))
        if len(named) == 2 and all(e.type == "Country" for e in named):
            _partners(rules, named, pair.group().strip())
    for work in _JOINT_WORK_BY.finditer(low) if "joint " in low else ():
        if _NOT_DONE.search(low, max(0, work.start() - 40), work.start()):
            continue  # "called for a joint investigation by A and B", "rejected a proposed joint …"
        if not rules.sent.actors(rules.sent.start + work.end(), rules.sent.start + work.end() + 1):
            continue  # "a joint letter of concern on Mali and Niger": the authors follow right after
        authors = coordinated(rules.sent, rules.sent.start + work.end())
        if len(_bodies(authors)) == len(authors):
            _partners(rules, authors, work.group().strip())


#: starting one new thing: "have launched a three-year project", "are launching a new initiative"
_LAUNCH = (
    r"(?:launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|start(?:ed|s|ing)?|initiat(?:ed|es|ing)|"
    r"inaugurat(?:ed|es|ing))"
)
#: the words that say a launch may be in the sentence, tested before the expressions
_LAUNCH_WORDS = ("launch", "unveil", "start", "initiat", "inaugurat")
#: "a new project", "a three-year US$ 2 million initiative": only words that describe the thing (no
#: "a dispute over the project")
_ONE_NEW_THING = (
    r"(?:[Aa]n?)\s+(?:(?!(?:over|the|of|about|against|with|on|for|to|from|into|in|by|and|or)\b)[\w$€£.,-]+\s+){0,4}?"
    r"(?:project|programme|program|initiative|campaign|partnership|platform|facility)\b(?!\s+(?:each|apiece))"
)
_LAUNCHED_ONE = re.compile(
    r"\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|yesterday\s+|today\s+)?(?P<deed>"
    r"(?:have\s+|has\s+|had\s+|are\s+|were\s+)?(?:jointly\s+|officially\s+|formally\s+)?"
    rf"{_LAUNCH}\s+{_ONE_NEW_THING})"
)
#: the passive: "a new project launched on Tuesday by A and B"
_ONE_LAUNCHED_BY = re.compile(
    rf"\b{_ONE_NEW_THING}\s+(?:(?:was|were|has\s+been)\s+)?(?:jointly\s+)?{_LAUNCH}\s+"
    r"(?:(?:on|last|this|in)\s+[A-Z]?[a-z]+\s+(?:\d{1,2}\s+)?)?(?P<by>by)\s"
)


#: what may stand before a subject at the start of its sentence: nothing, an article, a time phrase
_SUBJECT_OPENS = re.compile(r"(?:^|,\s+|\b(?:[Tt]he|[Bb]oth|[Tt]oday|[Yy]esterday)\s+)(?:the\s+)?$")


def joint_launches(rules: SentenceRules) -> None:
    """partnersWith between each two of two to five countries or bodies that start one new project."""
    low = rules.sent.low
    if not rules.has_actor or not any(w in low for w in _LAUNCH_WORDS):
        return
    groups: list[tuple[list[EntityRec], str]] = []
    for _ent, group, deed, at in _listed_doers(rules, _LAUNCHED_ONE):
        # the doers are the sentence's subject: they open it or its clause ("On Tuesday, A and B
        # launched"), not a verb's object before them ("The ILO praised Kenya, and Uganda launched")
        if _SUBJECT_OPENS.search(rules.sent.text, 0, at):
            groups.append((group, deed))
    for by in _ONE_LAUNCHED_BY.finditer(rules.sent.text):
        groups.append((coordinated(rules.sent, rules.sent.start + by.end()), by.group().strip()))
    for group, deed_text in groups:
        if len(_bodies(group)) == len(group):
            _partners(rules, group, deed_text)


#: a tie that two doers name as theirs: "reaffirmed their long-standing cooperation", "joined forces"
_THEIR_TIES = re.compile(
    r"\)?(?:\s*\([A-Z][\w-]{1,10}\))?\s+(?:have\s+|has\s+|had\s+)?(?P<deed>(?:reaffirmed|renewed|strengthened|"
    r"deepened|expanded|elevated|upgraded|extended|"
    r"formali[sz]ed|celebrated)\s+their\s+" + MODIFIER + r"{0,2}?(?:cooperation|co-operation|"
    # "renewed their water agreement": the instrument between them (not a truce's: NO_TIES)
    r"partnership|collaboration|relations|relationship|ties|agreements?|accords?|memorand(?:um|a)|(?i:mous?)|pacts?)"
    # "reviewed their cooperation", not "reviewed their agreements" (a review of texts, not a tie)
    r"\b|reviewed\s+their\s+" + MODIFIER + r"{0,2}?(?:cooperation|co-operation|partnership|collaboration)\b|"
    # "India, US and ILO join forces to fight child labour" (a headline's present), "will join hands"
    r"(?:join(?:ed|s)?|(?:will|to)\s+join)\s+(?:forces|hands)\b|(?:team(?:ed)?|teams)\s+up\b|"
    # "A and B are proud to have partnered on a project", "A and B partnered to …"
    r"(?:(?:are|were)\s+(?:proud|pleased|happy|glad)\s+to\s+have\s+)?partnered\b|"
    r"(?:come|came)\s+together\b)"
)
_TIE_WORDS = ("their", "forces", "hands", "together", "team", "partnered")


def joint_ties(rules: SentenceRules) -> None:
    """partnersWith between each two of two to five countries or bodies whose tie is the deed."""
    low = rules.sent.low
    if not rules.has_actor or not any(w in low for w in _TIE_WORDS):
        return
    for _ent, group, deed, at in _listed_doers(rules, _THEIR_TIES):
        if _SUBJECT_OPENS.search(rules.sent.text, 0, at):  # the doers must be the sentence's subject
            _partners(rules, _bodies(group), deed)
