"""The body whose project a title names: "the UNODC project 'Promoting Better Management of
Migration'", "IOM's ongoing EU-funded project: “Promoting …”", "UNODC's regional programme “…”".

Agencies' releases name a project by its title right after the body that runs it and the kind, as a
modifier ("the ILO project") or a possessive ("UNODC's regional programme"). The body implements it.
Only words that describe the project may stand between the body and the kind ("ongoing", "regional",
"EU-funded", capitalized words), so "UNICEF supports the project 'X'" (a verb between) gives nothing
here: the cue rules read that sentence. A donor named in a "-funded" modifier is skipped for the body
before it ("IOM's European Union-funded project": IOM's). When the project is said, after its title and
before the next one, to be carried out by others ("… is implemented by IOM"), they run it, not the body
before the kind.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: one word that describes a project: capitalized ("European", "Jordan"), "ongoing", "10th",
#: "three-year", "Union-funded"; one word per repetition, so the match stays linear
_DESCRIBING = (
    r"(?:[A-Z][\w-]*|ongoing|new|current|regional|national|global|joint|flagship|pilot|multi-country|country"
    r"|technical|cooperation|\d+(?:st|nd|rd|th)|[\w-]+-year|[\w-]+-(?:funded|financed|backed|supported))"
)
#: after the body: its possessive or nothing, describing words, the kind, then the title (maybe quoted)
_OWNED_PROJECT = re.compile(
    r"(?P<own>[’']s)?(?:[ \t]+" + _DESCRIBING + r"){0,6}[ \t]+(?:project|programme|program|initiative)s?"
    r"[ \t]*(?:[:,–—][ \t]*)?[“\"'‘]?\Z"
)
#: before the body: it opens the phrase ("the", "its", a preposition) or a donor's modifier precedes it
_OPENS = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|of|under|through|by|from|in)[ \t]+|-?funded[ \t]+|^)\Z")
#: right after a donor named in a modifier: "European Union-funded", "EU funded"
_DONOR_AFTER = re.compile(r"[ \t-](?:funded|financed)\b")
#: after the project: who carries it out ("… is implemented by IOM", "…, which is being executed by
#: UNDP"); "run by" only right after it ("… targets networks run by gangs" says nothing of the project)
_CARRIED_OUT_BY = re.compile(r"\b(?:implemented|carried[ \t]+out|executed|managed|delivered)[ \t]+by\b")
_RUN_BY = re.compile(
    r"[”\"’']?[ \t]*,?[ \t]*(?:(?:is|are|was|were|will[ \t]+be|has[ \t]+been)[ \t]+)?run[ \t]+by\b"
)


def projects_run_by_owner(rules: SentenceRules) -> None:
    """implements from a body to the project named by its title right after the body and the kind."""
    sent = rules.sent
    if "Plan" not in rules.types or not any(k in sent.low for k in ("project", "program", "initiative")):
        return
    text, base = sent.text, sent.start
    bodies = [(m, e) for m, e in sent.actors() if e.type == "Organization"]
    plans = sent.of_types(("Plan",))
    for k, (plan_mention, plan) in enumerate(plans):
        upto = plans[k + 1][0].start - base if k + 1 < len(plans) else len(text)
        before = [
            (m, e) for m, e in bodies if m.end <= plan_mention.start and plan_mention.start - m.end <= 90
        ]
        if (
            not before
            or _CARRIED_OUT_BY.search(text, plan_mention.end - base, upto)
            or _RUN_BY.match(text, plan_mention.end - base)
        ):
            continue  # "The European Union project “X” is implemented by IOM": IOM runs it
        while len(before) > 1 and _DONOR_AFTER.match(text, before[-1][0].end - base):
            before.pop()  # "IOM's ongoing European Union-funded project": the donor is no owner
        m, body = before[-1]
        # the window is at most 90 characters (above), which also bounds the pattern's work
        owned = _OWNED_PROJECT.match(text, m.end - base, plan_mention.start - base)
        if owned is None or not _OPENS.search(text, max(0, m.start - base - 12), m.start - base):
            continue
        rules.add(body, "implements", plan, "’s project" if owned.group("own") else "project")
