"""Query latency of every bundled query (kg/queries/*.rq) at ~1,000,000 triples, embedded
Oxigraph store against rdflib's in-memory engine over the same data, and `kg export` time.

The store is built fast: a real base store from `kg add` of a synthetic corpus, then its
source graphs and consolidated graph replicated with every minted entity and source IRI
renamed per copy (reference entities, the actors everyone talks about, stay shared),
bulk-inserted until the target size is reached.

    python -m bench.bench_query                          # ~1M triples
    python -m bench.bench_query --triples 200000 --no-rdflib
    python -m bench.bench_query --store STORE --no-rdflib --queries OLD_DIR --only issues,sources

Targets (issue 6): a query about one entity ≤ 50 ms median, a whole-graph query ≤ 1 s,
each ≥ 10× faster than rdflib on the same data.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import generate

RESULTS = Path(__file__).resolve().parent / "results"


def build_store(location: Path, triples: int, base_docs: int, seed: int) -> dict[str, object]:
    from rdflib import URIRef

    from kg.consolidate import ReferenceIndex
    from kg.ontology import PKR
    from kg.store.oxigraph import OxigraphStore

    corpus = location.parent / "corpus"
    corpus.mkdir()
    for name, text in generate(base_docs, seed=seed):
        (corpus / (name if name.endswith(".txt") else name + ".txt")).write_text(text, encoding="utf-8")
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "--store",
            str(location),
            "add",
            str(corpus),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_seconds = time.perf_counter() - t0
    store = OxigraphStore(str(location))
    reference = ReferenceIndex(store)
    base = [q for q in store.quads() if "/source/" in str(q[3]) or q[3] == PKR["graph/consolidated"]]
    entity_prefix = str(PKR)
    fixed = ("graph/", "country/", "org/", "framework/", "issue/")

    def rename(term: object, k: int) -> object:
        if isinstance(term, URIRef) and str(term).startswith(entity_prefix) and term not in reference:
            rest = str(term)[len(entity_prefix) :]
            if not rest.startswith(fixed):
                return URIRef(f"{term}-r{k}")
        return term

    copies = 0
    t0 = time.perf_counter()
    while len(store._store) < triples:
        copies += 1
        store.bulk_insert(
            (rename(s, copies), rename(p, copies), rename(o, copies), rename(g, copies))  # type: ignore[misc]
            for s, p, o, g in base
        )
    store.close()
    return {
        "base_documents": base_docs,
        "base_add_seconds": round(base_seconds, 1),
        "copies": copies,
        "replicate_seconds": round(time.perf_counter() - t0, 1),
    }


def parameters(store: object) -> dict[str, str]:
    """Values for the bundled queries' parameters: the most mentioned country and one of its links."""
    from kg.ontology import SPARQL_PREFIXES

    rows = store.query(  # type: ignore[attr-defined]
        SPARQL_PREFIXES
        + "SELECT ?a ?b WHERE { ?st rdf:subject ?x ; rdf:predicate pko:adopts ; rdf:object ?y . "
        "?x a pko:Country ; rdfs:label ?a . ?y rdfs:label ?b } LIMIT 1"
    ).rows
    actor, other = (str(v) for v in rows[0])
    return {"actor": actor, "subject": actor, "object": other, "entity": actor, "name": actor}


class Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise Timeout


def timed(fn, runs: int, limit: float | None = None) -> tuple[float | None, int]:  # type: ignore[no-untyped-def]
    times, n = [], 0
    for _ in range(runs):
        if limit:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, limit)
        t = time.perf_counter()
        try:
            n = fn()
        except Timeout:
            return None, -1
        finally:
            if limit:
                signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - t)
    return statistics.median(times), n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--base-docs", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    parser.add_argument(
        "--no-export", action="store_true", help="with --no-rdflib: skip timing `kg export` too (~1.5 min)"
    )
    parser.add_argument("--store", help="copy this already built store instead of building one")
    parser.add_argument("--rdflib-timeout", type=float, default=120.0, help="seconds per rdflib query")
    parser.add_argument(
        "--queries",
        help="run the .rq files of this folder (and its whole-graph/) instead of the bundled queries, "
        "e.g. a copy of earlier texts to compare before and after on the same store",
    )
    parser.add_argument("--only", help="comma-separated query names to run (default: all)")
    parser.add_argument("--out", default=str(RESULTS / "query.json"))
    args = parser.parse_args(argv)

    from rdflib import Dataset, Literal

    from kg.query import list_queries, with_prefixes
    from kg.store.bindings import inline_bindings
    from kg.store.oxigraph import OxigraphStore

    with tempfile.TemporaryDirectory(prefix="kg-bench-query-") as tmp:
        location = Path(tmp) / "store"
        if args.store:
            shutil.copytree(args.store, location)
            built: dict[str, object] = {"reused": args.store}
        else:
            print(f"… building a store of ~{args.triples:,} triples", file=sys.stderr, flush=True)
            built = build_store(location, args.triples, args.base_docs, args.seed)
        store = OxigraphStore(str(location), read_only=True)
        size = len(store._store)
        values = parameters(store)
        queries = []
        only = set(args.only.split(",")) if args.only else None
        for q in list_queries(Path(args.queries) if args.queries else None):
            if only is not None and q.name not in only:
                continue
            text, _ = with_prefixes(q.sparql)
            bound = {p.name: Literal(values[p.name]) for p in q.params if p.name in values}
            if not any(p.required for p in q.params):  # the text run_named runs without parameters
                queries.append((q.name, "whole graph", with_prefixes(q.text_for({}))[0]))
            if bound:
                queries.append((q.name, "one entity", inline_bindings(text, bound)))
        export_seconds = None
        if not (args.no_rdflib and args.no_export):
            t0 = time.perf_counter()
            export = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "from kg.cli import main; main()",
                    "--store",
                    str(location),
                    "export",
                    "--format",
                    "nquads",
                    "-o",
                    str(Path(tmp) / "all.nq"),
                ],
                capture_output=True,
                text=True,
            )
            export_seconds = time.perf_counter() - t0 if export.returncode == 0 else None

        rows = []
        for name, scope, sparql in queries:
            cpu: list[float] = []

            def run(s: str = sparql, cpu: list[float] = cpu) -> int:
                start = time.process_time()
                n = len(store.query(s).rows)
                cpu.append(time.process_time() - start)
                return n

            med, n = timed(run, args.runs)
            rows.append(
                {
                    "query": name,
                    "scope": scope,
                    "oxigraph_ms": round(med * 1000, 1),
                    # CPU time of this process: the engine runs in it, so on a shared box this is
                    # the work done, where wall time also counts waiting for a core
                    "oxigraph_cpu_ms": round(statistics.median(cpu) * 1000, 1),
                    "rows": n,
                }
            )
        rdflib_load = None
        if not args.no_rdflib:
            print("… loading the same data into rdflib", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            ds = Dataset(default_union=True)
            ds.parse(str(Path(tmp) / "all.nq"), format="nquads")
            rdflib_load = round(time.perf_counter() - t0, 1)
            for row, (_name, _scope, sparql) in zip(rows, queries, strict=True):
                med, n = timed(lambda s=sparql: len(list(ds.query(s))), 1, args.rdflib_timeout)
                if med is None:  # gave up: rdflib took longer than the timeout, the ratio is at least this
                    row["rdflib_ms"] = f">{args.rdflib_timeout * 1000:.0f}"
                    row["ratio"] = f">{args.rdflib_timeout * 1000 / max(row['oxigraph_ms'], 0.01):.1f}"
                    continue
                row["rdflib_ms"] = round(med * 1000, 1)
                row["ratio"] = round(med * 1000 / max(row["oxigraph_ms"], 0.01), 1)
                if med is not None and n != row["rows"]:
                    row["rdflib_rows"] = n
        store.close()
    for row in rows:
        limit = 50 if row["scope"] == "one entity" else 1000
        row["target_ms"] = limit
        ratio = row.get("ratio")
        ratio_value = float(str(ratio).lstrip(">")) if ratio is not None else None
        row["meets_target"] = row["oxigraph_ms"] <= limit and (ratio_value is None or ratio_value >= 10)
    print(f"{size:,} quads; kg export --format nquads: {export_seconds and round(export_seconds, 1)} s")
    print(
        f"{'query':<22} {'scope':<12} {'rows':>6} {'oxigraph ms':>12} {'cpu ms':>8} {'rdflib ms':>10} "
        f"{'ratio':>7} {'target':>7}"
    )
    for r in rows:
        print(
            f"{r['query']:<22} {r['scope']:<12} {r['rows']:>6} {r['oxigraph_ms']:>12} "
            f"{r['oxigraph_cpu_ms']:>8} "
            f"{r.get('rdflib_ms', '-')!s:>10} {r.get('ratio', '-')!s:>7} "
            f"{'ok' if r['meets_target'] else 'MISSED':>7}"
        )
    result = {
        "benchmark": "query",
        "command": "python -m bench.bench_query " + " ".join(argv if argv is not None else sys.argv[1:]),
        "quads": size,
        "build": built,
        "export_nquads_seconds": export_seconds and round(export_seconds, 2),
        "rdflib_load_seconds": rdflib_load,
        "runs": args.runs,
        "queries": rows,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"→ {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
