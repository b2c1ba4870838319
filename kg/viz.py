"""Interactive graph pages: one self-contained HTML file per view.

The page inlines the vis-network bundle that pyvis ships (``cdn_resources="in_line"``) and
makes no request to any host. pyvis's own template is not used: it loads Bootstrap from a CDN
and has injection paths (a node title containing "href" switches every title to HTML, the
heading goes in unescaped, node ids go unescaped into its select menus). Our template
(``kg/templates/graph.html``) escapes every string, passes the graph as JSON inside a
``<script type="application/json">`` block, puts document text into the DOM only through
``textContent`` (hover titles are plain text, built on first hover), and carries a
Content-Security-Policy that lets only its own two inline scripts (by hash) run.

Large graphs: the vis node and edge lists are written directly (pyvis's ``from_nx`` checks
every addition against Python lists: 4.6 s at 5k nodes). Above ``PHYSICS_LIMIT`` nodes the
layout is computed here (``layout``: a spring layout of the most central nodes, the rest
placed next to them) and physics is off, so the browser only draws; above
``EDGE_LABEL_LIMIT`` edges, edges carry neither drawn labels nor arrowheads (the relation
and its direction show on hover and click), and above ``BIG_PAGE`` nodes edges hide while
dragging or zooming. ``max_nodes`` keeps the most central nodes; evidence is read (with a
store) only for the edges the page keeps.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.metrics import pagerank, undirected
from kg.relation_text import fact

if TYPE_CHECKING:
    from kg.store.base import Store

#: above this many nodes: layout computed in Python, physics off
PHYSICS_LIMIT = 300
#: label font size of the least central node, and of the most central one (``label_size``)
FONT_SIZE = 14
MAX_FONT_SIZE = 34
#: nodes placed by the spring layout; the others are placed next to them
ANCHORS = 200
DEFAULT_MAX_NODES = 500

#: colour and shape per entity type (colour-blind-safe palette, Okabe–Ito)
STYLE: dict[str, tuple[str, str]] = {
    "Country": ("#0072B2", "dot"),
    "Organization": ("#009E73", "square"),
    "Person": ("#E69F00", "triangle"),
    "Plan": ("#CC79A7", "diamond"),
    "Framework": ("#D55E00", "star"),
    "Issue": ("#F0E442", "hexagon"),
    "Event": ("#999999", "triangleDown"),
}
#: evidence sentences per edge written into the page (the rest are counted)
EVIDENCE_PER_EDGE = 5
#: above this many edges, edges carry no drawn label (the predicate shows on hover and click)
EDGE_LABEL_LIMIT = 1500
#: above this many nodes, edges are hidden while dragging or zooming
BIG_PAGE = 1000


@dataclass
class PageReport:
    """What a page holds and what ``max_nodes`` left out."""

    path: Path | None
    view: str
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    left_out: list[str] = field(default_factory=list)  # labels, most central first
    physics: bool = True

    def messages(self) -> list[str]:
        out = []
        if self.total_nodes > self.nodes:
            # "; " between names: many names hold commas ("Bali Process on People Smuggling, …")
            names = "; ".join(self.left_out[:5])
            more = " …" if len(self.left_out) > 5 else ""
            out.append(
                f"kept the {self.nodes:,} most central of {self.total_nodes:,} nodes (PageRank); left out "
                f"{counted(self.total_nodes - self.nodes, 'node')} and "
                f"{counted(self.total_edges - self.edges, 'edge')} "
                f"(most central left out: {names}{more}); use --max-nodes 0 to keep all"
            )
        if self.path is not None:
            out.append(f"wrote {self.path} ({counted(self.nodes, 'node')}, {counted(self.edges, 'edge')})")
        return out


def counted(n: int, noun: str) -> str:
    """``"1 edge"``, ``"2 edges"``, ``"1,500 nodes"``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


# ---------------------------------------------------------------------------- selection and layout
def most_central(g: nx.Graph, max_nodes: int | None, ranks: dict[Any, float] | None = None) -> list[Any]:
    """Nodes ordered by PageRank (ties by label), cut to ``max_nodes``."""
    ranks = ranks if ranks is not None else pagerank(undirected(g))
    order = sorted(g.nodes, key=lambda v: (-ranks.get(v, 0.0), str(g.nodes[v].get("label", "")), str(v)))
    return order if not max_nodes else order[:max_nodes]


def _pack(groups: list[list[Any]], spacing: float, top: float) -> dict[Any, tuple[float, float]]:
    """Sunflower discs (most central node in the middle), biggest first, packed in rows from ``top``."""
    golden = math.pi * (3 - math.sqrt(5))
    radii = [spacing * math.sqrt(len(grp)) + spacing for grp in groups]
    row_width = max(max(radii, default=0.0) * 2, 1.3 * math.sqrt(sum((2 * r) ** 2 for r in radii)))
    pos: dict[Any, tuple[float, float]] = {}
    x, y, row_height = -row_width / 2, top, 0.0
    for grp, radius in zip(groups, radii, strict=True):
        if x > -row_width / 2 and x + 2 * radius > row_width / 2:
            x, y, row_height = -row_width / 2, y + row_height + spacing, 0.0
        cx, cy = x + radius, y + radius
        x += 2 * radius + spacing
        row_height = max(row_height, 2 * radius)
        for i, v in enumerate(grp):
            rr = spacing * math.sqrt(i)
            pos[v] = (cx + rr * math.cos(i * golden), cy + rr * math.sin(i * golden))
    return pos


def _anchor_graph(h: nx.Graph, anchors: list[Any]) -> nx.Graph:
    """The anchors, linked where they are neighbours or share a neighbour (a bounded 2-hop)."""
    chosen = set(anchors)
    a = nx.Graph()
    a.add_nodes_from(anchors)
    a.add_edges_from(h.subgraph(anchors).edges)
    for v in h:
        if v in chosen:
            continue
        near = [u for u in h[v] if u in chosen][:8]
        for i, u in enumerate(near):
            for w in near[i + 1 :]:
                if not a.has_edge(u, w):
                    a.add_edge(u, w)
    return a


def layout(
    g: nx.Graph, ranks: dict[Any, float], *, spacing: float = 22.0, anchors: int = ANCHORS, seed: int = 7
) -> dict[Any, tuple[float, float]]:
    """Positions that look force-directed, in about O(nodes + edges + anchors² · 50).

    The ``anchors`` most central nodes get a spring layout (networkx Fruchterman–Reingold,
    50 iterations) of the graph that links anchors which are neighbours or share one; every
    other node goes next to the neighbour through which a breadth-first search from the
    anchors reached it, its siblings fanned around that parent. Parts that hold no anchor
    (small components, lone nodes) are packed in discs below.
    """
    h = undirected(g)
    if not h:
        return {}
    order = sorted(h, key=lambda v: (-ranks.get(v, 0.0), str(v)))
    top = order[:anchors]
    n = h.number_of_nodes()
    radius = spacing * math.sqrt(n) * 2.2
    if len(top) == 1:
        pos = {top[0]: (0.0, 0.0)}
    else:
        a = _anchor_graph(h, top)
        raw = nx.spring_layout(a, iterations=50, seed=seed, scale=radius, weight=None)
        pos = {v: (float(xy[0]), float(xy[1])) for v, xy in raw.items()}
    # breadth-first from the anchors, most central first: each node next to its parent
    golden = math.pi * (3 - math.sqrt(5))
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    children: dict[Any, int] = {}
    frontier = list(top)
    while frontier:
        nxt = []
        for parent in frontier:
            px, py = pos[parent]
            out = math.atan2(py - cy, px - cx)  # fan children away from the middle
            for v in sorted(h[parent], key=lambda u: (-ranks.get(u, 0.0), str(u))):
                if v in pos:
                    continue
                i = children.get(parent, 0)
                children[parent] = i + 1
                rr = spacing * (1.5 + math.sqrt(i))
                angle = out + 0.6 * ((i * golden) % (2 * math.pi) - math.pi)
                pos[v] = (px + rr * math.cos(angle), py + rr * math.sin(angle))
                nxt.append(v)
        frontier = nxt
    rest = [v for v in order if v not in pos]
    if rest:
        groups = [
            sorted(c, key=lambda v: (-ranks.get(v, 0.0), str(v)))
            for c in nx.connected_components(h.subgraph(rest))
        ]
        groups.sort(key=lambda grp: (-len(grp), -ranks.get(grp[0], 0.0), str(grp[0])))
        bottom = max((xy[1] for xy in pos.values()), default=0.0) + 3 * spacing
        pos.update(_pack(groups, spacing, bottom))
    return pos


# ---------------------------------------------------------------------------- page data
def label_size(node_size: float) -> int:
    """The label's font size for a node of ``node_size``: bigger for more central nodes.

    vis-network stops drawing a label once it would be smaller than 5 px on screen, so at
    the zoom that fits a page of ~100 nodes every label of one fixed size vanished and the
    page opened as unlabelled dots. Growing labels keep the hubs named in the overview and
    the rest appear as the reader zooms in.
    """
    return round(FONT_SIZE + (node_size - 10) * (MAX_FONT_SIZE - FONT_SIZE) / 30)


def _options(physics: bool, n_nodes: int, n_edges: int) -> dict[str, Any]:
    big = n_nodes > BIG_PAGE
    opts: dict[str, Any] = {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {"font": {"size": FONT_SIZE, "color": "#222"}, "borderWidth": 1},
        "edges": {
            "smooth": False,
            # arrowheads cost as much to draw as the edges; on big pages direction shows on hover
            "arrows": {"to": {"enabled": n_edges <= EDGE_LABEL_LIMIT, "scaleFactor": 0.6}},
            "color": {"color": "#9aa4ad", "highlight": "#333", "hover": "#333"},
            "font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3},
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
    }
    if physics:
        opts["physics"] = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 50, "fit": True},
        }
    else:
        opts["physics"] = {"enabled": False}
    return opts


def _fact(g: nx.Graph, u: Any, v: Any, d: dict[str, Any]) -> str:
    a, b = g.nodes[u].get("label", str(u)), g.nodes[v].get("label", str(v))
    pred = d.get("predicate", "")
    return fact(a, pred, b, object_type=g.nodes[v].get("type"), symmetric=bool(d.get("symmetric")))


def page_data(
    g: nx.Graph, *, max_nodes: int | None = DEFAULT_MAX_NODES, store: Store | None = None
) -> tuple[dict[str, Any], PageReport]:
    """The JSON the page carries (vis nodes and edges plus the evidence), and a report.

    With ``store``, evidence is read (``kg.views.add_evidence``) for the edges the page keeps
    that have none yet. The JSON is compact: arrows and widths are written only where they
    differ from the default, edge
    labels only up to ``EDGE_LABEL_LIMIT`` edges, and hover titles are built in the page on
    first hover from ``info``/``einfo``.
    """
    full_ranks = pagerank(undirected(g))
    order = most_central(g, None, full_ranks)
    kept = order[:max_nodes] if max_nodes else order
    sub = g.subgraph(kept)
    if store is not None:
        from kg.views import add_evidence

        add_evidence(store, sub)
    ranks = {v: full_ranks[v] for v in kept}
    physics = len(kept) <= PHYSICS_LIMIT
    pos = layout(sub, ranks)
    top = max(ranks.values(), default=1.0) or 1.0
    type_index = {t: i for i, t in enumerate(STYLE)}
    index = {v: i for i, v in enumerate(kept)}
    n_edges = sub.number_of_edges()
    edge_labels = n_edges <= EDGE_LABEL_LIMIT

    src_index: dict[tuple[str, str | None], int] = {}

    def source_ref(title: str | None, date: str | None, sid: str) -> int:
        key = (title or sid, date)
        return src_index.setdefault(key, len(src_index))

    meta: dict[str, list[Any]] = g.graph.get("source_meta", {})
    nodes = []
    info = []
    for v in kept:
        d = g.nodes[v]
        tname = d.get("type", "Event")
        color, shape = STYLE.get(tname, STYLE["Event"])
        x, y = pos[v]
        size = round(10 + 30 * math.sqrt(ranks[v] / top), 1)
        node: dict[str, Any] = {
            "id": index[v],
            "label": str(d.get("label", v)),
            "shape": shape,
            "color": color,
            "size": size,
            "x": round(x, 1),
            "y": round(y, 1),
        }
        font = label_size(size)
        if font != FONT_SIZE:
            node["font"] = {"size": font}
        nodes.append(node)
        srcs = []
        for sid in d.get("sources", []):
            title, date = meta.get(sid, [None, None])
            srcs.append(source_ref(title, date, sid))
        info.append(
            [str(v), type_index.get(tname, len(STYLE) - 1), [str(a) for a in d.get("alt_labels", [])], srcs]
        )
    edges: list[dict[str, Any]] = []
    einfo = []
    for u, v, d in sub.edges(data=True):
        evidence = d.get("evidence", [])
        shown = evidence[:EVIDENCE_PER_EDGE]
        pred = str(d.get("predicate", ""))
        edge: dict[str, Any] = {"id": len(edges), "from": index[u], "to": index[v]}
        if edge_labels:
            edge["label"] = pred
        if d.get("symmetric") and edge_labels:
            edge["arrows"] = ""
        width = round(1 + math.log2(max(float(d.get("weight", 1.0)), 1.0)), 2)
        if width != 1:
            edge["width"] = width
        edges.append(edge)
        einfo.append(
            [
                pred,
                d.get("weight", 1.0),
                d.get("n_sources", 1),
                [
                    [
                        str(e.get("sentence", "")),
                        source_ref(e.get("title"), e.get("date"), str(e.get("source"))),
                        str(e.get("fact", "")),
                    ]
                    for e in shown
                ],
                len(evidence) - len(shown),
                _fact(g, u, v, d),
                [str(s) for s in d.get("shared", [])],
            ]
        )
    sources = [[title, date] for (title, date) in src_index]
    data = {
        "types": [{"name": t, "color": c, "shape": s} for t, (c, s) in STYLE.items()],
        "sources": sources,
        "nodes": nodes,
        "edges": edges,
        "info": info,
        "einfo": einfo,
        "edgeLabels": edge_labels,
        "options": _options(physics, len(kept), n_edges),
    }
    left = [str(g.nodes[v].get("label", v)) for v in order[len(kept) :]]
    report = PageReport(
        path=None,
        view=str(g.graph.get("view", "graph")),
        nodes=len(kept),
        edges=n_edges,
        total_nodes=g.number_of_nodes(),
        total_edges=g.number_of_edges(),
        left_out=left,
        physics=physics,
    )
    return data, report


# ---------------------------------------------------------------------------- HTML
def _script_json(obj: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>', '&' or line separators survive."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(ch, esc)
    return text


def _csp_hash(script: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"
    )


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text("utf-8"), (lib / "vis-network.css").read_text("utf-8")


def render_html(data: dict[str, Any], *, title: str, note: str = "") -> str:
    """The page: our escaped template with vis-network and the app script inlined."""
    from jinja2 import Environment
    from markupsafe import Markup

    templates = resources.files("kg") / "templates"
    app_js = (templates / "graph.js").read_text("utf-8")
    vis_js, vis_css = _vis_assets()
    for script in (vis_js, app_js):
        if "</script" in script.lower() or "<!--" in script:
            raise RuntimeError("inline script would end early")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'"
    )
    env = Environment(autoescape=True)
    template = env.from_string((templates / "graph.html").read_text("utf-8"))
    return template.render(
        title=title,
        note=note,
        csp=csp,
        vis_css=Markup(vis_css.replace("</", "<\\/")),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
        data_json=Markup(_script_json(data)),
    )


_TITLES = {
    "actors": "Actors: who works with whom",
    "commitments": "Commitments: actors → plans and frameworks",
    "issues": "Issues: plans and frameworks → issues, with the actors behind them",
    "full": "Policy knowledge graph",
    "ego": "Neighbourhood",
    "path": "Path",
}


def page_title(g: nx.Graph) -> str:
    view = str(g.graph.get("view", "full"))
    title = _TITLES.get(view, "Policy knowledge graph")
    if view == "ego" and g.graph.get("focus") in g:
        title += f" of {g.nodes[g.graph['focus']].get('label')} (depth {g.graph.get('depth')})"
    return title


def write_page(
    g: nx.Graph,
    path: str | Path,
    *,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    title: str | None = None,
    store: Store | None = None,
) -> PageReport:
    """Write the page for a view to ``path`` (folders created); returns what it holds.

    With ``store``, the evidence of the edges the page keeps is read first (see ``page_data``).
    """
    data, report = page_data(g, max_nodes=max_nodes, store=store)
    note = ""
    if report.total_nodes > report.nodes:
        note = f"showing the {report.nodes:,} most central of {report.total_nodes:,} nodes"
    html = render_html(data, title=title or page_title(g), note=note)
    from kg.files import write_bytes_atomically

    report.path = write_bytes_atomically(path, html.encode("utf-8"), make_parents=True)
    return report
