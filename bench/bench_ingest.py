"""End-to-end ingest: `kg add` of a folder of synthetic documents into the embedded store.

For each corpus size: documents/s and words/s of the first add, peak memory of the `kg`
process (getrusage of the child), store size on disk, time of re-adding the unchanged
corpus and the speed-up; at one size also ``--jobs 2`` against ``--jobs 1``.

    python -m bench.bench_ingest                       # sizes 100,1000
    python -m bench.bench_ingest --sizes 10000 --runs 1

Targets (issue 6): ≥ 100,000 words/s on one core; 10,000 documents under 1 GB peak;
re-add ≥ 20× faster than the first add.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import generate

RESULTS = Path(__file__).resolve().parent / "results"
TARGET_WORDS_PER_SECOND = 100_000
TARGET_PEAK_MB = 1024
TARGET_READD_SPEEDUP = 20


def write_corpus(n_docs: int, folder: Path, seed: int) -> int:
    """Write the corpus; return its number of words (whitespace tokens)."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for name, text in generate(n_docs, seed=seed):
        (folder / (name if name.endswith(".txt") else name + ".txt")).write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def run_kg(store: Path, *args: str) -> tuple[float, float, float]:
    """Run `kg --store STORE ARGS`; (wall seconds, peak RSS in MB, CPU seconds (user + system, all
    threads) of that process). On a shared machine CPU seconds vary less than wall seconds."""
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", "--store", str(store), *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({proc.returncode}): {err.decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1024 / 1024


def bench_size(n_docs: int, runs: int, seed: int, work: Path, jobs_compare: bool) -> dict[str, object]:
    corpus = work / f"corpus-{n_docs}"
    words = write_corpus(n_docs, corpus, seed)
    times, cpus, peaks, readds, sizes = [], [], [], [], []
    for run in range(runs):
        store = work / f"store-{n_docs}-{run}"
        t, peak, cpu = run_kg(store, "add", str(corpus))
        times.append(t)
        cpus.append(cpu)
        peaks.append(peak)
        sizes.append(folder_mb(store))
        readds.append(run_kg(store, "add", str(corpus))[0])
        shutil.rmtree(store)
    first = statistics.median(times)
    readd = statistics.median(readds)
    row: dict[str, object] = {
        "documents": n_docs,
        "words": words,
        "runs": runs,
        "seconds": round(first, 2),
        "times": [round(t, 2) for t in times],
        "cpu_seconds": round(statistics.median(cpus), 2),
        "words_per_cpu_second": round(words / statistics.median(cpus)),
        "docs_per_second": round(n_docs / first, 1),
        "words_per_second": round(words / first),
        "peak_rss_mb": round(max(peaks), 1),
        "store_mb": round(statistics.median(sizes), 1),
        "readd_seconds": round(readd, 2),
        "readd_speedup": round(first / readd, 1),
    }
    if jobs_compare:
        store = work / f"store-{n_docs}-jobs2"
        t2, peak2, _cpu2 = run_kg(store, "add", str(corpus), "--jobs", "2")
        shutil.rmtree(store)
        row["jobs2_seconds"] = round(t2, 2)
        row["jobs2_peak_rss_mb"] = round(peak2, 1)
        row["jobs2_speedup"] = round(first / t2, 2)
    shutil.rmtree(corpus)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes in documents, comma-separated")
    parser.add_argument("--runs", type=int, default=1, help="runs per size (median reported)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--jobs-at", type=int, default=1000, help="size at which --jobs 2 is compared (0: never)"
    )
    parser.add_argument("--out", default=str(RESULTS / "ingest.json"))
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        for n in sizes:
            print(f"… {n} documents", file=sys.stderr, flush=True)
            rows.append(bench_size(n, args.runs, args.seed, Path(tmp), jobs_compare=n == args.jobs_at))
    header = f"{'docs':>6} {'words':>9} {'s':>8} {'cpu s':>7} {'docs/s':>8} {'words/s':>9}"
    header += f" {'peak MB':>8} {'store MB':>9}"
    header += f" {'re-add s':>9} {'re-add ×':>9} {'jobs2 ×':>8}"
    print(header)
    for r in rows:
        print(
            f"{r['documents']:>6} {r['words']:>9} {r['seconds']:>8} {r['cpu_seconds']:>7} "
            f"{r['docs_per_second']:>8} "
            f"{r['words_per_second']:>9} {r['peak_rss_mb']:>8} {r['store_mb']:>9} {r['readd_seconds']:>9} "
            f"{r['readd_speedup']:>9} {r.get('jobs2_speedup', '-'):>8}"
        )
    best_wps = max(int(r["words_per_second"]) for r in rows)  # type: ignore[call-overload]
    result = {
        "benchmark": "ingest",
        "command": "python -m bench.bench_ingest " + " ".join(argv if argv is not None else sys.argv[1:]),
        "sizes": rows,
        "targets": {
            "words_per_second": TARGET_WORDS_PER_SECOND,
            "meets_words_per_second": best_wps >= TARGET_WORDS_PER_SECOND,
            "peak_mb": TARGET_PEAK_MB,
            "meets_peak": all(float(r["peak_rss_mb"]) < TARGET_PEAK_MB for r in rows),  # type: ignore[arg-type]
            "readd_speedup": TARGET_READD_SPEEDUP,
            "meets_readd": all(float(r["readd_speedup"]) >= TARGET_READD_SPEEDUP for r in rows),  # type: ignore[arg-type]
        },
        "environment": {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
        },
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"→ {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
