"""Relation scoring of one document against its gold, in the two modes and per predicate.

*Any link* counts a predicted relation as right when the gold links the same two entities in
either direction with any predicate; *strict* needs the same predicate and direction
(``partnersWith`` is symmetric). The same fact found in two sentences is one claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.eval_gold import GoldDocument, GoldRelation
from kg.model import Extraction, Relation

if TYPE_CHECKING:
    from kg.evaluate import DocumentReport

SYMMETRIC = frozenset({"partnersWith"})


def score_relations(
    gold: GoldDocument, extraction: Extraction, gold_of: dict[int, int], report: DocumentReport
) -> None:
    """Add the relation scores of one document to ``report``.

    ``gold_of`` maps a predicted entity's index to the gold entity it matched (see
    :mod:`kg.evaluate`). Besides the two modes, the strict outcome of every relation is counted
    under its predicate, so that a table shows which predicates the extractor misses.
    """
    gents = gold.entities
    pred_index = {p.iri: pi for pi, p in enumerate(extraction.entities)}
    any_score, strict_score = report.scores["relations_any"], report.scores["relations_strict"]

    def counted(rel: GoldRelation) -> bool:
        return rel.required and gents[rel.subject].required and gents[rel.object].required

    def gold_end(iri: str) -> int | None:
        pi = pred_index.get(iri)
        return None if pi is None else gold_of.get(pi)

    # one claim per (subject, predicate, object): the same fact from two sentences is one triple
    seen: set[tuple[str, str, str]] = set()
    predicted: list[tuple[Relation, int | None, int | None]] = []
    for rel in extraction.relations:
        key = (rel.subject, rel.predicate, rel.object)
        if rel.predicate in SYMMETRIC:
            key = (min(rel.subject, rel.object), rel.predicate, max(rel.subject, rel.object))
        if key in seen:
            continue
        seen.add(key)
        predicted.append((rel, gold_end(rel.subject), gold_end(rel.object)))

    def same_fact(g: GoldRelation, s: int, o: int, predicate: str) -> bool:
        if g.predicate != predicate:
            return False
        return (g.subject, g.object) == (s, o) or (predicate in SYMMETRIC and (g.object, g.subject) == (s, o))

    matched_any: set[int] = set()
    matched_strict: set[int] = set()
    extra: list[tuple[Relation, str]] = []
    for rel, s, o in predicted:
        if any(end is not None and not gents[end].required for end in (s, o)):
            continue  # touches an optional entity: neither way
        if s is None or o is None:
            any_score.fp += 1
            strict_score.fp += 1
            report.predicate(rel.predicate).fp += 1
            extra.append((rel, "an end matches no gold entity"))
            continue
        pair = {s, o}
        on_pair = [gi for gi, g in enumerate(gold.relations) if {g.subject, g.object} == pair and s != o]
        # label-agnostic: prefer the gold relation with the same predicate and direction
        on_pair.sort(key=lambda gi: not same_fact(gold.relations[gi], s, o, rel.predicate))
        free = [gi for gi in on_pair if counted(gold.relations[gi]) and gi not in matched_any]
        reason = None
        if free:
            matched_any.add(free[0])
            any_score.tp += 1
        elif not on_pair:
            any_score.fp += 1
            reason = "no gold link between these entities"
        # strict
        exact = [gi for gi in on_pair if same_fact(gold.relations[gi], s, o, rel.predicate)]
        free_exact = [gi for gi in exact if counted(gold.relations[gi]) and gi not in matched_strict]
        if free_exact:
            matched_strict.add(free_exact[0])
            strict_score.tp += 1
            report.predicate(rel.predicate).tp += 1
        elif exact and not any(counted(gold.relations[gi]) for gi in exact):
            pass  # matches an optional gold relation
        else:
            strict_score.fp += 1
            report.predicate(rel.predicate).fp += 1
            if reason is None:
                if exact:
                    reason = "duplicate of a matched relation (strict only)"
                else:
                    gold_preds = sorted({f"{gold.relations[gi].predicate}" for gi in on_pair})
                    reason = f"gold predicate is {', '.join(gold_preds)} (strict only)"
        if reason is not None:
            extra.append((rel, reason))

    for gi, g in enumerate(gold.relations):
        if not counted(g):
            continue
        item = {
            "subject": gents[g.subject].name,
            "predicate": g.predicate,
            "object": gents[g.object].name,
            "evidence": g.evidence,
        }
        if gi not in matched_any:
            any_score.fn += 1
            report.missed_relations.append({**item, "mode": "any"})
        if gi not in matched_strict:
            strict_score.fn += 1
            report.predicate(g.predicate).fn += 1
            if gi in matched_any:
                report.missed_relations.append({**item, "mode": "strict"})
    for rel, reason in extra:
        subj, obj = extraction.entity(rel.subject), extraction.entity(rel.object)
        report.extra_relations.append(
            {
                "subject": subj.label if subj else rel.subject,
                "predicate": rel.predicate,
                "object": obj.label if obj else rel.object,
                "evidence": rel.evidence.sentence,
                "reason": reason,
            }
        )
