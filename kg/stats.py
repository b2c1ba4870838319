"""Figures about a store: sources, quads, graphs, entities per type, relations per predicate.

Each figure is one aggregate query run in the store (no data is pulled into Python), so the
whole report stays fast on large stores.

Examples
--------
>>> figures = stats(store)                                        # doctest: +SKIP
>>> figures.sources, figures.relations["adopts"]                  # doctest: +SKIP
(1, 2)
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from kg.ontology import ENTITY_TYPES, PREDICATES, REFERENCE_GRAPH, SPARQL_PREFIXES, local_name
from kg.store.base import Store, literal_int
from kg.text_table import Column, layout


@dataclass(frozen=True)
class TypeCount:
    """Entities of one class: mentioned by the sources, of which reference entities, and the
    reference entities the store knows in all."""

    mentioned: int = 0
    reference_mentioned: int = 0
    reference_total: int = 0


@dataclass(frozen=True)
class Stats:
    sources: int
    quads: int
    named_graphs: int
    entities: dict[str, TypeCount] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    statements: int = 0
    statements_with_evidence: int = 0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def json(self) -> str:
        return json.dumps(self.as_dict(), indent=2)

    def table(self, width: int | None = None) -> str:
        """The figures as aligned plain text; ``width`` fits the two tables to it."""
        lines = [
            f"sources                   {self.sources:>9}",
            f"quads                     {self.quads:>9}",
            f"named graphs              {self.named_graphs:>9}",
            f"statements                {self.statements:>9}",
            f"statements with evidence  {self.statements_with_evidence:>9}",
            "",
        ]
        counts = ("mentioned", "from reference", "reference total")
        entities = [
            [name, str(c.mentioned), str(c.reference_mentioned), str(c.reference_total)]
            for name, c in self.entities.items()
        ]
        columns = [Column("entities"), *(Column(h, right=True) for h in counts)]
        lines += [layout(columns, entities, width=width, rule=False), ""]
        relations = [[name, str(n)] for name, n in self.relations.items()]
        lines.append(
            layout([Column("relations"), Column("triples", right=True)], relations, width=width, rule=False)
        )
        return "\n".join(lines)


def _count(store: Store, sparql: str) -> int:
    rows = store.query(SPARQL_PREFIXES + sparql).rows
    return (literal_int(rows[0][0]) or 0) if rows else 0


_TYPES = " ".join(f"pko:{t}" for t in ENTITY_TYPES)
_PREDICATES = " ".join(f"pko:{p}" for p in PREDICATES)


def stats(store: Store) -> Stats:
    """Count what the store holds."""
    mentioned = {
        local_name(str(t)): (literal_int(n) or 0, literal_int(r) or 0)
        for t, n, r in store.query(
            SPARQL_PREFIXES + "SELECT ?type (COUNT(?e) AS ?n) (SUM(IF(?ref, 1, 0)) AS ?r) WHERE { "
            "{ SELECT DISTINCT ?e WHERE { ?src pko:mentions ?e } } "
            f"VALUES ?type {{ {_TYPES} }} ?e a ?type . "
            "BIND(EXISTS { GRAPH ?refGraph { ?e a ?type } } AS ?ref) } GROUP BY ?type",
            bindings={"refGraph": REFERENCE_GRAPH},
        ).rows
    }
    reference = {
        local_name(str(t)): literal_int(n) or 0
        for t, n in store.query(
            SPARQL_PREFIXES + f"SELECT ?type (COUNT(?e) AS ?n) WHERE {{ VALUES ?type {{ {_TYPES} }} "
            "GRAPH ?refGraph { ?e a ?type } } GROUP BY ?type",
            bindings={"refGraph": REFERENCE_GRAPH},
        ).rows
    }
    entities = {
        t: TypeCount(mentioned.get(t, (0, 0))[0], mentioned.get(t, (0, 0))[1], reference.get(t, 0))
        for t in ENTITY_TYPES
    }
    counted = {
        local_name(str(p)): literal_int(n) or 0
        for p, n in store.query(
            SPARQL_PREFIXES
            + f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {_PREDICATES} }} ?s ?p ?o }} GROUP BY ?p"
        ).rows
    }
    return Stats(
        sources=_count(store, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a pko:Source }"),
        quads=store.count(),
        named_graphs=len(store.graphs()),
        entities=entities,
        relations={p: counted.get(p, 0) for p in PREDICATES},
        statements=_count(store, "SELECT (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement }"),
        statements_with_evidence=_count(
            store,
            "SELECT (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement FILTER EXISTS { ?st pko:evidence ?e } }",
        ),
    )


__all__ = ["Stats", "TypeCount", "stats"]
