"""Cue words for each predicate, as regular expressions over a sentence's text."""

from __future__ import annotations

import re

from kg.extract.cue_pair_deeds import SHARED_DEEDS, SIGNED_INSTRUMENT, WITH_ANOTHER


def _rx(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)


#: after a sponsoring verb, the resolution it puts forward: "introduced the draft resolution", "presented
#: its own resolution" (the words :mod:`~kg.extract.relation_sponsors` reads): backing a text a body then
#: adopts, not its adoption
_NOT_A_RESOLUTION = (
    r"(?!\s+(?:(?:the|an?|its(?:\s+own)?|their(?:\s+own)?|this|another)\s+)?(?:(?:un|hrc|new)\s+)?"
    r"(?:draft\s+)?resolution\b)"
)
#: the instrument that makes a body: "The Board, established by the Human Trafficking Act of 2005",
#: "created under Decree No. 7901", "first established by resolution 2300 (2015)": the instrument is no
#: adopter, and the body adopts nothing by it (:mod:`~kg.extract.relation_created_body`: it implements it)
_NOT_BY_INSTRUMENT = (
    r"(?!\s+(?:in\s+\d{4}\s+)?(?:by|under)\s+(?:the\s+|this\s+|a\s+)?(?:(?!of\b|for\b|and\b)[\w’'-]+\s+){0,5}?"
    r"(?:acts?|laws?|decrees?|resolutions?|conventions?|protocols?|treat(?:y|ies)|charters?|constitution|"
    r"statutes?|ordinances?|orders?|regulations?|proclamations?|legislation|bills?|codes?|directives?|"
    r"articles?|sections?|agreements?|accords?|compacts?|declarations?|plans?|strateg(?:y|ies)|polic(?:y|ies)|"
    r"programmes?|programs?|frameworks?|agendas?)\b)"
)
#: adoption cues that act on an instrument ("adopted", "signed", "ratified", "launched", "became party
#: to"): what two bodies may do together (:mod:`~kg.extract.relation_partners`)
ADOPTION_ACTS = (
    r"develop(?:ed|s|ing)?|adopt(?:ed|s|ing)?|adoption of|launch(?:ed|es|ing)?|formulat(?:ed|es|ing)|"
    r"approv(?:ed|es|ing|al of)|enact(?:ed|s|ing|ment of)|ratif(?:ied|ies|y|ying)|ratification of|"
    r"sign(?:ed|s|ing)|sign(?= (?:the|an?|this|its|their) )|signatory to|signing of|"
    r"acced(?:ed|es|ing) to|accession to|(?:became|become|becoming) part(?:y|ies) to|"
    r"unveil(?:ed|s|ing)|incorporat(?:ed|es) .{0,40}? into|finali[sz](?:ed|es)|deposit(?:ed|s)|initiated|"
    # made the land's law: "Nigeria domesticated the Protocol", "the King promulgated the Law", "gazetted
    # the Strategy", "assented to the Act", "the Emir issued Law No. 15" (not "issued a statement")
    r"domesticat(?:ed|es|ing|e)|domestication of|promulgat(?:ed|es|ing|ion of)|gazett(?:ed|es|ing)|"
    r"assent(?:ed|s)? to(?! an? )|issued(?= (?:the |an? )?(?:royal |presidential |emiri )?(?:law|decree)s?\b"
    r"(?! enforcement| (?:repeal|suspend|amend|abolish|revok|annull|cancel)ing))|"
    r"draft(?:ed|s)|drawn up|drew up|(?:prepared|devised|designed|conceived)(?= by )|"
    # "has prepared a National Action Plan": a plan or law right after; not "prepared the ground for"
    r"prepared(?= (?:an?|the|its|their) (?:(?!for |to |of |on |in )[\w-]+ ){0,6}?"
    r"(?:plan|strategy|policy|programme|program|roadmap|law|bill|act|framework|agreement|memorandum|protocol|"
    r"decree)\b)|"
    r"created(?= by )" + _NOT_BY_INSTRUMENT + "|established" + _NOT_BY_INSTRUMENT + "|come up with|"
    r"put in place|roll(?:ed|s) out|joined|"
    r"validat(?:ed|es)|renew(?:ed|s)(?! (?:its|their) (?:[a-z]+ )?(?:support|commitment|backing|funding)\b)|"
    r"gave (?:its |their |final )?(?:approval|assent) to|"
    # "submitted its updated NDC", "submitted its National Adaptation Plan": what a state submits to
    # the climate convention; not "submitted comments on the Plan", "submitted the Bill to Parliament"
    r"submit(?:ted|s|ting)(?= (?:(?:its|their|the|his|her|an?|updated|first|second|third|new|revised|"
    r"enhanced|initial|interim|latest|final|[\w-]+’s|[\w-]+'s) ){0,3}(?:nationally determined|"
    r"national determined|ndcs?\b|"
    r"national adaptation|naps?\b|long-term|intended nationally))|"
    # "the formal submission of post-2020 targets or Intended Nationally Determined Contributions by A"
    r"submission of(?= (?:[\w-]+ ){0,6}?(?:nationally determined|national determined|ndcs?\b|"
    r"national adaptation|naps?\b|intended nationally|i?ndcs?\b))"
)
ADOPTS = _rx(
    ADOPTION_ACTS
    # and its statements and states: a bill passed or introduced, a text presented or in drafting, a
    # state party to an instrument
    + r"|pass(?:ed|es|ing)|introduc(?:ed|es|ing)"
    + _NOT_A_RESOLUTION
    + "|(?:a|state|is|are) part(?:y|ies) to|drafting|presented"
    + _NOT_A_RESOLUTION
    + "|announc(?:ed|es|ing)"  # only right before the item or its agent: relation_announced
)
IMPLEMENTS = _rx(
    r"implement(?:s|ed|ing)?|implementation of|carr(?:y|ies|ying|ied) out|realiz(?:e|ing)|realis(?:e|ing)|"
    r"achiev(?:e|ing)|in alignment with|giv(?:es|ing)(?: into)? effect(?: to)?|enforc(?:e|es|ing)|"
    r"integrat(?:ed|es|ing)|mainstream(?:ed|s|ing)|"
    r"operationali[sz](?:e|es|ed|ing)|put into (?:effect|practice)|"
    r"deliver(?:s|ed|ing)? on(?! (?:(?:his|her|its|their|our|my|the) )?behalf)|"  # not "on her behalf"
    r"coordinat(?:e|es|ed|ing)(?= (?:the|its|their) )|monitor(?:s|ing)?(?= (?:the|its|their) )|"
    r"oversee(?:s|ing)?(?= (?:the|its|their) )|oversaw(?= (?:the|its|their) )"
)
SUPPORTS = _rx(
    r"support(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|committed to|"
    r"(?:(?:unwavering|strong|firm|continued|full|steadfast|unequivocal|renewed|deep|resolute|political|"
    r"unflinching|total|abiding) )?commitment to|"
    r"draw(?:s|ing)? on|drew on|back(?:s|ed|ing)|appreciat(?:e|es|ed)|champion(?:s|ed)?|fund(?:s|ed|ing)|"
    r"financ(?:es|ing)|financed(?! by)|(?:co-)?finance(?= (?:the|its|their) )|in line with|"  # active only
    r"spearhead(?:ed|s)?|pleased to support|(?:co-?)?sponsor(?:s|ed|ing)|"
    r"vot(?:ed|es|ing) (?:in favou?r of|for)|tabl(?:ed|es|ing)|contribut(?:es|ed|ing) to"
)
CALLS_FOR = _rx(
    r"call(?:s|ed)? for|call(?:s|ed)? on|urg(?:e|es|ed|ing)|appeal(?:s|ed)? for|demand(?:s|ed)|must|should|"
    r"honour|honor|crucial|needs? to|requir(?:e|es|ed)|"
    r"continues to fight|places? (?:high )?importance|it is (?:essential|imperative|vital|critical)"
)
PARTNERS = _rx(
    r"in partnership with|partnership with|together with|in co-?operation with|co-?operation with|"
    r"have been partners|are partners|(?<!trading )(?<!trade )partners(?:hip)? of|"  # not a market's
    r"engagement with|jointly with|"
    r"partner(?:s|ed|ing)? with|team(?:s|ed|ing)? up with|join(?:s|ed|ing)? (?:forces|hands) with|"
    r"(?:in )?collaboration with|in association with|in conjunction with|"
    r"in (?:close )?coordination with|work(?:s|ed|ing)? alongside|"
    r"work(?:s|ed|ing)? (?:closely |hand in hand |jointly )?with|co-?operat(?:e|es|ed|ing) (?:closely )?with|"
    + WITH_ANOTHER
)
SUPPORT_OF = _rx(
    r"with (?:the )?(?:financial |technical |generous )?(?:support|assistance|help|funding) (?:of|from)|"
    r"receiv(?:es|ed|ing) (?:its |their )?(?:financial |technical )?(?:funding|financing|support|assistance) "
    r"(?:from|through)|supported by|(?:co-)?funded by|(?:co-)?financed by|(?:co-)?sponsored by|"
    r"under the auspices of|"
    r"(?:continued|continuing|generous|strong|technical|financial) (?:support|assistance) (?:of|from)|"
    r"(?:delivery|implementing|funding|technical) partner (?:is|was|will be)|funding for .{0,60}? comes? from"
)
#: "X and Y agreed to strengthen cooperation": the two are partners
COOPERATE = _rx(
    r"(?:strengthen|boost|enhance|deepen|expand|step up|intensify|promote)(?:s|ed|ing)? "
    r"(?:their |the |bilateral )?(?:cooperation|partnership|collaboration)|"
    r"cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|"
    r"(?:support|help|assist)(?:s|ed|ing)? (?:one another|each other)|" + SIGNED_INSTRUMENT + SHARED_DEEDS
)
#: "both sides", "the two countries": the two countries the text is about
PAIR = _rx(r"both (?:sides|countries|nations|governments)|the two (?:sides|countries|nations|governments)")
#: "… between the two countries": the pair are partners
PAIR_LINK = _rx(r"between (?:both|the two) (?:sides|countries|nations|governments)")
#: "The Cabinet, chaired by X": X represents the body
HEADED_BY = _rx(r"chaired by|headed by|led by|presided (?:over )?by|under the chairmanship of")
#: "the implementation of the Plan demands …": a call, not an act
DEMAND_AFTER = re.compile(
    r"[\s,’'”\)]*(?:[a-z]+\s+){0,2}?(?:demand(?:s|ed)?|requir(?:es|ed)|needs|calls for|must|should)\b"
)
#: a possessive: "Kenya's", and a plural's bare apostrophe: "the Philippines' plan", "the United Nations’
#: fight" (not a closing quote after another letter)
POSSESSIVE = r"(?:[’']s\b|(?<=s)[’'](?=\s))"
#: the organs that act for a state: "Kenya's parliament ratified", "the government adopted"
STATE_ORGANS = r"government|parliament|cabinet|legislature|lawmakers|authorities|senate|congress"
#: "he said, the government would …", "Kenya's parliament passed the Act, the ministry said": an unnamed
#: subject of its own (or a country's), not the speaker
GENERIC_SUBJECT = re.compile(
    # not "the country's parliament": the speaker's country's own (as "Ghana's cabinet, she said")
    r"(?:\b(?:the|all(?: the)?|these|those)\s+|(?<!the country)(?<!the nation)" + POSSESSIVE + r"\s+)"
    r"(?:[a-z]+\s+)?"
    r"(?:" + STATE_ORGANS + r"|ministry|ministries|agencies|committee|department|council|officials)\b"
)
#: "on behalf of", "speaking for": the words of one who speaks for a body (one space between words)
BEHALF = r"on behalf of|speaking for"
#: "on behalf of the European Union": the speaker represents the body
ON_BEHALF = _rx(BEHALF + r"|representing")
#: "Colombia hosted the Conference", "the Summit, attended by X and Y": the actors take part
HOSTS = _rx(
    # "will host COP30", "is set to host the Forum" (a "bid to host" is left out where the table is read)
    r"host(?:s|ed|ing)?|hold(?:s|ing)?|held|"  # "ASEAN held the 43rd ASEAN Summit", "held by UNHCR"
    r"(?:hosted|attended|co-hosted|convened|chaired|co-chaired|opened) by|"
    r"co-host(?:s|ed|ing)?|conven(?:e|es|ed|ing)|(?:co-)?chair(?:s|ed|ing)?|presid(?:es|ed|ing) over|"
    r"open(?:s|ed|ing)|clos(?:es|ed|ing)|moderat(?:es|ed|ing)"
)
#: words that rank one actor in its group: "the first country in ASEAN", "the second ASEAN member"
RANKS = r"(?:first|second|third|last|only|latest|newest)"
RANKED = re.compile(r"\b" + RANKS + r"\b", re.IGNORECASE)
MEMBER = _rx(
    r"member states? of|members? of|member (?:countries|nations) of|member states?|"
    r"member (?:countries|nations)|partner country in|"
    r"partner countries in|within|"
    r"(?:co-)?chairs? of|(?:co-)?chairs(?:hip)? of|(?:pathfinder|champion) countr(?:y|ies) (?:of|in|for)|"
    r"join(?:ed|s)|" + RANKS + r" (?:countr(?:y|ies)|states?|nations?)"
    # "the first country in ASEAN to ratify": one of the group
    r" (?:in|of|among|within)"
)
PARTICIPATES = _rx(
    r"speaking (?:in|at|during)|spoke (?:in|at|during)|attend(?:ed|s|ing)?|"
    r"t(?:ook|aking) (?:an active |active )?part in|participat(?:ed|es|ing) (?:actively |fully )?in|"
    r"address(?:ed|ing)? the|told the|briefed the|at the|during (?:the|a|an|its|their) |"
    r"address(?:ed|ing)? this (?=(?:conference|meeting|session|assembly|forum|summit|dialogue|debate)\b)|"
    r"presented .{0,30}? at|"
    r"present(?:s|ed|ing)? (?:its|their|his|her|the|this|our|a|an) .{0,50}? (?:to|at|before) th(?:e|is)"
    r"(?: (?:next|upcoming|forthcoming|coming))?"
)
ADDRESSES = _rx(
    r"to combat|combat(?:ing)?|against|to end|end(?:ing)?|prevent(?:ing|ion of)?|to prevent|"
    r"eliminat(?:e|ing|ion of)|"
    r"address(?:es|ing)?|to curb|curb(?:ing)?|tackl(?:e|ing)|focus(?:es|ed)? on|aim(?:s|ed)? at|"
    r"designed to|criminali[sz](?:es|ing)|reduc(?:e|ing)|suppress|fight(?:ing)?|is on|on|"
    r"for the elimination of|penalt(?:y|ies) for|"
    r"eradicat(?:e|ing)|protect(?:s|ing)? victims of|prohibition|target(?:s|ed|ing)?|"
    r"response to|respond(?:s|ing)? to"
)
#: "launched here yesterday by", "signed in Abu Dhabi by": a passive cue with its agent after "by"
PASSIVE_BY = re.compile(
    r"\s*(?:(?:(?:in|at|on|for)\s+(?:[A-Z][\w-]*\s+){1,3}|(?!(?:the|a|an|its|their|our|this)\s)[a-z]+\s+"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"  # "signed Wednesday by"
    # "announced July 7 by", "approved on 3 May 2024 by", "adopted in 2019 by": the date between
    r"|(?:[A-Z][a-z]+\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|(?:19|20)\d{2}),?\s+"
    r"|\(\d{1,2}\)\s+)){0,3}?by\b"  # "launched yesterday (17) by": the day of the month in brackets
)
SPEECH = re.compile(
    r"\b(?:said|says|told|stated|added|noted|stressed|emphasi[sz]ed|explained|announced|pointed out|"
    r"reiterated|declared|highlighted|underlined|acknowledged|commended|lauded)\b"
)
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b")
#: the question after a verb of asking: "(asked) whether Peru had ratified", "(asks) Kenya if it will
#: sign"; no "to" before its "if" ("asked donors to help if needed"), not "ask for", not an aside or a
#: condition ("asked Kenya, if possible, to ratify", "asked Kenya, even if it had not signed, to ratify")
ASKED_QUESTION = (
    r"\s+(?!for\b)(?:(?:(?!\bto\b)[^.;:!?,]){0,60}?\s)?(?:whether|if)\b"
    r"(?!\s+(?:possible|needed|necessary|required|appropriate|feasible)\b)"
)
#: a verb of asking and its question: "asked if Peru had ratified", "wonders whether Kenya will sign"
ASKED_IF = r"(?:ask|inquir|enquir|wonder)\w*" + ASKED_QUESTION
#: the verbs of a call on others to act, lower case: "urged Kenya to", "calls upon States to"
CALL_ON = (
    r"urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|"
    # "asked whether Peru had ratified", "asks Kenya if it will sign": a question, not a call
    r"ask(?:s|ed|ing)?(?!" + ASKED_QUESTION + r")|"
    r"request(?:s|ed|ing)?|exhort(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to"
)
#: "X invited the members of Y to …", "X thanked the members of Y": the members are those called on
#: (or addressed), not X
CALLED_ON = re.compile(
    r"\b(?:"
    + CALL_ON
    + r"|thank(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|join(?:s|ed|ing)?)\b"
)
MODAL_ONLY = re.compile(
    r"must|should|honou?r|crucial|needs? to|requir(?:e|es|ed)|demand(?:s|ed)|"
    r"it is (?:essential|imperative|vital|critical)",
    re.IGNORECASE,
)
#: up to the end of the search (the act's cue), no clause of its own: not "urged Nepal to act, and Nepal
#: ratified", "asked Kenya to lead; Kenya signed" (but "called on States, and in particular Peru, to")
_NO_CLAUSE_TO_END = (
    r"(?=(?:(?![;:]|,\s+(?:but|so|yet|which|while|whereas)\b|,\s+and\s+(?!in particular|especially|notably))"
    r"[^.])*$)"
)
#: a call's -ing form only after "be" ("is urging Kenya to"): not "at the urging of", "an encouraging
#: sign", "Rwanda, inviting investors, launched", "without asking Parliament" (the subject's own act),
#: "it is encouraging that Kenya ratified"
_ING_AFTER_BE = (
    r"(?:(?!\w+ing\b)|(?:"
    + "|".join(
        rf"(?<=\b{be} {adverb})"
        for be in ("is", "are", "was", "were", "been", "be", "am")
        for adverb in ("", "also ", "now ", "still ", "again ", "strongly ")
    )
    + r")(?!\w+ing\s+(?:that|to\s+(?:see|note|hear|learn|know|find))\b))"
)
#: a need or a call: "must ratify", "urged Kenya to ratify"; its group "on" is set when others are
#: called on to act ("X urged Y to ratify": X's call, not Y's act)
MODAL = re.compile(
    r"\b(?:(?:must|should|need to|needs to|demand(?:s|ed)?)" + _NO_CLAUSE_TO_END + "|"
    r"(?P<on>(?:" + _ING_AFTER_BE + r"(?:call(?:s|ed|ing)?\s+for|" + CALL_ON + r")"
    r"(?= (?:all |the |other |fellow |our |its |their )?[A-Za-z]))" + _NO_CLAUSE_TO_END + "|"
    # "Norway expects Kenya to ratify", "pressed Kenya to sign and ratify": an act wanted of others, when
    # its "to" is the act searched before (the search ends at the act's cue); not "expects to", "pressed
    # Nepal to act, and Nepal ratified", "pushed ahead to ratify"
    r"(?:expect(?:s|ed)?|want(?:s|ed)?|press(?:es|ed)|pressur(?:e|es|ed)|push(?:es|ed))"
    r"(?= (?!to\b|(?:ahead|forward|on|hard|back|through)\b)(?:(?! to\b)[^.;:]){1,50}? to\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+\s+(?:and|or)\s+)?$))|it is (?:essential|imperative|vital|critical|crucial))\b"
)


def _lower(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-insensitive ``pattern`` as a case-sensitive one, for text already in lower case.

    Python's regular expressions test case-free alternatives slowly; matching lower-cased
    text finds the same spans about three times faster. The words are written in lower case.
    """
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


ADOPTS_LOW = _lower(ADOPTS)
IMPLEMENTS_LOW = _lower(IMPLEMENTS)
SUPPORTS_LOW = _lower(SUPPORTS)
CALLS_FOR_LOW = _lower(CALLS_FOR)
PARTNERS_LOW = _lower(PARTNERS)
SUPPORT_OF_LOW = _lower(SUPPORT_OF)
PAIR_LOW = _lower(PAIR)
COOPERATE_LOW = _lower(COOPERATE)
PAIR_LINK_LOW = _lower(PAIR_LINK)
HEADED_BY_LOW = _lower(HEADED_BY)
MEMBER_LOW = _lower(MEMBER)
ON_BEHALF_LOW = _lower(ON_BEHALF)
HOSTS_LOW = _lower(HOSTS)
PARTICIPATES_LOW = _lower(PARTICIPATES)
ADDRESSES_LOW = _lower(ADDRESSES)

#: the cue tables :class:`~kg.extract.relations.RelationFinder` scans each sentence with
SCANNED = (
    ADOPTS_LOW,
    IMPLEMENTS_LOW,
    SUPPORTS_LOW,
    CALLS_FOR_LOW,
    PARTNERS_LOW,
    SUPPORT_OF_LOW,
    PAIR_LOW,
    COOPERATE_LOW,
    PAIR_LINK_LOW,
    HEADED_BY_LOW,
    MEMBER_LOW,
    PARTICIPATES_LOW,
    ADDRESSES_LOW,
    ON_BEHALF_LOW,
    HOSTS_LOW,
)
