"""Who signed, by a list after the fact: "The countries that signed are Argentina, Chile and Peru",
"Signatories include A and B", "The States that have ratified it were A and B".

News of a signing often names the instrument first and the parties in a sentence of their own. The
sentence opens with those who signed (or ratified, adopted, endorsed) and a verb of being; the list
after it are the parties. The instrument is the plan or framework the sentence names in that
opening ("The countries that signed the Declaration were …"), else the last one the text named.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules

_DEED = r"(?P<deed>signed|adopted|ratified|endorsed|acceded\s+to)"
_SIGNERS = re.compile(
    r"(?:The\s+)?(?:[a-z]+\s+)?(?:countries|states|governments|parties|nations|members|delegations|"
    r"organi[sz]ations)\s+(?:that|which|who)\s+(?:have\s+|had\s+|also\s+)?"
    + _DEED
    + r"(?:\s+(?:it|them|on|(?:the|this)\s+[^,.;:]{1,80}?))?\s+(?:were|are|included|include|was|is)\b"
    r"|(?:The\s+)?(?P<signatories>[Ss]ignatories|[Ss]ignatory\s+(?:countries|states|parties))"
    r"(?:\s+(?:of|to)\s+(?:it|the\s+[^,.;:]{1,80}?))?\s+(?:were|are|included|include)\b"
)
#: right after the verb of being: the list's first name, maybe after an article or a colon
_LIST_STARTS = re.compile(r"\s*:?\s*(?:the\s+)?[A-Z]")
_PREDICATE = {"signed": "adopts", "adopted": "adopts", "ratified": "adopts", "endorsed": "supports"}
_ITEMS = ("Plan", "Framework")


def signatory_lists(rules: SentenceRules, earlier: tuple[MentionRec, EntityRec] | None) -> None:
    """adopts (supports, for "endorsed") the instrument, of every country and body in the list."""
    sent = rules.sent
    if (
        "igned" not in sent.low
        and "atified" not in sent.low
        and "dopted" not in sent.low
        and ("ndorsed" not in sent.low and "cceded" not in sent.low and "ignator" not in sent.low)
    ):
        return
    found = _SIGNERS.match(sent.text)
    if found is None or not _LIST_STARTS.match(sent.text, found.end()):
        return
    pos = sent.start + found.end()
    named = sent.of_types(_ITEMS, sent.start, pos)
    item = named[-1][1] if named else earlier[1] if earlier is not None else None
    if item is None:
        return
    deed = found.group("deed") or "signed"
    predicate = _PREDICATE.get(deed, "adopts")
    # the cue names the list, not its verb: "countries that signed" alone is unnamed others' act
    # (:mod:`~kg.extract.relation_relative_scope`); here the list after it names them
    cue = "signatories" if predicate == "adopts" else "endorsers"
    for party in coordinated(sent, pos):  # the list only: not "…, while Brazil declined"
        if party.type in ("Country", "Organization"):
            rules.add(party, predicate, item, cue)
