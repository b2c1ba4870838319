"""Graph pages as a reader first sees them: labels that can be read at the opening zoom, and
a small page (an ego view) centred in its pane rather than cut off at the left edge."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.store import open_store
from kg.views import build_view
from kg.viz import FONT_SIZE, label_size, page_data, write_page

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    from kg.ingest import Ingestor

    path = str(tmp_path_factory.mktemp("ux-viz") / "kg")
    with open_store(path) as s:
        assert Ingestor(s).add([str(EXAMPLE)]).added
    return path


def test_central_nodes_get_bigger_labels(store_path: str) -> None:
    """At the zoom that fits ~100 nodes vis-network drew no label of the one fixed size: the
    page opened as unlabelled dots. The hubs' labels grow with their size, so they stay named."""
    with open_store(store_path, read_only=True) as store:
        g = build_view(store, "full")
        data, _report = page_data(g, store=store)
    sizes = {n["label"]: n.get("font", {}).get("size", FONT_SIZE) for n in data["nodes"]}
    biggest = max(data["nodes"], key=lambda n: n["size"])
    smallest = min(data["nodes"], key=lambda n: n["size"])
    assert sizes[biggest["label"]] >= 2 * FONT_SIZE
    assert sizes[smallest["label"]] == label_size(smallest["size"]) < sizes[biggest["label"]]
    assert data["options"]["nodes"]["font"]["size"] == FONT_SIZE


def test_label_size_grows_from_the_default() -> None:
    assert label_size(10) == FONT_SIZE
    assert FONT_SIZE < label_size(25) < label_size(40)


@pytest.mark.browser
def test_small_page_opens_centred(store_path: str, tmp_path: Path) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium", pytrace=False)
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "ego.html"
    with open_store(store_path, read_only=True) as store:
        write_page(build_view(store, "ego", focus="Pakistan", depth=2), page_path, store=store)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
            view = page.evaluate(
                """() => {
                const n = window.__kg.network;
                const boxes = Object.keys(n.getPositions()).map(id => n.getBoundingBox(id));
                return {view: n.getViewPosition(),
                        minx: Math.min(...boxes.map(b => b.left)),
                        maxx: Math.max(...boxes.map(b => b.right)),
                        miny: Math.min(...boxes.map(b => b.top)),
                        maxy: Math.max(...boxes.map(b => b.bottom))};
            }"""
            )
        finally:
            browser.close()
    # the view's centre is the centre of what is drawn: nodes with their labels
    width, height = view["maxx"] - view["minx"], view["maxy"] - view["miny"]
    assert abs(view["view"]["x"] - (view["minx"] + view["maxx"]) / 2) < 0.1 * width, view
    assert abs(view["view"]["y"] - (view["miny"] + view["maxy"]) / 2) < 0.1 * height, view


def test_report_counts_read_as_english_and_names_stay_apart() -> None:
    """'(5 nodes, 1 edges)'; and left-out names joined by ', ' ran together, since names
    such as 'Bali Process on People Smuggling, Trafficking in Persons …' hold commas."""
    from kg.viz import PageReport

    report = PageReport(
        path=Path("p.html"),
        view="full",
        nodes=1,
        edges=1,
        total_nodes=3,
        total_edges=2,
        left_out=["Bali Process on People Smuggling, Trafficking in Persons", "Qatar"],
    )
    left, wrote = report.messages()
    assert wrote == "wrote p.html (1 node, 1 edge)"
    assert "left out 2 nodes and 1 edge (most central left out: Bali Process on People Smuggling, " in left
    assert "Trafficking in Persons; Qatar)" in left
