"""Commitments: who adopts, implements, supports or calls for a plan, framework or issue.

The largest rule family. For each cue of :mod:`kg.extract.cues` it finds the object after the cue
(or before it, in the passive and in "signed it into law"), the agents ("by X", "between X and Y",
"Nepal's ratification of", a relative clause, else the subject), and the predicate the wording
really gives: none when negated, halted or only intended; callsFor under a modal; supports for
"calls on States to join"; partnersWith for two signatories of one instrument.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract import cues
from kg.extract.commitment_intent import only_intended
from kg.extract.modal_words import modal_search
from kg.extract.records import EntityRec
from kg.extract.relation_agentless import (
    AUX_BEFORE,
    agentless_passive,
    instrument_agent,
    national_plan_before,
    unclaimed,
)
from kg.extract.relation_agents import act_owner, agents_after
from kg.extract.relation_conjoined import passive_object
from kg.extract.relation_context import WE, SentenceRules
from kg.extract.relation_relative import joined_object, relative_actors, relative_country, relative_passive
from kg.extract.relation_wording import (
    AT_LAUNCH,
    BETWEEN,
    BILATERAL,
    BY_WORD,
    ITEMS,
    JOINED_IN,
    in_another_clause,
    multilateral_only,
    negated_before,
    own_clause,
    past_acronym_modifier,
    support_not_given,
    to_back,
)

_OBJECTS = frozenset(("Plan", "Framework", "Issue"))
_THE_BEFORE = re.compile(r"\bthe\s+$")
_BY = re.compile(r"\s*by\b")
_AFTER_ADOPTION = re.compile(r"\b(?:after|following|since)\s+the\s+$")
_THEN_AFTER = re.compile(r"[^.;]*?\bafter\b")
_IMPLEMENTATION = re.compile(r"[’'”\"]?\s+implementation\b")
_ANNIVERSARY = re.compile(r"\b(?:anniversary|celebration|commemoration) of the\s+$")
#: "implementing the 2030 Agenda through the National Development Plan": the means is implemented too
_THROUGH = re.compile(r"[’'”\"]?\s+(?:through|via|by means of)\s+(?:the|its|their|our)\s+")
#: "at the launch", "after the signing": the occasion of an act, named as a noun
#: "the honour to", "an honour", "in honour of": courtesy, not a call to honour a commitment
_HONOUR_FORMULA = re.compile(r"\b(?:the|an|in|great)\s+hono(?:u)?r\b|\bhono(?:u)?r\s+(?:to|of)\b")
_AT_THE_EVENT = re.compile(r"\b(?:at|during|after|before|following|since|ahead of) the\s+$")
#: a call on others whose object is long: "We call on all members that have not yet done so to ratify"
_CALL_ON_WIDE = re.compile(
    r"\b(?P<on>" + cues.CALL_ON + r")\s+[^.;:]{0,100}?"
    r"\bto\s+(?:(?:fully|swiftly|promptly|urgently|also)\s+)?(?:[a-z]+\s+(?:and|or)\s+)?$"
)  # "… to sign and ratify it": the second verb of the call too
#: "thanked donors for their support": the support of those thanked, not of the thanker
_THANKED_FOR_THEIR = re.compile(r"\bthank[a-z]*\b[^.;]{0,60}?\bfor\s+(?:their|its|his|her)\s+(?:[a-z]+\s+)?$")
#: money given by others for an act: "pledged 5 million dollars for the implementation of"
_GIVEN_FOR = re.compile(
    r"\b(?:pledg|donat|contribut|grant)[a-z]*\b[^;:]{0,60}?\bfor\s+(?:the\s+)?(?:full\s+|effective\s+)?$"
)
#: the instrument a deed is done under, not the thing done: "signed agreements as part of its Policy"
_PART_OF = re.compile(
    r"\b(?:as part of|under|in line with|in accordance with|in implementation of|pursuant to)\s+"
    r"(?:its|their|the|our)\s+(?:own\s+|new\s+|national\s+)?$"
)
#: a stance on someone's act: "welcomed the adoption of", "commended the recent ratification of"
_HAILED = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|hail(?:s|ed|ing)?|"
    r"prais(?:e|es|ed|ing)|celebrat(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)\s+[^.;]{0,30}?\bon)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?$"
)
_THAT_THE = re.compile(r"\bthat the\s+$")
_TO_JOIN = re.compile(
    r"[^.;]{0,60}?\bto (?:join|endorse|support|sign up to|become (?:a )?part(?:y|ies) to)\b"
)
#: an act the sentence denies: "rejected claims that it had adopted the Compact", "denied that it signed"
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebuff(?:s|ed)?)"
    r"\s+(?:(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?|rumou?rs?|accusations?)\s+)?that\b[^.;]*$"
)
#: a word of each denial of :data:`_DENIED`: a sentence without one denies nothing
_DENIAL_WORDS = ("deny", "deni", "reject", "dismiss", "refut", "rebuff")
#: an act undone, refused or halted: "suspended the implementation of", "no longer implements"
_STOPPED = re.compile(
    r"\b(?:no longer|stop(?:ped|s|ping)?|suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|abandon(?:ed|s|ing)?|"
    r"postpon(?:ed|es|ing)|delay(?:ed|s|ing)?|block(?:ed|s|ing)?|reject(?:ed|s|ing)?|oppos(?:ed|es|ing)|"
    r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|withdr(?:ew|awn|awing|aws) from|revers(?:ed|es|ing)|"
    r"cancel(?:led|ed|s|ling)?|repeal(?:ed|s|ing)?|freez(?:es|ing)|froze)\s+(?:the\s+|its\s+|their\s+)?$"
)
_STATE_ACT = re.compile(r"ratification of|enactment of|accession to")
_NOMINAL = re.compile(r"[a-z]+ (?:of|to)|[a-z]+ commitment to")  # "… unwavering commitment to"
#: before a nominal act that is only the topic of something: "sessions on the ratification of" (not
#: "embarked on the implementation of", an act)
_TOPIC_OF = re.compile(
    r"\b(?:reports?|sessions?|dialogues?|debates?|workshops?|votes?|discussions?|talks|briefings?|seminars?|"
    r"conferences?|meetings?|consultations?|webinars?|stud(?:y|ies)|research|questions?|views|campaigns?)"
    r"\s+(?:on|about|regarding|concerning|into)\s+(?:the\s+)?$"
    # "a training workshop in Abuja on Monday, for Member States on the implementation of": the gap
    # holds no verb and no clause of its own
    r"|\b(?:workshops?|seminars?|trainings?|sessions?|conferences?|meetings?|consultations?|forums?)\b"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|would|said|says|told|that|which|who|and|but|where|when|"
    r"while|whereas|[a-z]{3,}ed)\b)[^.;:]){1,80}?"
    r"\s+on\s+(?:the\s+)?$"
    r"|\b(?:(?:informed|briefed|apprised|updated)\s+(?:of|on|about)|(?:developments|updates)\s+(?:in|on))\s+(?:the\s+)?$"
)
#: "supports Member States in implementing", "helped Kenya to ratify": the act is the ones helped
_HELPS = re.compile(
    r"\b(?:(?:support(?:s|ed|ing)?|assist(?:s|ed|ing)?)\s+(?:[a-z-]+\s+){0,3}[a-z-]+\s+(?:in|to|with)|"
    r"(?:help(?:s|ed|ing)?|enabl(?:es|ed|ing)?)\s+(?:[a-z-]+\s+){0,3}[a-z-]+(?:\s+(?:in|to|with))?)\s+$"
)  # "help countries implement it": theirs too
#: right before a named act: "supported the drafting of", "contributed to the adoption of": the act
#: is others', the subject backs it
_BACKED_ACT = re.compile(
    r"\b(?:support(?:s|ed|ing)?|assist(?:s|ed|ing)?(?:\s+(?:in|with))?|help(?:s|ed|ing)?(?:\s+(?:in|with))?|"
    r"contribut(?:es|ed|ing)\s+to|facilitat(?:es|ed|ing)|fund(?:s|ed|ing)|financ(?:es|ed|ing)|"
    r"(?:technical|financial)\s+(?:support|assistance)\s+(?:to|for|in|with))\s+(?:the\s+|its\s+|their\s+)?$"
)
_IT = re.compile(r" it\b(?!\s+(?:is|was|has|will|would|to)\b)")
#: how far after a call an issue may be named: not "appealed for an end to impunity for traffickers
#: operating in camps for internally displaced persons"
_ISSUE_REACH = 50
_APPEAL_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)? for|appeal(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)\s+"
    r"(?:more\s+|greater\s+|increased\s+|additional\s+|sustained\s+|adequate\s+|new\s+|international\s+)*$"
)
#: ", which call for": the call of the item named before the comma
_ITEM_WHICH = re.compile(r",\s+which\s+(?:also\s+)?$")
#: "heard a call for", "in response to the call for": someone else's call
_OTHERS_CALL = re.compile(
    r"\b(?:hear(?:s|d|ing)?|heed(?:s|ed|ing)?|answer(?:s|ed|ing)?|respond(?:s|ed|ing)? to|"
    r"response to|echo(?:es|ed|ing)?)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+|this\s+|that\s+)?"
    r"(?:[a-z]+\s+)?$"
)


#: ", and it draws on", ", whereas it draws on": a clause of its own between a passive agent and an
#: item after it (not "…, whereas it had ratified": the agent again)
_OWN_CLAUSE = re.compile(own_clause("it|this|they"))


#: "welcomed progress in implementing": progress judged, not work done
_PROGRESS_IN = re.compile(
    r"\b(?:welcom|not|commend|acknowledg|recogni[sz]|review|assess|hail|highlight|stress|underline|underscor|"
    r"emphasi[sz]|prais|laud|cit)[a-z]*\s+(?:the\s+)?(?:[a-z]+\s+)?progress\s+(?:made\s+)?"
    r"(?P<by>by\s+[^,;:]{1,50}?\s+)?(?:in|on)\s+(?:the\s+)?$"
)


#: ", and for Cabo Verde by ": the second signatory of a passive signing
_AND_FOR_BY = re.compile(r",?\s+and\s+for\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\s+(?P<by>by)\s")


def topic_before(low: str, pos: int) -> bool:
    """Whether the words before ``pos`` make what follows a topic ("a workshop for Member States on the"),
    for the pair model as for the rules."""
    return _TOPIC_OF.search(low, max(0, pos - 110), pos) is not None


def commitments(rules: SentenceRules) -> None:
    """Acts on plans, frameworks and issues: adopts, implements, supports, callsFor, and the partners
    of a shared act; each cue tested against negation, intent, modality and who is helped."""
    if not rules.types & _OBJECTS:
        return  # no object any cue could reach
    sent = rules.sent
    text = rules.sent.text
    low = rules.sent.low
    base = rules.sent.start
    types = rules.types
    self_country = rules.self_country
    #: the one country a text is about, for acts it names without an agent ("the country ratified",
    #: "The National Action Plan was launched"); a joint statement's authors are several: none
    own_country = None if self_country is WE else self_country
    speaking = rules.speaking
    add = rules.add
    finditer = rules.finditer
    # where the last "by" and "after" begin: a cue after them has neither a passive agent ("adopted
    # by X") nor a later adopter ("… after Cambodia"), known without the expressions' searches
    last_by = text.rfind("by")
    last_after = text.rfind("after")
    helped = [m.span() for m in finditer(cues.SUPPORT_OF_LOW)] if "support" in low else []
    relative = "which " in low or "that " in low  # "the Convention, which Armenia ratified"
    denial = any(w in low for w in _DENIAL_WORDS)  # else no _DENIED (tried at every cue)
    # commitments: adopts / implements / supports / callsFor; the words before a cue are searched
    # from ``cs - width``, which a search takes as 0 when negative (``max(0, …)`` without a call)
    for pattern, predicate in (
        (cues.ADOPTS_LOW, "adopts"),
        (cues.IMPLEMENTS_LOW, "implements"),
        (cues.SUPPORTS_LOW, "supports"),
        (cues.CALLS_FOR_LOW, "callsFor"),
    ):
        if not types & _OBJECTS:
            break  # no object any cue could reach
        for cue in finditer(pattern):
            cs, ce = cue.span()
            grp = cue.group()  # the cue in lower case
            c0, c1 = base + cs, base + ce
            word = text[cs:ce]
            if predicate == "supports" and (
                _THE_BEFORE.search(text, cs - 9, cs) or any(h0 <= cs < h1 for h0, h1 in helped)
            ):
                continue  # "with (the) support of X": X supports, see SUPPORT_OF
            if predicate == "supports" and _APPEAL_FOR.search(low, cs - 40, cs):
                continue  # "appealed for more funding for the Framework": a call (the call cue says it)
            if predicate == "supports" and support_not_given(low, cs):
                continue  # "Chad asked the World Bank for funding for the Plan": asked, not given
            if predicate == "supports" and "thank" in low and _THANKED_FOR_THEIR.search(low, cs - 90, cs):
                continue  # "UNICEF thanked donors for their support to the Plan": the donors'
            if predicate != "callsFor" and negated_before(low, cs):
                continue  # "India has not ratified the Convention"
            if predicate != "callsFor" and denial and _DENIED.search(low, max(0, cs - 100), cs):
                continue  # "Pakistan rejected claims that it had adopted the Compact"
            if predicate != "callsFor" and _STOPPED.search(low, cs - 30, cs):
                continue  # "Brazil suspended the implementation of the Plan", "no longer implements"
            judged = (
                _PROGRESS_IN.search(low, cs - 110, cs)
                if predicate == "implements" and "progress" in low
                else None
            )
            if judged and not (judged["by"] and sent.actors(base + judged.start("by"), c0)):
                continue  # "welcomed progress in implementing the Plan": a stance on others' work
            if (
                predicate in ("adopts", "implements")
                and _NOMINAL.fullmatch(grp)
                and _TOPIC_OF.search(low, cs - 110, cs)
            ):
                continue  # "sessions on the ratification of C190", "a report on the implementation of"
            if predicate == "adopts" and only_intended(low, cs, text):
                continue  # "Thailand plans to ratify the Protocol": not (yet) an act
            if (
                predicate == "adopts"
                and grp in ("launch", "signing")
                and _AT_THE_EVENT.search(low, cs - 20, cs)
            ):
                continue  # "Speaking at the launch, X said …": an occasion, not X's act
            helps = _HELPS.search(low, cs - 50, cs) if predicate in ("adopts", "implements") else None
            aided: list[EntityRec] = []
            if helps is not None:  # "UNODC supports Member States in implementing": theirs, not UNODC's
                aided = [
                    e
                    for _m, e in sent.actors(base + helps.start(), c0)
                    if e.type in ("Country", "Organization")
                ]
                if not aided and not _BACKED_ACT.search(low, cs - 50, cs):
                    continue
                if not aided:
                    helps = None  # "IOM helped with the drafting of the Plan": IOM backs it (below)
            if (
                predicate == "callsFor"
                and grp.startswith("hono")
                and _HONOUR_FORMULA.search(low, cs - 6, ce + 4)
            ):
                continue  # "I have the honour to take the floor": a formula, not "must honour its pledges"
            if predicate == "callsFor" and word[:1] in "cCaA" and _OTHERS_CALL.search(low, cs - 40, cs):
                continue  # "the Council heard a call for …": someone else's call
            if predicate == "callsFor" and relative and _ITEM_WHICH.search(low, cs - 16, cs):
                named = sent.of_types(ITEMS, base, c0)
                if named and c0 - named[-1][0].end <= 16:
                    continue  # "the Goals, which call for …": the item's aim, not the subject's call
            if (
                predicate != "callsFor"
                and relative
                and (
                    low.find("which", max(0, cs - 90), cs) >= 0 or low.find("that", max(0, cs - 90), cs) >= 0
                )
            ):
                rel = (
                    relative_actors(sent, cue)
                    or relative_country(sent, cue, own_country)
                    or relative_passive(sent, cue)
                )
                if rel is not None:  # "the Convention, which Armenia ratified in 2008"
                    doers, items_done = rel
                    modal = modal_search(low, cs - 60, cs)
                    for doer in doers:
                        for item in items_done:
                            add(doer, "callsFor" if modal else predicate, item, word)
                    continue
            strong = predicate == "callsFor" and not cues.MODAL_ONLY.fullmatch(word)
            targets = ("Plan", "Framework", "Issue") if strong else ITEMS
            passive = cues.PASSIVE_BY.match(text, ce) if last_by >= ce else None
            # "Signed by X, Minister of …, and Y, the MoU …": the object lies further on
            reach = rules.max_gap * 2 if passive else rules.max_gap
            after = past_acronym_modifier(text, base, sent.of_types(targets, c1, c1 + reach))
            if strong:  # an issue is called for near the call: "called for an end to child labour"
                after = [p for p in after if p[1].type != "Issue" or p[0].start - c1 <= _ISSUE_REACH]
            elif passive is None and agentless_passive(low, cue, predicate):
                after = []  # "a tribunal has been established to …, included in our Strategy": not its object
            if low.startswith(" it", ce) and _IT.match(low, ce):
                # "… passed the Act, and President X signed it into law": the item named before
                after = sent.of_types(ITEMS, base, c0)[-1:]
            if after and not passive and in_another_clause(sent, base, ce, after[0][0].start - base):
                after = []  # "urged Peru to act, and Peru ratified the Protocol": Peru's own clause
            obj = after[0][1] if after else None
            agents: list[EntityRec] = []
            among = BETWEEN.match(low, ce) if predicate == "adopts" and not passive else None
            if passive or (last_by >= ce and _BY.match(text, ce)):
                by_pos = base + ce + text[ce:].find("by")
                agents = agents_after(sent, by_pos, 2)
                if agents and " and for " in text:  # "signed for A by X, and for B by Y": Y signed too
                    for more in _AND_FOR_BY.finditer(text, by_pos - base):
                        agents += [
                            a for a in agents_after(sent, base + more.start("by"), 2) if a not in agents
                        ]
                before_items = sent.of_types(ITEMS, base, c0)
                if before_items:
                    obj = passive_object(sent, before_items, c0, rules.state)  # "… under Y and is funded by"
                elif after and _OWN_CLAUSE.search(text, ce, after[0][0].start - base):
                    obj = None  # "It was developed by X, and it draws on the Framework": not X's
                elif instrument_agent(text, by_pos, after[0][0] if after else None, base):
                    obj = None  # "Conatrap was established by Decree No. 7901": the means, not the object
            elif among is not None and AUX_BEFORE.search(low, cs - 30, cs):
                before_items = sent.of_types(ITEMS, base, c0)  # "The MoU was signed between X and Y"
                if before_items:
                    obj = before_items[-1][1]
                    agents = agents_after(sent, base + among.end(), 0)
            elif obj is not None:
                by = BY_WORD.search(text[ce : after[0][0].end - base + 12]) if last_by >= ce else None
                if by is not None and predicate == "adopts":
                    agents = agents_after(sent, base + ce + by.start(), 2, grp == "adoption of")
                elif (
                    predicate == "adopts"
                    and (grp.endswith(" of") or low.startswith(" of ", ce))
                    and after[0][0].start - c1 <= 8
                ):
                    # "the signing of the MoU between X and Y"
                    among = BETWEEN.match(low, after[0][0].end - base)
                    if among is not None:
                        agents = agents_after(sent, base + among.end(), 0)
            by_agents = bool(agents)
            if (
                obj is not None
                and grp == "joined"
                and (
                    not after
                    or after[0][0].start - c1 > 5
                    or JOINED_IN.match(text, after[0][0].end - base) is not None
                )
            ):
                continue  # "joined the Convention", not "joined others in …", "joined the Compact talks"
            if obj is None and predicate == "adopts" and own_country is not None and not sent.actors():
                plan = national_plan_before(sent, cue, low)
                if plan is not None:  # "The National Action Plan was launched on Friday."
                    add(own_country, "adopts", plan, word)
                continue
            if obj is None:
                continue
            owner: list[EntityRec] = []
            if not agents and (
                (_NOMINAL.fullmatch(grp) and after and after[0][0].start - c1 <= 8)
                or low.endswith(" to ", 0, cs)
            ):
                # "Nepal's ratification of the Convention", "welcomed Colombia's decision to adopt it"
                agents = owner = act_owner(sent, cue)
            if not agents and grp == "launch" and AT_LAUNCH.search(low, max(0, cs - 60), ce + 8):
                continue  # "Ghana attended the launch of Nigeria's Plan": a guest, not who launched it
            if not agents or (owner and predicate == "supports"):
                # "X reaffirmed Cameroon's commitment to …": X too
                agents = owner + [a for a in rules.subject(c0) if a not in owner]
            if not agents and own_country is not None and _STATE_ACT.fullmatch(grp) and unclaimed(low, cue):
                agents = [own_country]  # "… and the ratification of the Act": the text's country
            if (
                not agents
                and predicate == "adopts"
                and own_country is not None
                and obj.type == "Plan"
                and "national" in obj.label.lower()
                and not sent.actors()
                and unclaimed(low, cue)
            ):
                agents = [own_country]  # "The National Action Plan was launched on Friday"
            if not agents and predicate == "callsFor" and speaking is not None:
                agents = [speaking]  # "it is crucial for all to honour …" in a country's statement
            pred = predicate
            if predicate == "callsFor" and _TO_JOIN.match(low, ce):
                pred = "supports"  # "calls on other States to join the Compact"
            if grp == "adoption of" and not by_agents and _AFTER_ADOPTION.search(low[:cs]):
                pred = "implements"  # "Following the adoption of the Compact, we …" (not "… by Peru")
            if predicate == "adopts" and after and obj is after[0][1]:
                between = low[ce : after[0][0].start - base]
                if cues.IMPLEMENTS_LOW.search(between) or to_back(between):
                    continue  # "approves a plan to implement the Compact", "a loan to support the Plan"
                if _PART_OF.search(between):
                    pred = "implements"  # "signed agreements as part of its Labour Migration Policy"
                if _IMPLEMENTATION.match(low, after[0][0].end - base):
                    pred = "implements"  # "presented its review on SDG implementation"
            if predicate == "implements" and _GIVEN_FOR.search(low, cs - 90, cs):
                pred = "supports"  # "Japan pledged $5 million for the implementation of the Plan"
            if predicate == "adopts" and _ANNIVERSARY.search(low, cs - 40, cs):
                pred = "supports"  # "the anniversary of the adoption of the Declaration"
            if (
                predicate == "adopts"
                and grp.endswith((" of", " to"))
                and _HAILED.search(low, cs - 40, cs)
                and not owner
                and not by_agents  # "welcomed the adoption of X by the Assembly": the Assembly's act
            ):
                pred = "supports"  # "UNDP welcomed the adoption of the Framework": the act is others'

            if (
                predicate == "adopts"
                and (grp == "drafting" or grp.endswith((" of", " to")))
                and not by_agents
                and _BACKED_ACT.search(low, cs - 50, cs)
            ):
                pred = "supports"  # "IOM supported the drafting of the Plan": the drafting is others'
            if (
                predicate == "adopts"
                and _THAT_THE.search(low, cs - 12, cs)
                and grp.endswith((" of", " to"))
                and not passive
            ):
                pred = "supports"  # "stressed that the ratification of the Convention is a priority"
            modal = modal_search(text, cs - 60, cs) if predicate in ("adopts", "implements") else None
            if predicate == "supports" and low.endswith(" to ", 0, cs):
                # "Norway asked Kenya to support the Compact": Norway's call, not (yet) Kenya's support
                modal = modal_search(text, cs - 60, cs)
                if modal is not None and modal.group("on") is None:
                    modal = None
            if modal is None and predicate in ("adopts", "implements") and "to " in low:
                # "calls on all members that have not yet done so to ratify": a long call on others
                modal = _CALL_ON_WIDE.search(low, cs - 130, cs)
            if modal:
                if _OTHERS_CALL.search(low, modal.start() - 40, modal.start()):
                    continue  # "the Commission heard a call for the ratification of …"
                pred = "callsFor"
                if by_agents:  # "called for its ratification by all members": not the members' call
                    agents = rules.subject(c0)
                elif modal.group("on") is not None:
                    # "X urged Y to ratify": X calls
                    agents = rules.subject(base + modal.start())
            if helps is not None and aided and pred == predicate:
                # "IOM helped Kenya to develop the Plan": Kenya's act, IOM's support
                for helper in rules.subject(base + helps.start()):
                    add(helper, "supports", obj, word)
                agents = list(dict.fromkeys(aided))
            objects = [obj]
            if after and obj is after[0][1]:
                if predicate == "implements" and cues.DEMAND_AFTER.match(text, after[0][0].end - base):
                    pred = "callsFor"  # "the implementation of the Plan demands …"
                for (m1, _e1), (m2, e2) in pairwise(after):
                    if not joined_object(text, m1.end - base, m2.start - base, m2.end - base) and not (
                        predicate == "implements" and _THROUGH.fullmatch(text, m1.end - base, m2.start - base)
                    ):
                        break
                    objects.append(e2)  # "implementing the Act, and the Plan", "… through its Strategy"
            for agent in agents:
                for thing in objects:
                    add(agent, pred, thing, word)
            # two that act jointly, two signatories of one instrument, or two parties to a bilateral one
            # are partners; two of the many states that ratified a convention or signed the Paris
            # Agreement (the reference's instruments are multilateral ones) are not
            # (asked only of two agents: the test reads the sentence)
            together = len(agents) == 2 and (
                low.endswith("jointly ", 0, cs)
                or (
                    (grp.startswith("sign") or any(BILATERAL.search(t.label) for t in objects))
                    and not multilateral_only(objects, sent.text)
                )
            )
            if (
                pred in ("adopts", "implements")
                and together
                and all(a.type in ("Country", "Organization") for a in agents)
            ):
                add(agents[0], "partnersWith", agents[1], word)
            # "… to ratify the Convention after Cambodia, Singapore and Myanmar"
            tail = None
            if after and predicate == "adopts" and last_after >= after[0][0].end - base:
                tail = _THEN_AFTER.match(text[after[0][0].end - base :])
            if tail:
                lo = after[0][0].end + tail.end()
                for _m, ent in sent.actors(lo, lo + 120):
                    if ent.type == "Country":
                        add(ent, "adopts", obj, word)
