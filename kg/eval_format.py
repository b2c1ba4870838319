"""The evaluation report as text tables or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from kg.errors import KgError
from kg.evaluate import GROUPS, DocumentReport, EvalReport, Score

# --------------------------------------------------------------------------- formats

_LABELS = {
    "core": "entities (core)",
    "issue": "issues",
    "event": "events",
    "relations_any": "relations (any link)",
    "relations_strict": "relations (strict)",
}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _row(name: str, s: Score, width: int) -> str:
    return (
        f"{name:<{width}} {s.tp:>5} {s.fp:>5} {s.fn:>5}  "
        f"{_pct(s.precision):>9} {_pct(s.recall):>7} {_pct(s.f1):>6}"
    )


def format_text(report: EvalReport, *, show: bool = False) -> str:
    """The report as aligned text tables; with ``show``, the differences per document."""
    width = 24
    head = f"{'':<{width}} {'tp':>5} {'fp':>5} {'fn':>5}  {'precision':>9} {'recall':>7} {'f1':>6}"
    wps = report.words_per_second
    speed = "—" if wps is None else f"{wps:,.0f} words/s"
    lines = [
        f"gold set {report.gold_dir}: {len(report.documents)} documents, {report.words:,} words; "
        f"extractor {report.extractor_version or '?'}: {report.seconds:.3f} s, {speed}",
        "",
        head,
    ]
    lines.append(_row(_LABELS["core"], report.totals["core"], width))
    for t in GROUPS["core"]:
        lines.append(_row(f"  {t}", report.by_type[t], width))
    for key in ("issue", "event", "relations_any", "relations_strict"):
        lines.append(_row(_LABELS[key], report.totals[key], width))
    for pred, score in sorted(report.by_predicate.items()):
        lines.append(_row(f"  {pred}", score, width))
    lines.append(f"type confusions: {report.type_confusions}")
    lines.append("")
    id_width = max([len("document"), *(len(d.id) for d in report.documents)])
    lines.append(
        f"{'document':<{id_width}} {'words':>6}  {'core P':>6} {'R':>5} {'F1':>5}  "
        f"{'rel P':>5} {'R':>5} {'F1':>5}  {'strict F1':>9}"
    )
    for d in report.documents:
        c, r, st = d.scores["core"], d.scores["relations_any"], d.scores["relations_strict"]
        lines.append(
            f"{d.id:<{id_width}} {d.words:>6}  {_pct(c.precision):>6} {_pct(c.recall):>5} {_pct(c.f1):>5}  "
            f"{_pct(r.precision):>5} {_pct(r.recall):>5} {_pct(r.f1):>5}  {_pct(st.f1):>9}"
        )
    if show:
        for d in report.documents:
            lines.extend(["", f"== {d.id}"])
            lines.extend(_show_document(d))
    return "\n".join(lines)


def _show_document(d: DocumentReport) -> list[str]:
    out: list[str] = []

    def section(title: str, items: list[str]) -> None:
        if items:
            out.append(f"  {title} ({len(items)}):")
            out.extend(f"    {item}" for item in items)

    section("missed entities", [f"{e['type']}: {e['name']}" for e in d.missed_entities])
    section(
        "extra entities",
        [
            f"{e['type']}: {e['label']}" + (f"  [{e['reason']}]" if "reason" in e else "")
            for e in d.extra_entities
        ],
    )
    section(
        "type confusions",
        [f"{c['label']}: predicted {c['predicted_type']}, gold {c['gold_type']}" for c in d.type_confusions],
    )
    section(
        "missed relations",
        [
            f"{r['subject']} —{r['predicate']}→ {r['object']}"
            + ("  [found with another predicate]" if r["mode"] == "strict" else "")
            + f"\n      “{r['evidence']}”"
            for r in d.missed_relations
        ],
    )
    section(
        "extra relations",
        [
            f"{r['subject']} —{r['predicate']}→ {r['object']}  [{r['reason']}]\n      “{r['evidence']}”"
            for r in d.extra_relations
        ],
    )
    if not out:
        out.append("  no differences")
    return out


def format_json(report: EvalReport, *, show: bool = False) -> str:
    """The whole report as JSON (the itemised differences are always included)."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)


#: output formats of ``kg eval``, by name
FORMATS: dict[str, Callable[..., str]] = {"text": format_text, "json": format_json}


def format_report(report: EvalReport, fmt: str = "text", *, show: bool = False) -> str:
    """Render ``report`` in one of :data:`FORMATS`."""
    try:
        formatter = FORMATS[fmt]
    except KeyError:
        raise KgError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}") from None
    return formatter(report, show=show)
