"""Cue words of partnership kept apart from :mod:`kg.extract.cues` (which they extend) to keep it short:
the deeds two actors named as one subject share, and the verbs one actor works with another by."""

from __future__ import annotations

#: what may not stand between a deed's verb and its noun: a negation, an article or preposition past
#: the first, another verb's participle or another noun ("reached no agreement", "have ended the
#: partnership", "exchanged views on agreements", "renewed its call for an agreement"), and the words
#: of a truce, which ends a fight rather than starting a partnership
NO_TIES = (
    r"(?:ceasefire|cease-fire|peace|truce|armistice|[a-z-]*exchange|prisoners?|war|hostages?|"
    r"non-aggression|disengagement)"
)
_NOT_A_MODIFIER = (
    r"(?!(?:no|not|never|any|the|an?|its|their|his|her|our|on|of|for|with|in|to|at|by|from|and|or|"
    r"that|which|whether|if|views|calls?|plans?|talks|proposals?|ended|left|joined|quit|exited|"
    r"abandoned|rejected|cancelled|suspended|terminated|scrapped|" + NO_TIES + r")\b)"
)
#: one word describing the deed's noun (see :data:`_NOT_A_MODIFIER`)
MODIFIER = r"(?:" + _NOT_A_MODIFIER + r"[a-z-]+ )"
#: the agreement's noun closes its phrase: not "reached the agreement deadline", "reached agreement that"
NOUN_ENDS = (
    r"(?=[.,;:)\"”’']|$|\s+(?:on|in|to|for|at|over|about|after|before|during|under|between|last|this|"
    r"next|earlier|today|yesterday|and|or|but|which|covering|concerning|regarding|as|was|were|is|are|has|"
    r"had|will|would|signed|reached|worth|valued|of|aimed|aiming|designed)\b)"
)

#: the instrument's noun heads its phrase, as far as a following word tells: not "the US-China trade war
#: agreement talks", "the agreement deadline", "agreement that …" (looser than :data:`NOUN_ENDS`, for a
#: phrase whose verb may be any: "the Morocco-EU fisheries agreement expires")
NOUN_HEADS = (
    r"(?!\s+(?:talks|negotiations?|deadlines?|proposals?|drafts?|disputes?|rows?|texts?|terms|that|process|"
    r"framework|implementation|violations?|breach(?:es)?|collapse|review|critics?|opponents?)\b)"
)

#: an instrument's acronym after its name: "a memorandum of understanding (mou) with" (cues read lower case)
_ACRONYM = r"(?: \([a-z]{2,6}\))?"
#: one actor's verbs with another: "collaborates with", "renewed its water agreement with"
WITH_ANOTHER = (
    # "in a joint effort with UNICEF, Nepal …"
    r"(?:in )?(?:an? )?joint (?:effort|initiative|project|programme|venture|operation|action)s? with|"
    r"collaborat(?:e|es|ed|ing) (?:closely )?with|"
    r"sign(?:ed|s|ing)? (?:an? |the |two |three |several |new )?" + MODIFIER + "{0,3}"
    r"(?:agreements?|memorand(?:um|a)|mous?|pacts?|accords?|deals?)"
    r"(?: (?:of|on) [a-z-]+(?: [a-z-]+)?){0,2}" + _ACRONYM + " with|"
    # "to enter into a memorandum of understanding (MOU) with", "entered into a partnership with"
    r"ent(?:er|ers|ered|ering) into (?:an? |the |two |several |new )?" + MODIFIER + "{0,3}"
    r"(?:agreements?|memorand(?:um|a)|mous?|pacts?|accords?|partnerships?|contracts?)"
    r"(?: (?:of|on) [a-z-]+(?: [a-z-]+)?){0,2}" + _ACRONYM + " with|"
    r"(?:develop(?:ed|s)|conclud(?:ed|es)|ink(?:ed|s)|renew(?:ed|s)|reach(?:ed|es)|negotiat(?:ed|es)|"
    r"finali[sz](?:ed|es)) (?:an? |the |its |their |two |three |several |new |other )?"
    + MODIFIER
    + r"{0,3}(?:agreements?|memorand(?:um|a)|mous?|pacts?|accords?)"
    r"(?: (?:of|on) [a-z-]+(?: [a-z-]+)?){0,2} with"
)
#: what two set up or carry out together: "a joint appeal", "joint patrols" (not "joint criticism of")
_JOINT_WORK = (
    r"(?:appeals?|consultations?|task force|committees?|commissions?|missions?|programmes?|programs?|"
    r"projects?|initiatives?|operations?|exercises?|patrols?|investigations?|working groups?|"
    r"stud(?:y|ies)|surveys?|"
    r"campaigns?|trainings?|workshops?|funds?|ventures?|centres?|centers?|plans?|strategies|strategy|"
    r"action plans?|research|assessments?|inspections?|platforms?|secretariats?|teams?|units?|visits?)\b"
)
#: a deed "X and Y" share: each makes the two partners (a third named after "with" is the partner of
#: each, not a sign the two are: "reached agreements with Tanzania")
SHARED_DEEDS = (
    r"work(?:s|ed|ing)? (?:closely )?(?:together|jointly)|"
    # "launched a joint appeal", "will hold joint consultations", "agreed to set up a joint task force"
    r"(?:launch(?:ed|es)?|hold|holds|held|establish(?:ed|es)?|set(?:s|ting)? up|form(?:ed|s)?|"
    r"conduct(?:ed|s)?|organi[sz](?:ed|es|e)|creat(?:ed|es|e)|carr(?:y|ied|ies) out|"
    r"undert(?:ake|ook|akes)|mount(?:ed|s)?) "
    r"(?:an? |the |their )?(?:new |first )?joint " + _JOINT_WORK + r"|"
    r"pledg(?:ed|es|e) (?:closer|greater|deeper|stronger|enhanced) (?:cooperation|collaboration|partnership)|"
    # "reached an agreement on gas", "exchanged memoranda": an instrument the two make between them
    r"reach(?:ed|es)? (?:an? |the )?"
    + MODIFIER
    + r"{0,2}?(?:agreement|deal|accord)(?! with)"
    + NOUN_ENDS
    + "|"
    # the verb, not the noun of "the currency exchange agreement", "their prisoner-exchange agreement"
    r"(?<!-)(?:exchang(?:ed|es)|(?:(?<=\bwill )|(?<=\bto )|(?<=\balso )|(?<=\bwould )|(?<=\bjointly ))"
    r"exchange) "
    r"(?:an? |the |two |several )?"
    + MODIFIER
    + r"{0,2}?(?:memorand(?:um|a)|mous?|agreements?)(?! with)"
    + NOUN_ENDS
    + "|"
    # "issued a joint statement", "signed a joint declaration": one text of the two
    r"(?:issu|releas|adopt|sign)(?:ed|es|e|s)? (?:an? |the |their )?(?:joint|bilateral) "
    r"(?:statement|declaration|communiqu[eé])|"
    # "forged a new partnership", "have a long-standing partnership" (not "… partnership with a third")
    r"(?:forg|form|buil|establish|launch)(?:ed|es|e|t|s)? (?:an? |the )?" + MODIFIER + r"{0,2}?"
    r"partnership(?! with)|"
    r"ha(?:ve|d) (?:an? |the )?" + MODIFIER + r"{0,2}?partnership(?! with)(?! (?:led|run|hosted) by)|"
    r"jointly (?:implement|develop|manage|run|fund|financ|launch|lead|coordinat|monitor)[a-z]*|"
    r"co-l(?:ed|ead|eads|eading)(?! (?:opposing|rival|competing|separate)\b)"
)
#: "signed a bilateral labour agreement", "signed the new accord": an instrument two actors sign together
SIGNED_INSTRUMENT = (
    r"sign(?:ed|s|ing)? (?:an? |the )" + MODIFIER + r"{0,3}(?:agreement|memorandum|mou|pact|accord|deal)|"
)
