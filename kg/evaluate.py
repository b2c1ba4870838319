"""Score an extractor against a gold set (the format of the project's ANNOTATION.md).

A gold set is a folder with ``docs/ID.txt``, ``docs/ID.meta.json`` and ``gold/ID.json``.
:func:`evaluate` runs the extractor on every document and compares what it found with the
gold annotations:

* **entities**, in three groups scored apart: the core (Country, Organization, Person,
  Plan, Framework), Issue and Event. A predicted entity matches a gold entity when the
  types are equal and one of its label/aliases equals the gold name or one of the gold
  aliases (case-insensitive; whitespace, quotes and dashes folded). Each gold entity is
  matched once: a second predicted node for it is a false positive. A prediction that
  matches a ``required: false`` gold entity counts neither way. A prediction whose name
  matches a gold entity of another type is a false positive and is listed as a *type
  confusion*.
* **relations**, through the entity matching, in two modes: *any link* (label-agnostic: the
  same two gold entities in either direction, any predicate) and *strict* (same predicate
  and direction; ``partnersWith`` is symmetric). Gold relations that are optional, or that
  touch an optional entity, count neither way; predicted relations whose ends map to no
  gold entity are false positives.

Totals are micro-averaged over the documents. The report also times the extractor
(words per second, words being whitespace tokens).

Example:
    >>> from pathlib import Path
    >>> report = evaluate(Path("eval"))  # doctest: +SKIP
    >>> report.totals["core"].f1  # doctest: +SKIP
    0.93
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.eval_gold import GROUP_OF, GROUPS, GoldDocument, GoldEntity, GoldRelation, GoldSetError, load_gold_set
from kg.eval_relations import score_relations
from kg.model import Document, Entity, Extraction
from kg.ontology import ENTITY_TYPES

__all__ = [
    "GROUPS",
    "DocumentReport",
    "EvalReport",
    "GoldDocument",
    "GoldEntity",
    "GoldRelation",
    "GoldSetError",
    "Score",
    "evaluate",
    "load_gold_set",
    "normalize_form",
    "score_document",
]
#: relation scores
RELATION_MODES = ("relations_any", "relations_strict")


Extractor = Callable[[Document], Extraction]


# --------------------------------------------------------------------------- scores


@dataclass
class Score:
    """True positives, false positives, false negatives; P/R/F1 are None when undefined (0/0)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class DocumentReport:
    """Scores and the itemised differences for one document."""

    id: str
    words: int
    seconds: float
    scores: dict[str, Score]  # "core", "issue", "event", "relations_any", "relations_strict"
    by_type: dict[str, Score]
    missed_entities: list[dict[str, Any]] = field(default_factory=list)
    extra_entities: list[dict[str, Any]] = field(default_factory=list)
    type_confusions: list[dict[str, Any]] = field(default_factory=list)
    missed_relations: list[dict[str, Any]] = field(default_factory=list)
    extra_relations: list[dict[str, Any]] = field(default_factory=list)
    #: strict relation scores per predicate (the gold's for misses, the prediction's for extras)
    by_predicate: dict[str, Score] = field(default_factory=dict)

    def predicate(self, name: str) -> Score:
        """The strict score of one predicate, made on first use."""
        return self.by_predicate.setdefault(name, Score())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "words": self.words,
            "seconds": round(self.seconds, 6),
            "scores": {k: s.to_dict() for k, s in self.scores.items()},
            "by_type": {k: s.to_dict() for k, s in self.by_type.items()},
            "by_predicate": {k: s.to_dict() for k, s in sorted(self.by_predicate.items())},
            "missed_entities": self.missed_entities,
            "extra_entities": self.extra_entities,
            "type_confusions": self.type_confusions,
            "missed_relations": self.missed_relations,
            "extra_relations": self.extra_relations,
        }


@dataclass
class EvalReport:
    """Micro-averaged totals, per-type entity scores, per-document reports and timing."""

    gold_dir: str
    documents: list[DocumentReport]
    totals: dict[str, Score]
    by_type: dict[str, Score]
    words: int
    seconds: float
    extractor_version: str | None = None
    by_predicate: dict[str, Score] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float | None:
        return self.words / self.seconds if self.seconds > 0 else None

    @property
    def type_confusions(self) -> int:
        return sum(len(d.type_confusions) for d in self.documents)

    def to_dict(self) -> dict[str, Any]:
        wps = self.words_per_second
        return {
            "gold_dir": self.gold_dir,
            "extractor_version": self.extractor_version,
            "documents": len(self.documents),
            "words": self.words,
            "seconds": round(self.seconds, 6),
            "words_per_second": None if wps is None else round(wps, 1),
            "totals": {k: s.to_dict() for k, s in self.totals.items()},
            "by_type": {k: s.to_dict() for k, s in self.by_type.items()},
            "by_predicate": {k: s.to_dict() for k, s in sorted(self.by_predicate.items())},
            "type_confusions": self.type_confusions,
            "per_document": [d.to_dict() for d in self.documents],
        }


# --------------------------------------------------------------------------- matching

_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "‛": "'",
        "`": "'",
        "´": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "−": "-",
        "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")


def normalize_form(text: str) -> str:
    """Fold a surface form for comparison: NFKC, quotes and dashes unified, spaces collapsed, casefold."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _SPACE.sub(" ", text).strip().casefold()


def _forms(names: Iterable[str]) -> frozenset[str]:
    return frozenset(f for f in (normalize_form(n) for n in names) if f)


@dataclass
class EntityMatch:
    """How the predicted entities of one document relate to its gold entities."""

    gold_of: dict[int, int]  # predicted index → gold index (same type, incl. duplicates/optional)
    matched: dict[int, int]  # gold index → the predicted index that claimed it
    duplicates: list[int]  # predicted indexes that are a second node for a gold entity
    optional_hits: list[int]  # predicted indexes that matched an optional gold entity
    confusions: dict[int, int]  # predicted index → gold index of another type


def match_entities(gold: Sequence[GoldEntity], predicted: Sequence[Entity]) -> EntityMatch:
    gold_forms = [_forms((g.name, *g.aliases)) for g in gold]
    gold_names = [normalize_form(g.name) for g in gold]
    pred_label = [normalize_form(p.label) for p in predicted]
    pred_forms = [_forms((p.label, *p.aliases)) for p in predicted]

    candidates: dict[int, list[tuple[int, int]]] = {}
    for pi, p in enumerate(predicted):
        cands = []
        for gi, g in enumerate(gold):
            if g.type != p.type or not (pred_forms[pi] & gold_forms[gi]):
                continue
            # strength: label is the gold name (0), label is a gold alias (1), only aliases meet (2)
            strength = 0 if pred_label[pi] == gold_names[gi] else 1 if pred_label[pi] in gold_forms[gi] else 2
            cands.append((strength, gi))
        if cands:
            candidates[pi] = sorted(cands)

    # greedy by strength, then by document order of the prediction: the best-named node claims
    # the gold entity, later nodes for it are duplicates
    matched: dict[int, int] = {}
    gold_of: dict[int, int] = {}
    for strength in (0, 1, 2):
        for pi, cands in candidates.items():
            if pi in gold_of:
                continue
            for s, gi in cands:
                if s == strength and gi not in matched:
                    matched[gi] = pi
                    gold_of[pi] = gi
                    break
    duplicates, optional_hits = [], []
    for pi, cands in candidates.items():
        if pi in gold_of:
            if not gold[gold_of[pi]].required:
                optional_hits.append(pi)
            continue
        gi = cands[0][1]  # every candidate is already claimed
        gold_of[pi] = gi
        if gold[gi].required:
            duplicates.append(pi)
        else:
            optional_hits.append(pi)

    confusions: dict[int, int] = {}
    for pi, p in enumerate(predicted):
        if pi in gold_of:
            continue
        others = [gi for gi, g in enumerate(gold) if g.type != p.type and pred_forms[pi] & gold_forms[gi]]
        if others:
            confusions[pi] = min(others, key=lambda gi: (pred_label[pi] not in gold_forms[gi], gi))
    return EntityMatch(gold_of, matched, sorted(duplicates), sorted(optional_hits), confusions)


def _entity_item(ent: Entity) -> dict[str, Any]:
    return {"type": ent.type, "label": ent.label, "aliases": list(ent.aliases)}


def _gold_item(ent: GoldEntity) -> dict[str, Any]:
    return {"type": ent.type, "name": ent.name, "aliases": list(ent.aliases)}


def score_document(gold: GoldDocument, extraction: Extraction, *, seconds: float = 0.0) -> DocumentReport:
    """Compare one extraction with the gold annotations of its document."""
    scores = {g: Score() for g in (*GROUPS, *RELATION_MODES)}
    by_type = {t: Score() for t in ENTITY_TYPES}
    report = DocumentReport(gold.document.id, len(gold.document.text.split()), seconds, scores, by_type)
    gents, pents = gold.entities, extraction.entities
    m = match_entities(gents, pents)

    # ---- entities
    for gi, g in enumerate(gents):
        if g.group is None or not g.required:
            continue
        if gi in m.matched:
            scores[g.group].tp += 1
            by_type[g.type].tp += 1
        else:
            scores[g.group].fn += 1
            by_type[g.type].fn += 1
            report.missed_entities.append(_gold_item(g))
    optional = set(m.optional_hits)
    for pi, p in enumerate(pents):
        group = GROUP_OF.get(p.type)
        if group is None or pi in optional or (pi in m.gold_of and pi not in m.duplicates):
            continue
        scores[group].fp += 1
        by_type[p.type].fp += 1
        item = _entity_item(p)
        if pi in m.duplicates:
            item["reason"] = f"second node for {gents[m.gold_of[pi]].name!r}"
        elif pi in m.confusions:
            g = gents[m.confusions[pi]]
            item["reason"] = f"gold type is {g.type}"
            report.type_confusions.append(
                {"label": p.label, "predicted_type": p.type, "gold_type": g.type, "gold_name": g.name}
            )
        report.extra_entities.append(item)

    # ---- relations
    score_relations(gold, extraction, m.gold_of, report)
    return report


# --------------------------------------------------------------------------- evaluate


def _default_extractor() -> Extractor:
    from kg.extract import extract

    return extract


def evaluate(gold_dir: Path, *, extractor: Extractor | None = None) -> EvalReport:
    """Run ``extractor`` (default :func:`kg.extract.extract`) on a gold set and score it.

    Parameters
    ----------
    gold_dir:
        A folder with ``docs/`` and ``gold/`` (see ANNOTATION.md).
    extractor:
        ``Document -> Extraction``. The first call is made once on a short warm-up text
        outside the timing, so a pipeline that loads lazily is not charged for loading.

    Returns
    -------
    EvalReport
        Totals per score ("core", "issue", "event", "relations_any", "relations_strict"),
        per entity type, per document, and the extractor's speed.

    Raises
    ------
    GoldSetError
        The folder is missing, lacks docs/ or gold/, or a file breaks the format.
    """
    gold_docs = load_gold_set(Path(gold_dir))
    run = extractor if extractor is not None else _default_extractor()
    warm = "Warm-up. The United Nations met."
    run(
        Document(
            id="warm-up",
            location="warm-up",
            text=warm,
            media_type="text/plain",
            sha256=hashlib.sha256(warm.encode("utf-8")).hexdigest(),
        )
    )
    reports = []
    version = None
    for gdoc in gold_docs:
        start = time.perf_counter()
        extraction = run(gdoc.document)
        seconds = time.perf_counter() - start
        version = extraction.extractor_version
        reports.append(score_document(gdoc, extraction, seconds=seconds))
    totals = {k: Score() for k in (*GROUPS, *RELATION_MODES)}
    by_type = {t: Score() for t in ENTITY_TYPES}
    by_predicate: dict[str, Score] = {}
    for rep in reports:
        for k, s in rep.scores.items():
            totals[k].add(s)
        for t, s in rep.by_type.items():
            by_type[t].add(s)
        for pred, s in rep.by_predicate.items():
            by_predicate.setdefault(pred, Score()).add(s)
    return EvalReport(
        gold_dir=str(gold_dir),
        documents=reports,
        totals=totals,
        by_type=by_type,
        words=sum(r.words for r in reports),
        seconds=sum(r.seconds for r in reports),
        extractor_version=version,
        by_predicate=by_predicate,
    )
