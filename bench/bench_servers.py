"""Ingest and query on the three kinds of store: embedded Oxigraph, Oxigraph server, Virtuoso.

The servers are started on loopback in a temporary folder by the same code the tests use
(tests/servers.py: ``start_oxigraph``, ``start_virtuoso``) and stopped after.

1. Ingest of a synthetic corpus (1,000 documents by default). Extraction is the same work
   whatever the store, so it runs once, timed alone; each store then receives ``kg add`` of
   the corpus through the library (`Ingestor.add`: load, hash, skip check, batched atomic
   writes, consolidation) with those extractions. Reported: the store-side seconds, and
   documents/s end to end = documents / (extraction + store-side seconds).
2. Query latency of every bundled query on each store after that ingest, through
   ``kg.query.run_named`` (whole-graph form, and one-entity form with the most mentioned
   country), median of several runs; the result is rendered as W3C JSON, as
   ``kg query --name NAME --format json`` would.

    python -m bench.bench_servers                  # 1,000 documents
    python -m bench.bench_servers --docs 200 --runs 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from bench.bench_ingest import write_corpus

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent


def _server_starters() -> dict[str, Callable[[Path], AbstractContextManager[object]]]:
    sys.path.insert(0, str(ROOT / "tests"))
    import servers  # tests/servers.py: the same start functions the tests use

    return {"oxigraph-server": servers.start_oxigraph, "virtuoso": servers.start_virtuoso}


@contextmanager
def open_target(name: str, folder: Path) -> Iterator[object]:
    """A fresh, empty store of kind ``name`` (started if it is a server), closed after."""
    if name == "embedded":
        from kg.store.oxigraph import OxigraphStore

        store = OxigraphStore(str(folder / "store"))
        try:
            yield store
        finally:
            store.close()
        return
    with _server_starters()[name](folder) as server:
        store = server.store()  # type: ignore[attr-defined]
        try:
            yield store
        finally:
            store.close()


def extract_all(corpus: Path) -> tuple[dict[str, object], float]:
    """Every document's extraction, keyed by document id, and the seconds it took."""
    from kg.extract import build_pipeline
    from kg.ingest import extraction_stream
    from kg.sources import expand, load

    build_pipeline()  # the pipeline is built once per process whatever the store: not timed
    start = time.perf_counter()
    docs = [load(ref) for ref in expand([str(corpus)])]
    extractions = {doc.id: ex for doc, ex in extraction_stream(docs)}
    return extractions, time.perf_counter() - start


def ingest(store: object, corpus: Path, extractions: dict[str, object]) -> tuple[float, int]:
    """(seconds, documents added) of adding ``corpus`` with the given extractions."""
    from kg.extract import EXTRACTOR_VERSION
    from kg.ingest import Ingestor

    start = time.perf_counter()
    ingestor = Ingestor(
        store,  # type: ignore[arg-type]
        extractor=lambda doc: extractions[doc.id],  # type: ignore[arg-type,return-value]
        extractor_version=EXTRACTOR_VERSION,
    )
    report = ingestor.add([str(corpus)])
    if report.failed:
        raise SystemExit(f"ingest failed: {report.failed[:3]}")
    return time.perf_counter() - start, len(report.added)


def query_latencies(store: object, runs: int, values: dict[str, str]) -> list[dict[str, object]]:
    from kg.query import list_queries, run_named

    out = []
    for q in list_queries():
        cases = []
        if not any(p.required for p in q.params):
            cases.append(("whole graph", {}))
        given = {p.name: values[p.name] for p in q.params if p.name in values}
        if given:
            cases.append(("one entity", given))
        for scope, params in cases:
            times, data = [], b""
            for _ in range(runs):
                start = time.perf_counter()
                data = run_named(store, q.name, "json", params=params).data  # type: ignore[arg-type,assignment]
                times.append(time.perf_counter() - start)
            rows = len(json.loads(data)["results"]["bindings"])
            ms = round(statistics.median(times) * 1000, 1)
            out.append({"query": q.name, "scope": scope, "ms": ms, "rows": rows})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="runs per query (median reported)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stores", default="embedded,oxigraph-server,virtuoso")
    parser.add_argument("--out", default=str(RESULTS / "servers.json"))
    args = parser.parse_args(argv)

    from bench.bench_query import parameters

    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    results: dict[str, object] = {}
    values: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-servers-") as tmp:
        corpus = Path(tmp) / "corpus"
        words = write_corpus(args.docs, corpus, args.seed)
        print(f"… extracting {args.docs:,} documents ({words:,} words) once", file=sys.stderr, flush=True)
        extractions, extract_seconds = extract_all(corpus)
        for name in stores:
            folder = Path(tmp) / name
            folder.mkdir()
            print(f"… {name}: ingest and queries", file=sys.stderr, flush=True)
            with open_target(name, folder) as store:
                seconds, added = ingest(store, corpus, extractions)
                values = values or parameters(store)  # the same entities on every store
                results[name] = {
                    "store_seconds": round(seconds, 2),
                    "store_docs_per_second": round(added / seconds, 1),
                    "end_to_end_docs_per_second": round(added / (seconds + extract_seconds), 1),
                    "documents": added,
                    "queries": query_latencies(store, args.runs, values),
                }
    print(f"{args.docs:,} documents, {words:,} words; extraction once: {extract_seconds:.1f} s")
    print(f"{'store':<16} {'store s':>8} {'store docs/s':>13} {'end-to-end docs/s':>18}")
    for name in stores:
        r = results[name]
        assert isinstance(r, dict)
        print(
            f"{name:<16} {r['store_seconds']:>8} {r['store_docs_per_second']:>13} "
            f"{r['end_to_end_docs_per_second']:>18}"
        )
    print()
    print(f"{'query':<22} {'scope':<12} " + " ".join(f"{n + ' ms':>18}" for n in stores))
    first = results[stores[0]]
    assert isinstance(first, dict)
    for i, q in enumerate(first["queries"]):
        cells = []
        for name in stores:
            row = results[name]["queries"][i]  # type: ignore[index]
            cells.append(f"{row['ms']} ({row['rows']})")
        print(f"{q['query']:<22} {q['scope']:<12} " + " ".join(f"{c:>18}" for c in cells))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "benchmark": "servers",
        "command": "python -m bench.bench_servers " + " ".join(argv if argv is not None else sys.argv[1:]),
        "documents": args.docs,
        "words": words,
        "extract_seconds": round(extract_seconds, 2),
        "runs": args.runs,
        "parameters": values,
        "stores": results,
    }
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"→ {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
