"""Support given to a plan or framework in wordings the verb-cue tables do not read.

"Japan's support for the Plan" (a possessive nominalized act), "the Plan is financed by the World
Bank and the AfDB" (a passive of financing), "UNDP provided technical assistance for the Plan" (a
deed of giving help), "the ADB approved a $30 million loan to support projects in the Philippines"
(financing for countries: the lender supports each; so does aid given to them, "provided emergency
food aid to Malawi"), "Japan has donated two boats to the Maritime Authority" (a gift: the giver
supports whom it is given to), "UNHCR welcomed the UK's pledge" (praise of
another actor's deed). Each is a ``supports`` of the giver; the sentence is read only when it holds
one of the nouns or verbs (a substring test first).
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.actors import coordinated
from kg.extract.commitment_intent import intended_before
from kg.extract.records import EntityRec
from kg.extract.relation_agents import adjacent
from kg.extract.relation_candidacy import candidacies
from kg.extract.relation_commended import commended_acts, praised_items
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_donors import donors
from kg.extract.relation_endorsed_by import assembly_endorsements
from kg.extract.relation_wording import ITEMS, NEGATED

_ACTOR_TYPES = ("Country", "Organization")
#: "Japan's (continued) support for the Plan"
_OWNER_SUPPORT = re.compile(
    cues.POSSESSIVE
    + r"\s+(?:(?:continued|continuing|strong|generous|financial|technical|steadfast|firm|full)\s+){0,2}"
    r"(?:support|backing|funding|financing|endorsement|sponsorship)\s+(?:for|of|to)\s+(?:the\s+)?"
)
#: "the Plan is financed by A and B"
_FINANCED_BY = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,?\s+(?:is|are|was|were|will be|has been|had been|being)\s+"
    r"(?:also\s+|jointly\s+|largely\s+|mainly\s+|partly\s+|fully\s+)?"
    r"(?:co-)?(?:financed|funded|bankrolled|underwritten|paid for|sponsored)\s+by\s+(?:the\s+)?"
)
#: "Backing for the Plan also came from A and B", "Funding for the Fund comes from …"
_SUPPORT_FOR = re.compile(
    r"\b(?:support|backing|funding|financing|endorsement|sponsorship|money|contributions)\s+(?:for|to)\s+"
    r"(?:the\s+)?\Z"
)
_NOT_SUPPORT = re.compile(
    r"\b(?:little|no|lack\s+of|scant|limited|criticism\s+of|opposition\s+to|requests?\s+for|calls?\s+for)\s+"
    r"(?:the\s+)?\Z"
)
_CAME_FROM = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:has\s+|have\s+)?(?:also\s+)?(?:came|comes|come)\s+from\s+(?:the\s+)?"
)
#: "UNDP provided technical assistance for the Plan", "gave USD 2 million in support to the Strategy"
_GAVE_HELP = re.compile(
    r"\b(?:provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|extend(?:s|ed|ing)?|gave|give|gives|giving|"
    r"pledg(?:e|es|ed|ing)|contribut(?:e|es|ed|ing))\s+(?:[\w$€£.,-]+\s+){0,4}?"
    r"(?:assistance|support|funding|financing|grants?|resources|expertise)\s+(?:for|to|towards)\s+"
    r"(?:the\s+)?(?:implementation\s+of\s+(?:the\s+)?|development\s+of\s+(?:the\s+)?)?$"
)


#: "Funded by the EU, the Programme …", "Implemented by IOM, the Project …": the fronted agents
_FRONTED_BY = re.compile(
    r"(?:(?:Jointly|Largely|Mainly|Fully)\s+)?(Funded|Financed|Co-funded|Co-financed|Supported|Backed|Sponsored|"
    r"Implemented|Led|Run|Coordinated|Managed)\s+by\s+(?:the\s+)?"
)
_SUPPORT_VERBS = frozenset(
    ("funded", "financed", "co-funded", "co-financed", "supported", "backed", "sponsored")
)
_THE_ITEM = re.compile(r",\s*(?:the\s+|its\s+|this\s+)?(?:new\s+|[\d–-]+\s+)?")


#: "the Centre, which receives funding from Norway", "the Agency, funded by the EU,": support of an actor
#: "receives funding from", "received a US$5 million grant from the", "has secured additional funding from"
#: "will receive a grant of USD 2.9 million from", "are to receive funding for resilience from"
_RECEIVES_FROM = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|gets?|got|obtain(?:s|ed)?|secur(?:e|es|ed))\s+(?:(?!no\b|any\b)[\w$€£.,-]+\s+){0,4}?"
    r"(?:support|funding|funds|assistance|financing|grants?|loans?|pledges|donations)"
    r"(?:\s+(?:of|for|worth|totall?ing)\s(?:[^.;:()]|\.(?=\d)){0,80}?)?\s+from\s+(?:the\s+)?"
    r"(?:[Gg]overnment\s+of\s+(?:the\s+)?)?"
)
#: only possible, before the receipt: "may receive", "could obtain" (not "will receive": announced)
_MAYBE = re.compile(r"\b(?:may|might|could|would)\s+(?:\w+\s+)?$")
#: between a plan named as the subject and "received": "(NAP) has also ", "” will "
_ITEM_THEN = re.compile(r"[”\"’]?\s*(?:\([^()]{1,20}\)\s*)?(?:has\s+|have\s+|had\s+|will\s+)?(?:also\s+)?")
_ACTOR_FUNDED_BY = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:which\s+is\s+|which\s+was\s+)?(?:largely\s+|mainly\s+|partly\s+)?"
    r"(?:supported|funded|financed|co-funded|co-financed|backed)\s+by\s+(?:the\s+)?"
)


#: praise of another actor's deed: "UNHCR welcomed the UK's pledge", "commended Australia's support"
_PRAISED = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|"
    r"hail(?:s|ed|ing)?)\s+(?:the\s+)?$"
)
_ACTORS_DEED = re.compile(
    r"[’']s?\s+(?:[a-z-]+\s+){0,2}?(?:pledges?|commitments?|support|contributions?|generosity)\b"
)  # not "decision", "announcement" or "offer": welcoming one move is no backing of the actor
#: between the one who praises and the verb: "UNHCR has today warmly welcomed", "UNHCR, the UN Refugee
#: Agency, today welcomed"
_PRAISER_GAP = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,[^,.;]{1,60},)?,?(?:\s+(?:has|have|had|today|also|warmly|strongly|again|"
    r"further|greatly|on\s+[A-Z][a-z]+|this\s+week))*\s+$"
)


#: a name that is a preposition's object, not the subject: "Refugees from Somalia", "Critics of the UN"
_OBJECT_OF = re.compile(r"\b(?:from|of|by|for|with|to|at|in)\s+(?:the\s+)?$")


def _praised_deeds(rules: SentenceRules) -> None:
    """supports from the one who welcomes or praises another actor's pledge, commitment, support or
    contribution, named as the subject right before the verb."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, praised in sent.actors():
        at = m.start - base
        if praised.type not in _ACTOR_TYPES or not _ACTORS_DEED.match(sent.text, m.end - base):
            continue
        cue = _PRAISED.search(low, max(0, at - 16), at)
        if cue is None or NEGATED.search(low, max(0, cue.start() - 20), cue.start()):
            continue
        before = sent.actors(base, base + cue.start())
        if (
            not before
            or not _PRAISER_GAP.fullmatch(sent.text, before[-1][0].end - base, cue.start())
            or _OBJECT_OF.search(low, max(0, before[-1][0].start - base - 12), before[-1][0].start - base)
        ):
            continue  # "Refugees from Somalia welcomed …": the one praising is not named
        praiser = before[-1][1]
        if praiser.type in _ACTOR_TYPES and praiser is not praised:
            rules.add(praiser, "supports", praised, cue.group().split()[0])


def _actor_support(rules: SentenceRules) -> None:
    """supports between actors: "the Centre, funded by the EU,", "UNHCR receives funding from Norway"; and
    of a plan that received it: "The Coastal Plan received a US$5 million grant from the Fund"."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    if " by " in low:
        for m, helped in sent.actors():
            by = _ACTOR_FUNDED_BY.match(low, m.end - base) if helped.type in _ACTOR_TYPES else None
            if by is None or not adjacent(sent, base + by.end()):
                continue
            for giver in coordinated(sent, base + by.end()):
                if giver.type in _ACTOR_TYPES and giver is not helped:
                    rules.add(giver, "supports", helped, "funded by")
    if " from " in low:
        for cue in _RECEIVES_FROM.finditer(low):
            if (
                not adjacent(sent, base + cue.end())
                or NEGATED.search(low, max(0, cue.start() - 20), cue.start())
                or intended_before(low, cue.start())  # "hopes to receive", "plans to obtain"
                or _MAYBE.search(low, max(0, cue.start() - 20), cue.start())
            ):
                continue
            helped_items = [
                e
                for m, e in sent.of_types(("Plan", "Framework"), base, base + cue.start())[-1:]
                if _ITEM_THEN.fullmatch(sent.text, m.end - base, cue.start())
            ]  # "The Coastal Plan received a grant from the Fund": the plan, its subject
            for helped in helped_items or rules.subject(base + cue.start())[:1]:
                ok = helped.type in _ACTOR_TYPES or helped_items
                for giver in coordinated(sent, base + cue.end()) if ok else ():
                    if giver.type in _ACTOR_TYPES and giver is not helped:
                        rules.add(giver, "supports", helped, "receives support from")


#: "will contribute one million dollars to the ", "pledged USD 2 million to ", "committed €15 million to
#: the ": money given to what follows
_GAVE_MONEY = re.compile(
    r"\b(?:contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|pledg(?:e(?!\s+of\b)|es(?!\s+of\b)|ed|ing)|"
    r"committ(?:ed|ing)|commits?|allocat(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|"
    r"provid(?:e|es|ed|ing)|grant(?:s|ed|ing)?|channel(?:s|l?ed|l?ing)?)\s+"
    r"(?:[\w$€£.,-]+\s+){0,3}?"
    r"(?:[\w.,]*(?:dollars|euros|francs|pounds|yen|kroner|million|billion)|(?:USD|EUR|US\$|\$|€|£)\s?[\d.,]+"
    r"(?:\s+(?:million|billion))?)\s+to\s+(?:the\s+)?$"
)
#: before money given: only possible ("may have allocated", "might contribute", "plans to pledge")
_MAYBE = re.compile(
    r"\b(?:may|might|could|would|whether|considering|plans?\s+to|expected\s+to|asked\s+to|urged\s+to)\s+"
    r"(?:\w+\s+)?$"
)
#: "aligns itself with the statement delivered on behalf of the ": the group spoken for is supported
_ALIGNS_WITH = re.compile(
    r"\balign(?:s|ed)?\s+(?:itself|himself|herself|themselves|ourselves|myself)\s+with\s+the\s+statements?\s+"
    r"(?:(?:delivered|made|given|read\s+out|presented)\s+)?(?:on\s+behalf\s+of|by|for)\s+(?:the\s+)?$"
)


def _money_and_alignment(rules: SentenceRules) -> None:
    """ "Morocco will contribute one million dollars to the Fund" and "My delegation aligns itself
    with the statement delivered on behalf of the Group": the giver or speaker supports what follows."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    money = any(
        word in low
        for word in (
            "contribut",
            "donat",
            "pledg",
            "commit",
            "allocat",
            "disburs",
            "earmark",
            "provid",
            "grant",
        )
    )
    align = "align" in low
    if not money and not align:
        return
    for m, target in sent.mentions:
        if target.type not in ("Organization", *ITEMS):
            continue
        at = m.start - base
        deed = _GAVE_MONEY.search(low, max(0, at - 90), at) if money else None
        if deed is None and align:
            deed = _ALIGNS_WITH.search(low, max(0, at - 120), at)
        if (
            deed is None
            or NEGATED.search(low, max(0, deed.start() - 20), deed.start())
            or _MAYBE.search(low, max(0, deed.start() - 30), deed.start())
        ):
            continue  # "did not contribute", "may have allocated": no money given (yet)
        givers = rules.subject(base + deed.start())[:1]
        if not givers and rules.speaking is not None and _MY_DELEGATION.search(low, 0, deed.start()):
            givers = [rules.speaking]
        for giver in givers:
            if giver.type in _ACTOR_TYPES:
                rules.add(giver, "supports", target, "contributes to" if money else "aligns with")


#: "approved a $30 million loan", "approved five operations totaling …", "extended a credit line":
#: financing given, in the past tense. Not "signed a loan" (the borrower signs too) and not
#: "operations" without a number ("extended its ground operations" is war). "has provided more than
#: US$120 million of new adaptation finance to", "provided emergency food aid to" (``gift``): only
#: amounts and modifiers between the verb and the noun (not "approved sanctions and suspended aid",
#: "provided evidence that … blocked aid", "provided no aid"), and the country right after "to"/"for"
_FINANCING = re.compile(
    r"\b(?:approved|provided|granted|extended|disbursed)\s+(?:an?\s+)?(?:(?:[\w$€£.,-]+\s+){0,4}?"
    r"(?:loans?|grants?|credit\s+lines?|lines?\s+of\s+credit|financing|funding\s+package)"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:new\s+|lending\s+)?operations"
    r"|(?P<gift>(?:(?!(?:and|or|but|that|which|who|no|not|any|to|for|from|with|its|their)\b)[\w$€£.-]+\s+){0,9}?"
    r"(?:finance|funding|aid|assistance)(?!\s+(?:ministry|ministers?|division|department|committee)\b)))\b"
)
#: right after a gift's noun: "… aid to (the) ", "… finance for "
_GIFT_TO = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?")
#: before the deed: it is only wished, weighed or called for ("may approve", "urged China to provide",
#: "asked the Bank to support")
_NOT_DONE = re.compile(
    r"\b(?:may|might|could|would|will|to|whether|considering|plans?|expected|asked|urged)\s+(?:\w+\s+)?$"
)


def _not_given(low: str, at: int) -> bool:
    """Whether the deed of giving at ``at`` is denied ("did not approve", "no longer funds") or only
    wished or weighed ("may approve", "urged China to provide")."""
    return bool(NEGATED.search(low, max(0, at - 20), at) or _NOT_DONE.search(low, max(0, at - 30), at))


#: between the deed and the country: another clause ("…, and the ILO opened an office in Bangladesh")
_OTHER_CLAUSE = re.compile(r",\s+and\s|;|\s(?:while|whereas|but)\s")
#: before a country the financing is for: "… projects in the Philippines", "… for Barbados"
_FOR_PLACE = re.compile(r"\b(?:in|for|to)\s+(?:the\s+)?$")
_FINANCING_WORDS = ("loan", "grant", "credit", "financ", "operations", "funding", " aid", "assistance")


def _financing_for_countries(rules: SentenceRules) -> None:
    """supports from a lender to each country its financing is for, in the same clause and within
    160 characters."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for cue in _FINANCING.finditer(low):
        if _not_given(low, cue.start()):
            continue
        lenders = _givers(rules, base + cue.start())
        if cue.group("gift") is not None:
            to = _GIFT_TO.match(low, cue.end())
            places = [m for m, e in sent.actors(base + to.end(), base + to.end() + 1)] if to else []
        else:
            places = [
                m
                for m, e in sent.actors(base + cue.end(), base + cue.end() + 160)
                if e.type == "Country"
                and _FOR_PLACE.search(low, max(0, m.start - base - 12), m.start - base)
                and not _OTHER_CLAUSE.search(low, cue.end(), m.start - base)
            ]
        if not lenders or not places:
            continue
        for country in coordinated(sent, places[0].start):
            if country.type == "Country" and country is not lenders[0]:
                rules.add(lenders[0], "supports", country, cue.group())


#: "will support programmes in A, B and C", "renewed its support for climate resilience in A and B",
#: "funds projects in A": the work supported, then the countries it is done in. The verb is a finite
#: one ("supports", "will support", "is funding", "funded"; not "could support") or the giver's own
#: support renewed or given ("renewed its support for"): not a bare noun ("ended support for", "the
#: lack of funding for")
_SUPPORT_IN = re.compile(
    r"\b(?:(?:will|shall)\s+(?:also\s+|continue\s+to\s+)?support|supports|supported|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:supporting|funding|financing)|"
    r"(?:co-)?(?:funds|funded|finances|financed)|"
    r"(?:renewed|continued|increased|provided|extended|pledged|committed|expanded|reaffirmed)\s+"
    r"(?:its|their)\s+(?:[a-z]+\s+)?(?:support|funding|financing))\s+"
    r"(?:for\s+)?(?:(?!(?:and|or|but|that|which|who|by|with|from|in|not|no)\b)[\w’'$€£.,-]+\s+){0,6}?"
    r"(?:programmes?|programs?|projects?|initiatives?|efforts?|operations|activities|interventions"
    r"|resilience|adaptation|reforms?)\s+in\s+(?:the\s+)?"
)
#: before the support: it stops or is cut ("stopped funding", "cut its funding for", "withdrew")
_STOPPED = re.compile(
    r"\b(?:stop(?:s|ped)?|suspend(?:s|ed)?|withdr[ae]w(?:s|n)?|end(?:s|ed)?|cut(?:s|ting)?|halt(?:s|ed)?|"
    r"froze|freez(?:e|es)|slash(?:es|ed)?|reduc(?:e|es|ed)|lack\s+of|shortfall)\b[^,;]{0,30}$"
)


def _support_in_countries(rules: SentenceRules) -> None:
    """supports from the body that supports or funds work to each country the work is done in."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for cue in _SUPPORT_IN.finditer(low):
        if _not_given(low, cue.start()) or _STOPPED.search(low, max(0, cue.start() - 40), cue.end()):
            continue
        givers = _givers(rules, base + cue.start())
        if not givers or not adjacent(sent, base + cue.end()):
            continue
        for country in coordinated(sent, base + cue.end()):
            if country.type == "Country" and country is not givers[0]:
                rules.add(givers[0], "supports", country, "support in")


#: "has donated two pickup vehicles to the ", "allocated US$1 million to ": a gift to whom follows, in
#: the same clause (no comma, "and", "not" or other verb's word between: not "donated blood and then
#: appealed to …")
_DONATED_TO = re.compile(
    r"\b(?:donated|allocated|contributed|pledged|channell?ed)\s+"
    r"(?:(?!(?:and|or|but|not|then|which|that|by)\b)[\w$€£.()-]+\s+){1,8}?to\s+(?:the\s+)?"
)


def _givers(rules: SentenceRules, at: int) -> list[EntityRec]:
    """The subject of the deed at ``at`` when the sentence names it before the deed: not the fallback
    of a sentence with no giver ("Officials handed over victims to IOM and UNHCR")."""
    base = rules.sent.start
    return [
        e
        for e in rules.subject(at)[:1]
        if e.type in _ACTOR_TYPES and any(base <= m.start and m.end <= at for m in e.mentions)
    ]


def _donated_to(rules: SentenceRules) -> None:
    """supports from the giver of a gift to the actors right after "to"."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for cue in _DONATED_TO.finditer(low):
        if _not_given(low, cue.start()) or not adjacent(sent, base + cue.end()):
            continue
        for giver in _givers(rules, base + cue.start()):
            takers = coordinated(sent, base + cue.end())
            for taker in takers if giver not in takers else ():
                if taker.type in _ACTOR_TYPES:
                    rules.add(giver, "supports", taker, cue.group().split()[0] + " to")


#: a word of every praise :func:`~kg.extract.relation_commended.commended_acts` reads ("applaud" holds "laud")
_PRAISE_WORDS = ("commend", "prais", "congratulat", "laud", "hail", "salut", "thank", "compliment", "welcom")
#: "My delegation", "my country", "we": the speakers of a statement
_MY_DELEGATION = re.compile(r"\b(?:my|our)\s+(?:delegation|country|government)\b|\bwe\b")


def given_support(rules: SentenceRules) -> None:
    """supports from a possessive, a financing passive or a deed of giving help."""
    assembly_endorsements(rules)  # "the Declaration, endorsed by the Assembly": adopted, not supported
    _money_and_alignment(rules)
    if not rules.has_actor:
        return
    if any(
        w in rules.sent.low
        for w in (
            "donor",
            "funder",
            "financier",
            "contributor",
            "backer",
            "sponsor",
            "supporter",
            "champion",
            "proponent",
        )
    ):
        donors(rules)  # "Switzerland is a major donor to the Programme"
    if any(w in rules.sent.low for w in ("candida", " bid", "nominat", "application")):
        candidacies(rules)  # "Ghana backs Nigeria's candidacy"
    sent, text, low, base = rules.sent, rules.sent.text, rules.sent.low, rules.sent.start
    if any(
        w in low
        for w in (
            "fund",
            "financ",
            "support",
            "assistance",
            "backed",
            "pledges",
            "donations",
            "grant",
            "loan",
        )
    ):
        _actor_support(rules)
    if any(word in low for word in _FINANCING_WORDS):
        _financing_for_countries(rules)
    if " in " in low and ("support" in low or "fund" in low or "financ" in low):
        _support_in_countries(rules)  # "will support programmes in A, B and C"
    if any(verb in low for verb in ("donated ", "allocated ", "contributed ", "pledged ", "channel")):
        _donated_to(rules)
    if ("’s " in text or "'s " in text) and any(
        w in low for w in ("welcom", "prais", "commend", "applaud", "hail")
    ):
        _praised_deeds(rules)  # "UNHCR welcomed the UK's pledge"
    items = sent.of_types(ITEMS)
    if not items:
        return
    if (" for " in low or " on " in low or " upon " in low) and any(w in low for w in _PRAISE_WORDS):
        commended_acts(rules)  # "Japan commended Viet Nam for adopting the Plan"
    if any(w in low for w in ("prais", "commend", "applaud", "laud", "hail")):
        praised_items(rules)  # "Egypt hailed the Plan as a milestone", "was praised by Colombia"
    if "’s " in text or "'s " in text or "s' " in text or "s’ " in text:
        for m, item in items:  # "Japan's support for the Plan"
            lead = _OWNER_SUPPORT.search(low, max(0, m.start - base - 60), m.start - base)
            if lead is None or lead.end() != m.start - base:
                continue
            owners = [
                p for p in sent.actors(base, base + lead.start() + 1) if p[0].end == base + lead.start()
            ]
            if owners and owners[-1][1].type in _ACTOR_TYPES:
                rules.add(owners[-1][1], "supports", item, "’s support")
    if " came from " in low or " comes from " in low:
        for m, item in items:  # "Backing for the Plan also came from Thailand and the Philippines"
            came = _CAME_FROM.match(low, m.end - base)
            lead = _SUPPORT_FOR.search(low, max(0, m.start - base - 40), m.start - base)
            if (
                came is None
                or lead is None
                or _NOT_SUPPORT.search(low, max(0, lead.start() - 30), lead.start())
            ):
                continue  # "Little support for the Plan came from …", "Criticism of the support for …"
            for giver in coordinated(sent, base + came.end()):
                if giver.type in _ACTOR_TYPES:
                    rules.add(giver, "supports", item, "support came from")
    if " by " in low:
        for m, item in items:  # "the Plan is financed by the World Bank"
            by = _FINANCED_BY.match(low, m.end - base)
            if by is None or not adjacent(sent, base + by.end()):
                continue
            for giver in coordinated(sent, base + by.end()):
                if giver.type in _ACTOR_TYPES:
                    rules.add(giver, "supports", item, "financed by")
    fronted = _FRONTED_BY.match(text) if text[:1] in "FSBCILRM" else None
    if fronted is not None:  # "Funded by the European Union, the Programme will run until 2028"
        givers = coordinated(sent, base + fronted.end())
        last = sent.actors(base + fronted.end(), base + fronted.end() + 200)
        comma = text.find(",", last[len(givers) - 1][0].end - base) if givers and last else -1
        first = sent.of_types(ITEMS, base + comma, base + comma + 12) if comma > 0 else []
        if first and _THE_ITEM.fullmatch(text, comma, first[0][0].start - base):
            pred = "supports" if fronted.group(1).lower() in _SUPPORT_VERBS else "implements"
            for giver in givers:
                if giver.type in _ACTOR_TYPES:
                    rules.add(giver, pred, first[0][1], fronted.group(1).lower() + " by")
    if " for " in low or " to " in low or " towards " in low:
        for m, item in items:  # "UNDP provided technical assistance for the Plan"
            deed = _GAVE_HELP.search(low, max(0, m.start - base - 90), m.start - base)
            if deed is None:
                continue
            if NEGATED.search(low, max(0, deed.start() - 20), deed.start()):
                # "Kenya did not provide funding for the Plan": no support, whoever read "funding"
                refused = rules.keys(rules.subject(base + deed.start()))
                rules.out[:] = [
                    f
                    for f in rules.out
                    if not (f.object == item.key and f.predicate == "supports" and f.subject in refused)
                ]
                continue
            for giver in rules.subject(base + deed.start())[:1]:
                if giver.type in _ACTOR_TYPES:
                    rules.add(giver, "supports", item, "provided support for")
