"""Graph pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The page must load with no console errors and no request outside the file, hold exactly the
view's nodes and edges, show an edge's evidence on click, and run no script smuggled in
through document text.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import view_stores as stores

from kg.store import open_store
from kg.views import build_view
from kg.viz import write_page

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SHOTS = Path(
    os.environ.get("KG_SCREENSHOTS", Path(__file__).resolve().parents[1] / "outputs" / "screenshots")
)


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)", pytrace=False
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Visit:
    """A page opened from a file, with everything it logged and requested."""

    def __init__(self, browser, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.__kgReady === true", timeout=30_000)

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if u != self.url and not u.startswith("data:")]

    def click_edge(self, edge_id: int) -> None:
        xy = self.page.evaluate(
            """(id) => {
                const net = window.__kg.network, e = window.__kg.edges.get(id);
                const p = net.getPositions([e.from, e.to]), a = p[e.from], b = p[e.to];
                const m = net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
                const r = document.getElementById('kg-graph').getBoundingClientRect();
                return [r.left + m.x, r.top + m.y];
            }""",
            edge_id,
        )
        self.page.mouse.click(*xy)

    def click_node(self, node_id: int) -> None:
        xy = self.page.evaluate(
            """(id) => {
                const net = window.__kg.network, p = net.getPositions([id])[id], m = net.canvasToDOM(p);
                const r = document.getElementById('kg-graph').getBoundingClientRect();
                return [r.left + m.x, r.top + m.y];
            }""",
            node_id,
        )
        self.page.mouse.click(*xy)

    def edge_id(self, fact_start: str) -> int:
        return self.page.evaluate(
            """(f) => JSON.parse(document.getElementById('kg-data').textContent)
                     .einfo.findIndex((x) => x[5].startsWith(f))""",
            fact_start,
        )


def test_example_page_loads_offline_with_the_views_counts_and_evidence(browser, tmp_path):
    with open_store(str(stores.example_store_path()), read_only=True) as store:
        g = build_view(store, "full")
        page_path = tmp_path / "full.html"
        write_page(g, page_path, store=store)
    v = Visit(browser, page_path)
    counts = v.page.evaluate("[window.__kg.nodeCount, window.__kg.nodes.length, window.__kg.edges.length]")
    assert counts == [g.number_of_nodes(), g.number_of_nodes(), g.number_of_edges()]
    assert v.page.inner_text("#kg-counts") == f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"

    edge = v.edge_id("Pakistan —partnersWith— United Nations Office on Drugs and Crime")
    assert edge >= 0
    v.click_edge(edge)
    details = v.page.inner_text("#kg-details")
    assert "On its part, Pakistan, in partnership with the UN Office on Drugs and Crime" in details
    assert "Pakistan urges ‘coordinated’ global approach to end human trafficking" in details

    # hover titles are built on first hover, as plain text
    pak = v.page.evaluate("window.__kg.nodes.get({filter: (n) => n.label === 'Pakistan'})[0].id")
    xy = v.page.evaluate(
        """(id) => {
            const net = window.__kg.network, m = net.canvasToDOM(net.getPositions([id])[id]);
            const r = document.getElementById('kg-graph').getBoundingClientRect();
            return [r.left + m.x, r.top + m.y];
        }""",
        pak,
    )
    v.page.mouse.move(xy[0] + 1, xy[1] + 1)
    v.page.mouse.move(*xy)
    tip = v.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert tip.inner_text().startswith("Pakistan (Country)")

    v.page.fill("#kg-search", "aamir khan")
    v.page.press("#kg-search", "Enter")
    assert v.page.inner_text("#kg-details").startswith("Aamir Khan")
    v.page.uncheck("#kg-legend input[data-type=Issue]")
    hidden = v.page.evaluate("window.__kg.nodes.get({filter: (n) => n.hidden}).length")
    assert hidden == sum(1 for _, t in g.nodes(data="type") if t == "Issue")

    SHOTS.mkdir(parents=True, exist_ok=True)
    v.page.screenshot(path=str(SHOTS / "example-full.png"))
    assert v.errors == []
    assert v.outside_requests() == []


def test_injection_document_runs_no_script(browser, tmp_path):
    with open_store(str(tmp_path / "store")) as store:
        stores.write_documents(store, stores.hostile_docs())
        g = build_view(store, "full")
        page_path = tmp_path / "hostile.html"
        write_page(g, page_path, title=f"Hostile {stores.SCRIPT}", store=store)
    v = Visit(browser, page_path)
    assert v.page.evaluate("window.__pwned") is None
    assert v.page.title() == f"Hostile {stores.SCRIPT}"  # shown as text

    for fact in ("Freedonia —partnersWith— Org", "Agent <script>", "Freedonia —supports→ Framework"):
        edge = v.edge_id(fact)
        assert edge >= 0, fact
        v.click_edge(edge)
        details = v.page.inner_text("#kg-details")
        assert "Evidence" in details
    assert stores.IMG in details or stores.QUOTES in details or stores.SCRIPT in details
    for node in range(g.number_of_nodes()):
        v.click_node(node)
        v.page.mouse.move(5, 5)
    v.page.fill("#kg-search", "Agent")
    v.page.press("#kg-search", "Enter")
    assert stores.SCRIPT in v.page.inner_text("#kg-details")
    assert v.page.evaluate("document.querySelectorAll('#kg-details img, #kg-details script').length") == 0
    v.page.wait_for_timeout(200)
    assert v.page.evaluate("window.__pwned") is None
    SHOTS.mkdir(parents=True, exist_ok=True)
    v.page.screenshot(path=str(SHOTS / "hostile.png"))
    assert v.errors == []
    assert v.outside_requests() == []
