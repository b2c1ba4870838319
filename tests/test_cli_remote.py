"""The same `kg add / sources / query / remove` against an Oxigraph server over loopback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from servers import oxigraph_server  # noqa: F401 - session fixture

from kg.cli import cli

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / ("pakistan-urges-coordinated-approach-to-end-human-trafficking.txt")
)

pytestmark = pytest.mark.server


def test_add_query_remove_on_a_server(oxigraph_server, tmp_path):  # noqa: F811
    oxigraph_server.clear()
    doc = tmp_path / "example.txt"
    shutil.copy(EXAMPLE, doc)
    base = ["--store", oxigraph_server.query_url, "--update-endpoint", oxigraph_server.update_url]
    runner = CliRunner()
    added = runner.invoke(cli, [*base, "add", str(doc)], catch_exceptions=False)
    assert added.exit_code == 0, added.output
    source_id = added.stdout.split("\t")[1].strip()
    again = runner.invoke(cli, [*base, "add", str(doc)], catch_exceptions=False)
    assert again.stdout == f"unchanged\t{source_id}\n"

    query = (
        "PREFIX pko: <https://w3id.org/policy-kg/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        'SELECT ?plan WHERE { ?c rdfs:label "Pakistan" ; pko:adopts ?p . ?p rdfs:label ?plan }'
    )
    with oxigraph_server.store() as store:
        plans = {str(r[0]) for r in store.query(query).rows}
    assert "Strategic National Action Plan (2021-2025)" in plans

    removed = runner.invoke(cli, [*base, "remove", source_id], catch_exceptions=False)
    assert removed.exit_code == 0
    with oxigraph_server.store() as store:
        assert store.query(query).rows == []
