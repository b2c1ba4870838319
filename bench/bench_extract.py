"""Extraction speed of the default pipeline on a synthetic corpus (issue 3's speed target).

Measures, on the same ≥200,000-word corpus from :mod:`bench.corpus`, the median of several
runs of:

* ``kg.extract.extract`` with the default pipeline (no statistical model): words/s;
* spaCy's blank English tokenizer alone (``spacy.blank("en").make_doc``), the reference
  the issue names, and the ratio of our speed to it. It is not a floor for us: our own
  tokenizer (``kg.extract.tokenizer``) is timed too and is many times faster;
* where the time goes: CPU seconds of our tokenizer and of each pipeline component over
  the corpus (one pass);
* ``en_core_web_sm``'s NER alone (its tok2vec and ner components, what a user would
  otherwise reach for), and our pipeline with that model's NER added, when the model is
  installed or named with ``--model`` (a package name or a model folder); "not installed"
  otherwise.

Words are whitespace tokens. The pipeline is loaded and warmed up before timing.
Prints a table and writes JSON to ``bench/results/extract.json``.

Usage:
    python -m bench.bench_extract [--words 200000] [--runs 3] [--seed 1] [--model en_core_web_sm]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.corpus import generate

RESULTS = Path(__file__).parent / "results" / "extract.json"


def build_corpus(min_words: int, seed: int) -> list[tuple[str, str]]:
    """Documents from the generator until at least ``min_words`` words."""
    docs, words = [], 0
    for name, text in generate(10**9, seed):
        docs.append((name, text))
        words += len(text.split())
        if words >= min_words:
            break
    return docs


#: CPU seconds of each timed run, by what was timed; wall time on a shared machine includes waiting
CPU_TIMES: dict[str, list[float]] = {}


def timed_runs(work: Callable[[], None], runs: int, label: str = "") -> list[float]:
    """Wall-clock seconds of ``runs`` calls of ``work``; their CPU seconds go to CPU_TIMES[label]."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU_TIMES[label] = cpu
    return times


def measure_pipeline(
    docs: Sequence[tuple[str, str]], runs: int, *, model: str = "", label: str = "default_pipeline"
) -> dict[str, Any]:
    """Our pipeline, without a model (the default) or with ``model``'s NER added."""
    import kg.extract as kx
    from kg.extract.assemble import to_extraction
    from kg.model import Document

    if model:
        os.environ[kx.MODEL_ENV] = model
    else:
        os.environ.pop(kx.MODEL_ENV, None)
    nlp = kx.build_pipeline(use_model=bool(model))
    version = kx.EXTRACTOR_VERSION + (f"+{os.path.basename(os.path.normpath(model))}" if model else "")

    def extract(document: Document) -> Any:
        return to_extraction(nlp(document.text), document, version)

    documents = [
        Document(
            id=name,
            location=f"{name}.txt",
            text=text,
            media_type="text/plain",
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        )
        for name, text in docs
    ]
    start = time.perf_counter()
    first = extract(documents[0])  # loads the pipeline
    load = time.perf_counter() - start
    counts = {"entities": 0, "relations": 0}

    def work() -> None:
        counts["entities"] = counts["relations"] = 0
        for doc in documents:
            ext = extract(doc)
            counts["entities"] += len(ext.entities)
            counts["relations"] += len(ext.relations)

    times = timed_runs(work, runs, label)
    return {
        "extractor_version": first.extractor_version,
        "first_call_seconds": round(load, 3),
        "times": times,
        **counts,
    }


def measure_components(texts: Sequence[str]) -> dict[str, float]:
    """CPU seconds of our tokenizer and of each component of the default pipeline, one pass."""
    import kg.extract as kx

    nlp = kx.build_pipeline(use_model=False)
    nlp(texts[0])
    start = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    spent = {"tokenizer": time.process_time() - start}
    for name, component in nlp.pipeline:
        start = time.process_time()
        docs = [component(doc) for doc in docs]
        spent[name] = time.process_time() - start
    return {name: round(seconds, 4) for name, seconds in spent.items()}


def measure_blank_tokenizer(texts: Sequence[str], runs: int) -> dict[str, Any]:
    import spacy

    nlp = spacy.blank("en")
    nlp.make_doc(texts[0])

    def work() -> None:
        for text in texts:
            nlp.make_doc(text)

    return {"times": timed_runs(work, runs, "blank_tokenizer")}


def load_ner_alone(model: str) -> Any:
    """The model with only what its NER needs (tok2vec, ner), or None when it is not installed."""
    import spacy

    try:
        return spacy.load(model, exclude=["parser", "lemmatizer", "senter", "attribute_ruler", "tagger"])
    except OSError:
        return None


def measure_sm(texts: Sequence[str], runs: int, nlp: Any) -> dict[str, Any]:
    nlp(texts[0])
    ents = {"n": 0}

    def work() -> None:
        ents["n"] = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))

    return {
        "times": timed_runs(work, runs, "en_core_web_sm"),
        "entities": ents["n"],
        "model_version": nlp.meta.get("version"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_extract", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--words", type=int, default=200_000, help="corpus size in words (default 200,000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs; the median is reported (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument(
        "--model",
        default=os.environ.get("KG_SPACY_MODEL") or "en_core_web_sm",
        help="spaCy model to compare with: package name or folder (default $KG_SPACY_MODEL, en_core_web_sm)",
    )
    parser.add_argument("-o", "--output", type=Path, default=RESULTS, help=f"JSON output (default {RESULTS})")
    args = parser.parse_args(argv)

    import spacy

    docs = build_corpus(args.words, args.seed)
    texts = [text for _, text in docs]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(docs)} documents, {words:,} words (seed {args.seed})", file=sys.stderr)

    def rate(times: list[float]) -> float:
        return words / statistics.median(times)

    print("timing spaCy blank tokenizer …", file=sys.stderr)
    floor = measure_blank_tokenizer(texts, args.runs)
    print("timing kg.extract default pipeline …", file=sys.stderr)
    ours = measure_pipeline(docs, args.runs)
    sm_nlp = load_ner_alone(args.model)
    sm = with_model = None
    if sm_nlp is not None:
        print(f"timing {args.model} NER alone …", file=sys.stderr)
        sm = measure_sm(texts, args.runs, sm_nlp)
        print(f"timing kg.extract with {args.model} …", file=sys.stderr)
        with_model = measure_pipeline(docs, args.runs, model=args.model, label="with_model")

    print("timing each component …", file=sys.stderr)
    components = measure_components(texts)
    ours_wps, floor_wps = rate(ours["times"]), rate(floor["times"])

    def row(name: str, key: str, times: list[float]) -> tuple[str, str, str, str]:
        return (
            name,
            f"{rate(times):,.0f}",
            f"{rate(CPU_TIMES[key]):,.0f}",
            f"{statistics.median(times):.3f}",
        )

    rows = [
        row("kg.extract default pipeline", "default_pipeline", ours["times"]),
        row("spaCy blank tokenizer", "blank_tokenizer", floor["times"]),
    ]
    sm_wps = rate(sm["times"]) if sm else None
    if sm and with_model:
        rows.append(row("en_core_web_sm NER alone", "en_core_web_sm", sm["times"]))
        rows.append(row("kg.extract with the model's NER", "with_model", with_model["times"]))
    else:
        rows.append(("en_core_web_sm NER alone", "not installed", "—", "—"))

    result = {
        "benchmark": "extract",
        "corpus": {"documents": len(docs), "words": words, "seed": args.seed},
        "runs": args.runs,
        "default_pipeline": {
            "words_per_second": round(ours_wps, 1),
            "median_seconds": round(statistics.median(ours["times"]), 4),
            "times": [round(t, 4) for t in ours["times"]],
            "words_per_cpu_second": round(words / statistics.median(CPU_TIMES["default_pipeline"]), 1),
            "first_call_seconds": ours["first_call_seconds"],
            "extractor_version": ours["extractor_version"],
            "entities": ours["entities"],
            "relations": ours["relations"],
            "target_words_per_second": 200_000,
            "meets_target": ours_wps >= 200_000,
        },
        "blank_tokenizer": {
            "words_per_second": round(floor_wps, 1),
            "median_seconds": round(statistics.median(floor["times"]), 4),
            "times": [round(t, 4) for t in floor["times"]],
            "words_per_cpu_second": round(words / statistics.median(CPU_TIMES["blank_tokenizer"]), 1),
        },
        "ratio_to_blank_tokenizer": round(ours_wps / floor_wps, 4),
        "component_cpu_seconds": components,
        "our_tokenizer_words_per_cpu_second": round(words / max(components["tokenizer"], 1e-9), 1),
        "en_core_web_sm": (
            "not installed"
            if sm is None or sm_wps is None
            else {
                "words_per_second": round(sm_wps, 1),
                "median_seconds": round(statistics.median(sm["times"]), 4),
                "times": [round(t, 4) for t in sm["times"]],
                "words_per_cpu_second": round(words / statistics.median(CPU_TIMES["en_core_web_sm"]), 1),
                "entities": sm["entities"],
                "model": args.model,
                "model_version": sm["model_version"],
                "components": list(sm_nlp.pipe_names) if sm_nlp is not None else [],
                "default_pipeline_speedup": round(ours_wps / sm_wps, 2),
                "default_pipeline_speedup_cpu": round(
                    statistics.median(CPU_TIMES["en_core_web_sm"])
                    / statistics.median(CPU_TIMES["default_pipeline"]),
                    2,
                ),
            }
        ),
        "with_model": (
            "not installed"
            if with_model is None
            else {
                "words_per_second": round(rate(with_model["times"]), 1),
                "median_seconds": round(statistics.median(with_model["times"]), 4),
                "words_per_cpu_second": round(words / statistics.median(CPU_TIMES["with_model"]), 1),
                "extractor_version": with_model["extractor_version"],
                "entities": with_model["entities"],
                "relations": with_model["relations"],
            }
        ),
        "environment": {
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
        },
    }

    width = max(len(r[0]) for r in rows)
    print(f"{'':<{width}}  {'words/s':>14}  {'words/CPU s':>11}  {'median s':>9}")
    for name, wps, cpu_wps, secs in rows:
        print(f"{name:<{width}}  {wps:>14}  {cpu_wps:>11}  {secs:>9}")
    print(f"ratio to spaCy's blank tokenizer: {ours_wps / floor_wps:.3f} (1.0 = as fast as it tokenizes)")
    print(
        f"our tokenizer alone: {words / max(components['tokenizer'], 1e-9):,.0f} words/CPU s; "
        "CPU seconds per component: " + ", ".join(f"{k} {v:.2f}" for k, v in components.items())
    )
    if sm_wps:
        print(f"default pipeline vs en_core_web_sm NER alone: {ours_wps / sm_wps:.1f}× faster (target ≥ 10×)")
    print(f"target ≥ 200,000 words/s: {'met' if ours_wps >= 200_000 else 'NOT met'}")

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
