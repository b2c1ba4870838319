"""Would retraining the pair model help? A cross-validation by gold set, against the shipped model.

Each distinct text of the gold sets (a text met twice is kept once, as training does) is run once
through the pipeline without the pair model. The sets are split into folds by a hash of their
names, so a set's documents, which share a writer and a kind of text, never sit on both sides of
a split. For each fold a model is fitted on the other folds' pairs (:func:`kg.extract.pair_training.fit`)
and scored with ``kg eval``'s own scorer on the fold's documents, next to the rules alone and the
model the package ships. The shipped model was trained on some sets (its ``about``): on those it is
scored in-sample, and its row flatters it. Run it with::

    python -m kg.extract.pair_crossval GOLD_DIR... [--folds 5] [--threshold 0.8]

It prints core and relation totals (P / R / F1) for the three; nothing is written.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from kg.errors import KgError
from kg.eval_gold import GoldDocument
from kg.evaluate import Score, score_document
from kg.extract import extractor_version
from kg.extract.assemble import to_extraction
from kg.extract.found import Found
from kg.extract.pair_model import PairModel, load_model, model_links
from kg.extract.pair_training import Example, distinct_documents, examples_of, fit, rules_only
from kg.extract.records import DocState
from kg.extract.spans import ENTITIES, RELATIONS, doc_text, sentence_bounds

#: the totals printed, as ``kg eval`` names them
SCORES = ("core", "relations_any", "relations_strict")


@dataclass
class _Run:
    """One gold document, its rules-only run and the pairs it gives."""

    set_key: str  # the set's folder, resolved: two sets named alike stay two
    gold: GoldDocument
    doc: Doc
    rules: list[Found]
    examples: list[Example]


def fold_of(set_key: str, folds: int) -> int:
    """The fold of a gold set: the same for a key on every machine (not Python's salted hash)."""
    return int(hashlib.sha256(set_key.encode()).hexdigest(), 16) % folds


def _runs(gold_dirs: Sequence[Path]) -> list[_Run]:
    out = []
    for gold_dir, gold, copy in distinct_documents(gold_dirs):
        if not copy:
            doc = rules_only(gold.document.text, use_model=None)  # as ``kg eval`` runs
            out.append(
                _Run(
                    str(gold_dir.resolve()),
                    gold,
                    doc,
                    list(doc.user_data.get(RELATIONS, [])),
                    examples_of(gold, doc),
                )
            )
    return out


def _score(run: _Run, model: PairModel | None) -> dict[str, Score]:
    """The document's scores with ``model``'s links added to the rules' (the rules alone for None)."""
    found = list(run.rules)
    state: DocState | None = run.doc.user_data.get(ENTITIES)
    if model is not None and state is not None:
        found += model_links(doc_text(run.doc), state, sentence_bounds(run.doc), found, model)
    run.doc.user_data[RELATIONS] = found
    try:
        report = score_document(run.gold, to_extraction(run.doc, run.gold.document, extractor_version()))
    finally:
        run.doc.user_data[RELATIONS] = run.rules
    return report.scores


def crossvalidate(
    gold_dirs: Sequence[Path], *, folds: int = 5, threshold: float = 0.8
) -> dict[str, dict[str, Score]]:
    """Totals over every document for "rules", "shipped" (the package's model) and "retrained"
    (each fold's documents scored by the model fitted on the other folds)."""
    runs = _runs(gold_dirs)
    used = {fold_of(r.set_key, folds) for r in runs}
    if len(used) < 2:
        raise KgError(
            f"the gold sets fall into {len(used)} of {folds} folds: nothing to train on for the held-out "
            "fold; give more sets"
        )
    shipped = load_model()
    totals = {name: {s: Score() for s in SCORES} for name in ("rules", "shipped", "retrained")}
    for k in range(folds):
        held = [r for r in runs if fold_of(r.set_key, folds) == k]
        if not held:
            continue
        train = [ex for r in runs if fold_of(r.set_key, folds) != k for ex in r.examples]
        if not train:
            raise KgError(f"fold {k}: the other folds give no pairs to train on")
        retrained = fit(train, threshold=threshold)
        for run in held:
            for name, model in (("rules", None), ("shipped", shipped), ("retrained", retrained)):
                got = _score(run, model)
                for s in SCORES:
                    totals[name][s].add(got[s])
    return totals


def _prf(score: Score) -> str:
    p, r, f = (v if v is not None else 0.0 for v in (score.precision, score.recall, score.f1))
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.extract.pair_crossval", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "gold_dirs", nargs="+", type=Path, help="gold sets (docs/ and gold/, see ANNOTATION.md)"
    )
    parser.add_argument("--folds", type=int, default=5, help="folds, by set (default 5)")
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.8,
        help="probability a retrained model's link needs (default 0.8)",
    )
    args = parser.parse_args(argv)
    missing = [str(d) for d in args.gold_dirs if not (d / "gold").is_dir()]
    if missing:
        print(f"error: not a gold set (no gold/ folder): {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.folds < 2:
        print(f"error: --folds must be 2 or more, not {args.folds}", file=sys.stderr)
        return 2
    if not 0.0 < args.threshold <= 1.0:
        print(f"error: --threshold must be above 0 and at most 1, not {args.threshold}", file=sys.stderr)
        return 2
    try:
        totals = crossvalidate(args.gold_dirs, folds=args.folds, threshold=args.threshold)
    except KgError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{'':10s}" + "".join(f"{s:>26s}" for s in SCORES))
    for name, scores in totals.items():
        print(f"{name:10s}" + "".join(f"{_prf(scores[s]):>26s}" for s in SCORES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
