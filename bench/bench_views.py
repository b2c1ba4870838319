"""Benchmark: relationship views and graph pages at 1,000 and 10,000 entities, and page load
time in headless Chromium at 500 and 5,000 nodes.

The store is synthetic and built fast, without spaCy: seeded documents with hand-made
extractions (entities of every type, relations that respect the ontology's domains),
their source graphs bulk-inserted, then the consolidated graph rebuilt once.

Usage:
    python -m bench.bench_views                  # 1,000 and 10,000 entities
    python -m bench.bench_views --sizes 1000 --no-browser

Prints a table and writes bench/results/views.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from kg.consolidate import ReferenceIndex, full_rebuild_change
from kg.layout import ensure_ready
from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.ontology import mint_iri
from kg.rdf import source_graph
from kg.sources import load_text
from kg.store import open_store

RESULTS = Path(__file__).resolve().parent / "results" / "views.json"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

#: share of each entity type in the synthetic pool
MIX = {
    "Country": 0.12,
    "Organization": 0.25,
    "Person": 0.2,
    "Plan": 0.15,
    "Framework": 0.1,
    "Issue": 0.12,
    "Event": 0.06,
}
#: (predicate, subject types, object types)
RULES = [
    ("adopts", ("Country", "Organization"), ("Plan", "Framework")),
    ("implements", ("Country", "Organization"), ("Plan", "Framework")),
    ("supports", ("Country", "Organization", "Person"), ("Plan", "Framework")),
    ("callsFor", ("Country", "Organization", "Person"), ("Plan", "Framework", "Issue")),
    ("partnersWith", ("Country", "Organization"), ("Country", "Organization")),
    ("represents", ("Person",), ("Country", "Organization")),
    ("memberOf", ("Country", "Organization"), ("Organization",)),
    ("participatesIn", ("Country", "Organization", "Person"), ("Event",)),
    ("addresses", ("Plan", "Framework", "Event"), ("Issue",)),
]


def synthetic_documents(n_entities: int, seed: int = 7) -> Iterator[tuple[Document, Extraction]]:
    """Documents mentioning ~12 entities each (popular ones more often), ~8 relations each."""
    rng = random.Random(seed)
    pool: dict[str, list[tuple[str, str]]] = {t: [] for t in MIX}
    for t, share in MIX.items():
        for i in range(max(2, round(n_entities * share))):
            pool[t].append(
                (t, f"{t} {i:05d} {rng.choice(['North', 'South', 'Global', 'National', 'Regional'])}")
            )
    n_docs = max(10, n_entities // 4)

    def pick(t: str) -> tuple[str, str]:
        items = pool[t]
        if rng.random() < 0.3:  # a few popular entities, as in real news
            return items[min(len(items) - 1, int(rng.paretovariate(1.2)) - 1)]
        return items[rng.randrange(len(items))]

    for d in range(n_docs):
        ents: dict[str, Entity] = {}
        rels: list[Relation] = []
        sentences: list[str] = []
        pos = 0
        for _ in range(8):
            pred, subj_types, obj_types = rng.choice(RULES)
            s, o = pick(rng.choice(subj_types)), pick(rng.choice(obj_types))
            if s == o:
                continue
            for t, name in (s, o):
                iri = str(mint_iri(t, name))
                ents.setdefault(iri, Entity(iri=iri, type=t, label=name))
            sentence = f"In report {d}, {s[1]} {pred} {o[1]} after long talks."
            rels.append(
                Relation(
                    str(mint_iri(*s)), pred, str(mint_iri(*o)), Evidence(sentence, pos, pos + len(sentence))
                )
            )
            sentences.append(sentence)
            pos += len(sentence) + 1
        for _ in range(4):  # mentioned, not related
            t, name = pick(rng.choice(list(MIX)))
            iri = str(mint_iri(t, name))
            ents.setdefault(iri, Entity(iri=iri, type=t, label=name))
        date = f"{2015 + d % 10}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        doc = load_text(
            " ".join(sentences), location=f"synthetic/{d:06d}.txt", title=f"Report {d}", date=date
        )
        yield doc, Extraction(doc.id, "bench", tuple(ents.values()), tuple(rels))


def build_store(path: Path, n_entities: int) -> tuple[object, float, int]:
    t0 = time.perf_counter()
    store = open_store(str(path))
    ensure_ready(store)
    n_docs = 0
    batch: list = []
    for doc, ex in synthetic_documents(n_entities):
        batch.extend(source_graph(doc, ex))
        n_docs += 1
        if len(batch) > 50_000:
            store.bulk_insert(batch)
            batch = []
    store.bulk_insert(batch)
    store.apply(full_rebuild_change(store, ReferenceIndex(store)))
    return store, time.perf_counter() - t0, n_docs


def bench_size(n_entities: int, out_dir: Path) -> list[dict]:
    from kg.graph_read import read_graph
    from kg.metrics import compute_metrics
    from kg.views import VIEWS, build_view
    from kg.viz import write_page

    store, build_s, n_docs = build_store(out_dir / f"store-{n_entities}", n_entities)
    print(
        f"# {n_entities:,} entities: store of {n_docs:,} documents built in {build_s:.1f} s", file=sys.stderr
    )
    rows = []
    t0, c0 = time.perf_counter(), time.process_time()
    data = read_graph(store)  # every relation: what the full view reads
    read_s, read_cpu = time.perf_counter() - t0, time.process_time() - c0
    for view in ("actors", "commitments", "issues", "full"):
        t0, c0 = time.perf_counter(), time.process_time()
        g = build_view(store, view)
        view_s, view_cpu = time.perf_counter() - t0, time.process_time() - c0
        t0 = time.perf_counter()
        m = compute_metrics(g)
        metrics_s = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        report = write_page(g, out_dir / f"{view}-{n_entities}.html", store=store)
        page_s, page_cpu = time.perf_counter() - t0, time.process_time() - c0
        rows.append(
            {
                "entities": n_entities,
                "view": view,
                "nodes": g.number_of_nodes(),
                "edges": g.number_of_edges(),
                "read_s": round(read_s, 3),
                "read_cpu_s": round(read_cpu, 3),
                "view_s": round(view_s, 3),
                "view_cpu_s": round(view_cpu, 3),
                "metrics_s": round(metrics_s, 3),
                "costly_metrics": next(iter(m.values())).community is not None if m else False,
                "page_s": round(page_s, 3),
                "page_cpu_s": round(page_cpu, 3),
                "page_nodes": report.nodes,
            }
        )
    assert set(VIEWS) >= {r["view"] for r in rows}
    del data
    store.close()  # type: ignore[attr-defined]
    return rows


def page_load(n_nodes: int, out_dir: Path, runs: int = 7) -> dict:
    """Time from navigation to the page's ready flag, for a page of exactly n_nodes."""
    import networkx as nx
    from playwright.sync_api import sync_playwright

    from kg.viz import write_page

    g = nx.MultiDiGraph(view="full")
    base = nx.barabasi_albert_graph(n_nodes, 2, seed=3)
    types = list(MIX)
    for v in base:
        g.add_node(str(v), label=f"Entity {v}", type=types[v % len(types)], sources=[])
    for u, v in base.edges:
        ev = [
            {
                "sentence": f"Entity {u} works with Entity {v}.",
                "source": "s",
                "title": "Report",
                "date": "2024-01-01",
            }
        ]
        g.add_edge(str(u), str(v), key="partnersWith", predicate="partnersWith", weight=1.0, evidence=ev)
    t0 = time.perf_counter()
    path = out_dir / f"load-{n_nodes}.html"
    report = write_page(g, path, max_nodes=None)
    write_s = time.perf_counter() - t0
    times: list[float] = []
    in_page: list[float] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri())
            page.wait_for_function("window.__kgReady === true", timeout=120_000)
            times.append(time.perf_counter() - t0)
            # the page's own clock: navigation start to the ready mark
            in_page.append(page.evaluate("performance.getEntriesByName('kg-ready')[0].startTime") / 1000)
            page.close()
        browser.close()
    return {
        "nodes": report.nodes,
        "edges": report.edges,
        "physics": report.physics,
        "write_s": round(write_s, 3),
        "bytes": path.stat().st_size,
        "load_s_median": round(sorted(times)[len(times) // 2], 3),
        "load_s_max": round(max(times), 3),
        "ready_in_page_s": [round(t, 3) for t in in_page],
        "load_s_all": [round(t, 3) for t in times],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--load-sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    out_dir = Path(tempfile.mkdtemp(prefix="kg-bench-views-"))
    try:
        rows = [r for n in args.sizes for r in bench_size(n, out_dir)]
        loads = [] if args.no_browser else [page_load(n, out_dir) for n in args.load_sizes]
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    head = (
        f"{'entities':>8} {'view':<12} {'nodes':>6} {'edges':>6} {'read s':>7} {'view s':>7} "
        f"{'metrics s':>9} {'page s':>7} {'view cpu':>8}"
    )
    print(head)
    for r in rows:
        print(
            f"{r['entities']:>8,} {r['view']:<12} {r['nodes']:>6,} {r['edges']:>6,} {r['read_s']:>7.2f} "
            f"{r['view_s']:>7.2f} {r['metrics_s']:>9.2f} {r['page_s']:>7.2f} {r['view_cpu_s']:>8.2f}"
        )
    if loads:
        print(
            f"\n{'page nodes':>10} {'edges':>6} {'physics':>7} {'MB':>5} {'write s':>7} "
            f"{'load s (median of 7)':>21} {'max':>5}"
        )
        for x in loads:
            print(
                f"{x['nodes']:>10,} {x['edges']:>6,} {x['physics']!s:>7} {x['bytes'] / 1e6:>5.1f} "
                f"{x['write_s']:>7.2f} {x['load_s_median']:>21.2f} {x['load_s_max']:>5.2f}"
            )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "machine": {
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                    "load_average_at_start": load_at_start,
                },
                "notes": "read_s reads every relation (what the full view reads); view_s includes "
                "reading what that view needs (no evidence text); page_s writes a page of at most "
                "500 nodes (most central by PageRank), reading the evidence of its edges; load_s is "
                "navigation to the page's ready flag in headless Chromium, as Playwright sees it "
                "(ready_in_page_s: the page's own clock); *_cpu_s: CPU time of this process, "
                "steadier than wall time when the host is shared (see load_average_at_start)",
                "views": rows,
                "page_load": loads,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"\nwrote {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
