"""Relations between the entities of a sentence, from cue words and sentence structure.

For each sentence: who acts (:mod:`kg.extract.actors`: the nearest actor before the cue;
the agent after "by" in the passive; the subject inherited by the items of a list
introduced by "Pakistan has:"; the speaker of reported speech, "X said that …", "he said";
"we" in a statement made for a country), which cue links it to what (tables in
:mod:`kg.extract.cues`), and the modality (a cue under "must", "urges", "calls for" is
callsFor, not adopts; a negated one, "has not ratified", gives nothing). Role phrases give
represents (:mod:`kg.extract.doc_relations`), as do "Ambassador X of Country" and "the
Council, chaired by X", "the delegation of X, led by Y" and "speaking on behalf of X"; "X Member
State", "member of X", "As a member of X, we" give memberOf (the subject of "is a member of",
and only coordinated bodies).

Structures read besides the nearest actor: a possessive act ("Nepal's ratification of X"), a
relative clause ("X, which Armenia ratified"), agents after "by" or "between" ("was signed
between X and Y", "the signing of the MoU between X and Y"), but not "by 152 countries at the
Assembly"; "Under the X, Y will …" (Y implements X), "Together with X, Y …", "She welcomed …"
(the last person named), an apposition or a "who" clause that is not the subject ("Ghana, a
pathfinder country of Alliance 8.7, is committed to …"). An intention ("plans to ratify", "is
expected to sign", "is considering joining"), an act halted or refused ("suspended the
implementation of", "no longer implements", "rejected") and someone else's call ("heard a call
for") give no act; "X urged Y to ratify" is X's call, not Y's. Two signatories, two parties to a
bilateral instrument or "the MoU between X and Y" are partners (not two of the many states that
ratified a convention); "X, along with Y, signed" is both's act; "Senegal joined the Alliance"
is memberOf; "X hosted the Summit", "attended by X and Y", "X and Y took part in the Summit" give
participatesIn. "Kenya's National Action Plan" (a plan or a law) is the owner's; "signed it into
law" takes the item named before in the sentence; "voted in favour of" supports.

Where the sentence names no actor, the text supplies one: "both sides", "the two countries"
are the two countries of the text; in a country's statement ("we", "our" outside quotations)
an impersonal call ("it is crucial for all to honour …") and "our Plan" are that country's;
a ratification, or a national plan launched with no agent, is the text's main country's.

Only sentences with mentions are read, and each cue table only where the mentions it needs
are present; cues are matched case-sensitively on the lower-cased text (three times faster
than case-insensitive matching).

Every relation carries the sentence as evidence (list markers and trailing space cut off).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from spacy.tokens import Doc

from kg.extract import cues
from kg.extract.actors import LIST_MARKER, Sentence, coordinated, coordinated_before, speaker, subject, trim
from kg.extract.doc_relations import THEMES, dedupe, named_issues, represents
from kg.extract.found import Found
from kg.extract.records import DEMONYM, NAME, DocState, EntityRec, MentionRec
from kg.extract.spans import ENTITIES, RELATIONS, doc_lower, doc_text, sentence_bounds

_ITEMS = ("Plan", "Framework")
_OBJECTS = frozenset(("Plan", "Framework", "Issue"))
_ITEM_SET = frozenset(_ITEMS)
_THE_BEFORE = re.compile(r"\bthe\s+$")
_BY = re.compile(r"\s*by\b")
_BY_WORD = re.compile(r"\bby\b")
_AFTER_ADOPTION = re.compile(r"\b(?:after|following|since)\s+the\s+$")
_THEN_AFTER = re.compile(r"[^.;]*?\bafter\b")
#: between two objects of one cue: "the Act and its rules, and the Plan", "the Act, the Plan"
_AND_THEN = re.compile(
    r"[’'”\"]?(?:(?:\s+and\s+(?:its|their)\s+[a-z]+)?\s*(?:,\s*)?(?:and|or|as well as)\s+|\s*,\s*)(?:the\s+)?"
)
_HEAD_GAP = re.compile(r"[^.;:]{0,30}?,?\s*")
_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_ISSUE_GAP = re.compile(_SEP + r"(?:[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}" + _SEP + r"){0,3}")
_IMPLEMENTATION = re.compile(r"[’'”\"]?\s+implementation\b")
_ANNIVERSARY = re.compile(r"\b(?:anniversary|celebration|commemoration) of the\s+$")
_THAT_THE = re.compile(r"\bthat the\s+$")
_A_MEMBER = re.compile(r"\ban? (?:founding |active |proud |committed )?$")
_TO_JOIN = re.compile(
    r"[^.;]{0,60}?\bto (?:join|endorse|support|sign up to|become (?:a )?part(?:y|ies) to)\b"
)
_NEGATED = re.compile(
    r"(?:\b(?:not|never|yet to|neither|nor|refused to|failed to|declined to)|n[’']t)"
    r"\s+(?:yet\s+|been\s+|to\s+)?$"
)
#: an act undone, refused or halted: "suspended the implementation of", "no longer implements"
_STOPPED = re.compile(
    r"\b(?:no longer|stop(?:ped|s|ping)?|suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|abandon(?:ed|s|ing)?|"
    r"postpon(?:ed|es|ing)|delay(?:ed|s|ing)?|block(?:ed|s|ing)?|reject(?:ed|s|ing)?|oppos(?:ed|es|ing)|"
    r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|withdr(?:ew|awn|awing|aws) from|revers(?:ed|es|ing)|"
    r"cancel(?:led|ed|s|ling)?|repeal(?:ed|s|ing)?|freez(?:es|ing)|froze)\s+(?:the\s+|its\s+|their\s+)?$"
)
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|will be)\s+(?:[a-z]+\s+)?$")
_OF = re.compile(r",?\s+of\s+(?:the\s+)?")
_PURPOSE = re.compile(r"(?:in order )?to\s+")
_STATE_ACT = re.compile(r"ratification of|enactment of|accession to")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
_OUR = re.compile(r"\b[Oo]ur\s+(?:own\s+|new\s+|long-term\s+|national\s+)?$")
#: "She welcomed …" opening a sentence: the last person named acts
_PRONOUN_START = re.compile(r"(?:[A-Z][a-z]+,\s+)?(?:He|She)\s+(?:also\s+|further\s+|later\s+)?[a-z]+\b")
#: "Nepal's ratification of": the owner of a nominalized act is its agent
_OWNER_BEFORE = re.compile(
    r"[’']s?\s+(?:(?:recent|formal|swift|early|historic|timely|full|own|continued)\s+)?$"
)
_NOMINAL = re.compile(r"[a-z]+ (?:of|to)|commitment to")
#: "the Convention, which Armenia ratified": the item before the relative pronoun
_WHICH_BEFORE = re.compile(r",?\s*(?:which|that)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}$")
_WHICH_GAP = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|recently|since|just|later|then|subsequently|formally|"
    r"finally|eventually)\s+)?"
)
_BILATERAL = re.compile(
    r"\b(?:[Mm]emorandum|MoU|MOU|[Aa]greement|[Pp]act|[Aa]ccord|[Jj]oint|[Bb]ilateral|[Aa]rrangement)\b"
)
#: "plans to ratify", "is expected to sign", "is considering joining": not (yet) an act
_INTENT = re.compile(
    r"\b(?:(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|expected|set|aim(?:s|ed|ing)?|hop(?:es|ed|ing)|"
    r"seek(?:s|ing)?|sought|want(?:s|ed)?|wish(?:es|ed)?|prepar(?:ed|ing)|poised|due|likely|about|"
    r"propos(?:es|ed|ing)|consider(?:s|ed|ing)?|ready)\s+to|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|"
    r"weigh(?:s|ed|ing)?|explor(?:es|ed|ing)|discuss(?:es|ed|ing)?|whether\s+to)\s+(?:formally\s+)?$"
)
_INTENT_VERBS = ("consider", "mull", "weigh", "explor", "discuss")
#: "endorsed by 152 countries at the General Assembly": the actor after "by" is not the agent
_BETWEEN = re.compile(r"\s*(?:(?:in|at|on)\s+(?:[a-z][\w-]*\s+){1,3})?between\s+")
#: "Under the Paris Agreement, Brazil will …": the actor acts under (implements) the item
_UNDER = re.compile(
    r"(?:[A-Z][a-z]+,?\s+)?(?:[Uu]nder|[Aa]s part of|[Ii]n implementation of|[Pp]ursuant to|"
    r"[Ww]ithin the framework of|[Ii]n the framework of)\s+(?:the\s+|its\s+|this\s+|that\s+|our\s+|their\s+)?"
    r"(?:new\s+|revised\s+|amended\s+|current\s+)?"
)
_UNDER_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:the\s+)?")
_UNDER_VERB = re.compile(
    r"\s+(?:will|shall|would|has|have|had|is|are|was|were|can|agreed|commits|committed|plans|undertakes|"
    r"pledged|promised|is to|[a-z]+(?:s|ed))\b"
)
_NEXT_CLAUSE = re.compile(r"[^.;]*?[,;]?\s+(?:and|while|whereas)\s+(?:the\s+)?")
_UNDER_MODAL = re.compile(r"\s+(?:must|should|needs?)\b")
#: "Speaking on behalf of the European Union, Ambassador X", "X, speaking for the Group of 77"
_ON_BEHALF = re.compile(r"\b(?:on behalf of|speaking for|representing)\s+(?:the\s+)?")
_BEHALF_GAP = re.compile(r"[\s,]*(?:by\s+)?(?:(?:[A-Z][\w.-]*|the)\s+){0,4}")
_PERSON_GAP = re.compile(r",\s*(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?$")
#: "Kenya is a member of": the subject before is the member
_BE_MEMBER = re.compile(
    r"\b(?:is|are|was|were|became|become|becomes|remains|remain|been|as)\s+(?:also\s+|now\s+)?"
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$"
)
_ORG_AND = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")
#: "Ghana, a pathfinder country of Alliance 8.7, …": the actor inside is not the subject
_APPOSITION_LEAD = re.compile(
    r",\s*(?:(?:an?|the|one of the)\s+(?:[a-z-]+\s+){0,4}?(?:of|in|to|for|with)|"
    r"(?:speaking\s+|acting\s+)?(?:on behalf of|for|representing))\s+(?:the\s+)?$"
)
_APPOSITION_END = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,")
#: "Indonesia and Australia, the Co-Chairs of": an apposition naming the countries' seat
_APPOSED = re.compile(r",\s*(?:the|both|two|as)\s+(?:[a-z-]+\s+){0,2}?$")
#: between an addresses cue and its issue: "on the", "to end all forms of", not a clause
_ISSUE_LEAD_GAP = re.compile(
    r"\s*(?:(?:the|all|any|its|their|forms?|of|and|[a-z]+(?:al|ive|ed|ing|ic|ous|ful))\s+){0,5}"
)
_WEAK_CUES = frozenset(("on", "is on", "against"))
_ITEM_CUE_GAP = re.compile(r"[\s,]*(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?")
_PURPOSE_CUE = re.compile(r"focus|aim|address|target|designed|dedicated")
#: "It will be implemented by", "The plan is funded by": the plan named in the sentence before
_IT_BY = re.compile(
    r"(?:It|This|The)\s+(?:(?:new\s+|national\s+)?(?:plan|strategy|programme|program|policy|law|act|"
    r"framework|roadmap|initiative|agreement|convention|protocol|memorandum)\s+)?"
    r"(?:will|would|shall|is|was|has|had|are|were)\s+(?:also\s+|now\s+)?(?:be\s+|been\s+|being\s+)?"
    r"(?:jointly\s+|mainly\s+|largely\s+|primarily\s+)?(?P<verb>implemented|coordinated|led|overseen|"
    r"executed|carried out|enforced|funded|financed|supported|backed|endorsed|welcomed|adopted|launched|"
    r"developed|ratified|signed|drafted|validated)\s+by\b"
)
_IT_IMPLEMENTS = frozenset(
    ("implemented", "coordinated", "led", "overseen", "executed", "carried out", "enforced")
)
_IT_SUPPORTS = frozenset(("funded", "financed", "supported", "backed", "endorsed", "welcomed"))
#: "through its Rectangular Strategy": the subject's own plan
_ITS = re.compile(r"\bits\s+(?:own\s+|new\s+|national\s+|first\s+|second\s+|third\s+)?$")
#: "support the Government of Nepal", "supports Kenya in": an actor as the object of support
_ACTOR_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:[Gg]overnment|[Pp]eople)s?\s+of\s+(?:the\s+)?)?")
#: a deed done at an event by its doer: "presented its review at the Forum", "spoke at"
_ACT_AT = re.compile(
    r"\b(?:present(?:s|ed)|deliver(?:s|ed)|made|makes|gave|gives|launch(?:es|ed)|announc(?:es|ed)|"
    r"pledg(?:es|ed)|reaffirm(?:s|ed)|highlight(?:s|ed)|shar(?:es|ed)|report(?:s|ed)|stat(?:es|ed))\b"
)
#: "supports Member States in implementing", "helped Kenya to ratify": the act is the ones helped
_HELPS = re.compile(
    r"\b(?:support(?:s|ed|ing)?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|enabl(?:es|ed|ing)?)\s+"
    r"(?:[a-z-]+\s+){0,3}[a-z-]+\s+(?:in|to|with)\s+$"
)
#: "We thank Indonesia and Australia … for convening": those thanked act
_THANKED = re.compile(
    r"\b(?:[Tt]hank(?:s|ed|ing)?|[Cc]ongratulat(?:e|es|ed|ing)|[Cc]ommend(?:s|ed)?)\s+(?=[^.;]*\bfor\s+$)"
)
#: "Statement by the Minister … at the Conference": the statement's author takes part
_STATEMENT_BY = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,2}(?:Statement|Remarks|Address|Speech|Intervention)\s+(?:delivered\s+)?by\b"
)
#: "Kenya was represented at the Forum by"
_REPRESENTED = re.compile(r"\s+(?:was|were|is|are|will be|has been)\s+(?:ably\s+)?represented\b")
#: "…, as speakers urged": a subject of its own, unnamed
_OTHERS_CLAUSE = re.compile(
    r"(?:,\s*(?:as|while|whereas|and|but|where)|;|\bwhile|\bwhereas)\s+(?:the\s+|many\s+|several\s+|other\s+|"
    r"some\s+|most\s+)?(?:[a-z]+\s+)?(?:speakers|delegates|delegations|participants|experts|officials|"
    r"stakeholders|members|states|countries|others|observers|critics|activists|lawmakers|governments)\s+"
    r"[^,;]*$"
)
_FRONT = re.compile(
    r"\s*(?:(?:Also|And|Meanwhile|Moreover),?\s+)?(?:(?:Working|Acting|Operating)\s+(?:closely\s+)?)?"
)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?")
_AND_WORD = re.compile(r"\band\b|&")
_THE_GAP = re.compile(r"\s*(?:the\s+)?")
_SAID_ITEM = re.compile(r"\s+(?:that\s+)?(?:the\s+|this\s+|its\s+|their\s+|our\s+)?")
_SAID_THING = re.compile(
    r"\s+(?:that\s+)?(?:the|this|its|their|our|his|her)\s+(?:[a-z-]+\s+)?(?:plan|strategy|law|act|bill|policy|"
    r"programme|program|agreement|convention|protocol|framework|initiative|project|measure|document)s?\b"
)
#: "joined UNICEF in urging …", "joined OAS initiatives": not membership
_JOINED_IN = re.compile(
    r"\s+(?:(?:in|on)\s+[a-z]+ing|to\s+[a-z]+|as\s+(?:co-)?(?:host|chair|sponsor|partner)s?|"
    r"(?!(?:in|on|last|this|earlier|and|as|at|after|before|during|when|which|following|since)\b)[a-z])"
)
#: "Thailand, along with Viet Nam, signed": both act
_ALONG_WITH = re.compile(r",\s*(?:along|together)\s+with\s+(?:the\s+)?")
_IT = re.compile(r" it\b(?!\s+(?:is|was|has|will|would|to)\b)")
_LAW = re.compile(r"\b(?:Act|Law|Bill|Policy|Code|Constitution|Decree|Ordinance)\b")
_WHO_LEAD = re.compile(r",\s*(?:who|which)\s+(?:[a-z]+\s+){1,3}(?:the\s+)?$")
_DELEGATION_OF = re.compile(r"\b(?:[Dd]elegations?|[Gg]overnment|[Mm]ission)\s+of\s+(?:the\s+)?$")
#: how far after a call an issue may be named: not "appealed for an end to impunity for traffickers
#: operating in camps for internally displaced persons"
_ISSUE_REACH = 50
_APPEAL_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)? for|appeal(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)\s+"
    r"(?:more\s+|greater\s+|increased\s+|additional\s+|sustained\s+|adequate\s+|new\s+|international\s+)*$"
)
_NOT_AGENT_GAP = re.compile(r"\b(?:at|in|during|on|from|under|with|for|through|within)\s+(?:the\s+)?$")
#: "heard a call for", "in response to the call for": someone else's call
_OTHERS_CALL = re.compile(
    r"\b(?:hear(?:s|d|ing)?|heed(?:s|ed|ing)?|answer(?:s|ed|ing)?|respond(?:s|ed|ing)? to|"
    r"response to|echo(?:es|ed|ing)?)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+|this\s+|that\s+)?"
    r"(?:[a-z]+\s+)?$"
)


class RelationFinder:
    """Write the relations of each sentence to ``doc.user_data[RELATIONS]``."""

    def __init__(self, *, name: str = "kg_relations", max_gap: int = 160) -> None:
        self.name = name
        self.max_gap = max_gap

    def __call__(self, doc: Doc) -> Doc:
        state: DocState | None = doc.user_data.get(ENTITIES)
        doc.user_data[RELATIONS] = self.find(doc, state) if state is not None else []
        return doc

    def find(self, doc: Doc, state: DocState) -> list[Found]:
        text = doc_text(doc)
        pairs = state.by_position()
        roles = tuple(
            (r.start, r.end, p) for p in state.entities.values() if p.type == "Person" for r in p.roles
        )
        low = doc_lower(doc)
        gate, gate_masks = cues.starts(low)
        found: list[Found] = []
        list_subject: EntityRec | None = None
        last_person: EntityRec | None = None
        countries = [e for e in state.entities.values() if e.type == "Country"]
        doc_pair = (countries[0], countries[1]) if len(countries) == 2 else None
        recent: list[EntityRec] = []  # countries named so far, the latest last
        state_speaks = _is_statement(text)
        last_item: EntityRec | None = None  # the last plan or framework of the sentence before
        i, n = 0, len(pairs)
        for sent_start, sent_end in sentence_bounds(doc):
            mentions = []
            while i < n and pairs[i][0].start < sent_end:
                if pairs[i][0].start >= sent_start:
                    mentions.append(pairs[i])
                i += 1
            is_item = LIST_MARKER.match(text, sent_start, sent_end) is not None
            if not mentions:
                if not is_item or text[sent_start:sent_end].rstrip().endswith(":"):
                    list_subject = None
                last_item = None
                continue  # nothing to relate; a sentence ending in ":" without an actor leads no list
            s, e = trim(text, sent_start, sent_end)
            sentence = Sentence(s, e, text[s:e], low[s:e], mentions, tuple(r for r in roles if s <= r[0] < e))
            inherited = list_subject if is_item else None
            pair = doc_pair or ((recent[-2], recent[-1]) if len(recent) >= 2 else None)
            lo, hi = bisect_right(gate, s), bisect_right(gate, e - 1)
            at = (0, *(g - s for g in gate[lo:hi])), (cues.ANY, *gate_masks[lo:hi])
            who = speaker(sentence, last_person)
            if last_person is not None and " " in last_person.label and _PRONOUN_START.match(sentence.text):
                who = last_person  # "She welcomed the Compact": the last person named
            found += self._sentence(sentence, state, inherited, who, pair, state_speaks, at)
            if last_item is not None and sentence.text[:1] in "IT":
                found += _it_by(sentence, last_item)  # "It will be implemented by the Ministry"
            items = sentence.of_types(_ITEMS)
            last_item = items[-1][1] if items else None
            for _m, ent in mentions:
                if ent.type == "Country":
                    if ent in recent:
                        recent.remove(ent)
                    recent.append(ent)
            if sentence.text.endswith(":"):
                actors = sentence.actors()
                list_subject = actors[0][1] if actors else None
            elif not is_item:
                list_subject = None
            for _m, ent in reversed(mentions):
                if ent.type == "Person":
                    last_person = ent
                    break
        found += named_issues(doc, state)
        represented = represents(doc, state)
        country_of = {f.subject: f.object for f in represented if state.entities[f.object].type == "Country"}
        linked = {(f.subject, f.object) for f in found}
        for f in list(found):
            if (country_of.get(f.subject), f.object) in linked:
                continue  # the country's own act says more than its envoy's stance
            if f.predicate in ("supports", "callsFor") and f.subject in country_of and f.cue != "role":
                found.append(Found(country_of[f.subject], f.predicate, f.object, f.start, f.end, f.cue))
        return dedupe(found + represented)

    @staticmethod
    def _relative(sent: Sentence, cue: re.Match[str]) -> tuple[EntityRec, EntityRec] | None:
        """ "the Convention, which Armenia ratified": the actor of the relative clause and the item."""
        base, text = sent.start, sent.text
        actors = sent.actors(base, base + cue.start())
        if not actors:
            return None
        m, who = actors[-1]
        if not _WHICH_GAP.fullmatch(text, m.end - base, cue.start()):
            return None
        which = _WHICH_BEFORE.search(text, max(0, m.start - base - 16), m.start - base)
        if which is None or which.end() != m.start - base:
            return None
        items = sent.of_types(_ITEMS, base, base + which.start())
        if not items or base + which.start() - items[-1][0].end > 2:
            return None
        return who, items[-1][1]

    @staticmethod
    def _under(sent: Sentence, under: re.Match[str]) -> list[tuple[EntityRec, EntityRec]]:
        """ "Under the MoU, Qatar will register agencies and Kenya will train workers": both implement."""
        base, text = sent.start, sent.text
        items = sent.of_types(_ITEMS, base + under.end(), base + under.end() + 1)
        if not items:
            return []
        m, item = items[0]
        gap = _UNDER_GAP.match(text, m.end - base)
        if gap is None:
            return []
        out = []
        actors = sent.actors(base + gap.end())
        if not actors or actors[0][0].start != base + gap.end():
            return []
        for k, (am, who) in enumerate(actors):
            if k and not _NEXT_CLAUSE.fullmatch(text, actors[k - 1][0].end - base, am.start - base):
                continue  # "… and Kenya will train workers": a clause of its own
            if _UNDER_MODAL.match(text, am.end - base) or not _UNDER_VERB.match(text, am.end - base):
                continue
            out.append((who, item))
        return out

    @staticmethod
    def _represented(sent: Sentence) -> list[tuple[EntityRec, EntityRec, EntityRec | None]]:
        """ "Kenya was represented at the Forum by Minister X": X represents Kenya, Kenya takes part."""
        base, text = sent.start, sent.text
        out = []
        for rep in _REPRESENTED.finditer(text):
            bodies = [p for p in sent.actors(base, base + rep.start()) if p[0].end == base + rep.start()]
            by = _BY_WORD.search(text, rep.end(), rep.end() + 90)
            if not bodies or by is None or bodies[0][1].type not in ("Country", "Organization"):
                continue
            persons = [
                p
                for p in sent.mentions
                if p[1].type == "Person" and by.end() < p[0].start - base <= by.end() + 40
            ]
            if not persons or not _BEHALF_GAP.fullmatch(text, by.end(), persons[0][0].start - base):
                continue
            events = sent.of_types(("Event",), base + rep.end(), base + by.start())
            out.append((persons[0][1], bodies[0][1], events[0][1] if events else None))
        return out

    @staticmethod
    def _on_behalf(sent: Sentence, cue: re.Match[str]) -> list[tuple[EntityRec, EntityRec]]:
        """The person who speaks on behalf of a country or body, before or after the phrase."""
        base, text = sent.start, sent.text
        c1 = base + _THE_GAP.match(text, cue.end()).end()  # type: ignore[union-attr]
        bodies = [p for p in sent.actors(c1, c1 + 6) if p[1].type in ("Country", "Organization")]
        if not bodies:
            return []
        m, body = bodies[0]
        persons = [p for p in sent.mentions if p[1].type == "Person" and p[0].kind == NAME]
        before = [p for p in persons if p[0].end <= base + cue.start()]
        if before and _PERSON_GAP.search(text, before[-1][0].end - base, cue.start()):
            return [(before[-1][1], body)]  # "Ambassador X, speaking on behalf of the Group of 77"
        after = [p for p in persons if p[0].start >= m.end]
        if after and _BEHALF_GAP.fullmatch(text, m.end - base, after[0][0].start - base):
            return [(after[0][1], body)]  # "On behalf of the EU, Ambassador X said"
        return []

    @staticmethod
    def _national_plan_before(sent: Sentence, cue: re.Match[str], low: str) -> EntityRec | None:
        """The national plan a passive cue without an agent is about: "The National Plan was launched"."""
        if not _AUX_BEFORE.search(low, max(0, cue.start() - 30), cue.start()):
            return None
        if _BY_WORD.search(low, cue.end()) or cues.MODAL.search(low, max(0, cue.start() - 60), cue.start()):
            return None
        plans = sent.of_types(("Plan",), sent.start, sent.start + cue.start())
        if not plans or sent.start + cue.start() - plans[-1][0].end > 40:
            return None
        plan = plans[-1][1]
        return plan if "national" in plan.label.lower() else None

    def _sentence(
        self,
        sent: Sentence,
        state: DocState,
        inherited: EntityRec | None,
        speaker: EntityRec | None,
        pair: tuple[EntityRec, EntityRec] | None = None,
        statement: bool = False,
        at: tuple[tuple[int, ...], tuple[int, ...]] | None = None,
    ) -> list[Found]:
        """The relations of one sentence; ``at``: where its cues may start, and which (all places if None)."""
        out: list[Found] = []
        places, masks = at if at is not None else (tuple(range(len(sent.low))), (cues.ANY,) * len(sent.low))

        def finditer(pattern: re.Pattern[str], pos: int = 0) -> list[re.Match[str]]:
            return cues.finditer(pattern, low, places, masks, pos)

        def search(pattern: re.Pattern[str]) -> re.Match[str] | None:
            return cues.search(pattern, low, places, masks)

        def add(subj: EntityRec, pred: str, obj: EntityRec, cue: str) -> None:
            if subj.key != obj.key:
                out.append(Found(subj.key, pred, obj.key, sent.start, sent.end, cue))

        text, low, base = sent.text, sent.low, sent.start
        types = {e.type for _m, e in sent.mentions}
        self_country = state.entities.get(state.self_country) if state.self_country else None
        speaking = self_country if statement else None  # the country whose statement this is
        helped = [m.span() for m in finditer(cues.SUPPORT_OF_LOW)] if "support" in low else []
        relative = "which " in low or "that " in low  # "the Convention, which Armenia ratified"
        # commitments: adopts / implements / supports / callsFor
        for pattern, predicate in (
            (cues.ADOPTS_LOW, "adopts"),
            (cues.IMPLEMENTS_LOW, "implements"),
            (cues.SUPPORTS_LOW, "supports"),
            (cues.CALLS_FOR_LOW, "callsFor"),
        ):
            if not types & _OBJECTS:
                break  # no object any cue could reach
            for cue in finditer(pattern):
                c0, c1 = base + cue.start(), base + cue.end()
                word = text[cue.start() : cue.end()]
                if predicate == "supports" and (
                    _THE_BEFORE.search(text, max(0, cue.start() - 9), cue.start())
                    or any(h0 <= cue.start() < h1 for h0, h1 in helped)
                ):
                    continue  # "with (the) support of X": X supports, see SUPPORT_OF
                if predicate == "supports" and _APPEAL_FOR.search(low, max(0, cue.start() - 40), cue.start()):
                    continue  # "appealed for more funding for the Framework": a call (the call cue says it)
                if predicate != "callsFor" and _NEGATED.search(low, max(0, cue.start() - 24), cue.start()):
                    continue  # "India has not ratified the Convention"
                if predicate != "callsFor" and _STOPPED.search(low, max(0, cue.start() - 30), cue.start()):
                    continue  # "Brazil suspended the implementation of the Plan", "no longer implements"
                if predicate == "adopts" and _intent(low, cue.start()):
                    continue  # "Thailand plans to ratify the Protocol": not (yet) an act
                helps = (
                    _HELPS.search(low, max(0, cue.start() - 50), cue.start())
                    if predicate in ("adopts", "implements")
                    else None
                )
                aided: list[EntityRec] = []
                if helps is not None:  # "UNODC supports Member States in implementing": theirs, not UNODC's
                    aided = [
                        e
                        for _m, e in sent.actors(base + helps.start(), c0)
                        if e.type in ("Country", "Organization")
                    ]
                    if not aided:
                        continue
                if (
                    predicate == "callsFor"
                    and word[:1] in "cCaA"
                    and _OTHERS_CALL.search(low, max(0, cue.start() - 40), cue.start())
                ):
                    continue  # "the Council heard a call for …": someone else's call
                if (
                    predicate != "callsFor"
                    and relative
                    and (
                        low.find("which", max(0, cue.start() - 90), cue.start()) >= 0
                        or low.find("that", max(0, cue.start() - 90), cue.start()) >= 0
                    )
                ):
                    rel = self._relative(sent, cue)
                    if rel is not None:  # "the Convention, which Armenia ratified in 2008"
                        actor, item = rel
                        modal = cues.MODAL.search(low, max(0, cue.start() - 60), cue.start())
                        add(actor, "callsFor" if modal else predicate, item, word)
                        continue
                strong = predicate == "callsFor" and not cues.MODAL_ONLY.fullmatch(word)
                targets = ("Plan", "Framework", "Issue") if strong else _ITEMS
                passive = cues.PASSIVE_BY.match(text, cue.end())
                # "Signed by X, Minister of …, and Y, the MoU …": the object lies further on
                reach = self.max_gap * 2 if passive else self.max_gap
                after = [p for p in sent.of_types(targets, c1, c1 + reach)]
                if strong:  # an issue is called for near the call: "called for an end to child labour"
                    after = [p for p in after if p[1].type != "Issue" or p[0].start - c1 <= _ISSUE_REACH]
                if low.startswith(" it", cue.end()) and _IT.match(low, cue.end()):
                    # "… passed the Act, and President X signed it into law": the item named before
                    after = sent.of_types(_ITEMS, base, c0)[-1:]
                obj = after[0][1] if after else None
                agents: list[EntityRec] = []
                among = _BETWEEN.match(low, cue.end()) if predicate == "adopts" and not passive else None
                if passive or _BY.match(text, cue.end()):
                    by_pos = base + cue.end() + text[cue.end() :].find("by")
                    agents = _agents_after(sent, by_pos, 2)
                    before_items = sent.of_types(_ITEMS, base, c0)
                    if before_items:
                        obj = before_items[-1][1]
                elif among is not None and _AUX_BEFORE.search(low, max(0, cue.start() - 30), cue.start()):
                    before_items = sent.of_types(_ITEMS, base, c0)  # "The MoU was signed between X and Y"
                    if before_items:
                        obj = before_items[-1][1]
                        agents = _agents_after(sent, base + among.end(), 0)
                elif obj is not None:
                    by = _BY_WORD.search(text[cue.end() : after[0][0].end - base + 12])
                    if by is not None and predicate == "adopts":
                        agents = _agents_after(sent, base + cue.end() + by.start(), 2)
                    elif (
                        predicate == "adopts"
                        and (cue.group().endswith(" of") or low.startswith(" of ", cue.end()))
                        and after[0][0].start - c1 <= 8
                    ):
                        # "the signing of the MoU between X and Y"
                        among = _BETWEEN.match(low, after[0][0].end - base)
                        if among is not None:
                            agents = _agents_after(sent, base + among.end(), 0)
                by_agents = bool(agents)
                if (
                    obj is not None
                    and cue.group() == "joined"
                    and (
                        not after
                        or after[0][0].start - c1 > 5
                        or _JOINED_IN.match(text, after[0][0].end - base) is not None
                    )
                ):
                    continue  # "joined the Convention", not "joined others in …", "joined the Compact talks"
                if obj is None and predicate == "adopts" and self_country is not None and not sent.actors():
                    plan = self._national_plan_before(sent, cue, low)
                    if plan is not None:  # "The National Action Plan was launched on Friday."
                        add(self_country, "adopts", plan, word)
                    continue
                if obj is None:
                    continue
                owner: list[EntityRec] = []
                if not agents and _NOMINAL.fullmatch(cue.group()) and after and after[0][0].start - c1 <= 8:
                    agents = owner = _owner(sent, cue)  # "Nepal's ratification of the Convention"
                if not agents or (owner and predicate == "supports"):
                    # "X reaffirmed Cameroon's commitment to …": X too
                    agents = owner + [
                        a
                        for a in _subject(sent, c0, inherited, speaker, self_country, pair)
                        if a not in owner
                    ]
                if (
                    not agents
                    and self_country is not None
                    and _STATE_ACT.fullmatch(cue.group())
                    and not _BY_WORD.search(low, cue.end(), len(low))
                    and not cues.MODAL.search(low, max(0, cue.start() - 60), cue.start())
                ):
                    agents = [self_country]  # "… and the ratification of the Act": the text's country
                if (
                    not agents
                    and predicate == "adopts"
                    and self_country is not None
                    and obj.type == "Plan"
                    and "national" in obj.label.lower()
                    and not sent.actors()
                    and not _BY_WORD.search(low, cue.end(), len(low))
                    and not cues.MODAL.search(low, max(0, cue.start() - 60), cue.start())
                ):
                    agents = [self_country]  # "The National Action Plan was launched on Friday"
                if not agents and predicate == "callsFor" and speaking is not None:
                    agents = [speaking]  # "it is crucial for all to honour …" in a country's statement
                pred = predicate
                if predicate == "callsFor" and _TO_JOIN.match(low, cue.end()):
                    pred = "supports"  # "calls on other States to join the Compact"
                if cue.group() == "adoption of" and _AFTER_ADOPTION.search(low[: cue.start()]):
                    pred = "implements"  # "Following the adoption of the Compact, we …"
                if predicate == "adopts" and after and obj is after[0][1]:
                    between = low[cue.end() : after[0][0].start - base]
                    if cues.IMPLEMENTS_LOW.search(between):
                        continue  # "approves a plan to implement the Compact": the plan is adopted
                    if _IMPLEMENTATION.match(low, after[0][0].end - base):
                        pred = "implements"  # "presented its review on SDG implementation"
                if predicate == "adopts" and _ANNIVERSARY.search(low, max(0, cue.start() - 40), cue.start()):
                    pred = "supports"  # "the anniversary of the adoption of the Declaration"
                if (
                    predicate == "adopts"
                    and _THAT_THE.search(low, max(0, cue.start() - 12), cue.start())
                    and cue.group().endswith((" of", " to"))
                    and not passive
                ):
                    pred = "supports"  # "stressed that the ratification of the Convention is a priority"
                modal = (
                    cues.MODAL.search(text, max(0, cue.start() - 60), cue.start())
                    if predicate in ("adopts", "implements")
                    else None
                )
                if modal:
                    if _OTHERS_CALL.search(low, max(0, modal.start() - 40), modal.start()):
                        continue  # "the Commission heard a call for the ratification of …"
                    pred = "callsFor"
                    if by_agents:  # "called for its ratification by all members": not the members' call
                        agents = _subject(sent, c0, inherited, speaker, self_country, pair)
                    elif modal.group().startswith(
                        ("urge", "call", "encourag", "invit", "ask", "request", "exhort", "appeal")
                    ):
                        # "X urged Y to ratify": X calls
                        agents = _subject(sent, base + modal.start(), inherited, speaker, self_country, pair)
                if helps is not None and aided and pred == predicate:
                    # "IOM helped Kenya to develop the Plan": Kenya's act, IOM's support
                    for helper in _subject(
                        sent, base + helps.start(), inherited, speaker, self_country, pair
                    ):
                        add(helper, "supports", obj, word)
                    agents = list(dict.fromkeys(aided))
                objects = [obj]
                if after and obj is after[0][1]:
                    if predicate == "implements" and cues.DEMAND_AFTER.match(text, after[0][0].end - base):
                        pred = "callsFor"  # "the implementation of the Plan demands …"
                    for (m1, _e1), (m2, e2) in pairwise(after):
                        if not _AND_THEN.fullmatch(text, m1.end - base, m2.start - base):
                            break
                        objects.append(e2)  # "implementing the Act, and the Plan"
                for agent in agents:
                    for thing in objects:
                        add(agent, pred, thing, word)
                # two signatories of one instrument, or two parties to a bilateral one, are partners;
                # two of the many states that ratified a convention are not
                together = len(agents) == 2 and (
                    cue.group().startswith("sign")
                    or low.endswith("jointly ", 0, cue.start())
                    or any(_BILATERAL.search(thing.label) for thing in objects)
                )
                if (
                    pred in ("adopts", "implements")
                    and together
                    and all(a.type in ("Country", "Organization") for a in agents)
                ):
                    add(agents[0], "partnersWith", agents[1], word)
                # "… to ratify the Convention after Cambodia, Singapore and Myanmar"
                tail = None
                if after and predicate == "adopts":
                    tail = _THEN_AFTER.match(text[after[0][0].end - base :])
                if tail:
                    lo = after[0][0].end + tail.end()
                    for _m, ent in sent.actors(lo, lo + 120):
                        if ent.type == "Country":
                            add(ent, "adopts", obj, word)
        if (
            "support" in low and len(sent.actors()) >= 2
        ):  # "the ILO will continue to support the Government of Nepal"
            for cue in finditer(cues.SUPPORTS_LOW):
                if not cue.group().startswith("support") or cues.MODAL.search(
                    low, max(0, cue.start() - 60), cue.start()
                ):
                    continue
                backed = [p for p in sent.actors(base + cue.end(), base + cue.end() + 40)]
                gap = _ACTOR_OBJECT.fullmatch(text, cue.end(), backed[0][0].start - base) if backed else None
                if gap is None or _NEGATED.search(low, max(0, cue.start() - 24), cue.start()):
                    continue
                for backer in _subject(sent, base + cue.start(), inherited, speaker, self_country, pair):
                    if backer.type in ("Country", "Organization") and backed[0][1].type in (
                        "Country",
                        "Organization",
                    ):
                        add(backer, "supports", backed[0][1], cue.group())
        purpose = _PURPOSE.match(low) if "Issue" in types else None
        aim = cues.ADDRESSES_LOW.match(low, purpose.end()) if purpose else None
        if aim is not None:  # "In order to prevent trafficking, we acceded to the Protocol"
            comma = low.find(",", aim.end())
            issues = sent.of_types(("Issue",), base + aim.end(), base + comma) if comma > 0 else []
            acts = [f.object for f in out if f.predicate in ("adopts", "implements")]
            for key in dict.fromkeys(acts) if issues else ():
                add(state.entities[key], "addresses", issues[0][1], aim.group())
        if speaking is not None and "Plan" in types:
            for m, item in sent.of_types(("Plan",)):
                if _OUR.search(text, max(0, m.start - base - 30), m.start - base):
                    add(speaking, "adopts", item, "our")  # "anchored in our Delta Plan"
        if types & _ITEM_SET and ("’s " in text or "'s " in text):
            for m, item in sent.of_types(_ITEMS):  # "Kenya's National Action Plan", "the EU's Action Plan"
                if (item.type == "Plan" or _LAW.search(item.label)) and text[
                    m.start - base - 3 : m.start - base
                ] in (
                    "’s ",
                    "'s ",
                ):
                    owners = [p for p in sent.actors(m.start - 60, m.start - 2) if p[0].end == m.start - 3]
                    if owners and owners[-1][1].type in ("Country", "Organization"):
                        add(owners[-1][1], "adopts", item, "’s")
        if "Plan" in types and " its " in text:
            for m, item in sent.of_types(
                ("Plan",)
            ):  # "Cambodia is implementing the SDGs through its Strategy"
                if _ITS.search(text, max(0, m.start - base - 24), m.start - base):
                    holder = _subject(sent, m.start, None, None, None)
                    if len(holder) == 1 and holder[0].type in ("Country", "Organization"):
                        add(holder[0], "adopts", item, "its")
        has_actor = bool(sent.actors())
        under = _UNDER.match(text) if has_actor and types & _ITEM_SET else None
        if under is not None:
            for doer, item in self._under(sent, under):
                add(doer, "implements", item, "under")
        if "Person" in types and has_actor:
            for cue in finditer(cues.ON_BEHALF_LOW):
                for person, body in self._on_behalf(sent, cue):
                    add(person, "represents", body, cue.group().strip())
        if "Person" in types:  # "Ambassador Maria Ruiz of Ecuador"
            for (m1, e1), (m2, e2) in pairwise(sent.mentions):
                if (
                    e1.type == "Person"
                    and m1.kind == NAME
                    and e2.type in ("Country", "Organization")
                    and _OF.fullmatch(text, m1.end - base, m2.start - base)
                ):
                    add(e1, "represents", e2, "of")
        if pair is not None and has_actor and search(cues.PAIR_LINK_LOW):
            add(pair[0], "partnersWith", pair[1], "between the two")
        if has_actor and "between " in low and types & _ITEM_SET:
            for m, item in sent.of_types(_ITEMS):  # "the Memorandum of Understanding between India and Nepal"
                among = _BETWEEN.match(low, m.end - base) if _BILATERAL.search(item.label) else None
                sides = _agents_after(sent, base + among.end(), 0) if among is not None else []
                if len(sides) == 2 and all(e.type in ("Country", "Organization") for e in sides):
                    add(sides[0], "partnersWith", sides[1], "between")
        for cue in finditer(cues.HEADED_BY_LOW) if has_actor else ():
            c0, c1 = base + cue.start(), base + cue.end()
            heads = [p for p in sent.mentions if p[1].type == "Person" and c1 <= p[0].start <= c1 + 30]
            bodies = [
                p
                for p in sent.actors(max(base, c0 - 60), c0)
                if p[1].type == "Organization"
                or (
                    p[1].type == "Country"
                    and _DELEGATION_OF.search(text, max(0, p[0].start - base - 30), p[0].start - base)
                )
            ]  # "The delegation of Brazil, led by Ambassador X": X represents Brazil
            if heads and bodies and _HEAD_GAP.fullmatch(text, bodies[-1][0].end - base, cue.start()):
                add(heads[0][1], "represents", bodies[-1][1], cue.group())
        # partnership
        for cue in finditer(cues.PARTNERS_LOW) if has_actor else ():
            c0, c1 = base + cue.start(), base + cue.end()
            word = text[cue.start() : cue.end()]
            if word[:1] == "W":
                continue  # "the Future of Work with …": a name, not "work with"
            after = sent.actors(c1, c1 + 80)
            partners, last = (
                _listed(sent, c1) if after and _FRONT.fullmatch(text, 0, cue.start()) else ([], None)
            )
            comma = text.find(",", last.end - base) if last is not None else -1
            if comma > 0:  # "Together with Tuvalu and Vanuatu, Fiji has launched …"
                heads = sent.actors(base + comma + 1, base + comma + 40)
                if heads and _THE_GAP.fullmatch(text, comma + 1, heads[0][0].start - base):
                    for partner in partners:
                        add(heads[0][1], "partnersWith", partner, word)
                    continue
            before = _subject(sent, c0, inherited, speaker, self_country, pair)
            if cue.group().startswith(("have been", "are")):
                group = coordinated_before(sent, c0)
                if len(group) == 2:
                    add(group[0], "partnersWith", group[1], word)
                continue
            if after:
                signed = (
                    [p[1] for p in sent.of_types(_ITEMS, c0, c1) if _BILATERAL.search(p[1].label)]
                    if word[:4].lower() == "sign"
                    else []
                )
                for ent in before[:1]:
                    for partner in coordinated(sent, c1):  # "in collaboration with UNICEF and the ILO"
                        add(ent, "partnersWith", partner, word)
                        for item in signed:  # "Kenya signed the MoU on Labour with Qatar": Qatar too
                            if partner.type in ("Country", "Organization"):
                                add(partner, "adopts", item, word)
        both = pair is not None and search(cues.PAIR_LOW) is not None
        for cue in finditer(cues.COOPERATE_LOW) if has_actor or both else ():
            group = subject(sent, base + cue.start(), inherited, speaker, self_country, pair)
            if (
                len(group) == 2
            ):  # "X and Y agreed to strengthen cooperation", "the two countries will cooperate"
                add(group[0], "partnersWith", group[1], text[cue.start() : cue.end()])
        for cue in finditer(cues.SUPPORT_OF_LOW) if has_actor and types & _ITEM_SET else ():
            c1 = base + cue.end()
            helpers = sent.actors(c1, c1 + 80)
            items = sent.of_types(_ITEMS)
            if helpers and items:
                c0 = base + cue.start()
                nearest = min(  # "the Compact, negotiated under the auspices of X": the nearest end or start
                    items,
                    key=lambda p: (c0 - p[0].end if p[0].end <= c0 else abs(p[0].start - c1), -p[0].start),
                )
                thing = nearest[1]
                if nearest[0].end <= c0 and "," in text[nearest[0].end - base : cue.start()]:
                    thing = _inner(state, nearest[0]) or thing  # "a plan for the Compact, an agreement …"
                for helper in _listed(sent, c1)[0]:  # "with technical support from IOM and UNODC"
                    add(helper, "supports", thing, text[cue.start() : cue.end()])
        # membership
        for cue in finditer(cues.MEMBER_LOW) if "Organization" in types else ():
            c0, c1 = base + cue.start(), base + cue.end()
            word = cue.group()
            if word.startswith("member state") and not word.endswith("of"):
                orgs = [p for p in sent.of_types(("Organization",), c0 - 30, c0)]
                members = [p for p in sent.actors(base, c0 - 30) if p[1].type == "Country"]
                if orgs and members:
                    add(members[-1][1], "memberOf", orgs[-1][1], text[cue.start() : cue.end()])
                continue
            if word == "within":
                continue
            if word.startswith("join"):  # "Senegal joined the Global Alliance", not "joined UNICEF in urging"
                bodies = [
                    p
                    for p in sent.of_types(("Organization",), c1, c1 + 6)
                    if _THE_GAP.fullmatch(text, cue.end(), p[0].start - base)
                ]
                joiners = _subject(sent, c0, inherited, speaker, self_country, pair) if bodies else []
                if bodies and not _JOINED_IN.match(text, bodies[0][0].end - base):
                    for joiner in joiners:
                        if joiner.type in ("Country", "Organization"):
                            add(joiner, "memberOf", bodies[0][1], word)
                continue
            orgs = [p for p in sent.of_types(("Organization",), c1, c1 + 120)]
            # "a member of X and Y", not "a member of X, works with Y"
            orgs = orgs[:1] + [
                o2
                for o1, o2 in pairwise(orgs[:2])
                if _ORG_AND.fullmatch(text, o1[0].end - base, o2[0].start - base)
            ]
            members = [p for p in sent.actors(c1 + 1) if p[1].type == "Country" and p[0].start > c1]
            members = [p for p in members if all(p[0].start > o[0].end for o in orgs)]
            if not members or _BE_MEMBER.search(low, max(0, cue.start() - 40), cue.start()):
                # "Kenya is a member of X and has signed agreements with Y": the subject is the member
                subj = [p for p in sent.actors(base, c0) if p[1].type == "Country"][-1:]
                if subj and cues.CALLED_ON.search(low, subj[0][0].end - base, cue.start()):
                    subj = []  # "Thailand invited all members of the Bali Process": not a member's word
                members = subj or members
            if (
                "chair" in word
            ):  # "Fiji, the Chair of the Forum", "Kenya is the Chair of": not one named after
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
                group = [
                    e for e in coordinated_before(sent, members[0][0].end) if e.type == "Country"
                ] or group
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
        if "Person" in types and " represented " in low:
            for envoy, body, held_at in self._represented(sent):
                add(envoy, "represents", body, "represented by")
                if held_at is not None:
                    add(body, "participatesIn", held_at, "represented at")
        # participation in events
        events = sent.of_types(("Event",)) if "Event" in types else []
        for cue in finditer(cues.HOSTS_LOW) if events and has_actor else ():
            c0, c1 = base + cue.start(), base + cue.end()
            if cue.group().endswith(" by"):  # "the Conference, which was attended by Ecuador and Peru"
                held = [p for p in events if p[0].end <= c0 and c0 - p[0].end <= 60]
                guests = _agents_after(sent, c1 - 2, 2) if held else []
            else:  # "Colombia hosted the Regional Conference on Migration"
                held = [p for p in events if c1 < p[0].start <= c1 + 6]
                thanked = _THANKED.search(text, max(0, cue.start() - 120), cue.start()) if held else None
                if thanked is not None:  # "We thank Indonesia and Australia for convening the Conference"
                    guests = coordinated(sent, base + thanked.end())
                else:
                    guests = _subject(sent, c0, inherited, speaker, self_country, pair) if held else []
            for guest in guests:
                add(guest, "participatesIn", held[-1 if cue.group().endswith(" by") else 0][1], cue.group())
        took = search(cues.PARTICIPATES_LOW) if events else None
        if took is not None:
            for _m, event in events:
                if took.group().startswith("present") and not 0 <= _m.start - base - took.end() <= 2:
                    continue  # "presented its review to the Forum": the Forum named right there
                who = speaker or next((e for _m2, e in sent.actors() if e.type == "Person"), None)
                if (
                    who is None
                    and not took.group().startswith(("at ", "during "))
                    and took.end() <= _m.start - base
                ):
                    # "Ecuador and Peru took part in the Conference": the subject of the verb
                    for guest in _subject(sent, base + took.start(), inherited, None, self_country, pair):
                        add(guest, "participatesIn", event, took.group())
                        who = guest
                if (
                    who is None
                    and took.group().startswith(("at ", "during "))
                    and took.end() <= _m.start - base
                    and (base == 0 or _STATEMENT_BY.match(text))
                ):
                    # "Statement by the Minister of Foreign Affairs of Thailand at the Conference"
                    heads = sent.actors(base, base + took.start())
                    if heads and heads[-1][1].type in ("Country", "Organization"):
                        who = heads[-1][1]
                if (
                    who is None
                    and took.group().startswith(("at ", "during "))
                    and 0 <= _m.start - base - took.end() <= 2
                    and _ACT_AT.search(low, 0, took.start())
                ):
                    # "Cambodia presented its review at the Forum": the one who acts there takes part
                    doers = _subject(sent, base + took.start(), inherited, None, self_country, pair)
                    if len(doers) == 1 and doers[0].type in ("Country", "Organization"):
                        who = doers[0]
                if who is None:
                    actors = sent.actors(_m.end)
                    who = actors[0][1] if actors else None
                if who is not None:
                    add(who, "participatesIn", event, "at")
        # what plans, frameworks and events address
        for m, item in sent.of_types(("Plan", "Framework", "Event")) if "Issue" in types else ():
            for cue in finditer(cues.ADDRESSES_LOW, max(0, m.end - base)):
                if base + cue.start() - m.end > 60:
                    break
                issues = sent.of_types(("Issue",), base + cue.end(), base + cue.end() + 90)
                if issues and not _about(sent, cue, issues[0], m.end):
                    continue  # "launched on Monday amid concerns over migration": a passing mention
                if issues:
                    add(item, "addresses", issues[0][1], text[cue.start() : cue.end()])
                    for (m1, _i1), (m2, i2) in pairwise(issues):
                        if not _ISSUE_GAP.fullmatch(text, m1.end - base, m2.start - base):
                            break
                        add(item, "addresses", i2, text[cue.start() : cue.end()])  # "… on A, B and C"
                    break
        # "Pakistan has called for … to end human trafficking": actor callsFor issue
        return out


def _it_by(sent: Sentence, item: EntityRec) -> list[Found]:
    """ "It will be implemented by the Ministry of Labour and IOM" after a sentence naming the plan:
    the agents act on the plan."""
    m = _IT_BY.match(sent.text)
    if m is None or sent.of_types(_ITEMS, sent.start, sent.start + m.end()):
        return []
    verb = m.group("verb")
    pred = "implements" if verb in _IT_IMPLEMENTS else "supports" if verb in _IT_SUPPORTS else "adopts"
    agents = _agents_after(sent, sent.start + m.end() - 2, 2)
    return [Found(a.key, pred, item.key, sent.start, sent.end, verb) for a in agents if a.key != item.key]


def _listed(sent: Sentence, pos: int) -> tuple[list[EntityRec], MentionRec | None]:
    """The actors listed right after ``pos`` up to the one after "and", and the last one's mention:
    "Together with A, B and C, X …" → A, B, C (not X)."""
    actors = sent.actors(pos, pos + 120)
    if not actors:
        return [], None
    out, last = [actors[0][1]], actors[0][0]
    for (m1, _e1), (m2, e2) in pairwise(actors):
        gap = sent.text[m1.end - sent.start : m2.start - sent.start]
        if not _LIST_GAP.fullmatch(gap):
            break
        out.append(e2)
        last = m2
        if _AND_WORD.search(gap):  # the list ends in "and"
            return list(dict.fromkeys(out)), last
    return out[:1], actors[0][0]  # no "and": "A, X launched …" lists A alone


def _subject(
    sent: Sentence,
    pos: int,
    inherited: EntityRec | None,
    speaker: EntityRec | None,
    self_country: EntityRec | None,
    pair: tuple[EntityRec, EntityRec] | None = None,
) -> list[EntityRec]:
    """:func:`~kg.extract.actors.subject`, past an apposition and not across a clause of others.

    "Ghana, a pathfinder country of Alliance 8.7, was committed to": Ghana, not the Alliance;
    "the Council heard briefings, as speakers urged …": nobody named.
    """
    agents = subject(sent, pos, inherited, speaker, self_country, pair)
    if len(agents) != 1:
        return agents
    if agents[0] is speaker:
        said = cues.SPEECH.search(sent.text, 0, pos - sent.start)
        items = sent.of_types(_ITEMS, sent.start + said.end(), pos) if said else []
        if said and (
            (items and _SAID_ITEM.fullmatch(sent.text, said.end(), items[0][0].start - sent.start))
            or _SAID_THING.match(sent.low, said.end())
        ):
            return []  # "he said the plan gives effect to the Convention": the plan's, not his
    base, text = sent.start, sent.text
    if "," not in text and ";" not in text and "while" not in text:
        return agents  # neither an apposition nor a clause of others
    m = next((m for m, e in reversed(sent.mentions) if e is agents[0] and m.end <= pos), None)
    if m is None:
        return agents
    after = text[m.end - base : m.end - base + 1]
    if after == ",":
        along = _ALONG_WITH.match(text, m.end - base)
        if along is not None and "," in text[along.end() : pos - base]:
            return [agents[0], *(e for e in coordinated(sent, base + along.end()) if e is not agents[0])]
    if (
        text.find(",", m.end - base, pos - base) >= 0 or text.find(";", m.end - base, pos - base) >= 0
    ) and _OTHERS_CLAUSE.search(text, m.end - base, pos - base):
        return []
    if text.find(",", m.end - base, pos - base) >= 0:
        who = _WHO_LEAD.search(text, max(0, m.start - base - 50), m.start - base)
        if who is not None:  # "Sophie Martin, who represents France at the Council, welcomed": not France
            head = [p for p in sent.actors(base, base + who.start()) if p[0].end == base + who.start()]
            return [head[-1][1]] if head else []
    if after not in ", (" or not _APPOSITION_END.match(text, m.end - base):
        return agents
    lead = _APPOSITION_LEAD.search(text, max(0, m.start - base - 60), m.start - base)
    if lead is None:
        return agents
    head = [p for p in sent.actors(base, base + lead.start()) if p[0].end == base + lead.start()]
    return [head[-1][1]] if head else agents


def _about(sent: Sentence, cue: re.Match[str], issue: tuple[MentionRec, EntityRec], item_end: int) -> bool:
    """Whether the cue says what the item ending at ``item_end`` is about: "on human trafficking", "aims
    to end child labour", not "adopted on Monday amid concerns over migration", "calls for action on
    displacement" ("on", "against" only right after the item); a theme ("migration", "decent work")
    only after a cue of purpose ("focuses on", "targets", "aims at")."""
    gap = sent.low[cue.end() : issue[0].start - sent.start]
    if len(gap) > 40 or not _ISSUE_LEAD_GAP.fullmatch(gap):
        return False
    if cue.group().lower() in _WEAK_CUES and not _ITEM_CUE_GAP.fullmatch(
        sent.low, item_end - sent.start, cue.start()
    ):
        return False
    if issue[1].label.lower() in THEMES:
        return _PURPOSE_CUE.match(cue.group()) is not None
    return True


def _intent(low: str, at: int) -> bool:
    """Whether the words before ``at`` say an act is only intended: "plans to", "is considering"."""
    words = low[max(0, at - 40) : at].split()
    if words and words[-1] == "formally":
        words.pop()
    if not words or (words[-1] != "to" and not words[-1].startswith(_INTENT_VERBS)):
        return False
    return _INTENT.search(low, max(0, at - 40), at) is not None


def _inner(state: DocState, mention: MentionRec) -> EntityRec | None:
    """The plan or framework whose name ends the name of ``mention``.

    "a national plan for the implementation of the Global Compact for Migration, an agreement …":
    the apposition describes the Compact.
    """
    name = mention.text.lower()
    best: tuple[int, EntityRec] | None = None
    for ent in state.entities.values():
        if ent.type not in _ITEM_SET:
            continue
        for form in {ent.label, *(m.text for m in ent.mentions)}:
            form = form.lower()
            if len(form) < len(name) and name.endswith(" " + form) and (best is None or len(form) > best[0]):
                best = (len(form), ent)
    return best[1] if best else None


def _agents_after(sent: Sentence, pos: int, skip: int) -> list[EntityRec]:
    """The actors right after the word at ``pos`` ("by", "between", ``skip`` characters long), unless
    the first of them follows another preposition: "endorsed by 152 countries at the General Assembly"."""
    first = sent.actors(pos, pos + 120)
    if first and _NOT_AGENT_GAP.search(sent.text, pos + skip - sent.start, first[0][0].start - sent.start):
        return []
    return coordinated(sent, pos)


def _owner(sent: Sentence, cue: re.Match[str]) -> list[EntityRec]:
    """The actor owning a nominalized act: "Nepal's ratification of", "the Philippines' accession to"."""
    owner = _OWNER_BEFORE.search(sent.text, max(0, cue.start() - 24), cue.start())
    if owner is None:
        return []
    end = sent.start + owner.start()
    return [e for m, e in sent.actors(sent.start, end) if m.end == end][:1]


def _is_statement(text: str) -> bool:
    """Whether the text speaks in the first person outside quotations: a country's statement."""
    if len(_WE.findall(text)) < 3:
        return False  # the lines outside quotations have fewer still
    unquoted = [line for line in text.split("\n") if "“" not in line and "”" not in line and '"' not in line]
    return sum(len(_WE.findall(line)) for line in unquoted) >= 3


__all__ = ["DEMONYM", "Found", "RelationFinder"]
