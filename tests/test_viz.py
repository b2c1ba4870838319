"""Graph pages (kg.viz, kg viz): self-contained, escaped, the right nodes and edges."""

from __future__ import annotations

import html as html_lib
import json
import re

import networkx as nx
import pytest
import view_stores as stores
from click.testing import CliRunner

from kg.cli import cli
from kg.store import open_store
from kg.views import build_view
from kg.viz import page_data, write_page


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("hostile") / "store"))
    stores.write_documents(store, stores.hostile_docs())
    yield store
    store.close()


def _data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m
    return json.loads(m.group(1))


def test_page_is_self_contained_with_csp(hostile, tmp_path):
    out = tmp_path / "full.html"
    write_page(build_view(hostile, "full"), out, store=hostile)
    html = out.read_text("utf-8")
    csp = html_lib.unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    )
    assert csp.startswith("default-src 'none'; script-src 'sha256-")
    assert "connect-src 'none'" in csp and "script-src 'unsafe-inline'" not in csp
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    assert not re.search(r"url\(\s*[\"']?(https?:|//)", html)
    assert "cdnjs" not in html and "jsdelivr" not in html and "bootstrap" not in html


def test_document_text_never_appears_as_markup(hostile, tmp_path):
    out = tmp_path / "full.html"
    write_page(
        build_view(hostile, "full"), out, store=hostile, title="Graph of <script>window.__pwned=9</script>"
    )
    html = out.read_text("utf-8")
    for bad in ("<script>window.__pwned", "<img src=x", 'onerror="window', "</script><script>"):
        assert bad not in html
    assert "Graph of &lt;script&gt;" in html
    data = _data(html)
    labels = {n["label"] for n in data["nodes"]}
    assert set(stores.HOSTILE_NAMES) <= labels  # intact once decoded
    sentences = [ev[0] for e in data["einfo"] for ev in e[3]]
    assert any(stores.SCRIPT in s for s in sentences)
    assert any(s[0].startswith("Title <script>") for s in data["sources"])


def test_page_counts_equal_view_counts(hostile):
    g = build_view(hostile, "full")
    data, report = page_data(g)
    assert len(data["nodes"]) == g.number_of_nodes() == report.nodes
    assert len(data["edges"]) == g.number_of_edges() == report.edges
    assert report.physics


def test_max_nodes_keeps_the_most_central_and_reports_the_rest():
    g = nx.MultiDiGraph(view="full")
    g.add_node("hub", label="Hub", type="Country")
    for i in range(30):
        g.add_node(f"n{i}", label=f"Leaf {i}", type="Organization")
        g.add_edge("hub", f"n{i}", key="partnersWith", predicate="partnersWith", weight=1.0, evidence=[])
    g.add_node("alone", label="Alone", type="Issue")
    data, report = page_data(g, max_nodes=10)
    assert len(data["nodes"]) == 10 and data["nodes"][0]["label"] == "Hub"
    assert "Alone" in report.left_out
    msg = report.messages()[0]
    assert msg.startswith("kept the 10 most central of 32 nodes (PageRank); left out 22 nodes and 21 edges")


def test_big_pages_are_laid_out_in_python_with_physics_off():
    g = nx.MultiDiGraph(nx.barabasi_albert_graph(800, 2, seed=1))
    for v in g:
        g.nodes[v].update(label=f"N{v}", type="Organization")
    data, report = page_data(g, max_nodes=None)
    assert not report.physics and data["options"]["physics"] == {"enabled": False}
    xy = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xy) == 800  # no two nodes on the same spot


def test_cli_default_path_and_messages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = str(stores.example_store_path())
    r = CliRunner().invoke(cli, ["--store", store, "viz", "--view", "actors"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "outputs" / "actors.html").exists()
    assert "wrote outputs/actors.html (5 nodes, 5 edges)" in r.output
    r = CliRunner().invoke(cli, ["--store", store, "viz", "--max-nodes", "3", "-o", "g.html"])
    assert r.exit_code == 0, r.output
    assert "kept the 3 most central of" in r.output and "Pakistan" not in r.output.split("left out:")[1]
