"""Train the pair model (:mod:`kg.extract.pair_model`) on hand-annotated gold sets.

Each gold document is run through the pipeline without the pair model; every pair of
entities sharing a sentence (:mod:`kg.extract.pair_features`) becomes one example, labelled
with the gold relation between the two entities (predicate and direction) or "none". The
entities are matched to the gold ones as ``kg eval`` matches them. The model is a
multinomial logistic regression with an L2 penalty, fitted by full-batch gradient descent
(Adam) with numpy: no shuffling, so the same gold sets give the same weights.

Run it with ``make pair-model`` or::

    python -m kg.extract.pair_training GOLD_DIR... --out kg/extract/data/pair_model.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from kg.eval_gold import GoldDocument, load_gold_set
from kg.evaluate import match_entities
from kg.extract import build_pipeline, extractor_version
from kg.extract.assemble import document_scope, entity_iri, to_extraction
from kg.extract.pair_features import PairCandidate, pair_candidates
from kg.extract.pair_model import NONE, PairModel, allowed, class_name, rule_links
from kg.extract.records import DocState
from kg.extract.spans import ENTITIES, RELATIONS, doc_text, sentence_bounds

PAIR_COMPONENT = "kg_pair_links_v1"


@dataclass(frozen=True)
class Example:
    features: tuple[str, ...]
    label: str
    first_type: str
    second_type: str


def rules_only(text: str, *, use_model: bool | None = False) -> Doc:
    """``text`` run through the pipeline without the pair model: what the model adds to.

    ``use_model`` as :func:`kg.extract.build_pipeline` takes it: training never uses spaCy's NER
    (False), a comparison with ``kg eval`` uses it when installed, as ``kg eval`` does (None).
    """
    nlp = build_pipeline(use_model=use_model)
    with nlp.select_pipes(disable=[PAIR_COMPONENT]) if PAIR_COMPONENT in nlp.pipe_names else nullcontext():
        return nlp(text)


def examples_of(gold: GoldDocument, doc: Doc | None = None) -> list[Example]:
    """The labelled pairs of one gold document (``doc``: its :func:`rules_only` run, when made already)."""
    if doc is None:
        doc = rules_only(gold.document.text)
    state: DocState | None = doc.user_data.get(ENTITIES)
    if state is None:
        return []
    extraction = to_extraction(doc, gold.document, extractor_version())
    match = match_entities(gold.entities, extraction.entities)
    index = {e.iri: i for i, e in enumerate(extraction.entities)}
    links: dict[
        tuple[int, int], tuple[bool, str, int]
    ] = {}  # (gold i, gold j) → (required, predicate, subject)
    for r in gold.relations:
        key = (min(r.subject, r.object), max(r.subject, r.object))
        if key not in links or (r.required and not links[key][0]):
            links[key] = (r.required, r.predicate, r.subject)
    out = []
    bounds = sentence_bounds(doc)
    for cand in pair_candidates(
        doc_text(doc), state.by_position(), bounds, rule_links(doc.user_data.get(RELATIONS, []))
    ):
        out.append(
            Example(
                cand.features,
                _label(cand, match.gold_of, index, links, document_scope(gold.document)),
                cand.first.type,
                cand.second.type,
            )
        )
    return out


def _label(
    cand: PairCandidate,
    gold_of: dict[int, int],
    index: dict[str, int],
    links: dict[tuple[int, int], tuple[bool, str, int]],
    scope: str,
) -> str:
    gi = gold_of.get(index.get(entity_iri(cand.first, scope), -1))
    gj = gold_of.get(index.get(entity_iri(cand.second, scope), -1))
    if gi is None or gj is None or gi == gj:
        return NONE
    link = links.get((min(gi, gj), max(gi, gj)))
    if link is None:
        return NONE
    cls = class_name(link[1], link[2] == gi)
    return cls if allowed(cls, cand.first.type, cand.second.type) else NONE


def fit(
    examples: Sequence[Example],
    *,
    min_count: int = 2,
    l2: float = 0.02,
    steps: int = 400,
    rate: float = 0.05,
    prune: float = 0.03,
    threshold: float = 0.6,
    about: dict[str, object] | None = None,
) -> PairModel:
    """A model fitted to ``examples``.

    Features seen fewer than ``min_count`` times are dropped, and weights smaller than ``prune``
    after fitting (they change no decision on the gold sets, and halve the file).
    """
    counts = Counter(f for ex in examples for f in set(ex.features))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    fid = {f: i for i, f in enumerate(names)}
    classes = [NONE, *sorted({ex.label for ex in examples} - {NONE})]
    cid = {c: i for i, c in enumerate(classes)}
    rows = [[fid[f] for f in dict.fromkeys(ex.features) if f in fid] for ex in examples]
    lengths = np.array([len(r) for r in rows], dtype=np.int64)
    keep = lengths > 0
    n, k = int(keep.sum()), len(classes)
    if n == 0:
        return PairModel(tuple(classes), {}, threshold, about or {})
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    offsets = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(lengths)[:-1]))[keep]
    y = np.zeros((n, k))
    mask = np.full((n, k), -1e9)
    kept = [ex for ex, ok in zip(examples, keep, strict=True) if ok]
    for i, ex in enumerate(kept):
        y[i, cid[ex.label]] = 1.0
        for c, name in enumerate(classes):
            if allowed(name, ex.first_type, ex.second_type):
                mask[i, c] = 0.0
    w = np.zeros((len(names), k))
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    row_of = np.repeat(np.arange(n), lengths[keep])  # the example of each entry of ``flat``
    for step in range(1, steps + 1):
        scores = np.add.reduceat(w[flat], offsets, axis=0) + mask
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - y)[row_of]
        grad = np.empty_like(w)
        for c in range(k):  # one bincount per class: a third less time than np.add.at
            grad[:, c] = np.bincount(flat, weights=error[:, c], minlength=len(names))
        grad = grad / n + l2 * w / n
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        w -= rate * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    weights = {}
    for f, row in zip(names, w, strict=True):
        kept_row = {c: round(float(v), 4) for c, v in enumerate(row) if abs(v) >= prune}
        if kept_row:
            weights[f] = kept_row
    return PairModel(tuple(classes), weights, threshold, about or {})


def _digest(gold_dir: Path) -> str:
    h = hashlib.sha256()
    for path in sorted((gold_dir / "gold").glob("*.json")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def distinct_documents(gold_dirs: Sequence[Path]) -> Iterator[tuple[Path, GoldDocument, bool]]:
    """Each document of ``gold_dirs`` in order, and whether it is a copy: its text (blank ends aside)
    was met before, in the same set or an earlier one.

    Sets gathered apart may hold the same real document; trained on or scored twice, it would weigh
    twice. The first set that holds a text gives its gold.
    """
    seen: set[str] = set()
    for gold_dir in gold_dirs:
        for gold in load_gold_set(gold_dir):
            digest = hashlib.sha256(gold.document.text.strip().encode()).hexdigest()
            yield gold_dir, gold, digest in seen
            seen.add(digest)


def train(gold_dirs: Sequence[Path], *, threshold: float = 0.6) -> PairModel:
    """The model trained on each distinct text of ``gold_dirs`` (:func:`distinct_documents`), with
    where it came from in ``about``: the copies skipped are in ``about["skipped"]``, not counted in
    their set's ``documents``.
    """
    examples: list[Example] = []
    used = dict.fromkeys(gold_dirs, 0)
    skipped: list[dict[str, str]] = []
    for gold_dir, gold, copy in distinct_documents(gold_dirs):
        if copy:
            skipped.append({"set": gold_dir.name, "id": gold.document.id})
            continue
        examples += examples_of(gold)
        used[gold_dir] += 1
    sets = [{"name": d.name, "documents": n, "gold_sha256": _digest(d)} for d, n in used.items()]
    about: dict[str, object] = {
        "extractor": extractor_version(),
        "sets": sets,
        "examples": len(examples),
        "links": sum(1 for ex in examples if ex.label != NONE),
        "skipped": skipped,
    }
    return fit(examples, threshold=threshold, about=about)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.extract.pair_training", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "gold_dirs", nargs="+", type=Path, help="gold sets (docs/ and gold/, see ANNOTATION.md)"
    )
    parser.add_argument("--out", type=Path, required=True, help="where to write the model (JSON)")
    parser.add_argument("--threshold", type=float, default=0.6, help="probability a link needs (default 0.6)")
    args = parser.parse_args(argv)
    missing = [str(d) for d in args.gold_dirs if not (d / "gold").is_dir()]
    if missing:
        print(f"error: not a gold set (no gold/ folder): {', '.join(missing)}", file=sys.stderr)
        return 2
    model = train(args.gold_dirs, threshold=args.threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    about = model.about
    print(
        f"{args.out}: {about['examples']} pairs, {about['links']} links, "
        f"{len(model.weights)} features, {len(model.classes)} classes"
        + (f"; {len(about['skipped'])} copies of texts met before skipped" if about["skipped"] else "")  # type: ignore[arg-type]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
