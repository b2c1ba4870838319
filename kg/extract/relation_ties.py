"""Ties between actors: partnership, support given to a plan, and membership of a body."""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract import cues
from kg.extract.actors import Sentence, coordinated, coordinated_before
from kg.extract.records import DocState, EntityRec, MentionRec
from kg.extract.relation_agents import adjacent, listed_actors
from kg.extract.relation_channels import channels
from kg.extract.relation_conjoined import passive_object
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_place import place_subject
from kg.extract.relation_wording import (
    BILATERAL,
    ITEM_SET,
    ITEMS,
    JOINED_IN,
    NEGATED,
    THE_GAP,
    acting_apart,
    multilateral_only,
)
from kg.extract.subjects import subject

_A_MEMBER = re.compile(r"\ban? (?:founding |active |proud |committed )?$")
#: "Kenya is a member of": the subject before is the member
_BE_MEMBER = re.compile(
    r"\b(?:is|are|was|were|became|become|becomes|remains|remain|been|as)\s+(?:also\s+|now\s+)?"
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$"
)
#: joined to a body's members without being one: "together with", "along with", "as well as"
_ALONG_WITH = re.compile(r"\b(?:together|along)\s+with\b|\bas\s+well\s+as\b")
#: "Niger and Nigeria, alongside all 27 EU member states": others named beside the list, not its members
_BESIDE = re.compile(
    r"\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as|besides|in\s+addition\s+to|plus|unlike)\b"
)
#: "joined the agency's Executive Committee": the body's owner between the verb and the body
_OWNED_BODY_GAP = re.compile(r"\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*[’']s\s+(?:new\s+)?")
_ORG_AND = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")
#: "Indonesia and Australia, the Co-Chairs of": an apposition naming the countries' seat
#: the kind of partner before the list of them: " six other countries, namely", " countries such as"
_COUNTRIES_NAMELY = re.compile(
    r"\s+(?:the\s+)?(?:[a-z0-9-]+\s+)?(?:other\s+)?(?:countries|governments|states|partners|organi[sz]ations)"
    r",?\s+(?:namely|including|such\s+as|like)\s+(?:the\s+)?|\s+(?:[a-z0-9-]+\s+)?(?:other\s+)?countries\s*:\s*"
    # "teamed up with 28 countries, Europol and INTERPOL": a counted group, then the named partners
    r"|\s+(?P<counted>(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:other\s+)?"
    r"(?:countries|states|member\s+states|partners|agencies|organi[sz]ations)),\s+(?!and\b)(?:the\s+)?"
)
#: a verb of saying soon after: the names are who said it, not partners
_SAID_SOON = re.compile(r"\b(?:said|says|reported|told|announced|stated|according\s+to)\b")
_APPOSED = re.compile(r",\s*(?:(?:the|both|two|as)\s+(?:[a-z-]+\s+){0,2}?)?$")
#: a joint deed: "launched the Campaign in ten counties with IOM", "the centres run with IOM", "its
#: cooperation programme with the ILO" (not "with the support of", which is support)
_DONE_WITH = re.compile(
    r"\b(?:(?:launch(?:ed|es|ing)?|develop(?:ed|s|ing)?|run|ran|runs|running|operat(?:e|ed|es|ing)|"
    r"organi[sz](?:e|ed|es|ing)|co-organi[sz](?:e|ed|es|ing)|establish(?:ed|es|ing)?|set(?:s|ting)? up|"
    r"conduct(?:s|ed|ing)?|pilot(?:s|ed|ing)?|implement(?:s|ed|ing)?|carr(?:y|ies|ied|ying) out)"
    r"(?:\s+[^\s.;:,]+){0,8}?|(?:cooperation|partnership|collaboration)\s+(?:programmes?|programs?|"
    r"projects?|agreements?|frameworks?|arrangements?|initiatives?))\s+with\s+(?:the\s+)?$"
)
_ON_BEHALF_OF_MEMBERS = re.compile(r"\b(?:" + cues.BEHALF + r")\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,3}$")
_THANKED_FOR = re.compile(r"\bthank(?:s|ed|ing)?\s+(?:the\s+)?")
#: after the thanked: "… for their partnership", "… for its continued support"
_FOR_THEIR = re.compile(
    r"[^.;:]{0,120}?\bfor\s+(?:their|its|the)\s+(?:(?:continued|continuing|generous|strong|valuable|close)\s+)?"
    r"(?P<what>partnership|cooperation|collaboration|support|assistance|help|funding)\b"
)
_FRONT = re.compile(
    r"\s*(?:(?:Also|And|Meanwhile|Moreover),?\s+)?(?:(?:Working|Acting|Operating)\s+(?:closely\s+)?)?"
)


#: a tie turned down or ended: "rejected cooperation with", "suspended its partnership with", "ruled
#: out talks"; the two are not partners
_REFUSED = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|rul(?:ed|es|ing)\s+out|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|"
    r"end(?:s|ed|ing)|sever(?:s|ed|ing)?|froze|freez(?:es|ing)|terminat(?:es|ed|ing)|oppos(?:es|ed|ing)|"
    r"cut(?:s|ting)?\s+off)\s+(?:(?:its|their|all|any|the|further|closer|bilateral|military|security)\s+){0,2}$"
)
#: a tie denied, stopped or held against one: "denied collaborating with", "warned Sudan against
#: collaborating with", "accused Eritrea of collaborating with"
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit|refrain(?:s|ed|ing)?\s+from|"
    r"avoid(?:s|ed|ing)?|against|(?:accus|suspect|charg)(?:e|es|ed|ing)?\s+(?:[^\s.;]+\s+){1,5}?of|"
    r"suspected\s+of|alleged(?:ly)?)\s+$"
)
#: a deed urged on, proposed to or given up by the pair: "urged Kenya and Somalia to hold joint
#: consultations", "proposed that A and B hold joint patrols", "abandoned plans to launch joint patrols"
_NOT_DONE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed)?|invit(?:e|es|ed)|encourag(?:e|es|ed)|"
    r"press(?:es|ed)|push(?:es|ed)|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?|"
    r"abandon(?:s|ed|ing)?|dropp(?:ed|ing)|shelv(?:e|es|ed|ing)|scrapp(?:ed|ing)|gave\s+up|giv(?:e|es|ing)\s+up)\b"
)


def _clause_start(low: str, at: int) -> int:
    """Where the clause holding ``at`` begins, at most 80 characters back: a call before a comma
    ("Asked about the drought, Kenya and Uganda launched …") is not the pair's."""
    lo = max(0, at - 80)
    return max(lo, low.rfind(",", lo, at) + 1, low.rfind(";", lo, at) + 1)


#: "called for closer", "urged greater": a partnership wished for
_CALLED_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|"
    r"need\s+for|seek(?:s|ing)?|sought)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$"
)
#: ", and Algiers was …": a clause with a subject of its own, between the actor and the cue
_NEW_SUBJECT = re.compile(
    r",\s+(?:and|but|while|whereas)\s+[A-Z][\w'’-]+\s+"
    r"(?:was|is|were|are|has|had|will|would|had been|has been)\b"
)


#: right before a partner named after an earlier cue: "working with ", "in cooperation with the "
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


def _past_partner(rules: SentenceRules, before: list[EntityRec], c0: int) -> list[EntityRec]:
    """The subject at the cue at ``c0``, past one named as an earlier cue's partner: in "Colombia would
    keep working with UNHCR in Peru, together with the Quito Process" Colombia, not UNHCR, acts."""
    if len(before) != 1:
        return before
    sent, base = rules.sent, rules.sent.start
    mentions = [m for m, e in sent.actors(base, c0) if e is before[0]]
    if not mentions:
        return before
    at = mentions[-1].start - base
    earlier = _WITH_BEFORE.search(sent.low, max(0, at - 12), at)
    if earlier is None:
        return before
    return rules.subject(base + earlier.start())  # the actor of the earlier cue, as that cue reads it


def partnership(rules: SentenceRules) -> None:
    """partnersWith and supports between actors: "together with", "in collaboration with",
    "X and Y agreed to cooperate", "with the support of IOM"."""
    if not rules.has_actor and rules.pair is None:
        return  # nobody to be a partner or give support
    sent = rules.sent
    state = rules.state
    text = rules.sent.text
    low = rules.sent.low
    base = rules.sent.start
    types = rules.types
    inherited = rules.inherited
    speaker = rules.speaker
    pair = rules.pair
    self_country = rules.self_country
    has_actor = rules.has_actor
    add = rules.add
    finditer = rules.finditer
    search = rules.search
    # partnership
    for cue in finditer(cues.PARTNERS_LOW) if has_actor else ():
        c0, c1 = base + cue.start(), base + cue.end()
        word = text[cue.start() : cue.end()]
        if word[:1] == "W":
            continue  # "the Future of Work with …": a name, not "work with"
        if (
            NEGATED.search(low, max(0, cue.start() - 24), cue.start())
            or _REFUSED.search(low, max(0, cue.start() - 40), cue.start())
            or _DENIED.search(low, max(0, cue.start() - 60), cue.start())
        ):
            continue  # "Kenya did not sign the memorandum with Uganda", "Cuba rejected cooperation with"
        namely = _COUNTRIES_NAMELY.match(low, cue.end())
        if (
            namely is not None
            and namely.group("counted")
            and (
                len(coordinated(sent, base + namely.end())) < 2
                or _SAID_SOON.search(low, namely.end(), namely.end() + 120)
            )
        ):
            namely = None  # "teamed up with 28 countries, Europol and Eurojust said": the speakers
        if namely is not None:  # "agreements with six other countries, namely UK and Poland"
            c1 = base + namely.end()
        after = sent.actors(c1, c1 + 80)
        partners, last = (
            listed_actors(sent, c1) if after and _FRONT.fullmatch(text, 0, cue.start()) else ([], None)
        )
        comma = text.find(",", last.end - base) if last is not None else -1
        if comma > 0:  # "Together with Tuvalu and Vanuatu, Fiji has launched …"
            heads = sent.actors(base + comma + 1, base + comma + 40)
            if heads and THE_GAP.fullmatch(text, comma + 1, heads[0][0].start - base):
                for partner in partners:
                    add(heads[0][1], "partnersWith", partner, word)
                continue
        before = _past_partner(rules, rules.subject(c0), c0)
        if cue.group().startswith(("have been", "are")):
            group = coordinated_before(sent, c0)
            if len(group) == 2:
                add(group[0], "partnersWith", group[1], word)
            continue
        if _CALLED_FOR.search(low, max(0, cue.start() - 50), cue.start()):
            continue  # "called for closer cooperation with X": a wish, not a partnership
        prior = sent.actors(base, c0)
        if prior and _NEW_SUBJECT.search(text, prior[-1][0].end - base, cue.start()):
            continue  # "Its Committee had …, and Algiers was working with Niger": a subject not recognized
        if after and "," in text[(namely.end() if namely else cue.end()) : after[0][0].start - base]:
            continue  # "signed agreements with these countries, and our Agency …": not the partner
        placed = place_subject(sent, c0, before, rules.subject) if after else None
        if placed is not None:  # "… launched X in five provinces of Chad, together with the Ministry"
            for ent in placed:  # the launchers, not Chad
                for partner in coordinated(sent, c1):
                    add(ent, "partnersWith", partner, word)
            continue
        if after and _owns_no_actor(sent, after[0][0].end):
            continue  # "signed the Agreement with Qatar's backing": Qatar's help, not a partner's hand
        if after:
            if word[:4].lower() == "sign" and multilateral_only(
                [p[1] for p in sent.of_types(ITEMS, c0, c1)], sent.text
            ):
                continue  # "Kenya signed the Paris Agreement with Uganda": its parties, not partners
            signed = (
                [p[1] for p in sent.of_types(ITEMS, c0, c1) if BILATERAL.search(p[1].label)]
                if word[:4].lower() == "sign"
                else []
            )
            listed = coordinated(sent, c1)  # "in collaboration with UNICEF and the ILO"
            # not when the subject found is one of the partners ("The NSC worked with A and B", the
            # NSC no name): A and B are not each other's partners
            for ent in [e for e in before[:1] if e not in listed]:
                for partner in listed:
                    add(ent, "partnersWith", partner, word)
                    for item in signed:  # "Kenya signed the MoU on Labour with Qatar": Qatar too
                        if partner.type in ("Country", "Organization"):
                            add(partner, "adopts", item, word)
    if has_actor and " with " in low:  # "launched the Campaign in ten counties with IOM"
        at = low.find(" with ")
        while at >= 0:  # only where an actor follows "with": then the words before it
            past = at + 6 + (4 if low.startswith("the ", at + 6) else 0)
            at = low.find(" with ", at + 1)
            joined = sent.actors(base + past, base + past + 1)
            if not joined or joined[0][1].type not in ("Country", "Organization"):
                continue
            done = _DONE_WITH.search(low, max(0, past - 140), past)
            if done is None:
                continue
            for ent in rules.subject(base + done.start())[:1]:
                if ent.type in ("Country", "Organization"):
                    for partner in coordinated(sent, base + done.end()):
                        add(ent, "partnersWith", partner, "with")
    if has_actor and "thank" in low:  # "We thank UNHCR and IOM for their partnership"
        for thanks in _THANKED_FOR.finditer(low):
            thanked = [
                e for e in coordinated(sent, base + thanks.end()) if e.type in ("Country", "Organization")
            ]
            tail = _FOR_THEIR.match(low, thanks.end())
            if not thanked or tail is None:
                continue
            for thanker in rules.subject(base + thanks.start())[:1]:
                if thanker.type not in ("Country", "Organization"):
                    continue
                for one in thanked:
                    if tail.group("what").startswith(("support", "assistance", "help", "funding")):
                        add(one, "supports", thanker, "thank")  # "… for their support": theirs to us
                    else:
                        add(thanker, "partnersWith", one, "thank")
    both = pair is not None and search(cues.PAIR_LOW) is not None
    for cue in finditer(cues.COOPERATE_LOW) if has_actor or both else ():
        if low.startswith("sign", cue.start()) and multilateral_only(
            [p[1] for p in sent.of_types(ITEMS, base + cue.start(), base + cue.end())], sent.text
        ):
            continue  # "China and the US signed the Paris Agreement": two of its many parties
        if acting_apart(low, cue.start()):
            continue  # "Kenya and Uganda each signed a loan agreement with the Bank": apart
        if (
            NEGATED.search(low, max(0, cue.start() - 24), cue.start())
            or _REFUSED.search(low, max(0, cue.start() - 40), cue.start())
            or _DENIED.search(low, max(0, cue.start() - 60), cue.start())
            or _NOT_DONE.search(low, _clause_start(low, cue.start()), cue.start())
        ):
            continue  # "Kenya and Uganda have not signed an agreement", "… suspended cooperation"
        group = subject(sent, base + cue.start(), inherited, speaker, self_country, pair)
        if len(group) == 2 and all(
            e.type in ("Country", "Organization") for e in group
        ):  # "X and Y agreed to strengthen cooperation", "the two countries will cooperate"
            add(group[0], "partnersWith", group[1], text[cue.start() : cue.end()])
    for cue in finditer(cues.SUPPORT_OF_LOW) if has_actor and types & ITEM_SET else ():
        c1 = base + cue.end()
        helpers = sent.actors(c1, c1 + 80)
        items = sent.of_types(ITEMS)
        if (
            helpers
            and cue.group().endswith("financed by")
            and not THE_GAP.fullmatch(text, cue.end(), helpers[0][0].start - base)
        ):
            continue  # "financed by fees that employers pay to the Bank": the giver follows directly
        if helpers and not _HELPER_GAP.fullmatch(low, cue.end(), helpers[0][0].start - base):
            continue  # "with the support of the opposition in the Assembly": the opposition helped
        if helpers and items:
            c0 = base + cue.start()
            nearest = min(  # "the Compact, negotiated under the auspices of X": the nearest end or start
                items,
                key=lambda p: (c0 - p[0].end if p[0].end <= c0 else abs(p[0].start - c1), -p[0].start),
            )
            if nearest[0].start >= c1 and "," in text[cue.end() : nearest[0].start - base]:
                earlier = [p for p in items if p[0].end <= c0]  # "… with support from IOM, and builds on the
                if earlier:  # Protocol": the item of the clause the support is given in
                    nearest = earlier[-1]
            if _far_or_others(text, nearest[0].end - base, cue.start(), cue.end(), nearest[0].start - base):
                continue  # "Law X …, presented in May as part of Y, with the support of Z": Z backs Y
            thing = nearest[1]
            if nearest[0].end <= c0 and cue.group()[-3:] == " by":  # "X will be … under Y and is funded by"
                said_of = passive_object(sent, [p for p in items if p[0].end <= c0], c0, state)
                if said_of is None:
                    continue  # "It replaces the 2020 Plan and is funded by …": "it", named before
                thing = said_of
            if nearest[0].end <= c0 and "," in text[nearest[0].end - base : cue.start()]:
                thing = _inner(state, nearest[0]) or thing  # "a plan for the Compact, an agreement …"
            helped = listed_actors(sent, c1)[0]
            for helper in helped:  # "with technical support from IOM and UNODC"
                add(helper, "supports", thing, text[cue.start() : cue.end()])
            for channel in channels(sent, c1):  # "… from the Government of Ireland through Irish Aid"
                add(channel, "supports", thing, "through")
            if cue.group().startswith("with "):  # "UNODC, which drafted it with funding from the EU"
                for doer in rules.subject(c0)[:1]:
                    if doer.type in ("Country", "Organization") and doer not in helped:
                        for helper in helped:
                            if helper.type != "Country":  # a donor government backs; it is no partner
                                add(doer, "partnersWith", helper, text[cue.start() : cue.end()])


#: between a support cue and the helper named: "the", "the Government of", "partners such as"; no
#: preposition, which would make the helper a place or another phrase's ("the opposition in the Assembly").
#: Looser than :func:`~kg.extract.relation_agents.adjacent`, which allows no words of the helper's kind.
_HELPER_GAP = re.compile(
    r"\s*(?:(?:the|its|their|our|his|her)\s+)?(?:(?:government|governments|people)\s+of\s+(?:the\s+)?)?"
    r"(?:(?!(?:in|at|on|of|to|for|from|with|by|into|under|over)\b)[a-z-]+,?\s+){0,4}?"
    r"(?:(?:such\s+as|including|like|notably|namely|led\s+by)\s+(?:the\s+)?)?"
)
#: "under the auspices of X as agreed by States in the Declaration": the item of another verb's clause
_OTHERS_AFTER = re.compile(r"\bas (?:agreed|decided|set out|called for|stated|provided|envisaged)\b")


def _far_or_others(text: str, item_end: int, cue_start: int, cue_end: int, item_start: int) -> bool:
    """Whether the item nearest a supporter's cue is out of its reach: before it, over 150 characters
    and two clauses away; after it, in a clause of another verb."""
    if item_end <= cue_start:
        gap = text[item_end:cue_start]
        return len(gap) > 150 and gap.count(",") >= 2
    return _OTHERS_AFTER.search(text, cue_end, item_start) is not None


#: between "member states" and the members named after it: " ", " such as ", ", including " (not a bare
#: comma: "the EU member states, Kenya said, agreed")
_LISTED_AFTER = re.compile(r"(?:,?\s+(?:such\s+as|including|like|namely)\s+(?:the\s+)?|\s+)(?=[A-Z])")


def membership(rules: SentenceRules) -> None:
    """memberOf: "Kenya is a member of", "X Member State", "Senegal joined the Alliance",
    "Fiji, the Chair of the Forum", "As a member of X, we …"."""
    if "Organization" not in rules.types:
        return  # no body to be a member of
    sent = rules.sent
    text = rules.sent.text
    low = rules.sent.low
    base = rules.sent.start
    types = rules.types
    self_country = rules.self_country
    add = rules.add
    finditer = rules.finditer
    # membership
    for cue in finditer(cues.MEMBER_LOW) if "Organization" in types else ():
        c0, c1 = base + cue.start(), base + cue.end()
        word = cue.group()
        if word.startswith(("member state", "member countr", "member nation")) and not word.endswith("of"):
            orgs = [p for p in sent.of_types(("Organization",), c0 - 30, c0)]
            members = [p for p in sent.actors(base, c0 - 30) if p[1].type == "Country"]
            if (
                orgs
                and members
                and not _BESIDE.search(text, members[-1][0].end - base, orgs[-1][0].start - base)
            ):
                add(members[-1][1], "memberOf", orgs[-1][1], text[cue.start() : cue.end()])
            elif (
                orgs
                and text[orgs[-1][0].end - base : cue.start()] == " "  # "ASEAN member states"
                and (listed := _LISTED_AFTER.match(text, cue.end()))
                and adjacent(sent, base + listed.end())
            ):
                # "ASEAN member states Thailand, Malaysia and Indonesia": the members named after
                for named in coordinated(sent, base + listed.end()):
                    if named.type == "Country":
                        add(named, "memberOf", orgs[-1][1], text[cue.start() : cue.end()])
            continue
        if word == "within":
            continue
        if word.startswith("join"):  # "Senegal joined the Global Alliance", not "joined UNICEF in urging"
            bodies = [
                p
                for p in sent.of_types(("Organization",), c1, c1 + 30)
                if (
                    THE_GAP.fullmatch(text, cue.end(), p[0].start - base)
                    or _OWNED_BODY_GAP.fullmatch(text, cue.end(), p[0].start - base)
                )
                and text[p[0].end - base : p[0].end - base + 2]
                not in ("'s", "’s")  # "joined UNICEF's campaign"
            ]
            joiners = rules.subject(c0) if bodies else []
            if bodies and not JOINED_IN.match(text, bodies[0][0].end - base):
                for joiner in joiners:
                    if joiner.type in ("Country", "Organization"):
                        add(joiner, "memberOf", bodies[0][1], word)
            continue
        orgs = [p for p in sent.of_types(("Organization",), c1, c1 + 120)]
        if cues.RANKED.match(word):  # "the first country in ASEAN", not "… in the region of X"
            orgs = [p for p in orgs[:1] if THE_GAP.fullmatch(text, cue.end(), p[0].start - base)]
        behalf = _ON_BEHALF_OF_MEMBERS.search(low, max(0, cue.start() - 50), cue.start())
        if behalf is not None and orgs and word.startswith("member"):
            # "Ghana's representative, speaking on behalf of the three African members of the Council"
            speakers = [e for m, e in sent.mentions if e.type == "Country" and m.end <= base + behalf.start()]
            if speakers:
                add(speakers[-1], "memberOf", orgs[0][1], word)
            continue
        if orgs and "," in text[cue.end() : orgs[0][0].start - base]:
            continue  # "met members of the judiciary, the Commission and …": a list of those met
        # "a member of X and Y", not "a member of X, works with Y"
        orgs = orgs[:1] + [
            o2
            for o1, o2 in pairwise(orgs[:2])
            if _ORG_AND.fullmatch(text, o1[0].end - base, o2[0].start - base)
        ]
        members = [p for p in sent.actors(c1 + 1) if p[1].type == "Country" and p[0].start > c1]
        members = [p for p in members if all(p[0].start > o[0].end for o in orgs)]
        if members and orgs and _ALONG_WITH.search(text, orgs[0][0].end - base, members[0][0].start - base):
            members = []  # "the Member States of ASEAN, together with Australia and China": guests
        if not members or _BE_MEMBER.search(low, max(0, cue.start() - 40), cue.start()):
            # "Kenya is a member of X and has signed agreements with Y": the subject is the member
            subj = [p for p in sent.actors(base, c0) if p[1].type == "Country"][-1:]
            if subj and cues.CALLED_ON.search(low, subj[0][0].end - base, cue.start()):
                subj = []  # "Thailand invited all members of the Bali Process": not a member's word
            members = subj or members
        if "chair" in word:  # "Fiji, the Chair of the Forum", "Kenya is the Chair of": not one named after
            members = [
                p
                for p in members
                if p[0].end <= c0
                and (
                    _APPOSED.fullmatch(text, p[0].end - base, cue.start())
                    or (
                        cue.start() - (p[0].end - base) <= 24
                        and _BE_MEMBER.search(low, p[0].end - base, cue.start())
                    )
                )
            ]
        member = members[0][1] if members else None
        group = [member] if member is not None else []
        if (
            members
            and members[0][0].end <= c0
            and _APPOSED.fullmatch(text, members[0][0].end - base, cue.start())
        ):
            # "Indonesia and Australia, the Co-Chairs of the Bali Process": both
            group = [e for e in coordinated_before(sent, members[0][0].end) if e.type == "Country"] or group
        if (
            member is None
            and self_country is not None
            and "“" not in text
            and _A_MEMBER.search(low, max(0, cue.start() - 30), cue.start())
        ):
            we = cues.FIRST_PERSON.search(text)
            member = self_country if we and we.group() != "I" else None  # "As a member of X, we …"
        if member is not None and not group:
            group = [member]
        for _m, org in orgs[:2]:
            for one in group:
                add(one, "memberOf", org, text[cue.start() : cue.end()])


def _inner(state: DocState, mention: MentionRec) -> EntityRec | None:
    """The plan or framework whose name ends the name of ``mention``.

    "a national plan for the implementation of the Global Compact for Migration, an agreement …":
    the apposition describes the Compact.
    """
    name = mention.text.lower()
    best: tuple[int, EntityRec] | None = None
    for ent in state.entities.values():
        if ent.type not in ITEM_SET:
            continue
        for form in {ent.label, *(m.text for m in ent.mentions)}:
            form = form.lower()
            if len(form) < len(name) and name.endswith(" " + form) and (best is None or len(form) > best[0]):
                best = (len(form), ent)
    return best[1] if best else None


def _owns_no_actor(sent: Sentence, end: int) -> bool:
    """Whether the actor ending at ``end`` owns a thing that is no actor: "Qatar's backing" (not
    "Uganda's Ministry of Labour", a body of its own)."""
    if not sent.text.startswith(("’s ", "'s "), end - sent.start):
        return False
    return not sent.actors(end + 3, end + 4)
