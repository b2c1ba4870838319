"""addresses from the purpose a sentence gives a plan, framework or event beside its name.

The cue table of :mod:`kg.extract.cues` reads "Plan to combat X" close to the name. Texts also
state the purpose in an apposition or a clause whose subject is the item:

- "the Roadmap (2026–2028), a two-year work plan to widen pathways and to tackle A and B";
- "the Plan, a ten-year blueprint that will make farming less exposed to droughts and floods";
- "the Convention, the first treaty to recognize a world of work free from violence";
- "the Compact commits States to address the drivers of migration, including disasters";
- "the Programme covers A, B and C", "the Programme, covering A, B and C";
- "the Policy, which aims to send workers abroad while cutting cases of abuse and forced labour";
- "the Meeting between Kenya and Uganda on countering cross-border trafficking";
- "launched the Programme on Tuesday to counter A and B".

The issue must follow a cue of purpose inside that description; a problem named elsewhere in
the sentence ("adopted the Plan, and said corruption remained high") is not linked. Themes
(migration, decent work: fields, not harms) are left to the cue table's purpose rule.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence
from kg.extract.doc_relations import THEMES
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules

_SEP = r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
#: between two issues of one list: "A, B and C", "A, as well as B", "A and the other B"; A and its
#: kinds: "A and other forms of violence such as B", "A, including B"
ISSUE_GAP = re.compile(
    _SEP + r"(?:[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}" + _SEP + r"){0,3}(?:the\s+)?"
    r"|(?:\s+and)?\s+other\s+(?:forms|types|kinds)\s+of\s+[a-z-]+(?:\s+[a-z-]+)?\s*,?\s+(?:such\s+as|including)\s+"
    r"|\s*,?\s+(?:such\s+as|including|in\s+particular)\s+(?:the\s+)?"
)

_ITEMS = ("Plan", "Framework", "Event")
_HEAD = (
    r"(?:plan|roadmap|road\s+map|programme|program|strategy|blueprint|framework|treaty|convention|"
    r"instrument|agreement|accord|initiative|campaign|policy|law|act|bill|protocol|declaration|compact|"
    r"partnership|project|meeting|conference|dialogue|forum|summit|workshop|session|mechanism|fund)s?"
)
#: ", revised in 2024,": a participle set off after the name
_PARTICIPLE = (
    r"(?:,\s*(?:(?:which|that)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:revised|adopted|amended|signed|launched|agreed|approved|ratified|updated|endorsed)\b"
    r"[^,;:()]{0,60},)?"
)
#: "(2026–2028), a two-year work plan", ", the first international treaty", "…, adopted in 2019, is the
#: first treaty": the item's apposition, or what the item is
_APPOSITION = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?"
    + _PARTICIPLE
    + r"(?:,\s*(?:(?:which|that)\s+is\s+)?|\s+(?:is|was|remains|became|becomes)\s+)"
    r"(?:a|an|the|its|their|our)\s+"
    r"(?:[\w’'–-]+\s+){0,4}?" + _HEAD + r"\b"
)
#: "X is / was the first treaty …": the item described by a verb, whose noun may have clauses of its own
_COPULA = re.compile(r"\s(?:is|was|remains|became|becomes)\s")
#: ", which also discussed": a relative clause on the describing noun, not on the item
_RELATIVE = re.compile(r",\s*(?:which|who|that|where)\b")
#: "… commits States to", ", which aims to": a clause whose subject is the item
_CLAUSE = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?"
    + _PARTICIPLE
    + r"(?:,\s*(?:which|that)\s+|,\s*(?=(?:aimed|designed|intended|meant)\s)|\s+)"
    r"(?:(?:will|would|also|further|now)\s+)?"
    r"(?:commit(?:s|ted)?|oblig(?:es|ed)|requir(?:es|ed)|call(?:s|ed)\s+(?:on|upon)|urg(?:es|ed)|aim(?:s|ed)?|"
    r"seek(?:s)?|sought|set(?:s)?\s+out|prescrib(?:es|ed)|stipulat(?:es|ed)|mandat(?:es|ed)|(?:(?:is|was|are|were)\s+)?(?:designed|intended|meant|aimed)|help(?:s|ed)?)\b"
)
#: ", reinforcing its international commitment to", " as a sign of its commitment at the international
#: level to": the act on the item done for a purpose the clause after it states
_COMMITMENT = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:in|on|last|this)\s+[\w\s]{1,20}?)?"
    r"(?:,\s*(?:reinforcing|reaffirming|underlining|underscoring|demonstrating|confirming|showing|signall?ing)"
    r"|\s*,?\s+as\s+(?:a|an)\s+(?:sign|signal|demonstration|expression|testament|mark)\s+of)"
    r"\s+(?:its|their)\s+(?:[a-z-]+\s+){0,2}commitment\b(?:[^,;:]{0,40}?\b(?=to\s))?\s*"
)
#: "… covers", ", which tackles", ", covering": the purpose verb right after the item (the cue
#: must start there)
_DIRECT = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?" + _PARTICIPLE + r"(?:,\s*(?:which|that)\s+|,\s*(?=[a-z]+ing\s)|\s+)"
    r"(?:(?:is|are|has|have|had)\s+)?(?:(?:will|would|also|now|specifically|mainly|primarily|explicitly|directly|"
    r"particularly|largely|chiefly|expressly|principally|squarely)\s+)?"  # ", which specifically addresses"
    # "has contributed towards the fight against"
    r"(?:contribut(?:es|ed|ing)\s+(?=to|towards)|(?:will\s+|to\s+)?contribute\s+(?=to|towards))?"
)
#: "names A as a priority", "recognises A as the greatest threat": what the item puts first
_PRIORITY = (
    r"|\b(?:names?|lists?|identif(?:y|ies|ied)|sets?|designat(?:es|ed)|recogni[sz](?:e|es|ed|ing))\s+"
    r"(?=[^;:,.]{3,60}?\s+as\s+(?:a|an|the|its|their|one\s+of\s+(?:its|their|the))\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:priorit|threats?\b|challenges?\b))"
    # "the first law to make A a criminal offence"
    r"|\b(?:to\s+)?mak(?:e|es|ing)\s+(?=[^;:,.]{3,60}?\s+an?\s+(?:[a-z-]+\s+){0,3}?(?:crime|offen[cs]e)\b)"
)
#: the purpose: "to tackle", "free from", "less exposed to", "covering", "on" (right after the head)
_PURPOSE = re.compile(
    r"\b(?:(?:to|and|or|help(?:s|ed)?)\s+)?(?:tackl(?:e|es|ed|ing)|combat(?:s|ed|ing)?|combatt(?:ed|ing)|counter(?:s|ed|ing)?|"
    r"fight(?:s|ing)?|end(?:s|ing)?|eliminat(?:e|es|ing)|prevent(?:s|ing)?|address(?:es|ed|ing)?|"
    r"reduc(?:e|es|ing)|curb(?:s|ing)?|eradicat(?:e|es|ing)|stop(?:s|ping)?|respond(?:s|ing)?\s+to|"
    r"cut(?:s|ting)?|deal(?:s|t|ing)?\s+with|cover(?:s|ed|ing)?|focus(?:es|ed|ing)?\s+on|aim(?:s|ed|ing)?\s+(?:[a-z]+ly\s+)?at|target(?:s|ed|ing)?|"
    r"crack(?:s|ed|ing)?\s+down\s+on|(?:stamp|root|wip)(?:e|s|es|ed|ped|ping|ing)?\s+out|mitigat(?:e|es|ing)|"
    r"suppress(?:es|ing)?|criminali[sz](?:e|es|ing)|outlaw(?:s|ing)?|ban(?:s|ning)?|prohibit(?:s|ing)?|"
    r"abolish(?:es|ing)?|phas(?:e|es|ed|ing)\s+(?:out|down)|limit(?:s|ing)?)\s+|"  # "to phase down HFCs"
    # "contributes to the reduction of poverty"
    # "to the prevention and elimination of forced labour"
    r"\b(?:contribut(?:e|es|ed|ing)\s+)?to(?:wards)?\s+the\s+(?:reduction|elimination|eradication|prevention|abolition|"
    r"suppression)(?:\s+and\s+(?:reduction|elimination|eradication|prevention|abolition|suppression))?\s+of\s+|"
    # "the Campaign in the fight against A", "a programme in its battle against A"
    r"\b(?:in|into|to|towards?|for)\s+(?:the|its|their|our|a)\s+(?:[a-z]+\s+)?(?:fight|battle|struggle|war)\s+"
    r"(?:against|on)\s+|"
    r"\b(?:for|on)\s+the\s+(?:protection|prevention|suppression|elimination|eradication|reduction)\s+of\s+|"
    r"\bfree\s+(?:from|of)\s+|\b(?:(?:less|more)\s+)?(?:exposed|vulnerable)\s+to\s+|"
    r"\b(?:more\s+)?(?:resilien(?:t|ce)|prepared(?:ness)?)\s+(?:to|against|for)\s+|"
    r"\badapt(?:s|ing)?\s+to\s+|\baction\s+(?:on|against)\s+|\b(?:protect|shield|safeguard)\w*\s+(?:[\w’',.-]+\s+){0,8}?(?:from|against)\s+"
    + _PRIORITY
)
#: "the Meeting between the EU and Mauritania on countering …": whom an event brings together, then its
#: subject
_EVENT_ON = re.compile(r"\s+(?:between|of|with|among|for)\s+[^,;:()“”\"]{0,100}?\s+on\s+")
_HEAD_ON = re.compile(r"\s+(?:on|against|covering|focused\s+on|dedicated\s+to)\s+")
#: what may not lie between the description and its purpose: another clause, a negation, a quote
_BREAK = re.compile(
    r"[;:“”\"()]|\bwho\b|\bwhile\b(?!\s+[a-z]+ing\s)|\b(?:but|although|though|amid|despite|after|before|when|where|because|not|"
    r"no|never|fail(?:s|ed)?|without|instead|rather|critici[sz]\w*|n’t|n't)\b|"
    r"\band\s+(?:said|says|added|warned|urged|noted|stressed|called)\b|"
    r"\b(?:said|says|told|added|warned|stressed|noted)\b|"
    r",\s+(?:and\s+|but\s+)?(?:the|a|an|it|its|they|their|he|she|we|this|these|those)\s"  # a new clause
)
#: "the Programme on Tuesday to counter …": a purpose infinitive close after the name
_NEAR = re.compile(
    r"(?:\s+(?!(?:who|which|that|but|and|or|said|says|by)\b)(?![a-z]+ing\b)[\w’'–-]+){0,6}?\s+"
    r"(?=to\s+(?:counter|fight|stop|"
    r"tackle|combat|end|eliminate|prevent|address|reduce|curb|eradicate|limit|respond\s+to)\s)"
)
#: "a blueprint that the government says will …": the description goes on after the report verb
_REPORTED = re.compile(r"\b(?:that|which)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:says|said)\s")
#: between the purpose cue and the issue: "the", "all forms of", "the adverse drivers of migration,
#: including"
_LEAD = re.compile(
    r"(?:(?:the\s+)?(?:[a-z]+\s+)?(?:cases|instances|incidents|risks?|levels|rates|problems|threats?|effects|impacts|"
    r"consequences|scourge|causes|drivers|victims|survivors)\s+(?:of|caused\s+by|posed\s+by|from)\s+)?(?:[a-z-]+,?\s+and\s+)?"
    r"(?:(?:the|this|these|such|all|any|its|their|forms?|issues?|problems|challenges|use|of|and|[a-z]+-[a-z]+|[a-z]+(?:al|ive|ed|ing|ic|ous|ful|ent))\s+){0,5}"
    r"|[^;,.]{0,60},?\s+(?:including|such\s+as|notably|especially|in\s+particular)\s+(?:the\s+)?"
)
_CAUSES = re.compile(r"\b(?:causes|drivers)\s+of\s")
_INCLUDING = re.compile(r",?\s+(?:including|such\s+as|notably|especially|in\s+particular)\s")
_GATE = re.compile(
    r"\b(?:tackl|combat|counter|fight|end|elimin|prevent|address|reduc|curb|eradic|stop|respond|cover|"
    r"free|exposed|vulnerable|resilien|protect|on|against|focus|dedicated|cut|aim|target|suppress|deal|adapt|action|prepared|priorit|threat|challenge|offen[cs]e|crime|"
    r"stamp|root|wip|mitig|criminal|outlaw|ban|prohibit|abolish|battle|struggle|war|phas|limit|contribut|commitment)"
)


def purpose_addresses(rules: SentenceRules) -> None:
    """Plan/Framework/Event → the issues its apposition or its own clause sets as its purpose."""
    sent = rules.sent
    low = sent.low
    if _GATE.search(low) is None:
        return
    items = sent.of_types(_ITEMS)
    for i, (m, item) in enumerate(items):
        after = m.end - sent.start
        if after < 0 or after >= len(low):
            continue
        # the next item's start: what follows it is that item's (a name nested in this one is not)
        stop = next((m2.start - sent.start for m2, _e in items[i + 1 :] if m2.start >= m.end), len(low))
        if item.type == "Event":
            on = _EVENT_ON.match(low, after)
            if on is not None and on.end() <= stop and _link(rules, sent, item, on.end(), stop, "on"):
                continue
        desc = (
            _APPOSITION.match(low, after)
            or _CLAUSE.match(low, after)
            or _COMMITMENT.match(low, after)
            or _NEAR.match(low, after)
        )
        if desc is not None and desc.re is _NEAR:
            cue = _PURPOSE.match(low, desc.end())
            if cue is not None and not _BREAK.search(low, after, desc.end()):
                _link(rules, sent, item, cue.end(), stop, cue.group().strip())
            continue
        if desc is None:
            direct = _DIRECT.match(low, after)
            cue = _PURPOSE.match(low, direct.end()) if direct is not None else None
            if cue is not None and not cue.group().startswith(("and", "or")):
                _link(rules, sent, item, cue.end(), stop, cue.group().strip())
            continue
        if desc.re is _APPOSITION:
            on = _HEAD_ON.match(low, desc.end())
            if on is not None and _link(rules, sent, item, on.end(), stop, on.group().strip()):
                continue
        copula = desc.re is _APPOSITION and _COPULA.search(desc.group()) is not None
        for cue in _PURPOSE.finditer(low, desc.end(), min(stop, desc.end() + 200)):
            if _BREAK.search(_REPORTED.sub(" that ", low[desc.end() : cue.end()])):
                break
            if copula and _RELATIVE.search(low, desc.end(), cue.start()):
                break  # "was the main topic of the summit, which also discussed how to tackle A"
            if _link(rules, sent, item, cue.end(), stop, cue.group().strip(), topical=desc.re is _COMMITMENT):
                break


def _link(
    rules: SentenceRules,
    sent: Sentence,
    item: EntityRec,
    at: int,
    stop: int,
    cue: str,
    *,
    topical: bool = False,
) -> bool:
    """Add item → the issues listed from ``at`` ("the droughts and floods"); whether any was.

    ``topical``: the purpose is an actor's commitment its act on the item shows, which is the item's
    own only for an issue its name is about ("ratified the Forced Labour Protocol, reinforcing its
    commitment to ending forced labour"; not "joined the Compact, showing its commitment to ending
    poverty")."""
    issues = [p for p in sent.of_types(("Issue",), sent.start + at, sent.start + min(stop, at + 120))]
    if not issues:
        return False
    first = _first_listed(sent, issues, at)
    while first is not None:
        chain: list[tuple[MentionRec, EntityRec]] = [issues[first]]
        for prev, nxt in zip(issues[first:], issues[first + 1 :], strict=False):
            if not ISSUE_GAP.fullmatch(sent.low, prev[0].end - sent.start, nxt[0].start - sent.start):
                break
            chain.append(nxt)
        if _CAUSES.search(sent.low, at, issues[first][0].start - sent.start) and _INCLUDING.match(
            sent.low, chain[-1][0].end - sent.start
        ):
            # "the root causes of displacement, including A and B": the causes named are what is addressed
            first = _first_listed(sent, issues, at, first + len(chain))
            continue
        added = False
        for _m, issue in chain:
            if topical and not _topic_of(item, issue):
                continue
            if issue.label.lower() not in THEMES:
                rules.add(item, "addresses", issue, cue)
                added = True
        if added:
            return True
        # only themes: "to address the drivers of migration, including A and B" goes on to A and B
        first = _first_listed(sent, issues, at, first + len(chain))
    return False


def _first_listed(
    sent: Sentence, issues: list[tuple[MentionRec, EntityRec]], at: int, start: int = 0
) -> int | None:
    """The index of the issue the purpose cue leads to: the first one (from ``start``) after a plain lead."""
    for k, (m, _e) in enumerate(issues[start:], start):
        if _LEAD.fullmatch(sent.low, at, m.start - sent.start):
            return k
    return None


_WORD = re.compile(r"[a-z]{4,}")


def _topic_of(item: EntityRec, issue: EntityRec) -> bool:
    """Whether the item's name shares a word of four letters or more with the issue's ("Forced Labour
    Convention", "forced labour"; "Trafficking in Persons Protocol", "human trafficking")."""
    return not set(_WORD.findall(issue.label.lower())).isdisjoint(_WORD.findall(item.label.lower()))
