"""Check the store against the SHACL shapes (``ontology/shapes.ttl``) with pySHACL.

The data graph is every named graph except the ontology (sources, consolidated, reference,
store metadata) read as one graph; the ontology graph is given to pySHACL as ``ont_graph``
so class hierarchies are known. The report lists each violation with the focus node's
label, the property path and the shape's message.

Examples
--------
>>> report = validate(store)                                      # doctest: +SKIP
>>> report.conforms, len(report.violations)                       # doctest: +SKIP
(True, 0)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.term import Node

from kg.ontology import ONTOLOGY_GRAPH
from kg.store.base import Store


@dataclass(frozen=True)
class Violation:
    """One result of the SHACL report, in words."""

    focus: str  # the focus node's label, or its shortened IRI
    focus_iri: str
    path: str  # the property path, shortened ("" for node-level checks)
    message: str
    value: str = ""
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.focus}{where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def text(self) -> str:
        """``conforms``, or the number of violations and one line per violation."""
        if self.conforms:
            return "conforms"
        lines = [f"{len(self.violations)} violation(s) of the shapes:"]
        lines.extend(f"  - {v}" for v in self.violations)
        return "\n".join(lines)


def _graph(store: Store, *, ontology: bool) -> Graph:
    g = Graph()
    graphs = [ONTOLOGY_GRAPH] if ontology else [n for n in store.graphs() if n != ONTOLOGY_GRAPH]
    for name in graphs:
        for s, p, o, _ in store.quads(name):
            g.add((s, p, o))
    return g


def _short(term: Node | None) -> str:
    from kg.query import compact

    return compact(term) if term is not None else ""


def validate(store: Store) -> ValidationReport:
    """Validate the store's data against the shapes; violations sorted by focus label and path."""
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import RDFS, SH

    from kg.resources import shapes_file

    data = _graph(store, ontology=False)
    ont = _graph(store, ontology=True)
    shapes = Graph().parse(shapes_file())
    conforms, report, _ = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ont, inference="none", advanced=True, allow_warnings=True
    )
    violations = []
    for result in report.subjects(SH.resultSeverity, None):
        focus = report.value(result, SH.focusNode)
        label = data.value(focus, RDFS.label) if focus is not None else None
        severity = report.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=str(label) if label is not None else _short(focus),
                focus_iri=str(focus) if focus is not None else "",
                path=_short(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or "breaks a shape"),
                value=_short(report.value(result, SH.value)),
                severity=_short(severity).split(":")[-1] if isinstance(severity, URIRef) else "Violation",
            )
        )
    violations.sort(key=lambda v: (v.focus.lower(), v.path, v.message, v.value))
    return ValidationReport(conforms=bool(conforms), violations=violations)


__all__ = ["ValidationReport", "Violation", "validate"]
