"""Instruments whose doer the rules already read in the sentence: the pair model adds no second one.

"Ghana adopted its Policy in 2021, and Togo enacted the Act in 2019": the rules read Ghana's
adoption and Togo's enactment, clause by clause. The pair model sees one sentence with two
countries and two texts, and can pair Ghana with the Act too. When the rules gave the instrument
a doer of the same kind of act and gave the model's would-be doer an act of that kind of its own
in the same sentence, the rules have read both clauses, and the model's cross pairing is the
wrong one. A doer the rules left without an act ("Kenya and Uganda launched the Plan", with
only Kenya read) is still the model's to add.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kg.extract.found import Found

#: adopting and carrying out are one kind of deed here: "Peru ratified A, and the Ministry is
#: implementing B" reads both clauses
_KINDS = {"adopts": "deed", "implements": "deed"}


class Claims:
    """The rules' links by kind of act, indexed by object and by subject, built once per document."""

    def __init__(self, found: Iterable[Found]) -> None:
        self._by_object: dict[tuple[str, str], list[Found]] = defaultdict(list)
        self._by_subject: dict[tuple[str, str], list[Found]] = defaultdict(list)
        for f in found:
            kind = _KINDS.get(f.predicate, f.predicate)
            self._by_object[kind, f.object].append(f)
            self._by_subject[kind, f.subject].append(f)

    def claimed_by_another(self, predicate: str, subj: str, obj: str, sent_start: int, sent_end: int) -> bool:
        """Whether the rules, inside the sentence, link ``obj`` to another doer by the same kind of act
        and ``subj`` to another object by that kind."""
        kind = _KINDS.get(predicate, predicate)
        other_doer = any(
            f.subject != subj and f.start < sent_end and sent_start < f.end
            for f in self._by_object.get((kind, obj), ())
        )
        return other_doer and any(
            f.object != obj and f.start < sent_end and sent_start < f.end
            for f in self._by_subject.get((kind, subj), ())
        )


def claimed_by_another(
    found: Iterable[Found], predicate: str, subj: str, obj: str, sent_start: int, sent_end: int
) -> bool:
    """:meth:`Claims.claimed_by_another` for one question (tests; the model builds :class:`Claims` once)."""
    return Claims(found).claimed_by_another(predicate, subj, obj, sent_start, sent_end)
