"""Who signs or launches together: the parties of a signing are partners, and adopt what they sign.

News of a signing names the parties as a list before the verb ("The Government of Ghana, UNICEF in
Ghana and the ILO today signed a memorandum of understanding"), with appositions and offices in
between ("UNHCR, the UN Refugee Agency, and …", "the United Nations in Kenya"), or after "between"
("an agreement between the government of Nepal and that of the State of Qatar was signed"). The
instrument is often no entity ("a memorandum of understanding", "a new bilateral agreement"): the
parties are still partners. When the instrument is a plan or framework named right after the verb,
each party adopts it ("Kenya and the UN signed the Cooperation Framework 2024-2028"); so it is when
two or more launch a plan together ("Kenya and UNHCR have launched the Plan"; not the partner named
in a parenthesis: "Kenya, in collaboration with UNHCR, launched" is Kenya's launch).
"""

from __future__ import annotations

import re
from itertools import combinations

from kg.extract import cues
from kg.extract.actors import Sentence, coordinated
from kg.extract.cue_pair_deeds import NO_TIES
from kg.extract.found import Found
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_agents import adjacent
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import acting_apart, multilateral_only

_INSTRUMENT = (
    r"(?:agreements?|memorand(?:um|a)\s+of\s+understanding|mou|accords?|treat(?:y|ies)|pacts?|deal|"
    r"arrangements?|letters?\s+of\s+intent|(?:cooperation\s+)?frameworks?|protocols?|compacts?|charters?|"
    r"projects?|programmes?|programs?|loans?|grants?|credits?)"
)
#: "have today signed a new bilateral agreement", "jointly signed the"
_SIGNED = re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?:(?:today|now|finally|formally|officially|jointly|also|recently)\s+)?"
    r"(?:signed|concluded|inked|sealed|signs?|seals?|inks?)(?:\s*,\s*[^,.;]{1,40},)?\s+"
    r"(?:(?:on|at|in)\s+[^,.;]{1,40}?,\s+)?"
    r"(?P<what>(?:(?:an?|the|their|two|three)\s+)?(?:(?!(?:that|which|who|to|with|for)\b)[\w$€£.-]+\s+){0,5}?"
    + _INSTRUMENT
    + r"\b)?"
)
#: "have jointly launched", "unveiled"
_LAUNCHED = re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?:(?:today|now|officially|formally|jointly|also|recently)\s+)?"
    r"(?:launched|unveiled)\s+"
)
#: a truce's instrument ends a fight and makes no partners: "signed a ceasefire agreement"
_TRUCE = re.compile(r"\b" + NO_TIES + r"\b")
#: those who sign for others: "signed by Qatar and the US as witnesses / guarantors / mediators"
_AS_WITNESSES = re.compile(
    r"[^.;]{0,160}?\bas\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:witness(?:es)?|guarantors?|mediators?|observers?|"
    r"facilitators?)\b"
)
#: instruments each party signed apart: "separate loans", "their own agreements", "individual deals"
_EACH_OWN = re.compile(r"\b(?:separate|separately|individual|individually|respective|own|each)\b")
#: "signing of a new and revised bilateral agreement between", "an agreement … between"
_BETWEEN = re.compile(r"\b" + _INSTRUMENT + r"\b[^.;]{0,120}?\bbetween\s+")
#: the passive of a signing: "The agreement was signed by A and B", "a memorandum, signed on Monday by";
#: an unnamed (lower-case) instrument, so not the parties of a named multilateral one
_SIGNED_BY = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|mou|accords?|pacts?|deal|"
    r"(?:joint\s+)?declaration|letters?\s+of\s+intent|treaty)\b,?\s+(?:(?:was|were|has\s+been|had\s+been|is|"
    r"will\s+be)\s+)?(?:(?:jointly|formally|officially)\s+)?(?:signed|concluded|inked|sealed)\b"
)
_SIGN_WORD = re.compile(r"\b(?:sign(?:ed|ing|ature|s)?|conclu(?:ded|sion)|ink(?:ed|s)?|seal(?:ed|s)?)\b")
#: what may separate two signers of a list before the verb
_CO_SIGNERS = re.compile(
    r"(?:\s+(?:[Gg]overnment|authorities))?(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:and|&)|,|and|&|as\s+well\s+as|"
    r",?\s*(?:in\s+(?:collaboration|partnership|co-?operation)|together|along|jointly)\s+with)\s*(?:the\s+)?"
    r"(?:(?:[Gg]overnment|Republic|Kingdom|State)\s+of\s+(?:the\s+)?)?"
)
#: "… and that of the Kingdom of", between two governments
_THAT_OF = re.compile(
    r"\s*(?:,\s*)?(?:and|&)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:Government|Republic|Kingdom|State|Hashemite\s+Kingdom)\s+of\s+(?:the\s+)?)?"
)
#: between the last signer and the verb: an apposition's end, a time word
_TO_VERB = re.compile(r"[\s,]*(?:(?:and\s+)?\d+\s+[a-z\s-]{0,40}?,?\s*)?")
#: a signer's list may not follow a preposition: "in collaboration with X, Y signed"
_AFTER_PREPOSITION = re.compile(r"\b(?:with|by|of|for|from|to|in|on|at|between|through)\s+(?:the\s+)?$")
_MAX_PARTIES = 4
_WITH = re.compile(r"\bwith\b")
_OF_PARENT = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*of\s+(?:the\s+)?")
_APPOSED = re.compile(r"\s*[,(]?\s*(?:the\s+)?")  # "UNHCR, the UN Refugee Agency"
#: "… a new project to support the", "… an agreement that will support the"
_TO_SUPPORT = re.compile(r"\s+(?:to|that\s+will|which\s+will)\s+(?:support|back|strengthen)\s+(?:the\s+)?")
_GOVERNMENT_OF = re.compile(r"(?:[Gg]overnment|Republic|Kingdom|State)\s+of\s+(?:the\s+)?$")
#: between the verb and the instrument named: "a new", "the updated version of the", "today a"
_ITEM_LEAD = re.compile(
    r"\s*(?:(?:today|yesterday|formally|officially|jointly)\s+)?"
    r"(?:(?:an?|the|their|its|new|updated|revised|first|second|third|version|of)\s+)*"
)


def signings(rules: SentenceRules) -> None:
    """partnersWith between the parties of a signing; adopts of the plan or framework signed."""
    sent = rules.sent
    low = sent.low
    if not rules.has_actor:
        return
    for cue in _LAUNCHED.finditer(low) if "launch" in low or "unveil" in low else ():
        parties = signers_before(sent, sent.start + cue.start(), with_partners=False)
        item = _signed_item(sent, sent.start + cue.end()) if len(parties) >= 2 else None
        # "Kenya and UNHCR launched the Plan": partners; two states launching a plan are not (each its own)
        if item is not None and _pairs(rules, parties, "launched", countries=False):
            for party in parties:
                rules.add(party, "adopts", item, "launched")
    if not _SIGN_WORD.search(low):
        return
    for cue in _SIGNED.finditer(low):
        parties = signers_before(sent, sent.start + cue.start())
        if not parties:
            continue
        at = cue.start("what") if cue.group("what") else cue.end()
        item = _signed_item(sent, sent.start + at)
        # "Ghana and Togo signed a memorandum of understanding"; not two of the many signatories of a
        # multilateral instrument the reference knows ("China and the US signed the Paris Agreement")
        if (
            len(parties) >= 2
            and (item is not None or cue.group("what"))
            and not _EACH_OWN.search(cue.group("what") or "")  # "signed separate loans with the Bank"
            and not _TRUCE.search(cue.group("what") or "")  # "signed a ceasefire agreement"
            and not acting_apart(low, cue.start())  # "Kenya and Uganda each signed"
            and not (item is not None and multilateral_only([item], sent.text))
        ):
            _pairs(rules, parties, "signed")
        for party in parties if item is not None else ():
            rules.add(party, "adopts", item, "signed")  # type: ignore[arg-type]
        if item is not None and len(parties) == 1:
            _counterparts(rules, parties[0], item, sent.start + at)
        if cue.group("what"):
            _supported(rules, parties, sent.start + cue.end())
    for cue in _SIGNED_BY.finditer(low):
        by = cues.PASSIVE_BY.match(sent.text, cue.end())
        at = sent.start + by.end() + 1 if by is not None else 0  # past the space after "by"
        if by is None or sent.text[cue.start() : cue.end()].split()[0].istitle() or not adjacent(sent, at):
            continue  # no agent right after "by", or a named instrument ("The Paris Agreement was signed by")
        if _AS_WITNESSES.match(low, by.end()) or _TRUCE.search(low, max(0, cue.start() - 30), cue.start()):
            continue  # "signed by A and B as witnesses", "the ceasefire agreement was signed by"
        parties = [e for e in coordinated(sent, at) if e.type in ("Country", "Organization")]
        if len(parties) >= 2:
            _pairs(rules, parties, "signed by")
    between = _BETWEEN.search(low)
    if between is not None:
        parties = _between(sent, sent.start + between.end())
        if len(parties) == 2:
            _pairs(rules, parties, "between")
            item = _item_signed_between(sent, between.end())
            for party in parties if item is not None else ():
                rules.add(party, "adopts", item, "signed between")  # type: ignore[arg-type]


#: "… (MOC) with the", ", with": the other party of a signing, right after the instrument
_WITH_AFTER = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?,?\s+with\s+(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?)?"
)


def _counterparts(rules: SentenceRules, party: EntityRec, item: EntityRec, pos: int) -> None:
    """ "Kenya signed a memorandum of understanding (MoU) with Qatar": Qatar signs it too, as
    Kenya's partner (not "signed the Paris Agreement with 170 other nations": a multilateral one)."""
    sent = rules.sent
    items = [(m, e) for m, e in sent.of_types(("Plan", "Framework"), pos, pos + 60) if e is item]
    if not items or multilateral_only([item], sent.text):
        return
    after = _WITH_AFTER.match(sent.text, items[0][0].end - sent.start)
    if after is None:
        return
    others = [e for e in coordinated(sent, sent.start + after.end()) if e.type in ("Country", "Organization")]
    actors = sent.actors(sent.start + after.end(), sent.start + after.end() + 1)
    if not others or not actors or actors[0][1] is not others[0]:
        return  # "with the support of X": X is no party; the party must open the phrase
    if sent.text.startswith(("’s ", "'s "), actors[0][0].end - sent.start) and not sent.actors(
        actors[0][0].end + 3, actors[0][0].end + 4
    ):
        return  # "with Qatar's backing": Qatar's help, not Qatar's signature
    for other in others[:_MAX_PARTIES]:
        if other is not party:
            rules.add(other, "adopts", item, "signed with")
            rules.add(party, "partnersWith", other, "signed with")


def _supported(rules: SentenceRules, parties: list[EntityRec], pos: int) -> None:
    """ "signed a new project to support the Regional Initiative": the signers support the
    Initiative (the nearest-actor rules read "signed" as its adoption)."""
    sent = rules.sent
    aim = _TO_SUPPORT.match(sent.low, pos - sent.start)
    if aim is None:
        return
    items = sent.of_types(("Plan", "Framework"), sent.start + aim.end(), sent.start + aim.end() + 1)
    if not items:
        return
    target = items[0][1].key
    keys = {p.key for p in parties}
    rules.out = [
        f
        if f.predicate != "adopts" or f.object != target or f.subject not in keys
        else Found(f.subject, "supports", f.object, f.start, f.end, f.cue)
        for f in rules.out
    ]
    for party in parties:
        rules.add(party, "supports", items[0][1], "to support")


def _pairs(rules: SentenceRules, parties: list[EntityRec], cue: str, countries: bool = True) -> bool:
    """partnersWith between every two ``parties`` (not two countries unless ``countries``)."""
    if len(parties) > _MAX_PARTIES:
        return False
    for a, b in combinations(parties, 2):
        if countries or a.type != "Country" or b.type != "Country":
            rules.add(a, "partnersWith", b, cue)
    return True


def signers_before(sent: Sentence, pos: int, with_partners: bool = True) -> list[EntityRec]:
    """The list of actors that ends right before ``pos`` (the verb), first to last; ``with_partners``:
    "X, in collaboration with Y, …" names Y as a party too (so for a signing, not for a launch: a
    partner named in a parenthesis does not launch the plan)."""
    actors = [(m, e) for m, e in sent.actors(sent.start, pos) if e.type in ("Country", "Organization")]
    if not actors:
        return []
    m_last = actors[-1][0]
    if not _TO_VERB.fullmatch(sent.text, m_last.end - sent.start, pos - sent.start):
        return []
    out: list[tuple[MentionRec, EntityRec]] = [actors[-1]]
    for k in range(len(actors) - 1, 0, -1):
        (m1, e1), (m2, e2) = actors[k - 1], actors[k]
        head_m, head_e = out[0]
        gap = sent.text[m1.end - sent.start : m2.start - sent.start]
        if e2 is head_e and head_m is m2 and e1 is not e2 and gap.strip() == "in" and e2.type == "Country":
            out[0] = (m1, e1)  # "the United Nations in Ghana": the office, not the country
            continue
        if head_m is m2 and e1 is not e2 and _OF_PARENT.fullmatch(gap):
            out[0] = (m1, e1)  # "The Agency (ABC), of the Ministry (MRE), and": the unit, not its parent
            continue
        if e1 is e2 and _APPOSED.fullmatch(gap):
            out[0] = (m1, e1)  # "UNHCR, the UN Refugee Agency,": one party named twice
            continue
        if m2 is head_m and _CO_SIGNERS.fullmatch(gap) and (with_partners or not _WITH.search(gap)):
            out.insert(0, (m1, e1))
        elif m2 is head_m:
            break
    first = out[0][0]
    lead = _GOVERNMENT_OF.sub("", sent.text[: first.start - sent.start])
    if _AFTER_PREPOSITION.search(lead):
        return []
    return list(dict.fromkeys(e for _m, e in out))


def _between(sent: Sentence, pos: int) -> list[EntityRec]:
    """The two parties right after "between": "between X and Y", "between the government of X and
    that of Y"."""
    actors = [(m, e) for m, e in sent.actors(pos, pos + 160) if e.type in ("Country", "Organization")]
    if len(actors) < 2 or not re.fullmatch(
        r"\s*(?:the\s+)?(?:(?:[Gg]overnments?|Republic|Kingdom|State|Hashemite\s+Kingdom)\s+of\s+(?:the\s+)?)?",
        sent.text[pos - sent.start : actors[0][0].start - sent.start],
    ):
        return []
    (m1, e1), (m2, e2) = actors[0], actors[1]
    if e1 is e2 or not _THAT_OF.fullmatch(sent.text, m1.end - sent.start, m2.start - sent.start):
        return []
    return [e1, e2]


#: "the “Arrangement on Return …”, signed between": the instrument right before the participle
_SIGNED_BETWEEN = re.compile(
    r"[”\"’]?\s*,?\s*(?:(?:which|that)\s+was\s+)?(?:signed|concluded|inked)\s+between\s+$"
)


def _item_signed_between(sent: Sentence, end: int) -> EntityRec | None:
    """The plan or framework whose name ends right before "signed between" (``end``: after "between")."""
    for m, item in reversed(sent.of_types(("Plan", "Framework"), sent.start, sent.start + end)):
        if _SIGNED_BETWEEN.fullmatch(sent.low, m.end - sent.start, end):
            return item
    return None


def _signed_item(sent: Sentence, pos: int) -> EntityRec | None:
    """The plan or framework named right at ``pos``, after the verb: "signed the UNSDCF 2024-2028",
    "signed a new United Nations Sustainable Development Cooperation Framework 2023-2025"."""
    items = sent.of_types(("Plan", "Framework"), pos, pos + 60)
    if not items:
        return None
    m, item = items[0]
    if not _ITEM_LEAD.fullmatch(sent.text, pos - sent.start, m.start - sent.start):
        return None
    return item
