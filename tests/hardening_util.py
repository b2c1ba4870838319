"""Shared by the hardening tests: a folder of short policy documents, running `kg` as a process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rdflib.namespace import PROV

from kg.store.oxigraph import OxigraphStore

COUNTRIES = ("Kenya", "Ghana", "Nepal", "Chile", "Norway", "Peru", "Fiji", "Mali", "Oman", "Laos")
TEMPLATES = (
    "{c} launched the National Action Plan on Forced Labour ({y}-{z}).",
    "{c} ratified the United Nations Convention against Transnational Organized Crime.",
    "{c} and the International Organization for Migration (IOM) agreed to work together.",
    "{c} welcomed the Global Compact for Migration and urged an end to human trafficking.",
)


def write_corpus(folder: Path, n: int, *, prefix: str = "doc") -> Path:
    """``n`` short documents (three sentences each), different from one another."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        c = COUNTRIES[i % len(COUNTRIES)]
        lines = [
            TEMPLATES[(i + k) % len(TEMPLATES)].format(c=c, y=2000 + i % 20, z=2030 + i % 7) for k in range(3)
        ]
        lines.append(f"Document {prefix} {i} ends here.")
        (folder / f"{prefix}{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def kg_command(store: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from kg.cli import main; main()", "--store", str(store), *args]


def kg_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    return env


def run_kg(store: Path, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        kg_command(store, *args), capture_output=True, text=True, timeout=timeout, env=kg_env(**env)
    )


def dataset(location: Path, graph: object = None) -> set:
    """Quads of the store (or one graph), without the time each source was added."""
    with OxigraphStore(str(location), read_only=True) as store:
        return {q for q in store.quads(graph) if q[1] != PROV.generatedAtTime}  # type: ignore[arg-type]


def sources_now(store: Path) -> int:
    """How many sources a reader sees in the store while a writer may be adding (0 before the
    store exists); any other failure of a reader fails the test."""
    from kg.catalog import list_sources
    from kg.errors import StoreError

    try:
        with OxigraphStore(str(store), read_only=True) as s:
            return len(list_sources(s))
    except StoreError as err:
        assert "no store here yet" in str(err) or "not a policy-kg store" in str(err), err
        return 0
