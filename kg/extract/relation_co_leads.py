"""Bodies that lead, host or organise something together (or run a joint initiative) are partners;
a state that "is a member of" a convention is a party to it.

"The Platform, co-led by IOM and UNHCR", "The meeting, organised jointly by the Division and the
Ministry", "OAS and IOM Host Trafficking Forum": the co-leads are partners. "Jordan is a member of the
Convention against Transnational Organized Crime and its Protocol": Jordan adopts both (membership
of an instrument is being a party to it; memberOf is for organizations).
"""

from __future__ import annotations

import re
from itertools import combinations

from kg.extract.actors import coordinated
from kg.extract.records import EntityRec
from kg.extract.relation_attendees import listed
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_signing import signers_before

#: "co-led by", "jointly organised by", "organized jointly by"
_CO_LED_BY = re.compile(
    r"\b(?:co-(?:led|chaired|hosted|organi[sz]ed|convened|managed)|"
    r"jointly\s+(?:organi[sz]ed|hosted|led|convened|run|chaired|managed|implemented|developed|prepared)|"
    r"(?:organi[sz]ed|hosted|convened|led|run|chaired|managed|implemented|developed)\s+jointly)\s+by\s+"
)
#: "Organized by the EU and UNODC, the workshop …", "facilitated by A, B and C": two or more organisers
#: named together
_ORGANISED_BY = re.compile(r"\b(?:organi[sz]ed|hosted|convened|facilitated)\s+by\s+")
#: "A and B co-host", "A and B Host Forum" (a headline), "A and B jointly organised"
_CO_HOST = re.compile(
    r"\b(?:co-host(?:s|ed)?|co-organi[sz]e[sd]?|jointly\s+(?:host|organi[sz]e|convene)[sd]?|host(?:s)?)\s"
)
#: "the joint initiative by A and B", "a joint programme of A and B"
_JOINT_BY = re.compile(
    r"\bjoint\s+(?:[a-z-]+\s+){0,2}?(?:initiative|programme|program|project|plan|action|venture|effort|"
    r"mission|campaign|response)\s+(?:by|of|between)\s+(?:the\s+)?"
)
#: "is a member of the", "are States parties to the", "is a signatory to the"
_PARTY_TO = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|became|become)\s+(?:also\s+)?(?:an?\s+)?"
    r"(?:member|(?:state\s+)?part(?:y|ies)|signator(?:y|ies)|members)\s+(?:of|to)\s+(?:the\s+)?"
)
_MAX = 4
_WITH_OTHERS = re.compile(
    r"\b(?:(?:together|along|jointly)\s+with|in\s+(?:co-?operation|collaboration|partnership)\s+with)\b"
)
_OWNER = re.compile(
    r"(?<![Gg]overnment )(?<!Republic )(?<!Kingdom )\bof\s+(?:the\s+)?$"
)  # "the Unit of the Council of Europe": the owner, not a lead


def co_leads(rules: SentenceRules) -> None:
    """partnersWith between the bodies that lead or host something together."""
    sent = rules.sent
    low = sent.low
    if not rules.has_actor:
        return
    if "co-" in low or "jointly" in low:
        for cue in _CO_LED_BY.finditer(low):
            pos, stop = sent.start + cue.end(), _before_others(rules, cue.end())
            actors = [
                (m, e)
                for m, e in sent.actors(pos, stop)
                if not _OWNER.search(sent.text, 0, m.start - sent.start)
            ]
            named = [e for e in listed(sent, pos, actors) if e.type in ("Country", "Organization")]
            _partners(rules, named, cue.group().strip())
    if " by " in low:
        for cue in _ORGANISED_BY.finditer(low):
            pos, stop = sent.start + cue.end(), _before_others(rules, cue.end())
            # only the organisers named together right after "by" ("organized by UNODC, brought together
            # officials from Ghana and Nigeria" names one)
            named = [
                e
                for e in coordinated(sent, pos)
                if e.type in ("Country", "Organization") and any(pos <= m.start < stop for m in e.mentions)
            ]
            # where the list ends: the end of its last item's first mention after "by"
            last = (
                min((m for m in named[-1].mentions if m.start >= pos), key=lambda m: m.start)
                if named
                else None
            )
            if last is not None and _VERB_NEXT.match(sent.text, last.end - sent.start):
                continue  # "convened by UNHCR, and Jordan and Lebanon presented …": a clause of its own
            _partners(rules, named, cue.group().strip())
    if "joint " in low:
        for cue in _JOINT_BY.finditer(low):
            pos = sent.start + cue.end()
            named = [e for e in listed(sent, pos, sent.actors(pos)) if e.type in ("Country", "Organization")]
            _partners(rules, named, "joint")
    if "host" in low or "organi" in low or "convene" in low:
        for cue in _CO_HOST.finditer(low):
            if cue.group().startswith("host") and not _HEADLINE_HOST.match(sent.text, cue.start()):
                continue  # "A and B host …" in running text: read by the participation rules only
            _partners(rules, signers_before(sent, sent.start + cue.start()), "co-host")


#: a lower-case word after a list that is no preposition: the list is a new clause's subject
_VERB_NEXT = re.compile(
    r"\)?[ \t]+(?!(?:in|on|at|for|with|to|from|of|and|as|under|during|through|since|the|this|last|"
    r"together|jointly|alongside)\b)[a-z]"
)
_HEADLINE_HOST = re.compile(r"Hosts?\s")  # "OAS and IOM Host Trafficking Forum"


def _before_others(rules: SentenceRules, at: int) -> int:
    """Where the leads' list named from ``at`` (an offset in the sentence) gives way to the others:
    "co-led by A and B together with C", "organized by A in collaboration with B and C"."""
    others = _WITH_OTHERS.search(rules.sent.low, at)
    return rules.sent.start + others.start() if others is not None else rules.sent.end


def _partners(rules: SentenceRules, parties: list[EntityRec], cue: str) -> None:
    if 2 <= len(parties) <= _MAX:
        for a, b in combinations(parties, 2):
            rules.add(a, "partnersWith", b, cue)


def party_to(rules: SentenceRules) -> None:
    """adopts: "Jordan is a member of the Convention … and the Protocol …"."""
    sent = rules.sent
    if "Framework" not in rules.types:
        return
    for cue in _PARTY_TO.finditer(sent.low):
        pos = sent.start + cue.end()
        items = listed(sent, pos, sent.of_types(("Framework",), pos))
        first = sent.of_types(("Framework",), pos, pos + 1)
        if not items or not first:
            continue  # the instrument must follow the cue right away
        for party in rules.subject(sent.start + cue.start()):
            if party.type == "Country":
                for item in items:
                    rules.add(party, "adopts", item, "party to")
